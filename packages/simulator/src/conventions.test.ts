/**
 * Each agent type speaks its convention with the attribute names of telemetry.md §2-§6.
 * Assertions run on generated span specs.
 */
import type { AgentType } from './fleet';
import type { SpanSpec } from './span-spec';
import { generateTraffic } from './traffic';

const traffic = generateTraffic({ seed: 'conventions', agentsPerType: 2, historySessions: 250, liveSessions: 0, scenarios: [], nowMs: Date.UTC(2026, 10, 21, 12) });

function sessionsOf(type: AgentType) {
  return traffic.sessions.filter((s) => s.agent.agentType === type);
}
function spansOf(type: AgentType): SpanSpec[] {
  return sessionsOf(type).flatMap((s) => s.spans);
}
function str(span: SpanSpec, key: string): string {
  const v = span.attributes[key];
  if (typeof v !== 'string') throw new Error(`${span.name}: ${key} is not a string (${JSON.stringify(v)})`);
  return v;
}
function json(span: SpanSpec, key: string): unknown {
  return JSON.parse(str(span, key)) as unknown;
}
function roots(type: AgentType): SpanSpec[] {
  return spansOf(type).filter((s) => s.parentSpanId === undefined);
}

describe('OTel GenAI (support-agent, devops-agent)', () => {
  it('puts gen_ai.conversation.id (the session), agent name and unique agent id on every span', () => {
    for (const session of [...sessionsOf('support-agent'), ...sessionsOf('devops-agent')]) {
      for (const span of session.spans) {
        expect(span.attributes['gen_ai.conversation.id']).toBe(session.sessionId);
        expect(span.attributes['gen_ai.agent.name']).toBe(session.agent.agentType);
        expect(span.attributes['gen_ai.agent.id']).toBe(session.agent.agentId);
      }
    }
  });

  it('roots each turn in an invoke_agent span', () => {
    for (const root of roots('support-agent')) {
      expect(root.name).toBe('invoke_agent support-agent');
      expect(root.attributes['gen_ai.operation.name']).toBe('invoke_agent');
    }
  });

  it('writes chat spans with model, JSON messages, tool calls and token usage', () => {
    const chats = spansOf('support-agent').filter((s) => s.attributes['gen_ai.operation.name'] === 'chat');
    expect(chats.length).toBeGreaterThan(50);
    for (const chat of chats) {
      expect(chat.name).toBe('chat gpt-4o-2024-08-06');
      expect(chat.kind).toBe('client');
      expect(chat.attributes['gen_ai.request.model']).toBe('gpt-4o-2024-08-06');
      expect(chat.attributes['gen_ai.provider.name']).toBe('openai');
      expect(chat.attributes['gen_ai.usage.input_tokens']).toEqual(expect.any(Number));
      expect(chat.attributes['gen_ai.usage.output_tokens']).toEqual(expect.any(Number));
      const input = json(chat, 'gen_ai.input.messages') as { role: string; parts: { type: string }[] }[];
      expect(input.some((m) => m.role === 'user' && m.parts.some((p) => p.type === 'text'))).toBe(true);
    }
    const requested = chats.flatMap((c) => (json(c, 'gen_ai.output.messages') as { parts: { type: string; name?: string; arguments?: unknown }[] }[]).flatMap((m) => m.parts));
    const toolCall = requested.find((p) => p.type === 'tool_call');
    expect(toolCall?.name).toMatch(/\./);
    expect(typeof toolCall?.arguments).toBe('object');
    const responses = chats.flatMap((c) => (json(c, 'gen_ai.input.messages') as { role: string; parts: { type: string }[] }[]).filter((m) => m.role === 'tool'));
    expect(responses.length).toBeGreaterThan(0);
    expect(responses[0]!.parts[0]!.type).toBe('tool_call_response');
  });

  it('writes execute_tool spans whose arguments and results are JSON with believable data', () => {
    const tools = spansOf('support-agent').filter((s) => s.attributes['gen_ai.operation.name'] === 'execute_tool');
    const names = new Set(tools.map((t) => str(t, 'gen_ai.tool.name')));
    for (const expected of ['crm.get_customer', 'tickets.get', 'tickets.reply', 'kb.search']) expect(names).toContain(expected);
    for (const t of tools) {
      expect(t.name).toBe(`execute_tool ${str(t, 'gen_ai.tool.name')}`);
      expect(typeof json(t, 'gen_ai.tool.call.arguments')).toBe('object');
      expect(str(t, 'gen_ai.tool.call.id')).toMatch(/^call_/);
    }
    const lookup = tools.find((t) => t.attributes['gen_ai.tool.name'] === 'crm.get_customer' && t.status.code !== 'error')!;
    const records = (json(lookup, 'gen_ai.tool.call.result') as { records: { email: string }[] }).records;
    expect(records).toHaveLength(1);
    expect(records[0]!.email).toMatch(/@/);
  });

  it('records kb.search as a tool with a retrieval child span', () => {
    const kb = spansOf('support-agent').find((s) => s.attributes['gen_ai.tool.name'] === 'kb.search')!;
    const child = spansOf('support-agent').find((s) => s.parentSpanId === kb.spanId)!;
    expect(child.attributes['gen_ai.operation.name']).toBe('retrieval');
    expect(child.attributes['gen_ai.data_source.id']).toBe('kb-articles');
    const docs = json(child, 'gen_ai.retrieval.documents') as { id: string; score: number }[];
    expect(docs.length).toBeGreaterThanOrEqual(3);
    expect(docs.length).toBeLessThanOrEqual(5);
  });

  it('gives devops plugin tools an HTTP CLIENT child span to the known status host', () => {
    const spans = spansOf('devops-agent');
    const checks = spans.filter((s) => s.attributes['gen_ai.tool.name'] === 'status.check');
    expect(checks.length).toBeGreaterThan(0);
    for (const check of checks) {
      const http = spans.filter((s) => s.parentSpanId === check.spanId);
      expect(http).toHaveLength(1);
      expect(http[0]!.kind).toBe('client');
      expect(http[0]!.attributes['server.address']).toBe('status.acme.example');
      expect(str(http[0]!, 'url.full')).toMatch(/^https:\/\/status\.acme\.example\//);
    }
    expect(spans.find((s) => s.attributes['gen_ai.operation.name'] === 'chat')!.attributes['gen_ai.provider.name']).toBe('anthropic');
    const buckets = new Set(spans.filter((s) => s.attributes['gen_ai.tool.name'] === 'storage.read_object').map((s) => (json(s, 'gen_ai.tool.call.arguments') as { bucket: string }).bucket));
    expect(buckets.size).toBeGreaterThanOrEqual(1);
    expect(buckets.size).toBeLessThanOrEqual(3);
  });
});

describe('OpenInference (hr-agent)', () => {
  it('puts openinference.span.kind, session.id and user.id on every span', () => {
    for (const session of sessionsOf('hr-agent')) {
      for (const span of session.spans) {
        expect(['AGENT', 'LLM', 'TOOL', 'RETRIEVER']).toContain(span.attributes['openinference.span.kind']);
        expect(span.attributes['session.id']).toBe(session.sessionId);
        expect(typeof span.attributes['user.id']).toBe('string');
        expect((json(span, 'metadata') as { agent_id: string }).agent_id).toBe(session.agent.agentId);
      }
    }
  });

  it('flattens LLM messages and tool calls into zero-based indexed keys', () => {
    const llm = spansOf('hr-agent').filter((s) => s.attributes['openinference.span.kind'] === 'LLM');
    expect(llm.length).toBeGreaterThan(20);
    for (const span of llm) {
      expect(span.attributes['llm.input_messages.0.message.role']).toBe('system');
      expect(span.attributes['llm.input_messages.1.message.role']).toBe('user');
      expect(span.attributes['llm.model_name']).toBe('gpt-4o-mini-2024-07-18');
      expect(span.attributes['llm.token_count.total']).toBe(Number(span.attributes['llm.token_count.prompt']) + Number(span.attributes['llm.token_count.completion']));
    }
    const withCall = llm.find((s) => s.attributes['llm.output_messages.0.message.tool_calls.0.tool_call.function.name'] !== undefined)!;
    expect(JSON.parse(str(withCall, 'llm.output_messages.0.message.tool_calls.0.tool_call.function.arguments'))).toEqual(expect.any(Object));
    const toolReply = llm.find((s) => Object.entries(s.attributes).some(([k, v]) => /^llm\.input_messages\.\d+\.message\.role$/.test(k) && v === 'tool'));
    expect(toolReply).toBeDefined();
  });

  it('writes TOOL spans with input.value arguments and output.value results, and RETRIEVER documents', () => {
    const spans = spansOf('hr-agent');
    const tools = spans.filter((s) => s.attributes['openinference.span.kind'] === 'TOOL');
    for (const t of tools) {
      expect(t.name).toBe(str(t, 'tool.name'));
      expect(t.attributes['input.mime_type']).toBe('application/json');
      expect(typeof json(t, 'input.value')).toBe('object');
    }
    const names = new Set(tools.map((t) => t.name));
    for (const expected of ['hr.search_employees', 'hr.get_employee', 'docs.search', 'calendar.create_event', 'email.send']) expect(names).toContain(expected);
    const retriever = spans.find((s) => s.attributes['openinference.span.kind'] === 'RETRIEVER')!;
    expect(typeof retriever.attributes['retrieval.documents.0.document.content']).toBe('string');
    expect(typeof retriever.attributes['retrieval.documents.0.document.id']).toBe('string');
    const sends = tools.filter((t) => t.name === 'email.send').map((t) => JSON.stringify(json(t, 'input.value')));
    for (const s of sends) expect(s).toMatch(/@acme\.example/);
  });

  it('roots turns in an AGENT span named after the agent type', () => {
    for (const root of roots('hr-agent')) {
      expect(root.attributes['openinference.span.kind']).toBe('AGENT');
      expect(root.attributes['agent.name']).toBe('hr-agent');
      expect(typeof root.attributes['input.value']).toBe('string');
    }
  });
});

describe('OpenLLMetry (finance-agent new style, assistant-agent legacy)', () => {
  it('roots finance turns in a traceloop agent span and assistant turns in a workflow span', () => {
    for (const root of roots('finance-agent')) {
      expect(root.name).toBe('finance-agent.agent');
      expect(root.attributes['traceloop.span.kind']).toBe('agent');
    }
    for (const root of roots('assistant-agent')) {
      expect(root.name).toBe('assistant-agent.workflow');
      expect(root.attributes['traceloop.span.kind']).toBe('workflow');
    }
  });

  it('puts gen_ai.conversation.id and the traceloop workflow on every span', () => {
    for (const session of [...sessionsOf('finance-agent'), ...sessionsOf('assistant-agent')]) {
      for (const span of session.spans) {
        expect(span.attributes['gen_ai.conversation.id']).toBe(session.sessionId);
        expect(typeof span.attributes['traceloop.workflow.name']).toBe('string');
      }
    }
  });

  it('writes finance LLM spans in the migrated GenAI message JSON', () => {
    const llm = spansOf('finance-agent').filter((s) => s.name === 'openai.chat');
    expect(llm.length).toBeGreaterThan(10);
    for (const span of llm) {
      expect(span.attributes['gen_ai.operation.name']).toBe('chat');
      expect(span.attributes['gen_ai.request.model']).toBe('gpt-4o-2024-08-06');
      expect(Array.isArray(json(span, 'gen_ai.input.messages'))).toBe(true);
      expect(span.attributes['gen_ai.usage.total_tokens']).toBe(Number(span.attributes['gen_ai.usage.input_tokens']) + Number(span.attributes['gen_ai.usage.output_tokens']));
      expect(Object.keys(span.attributes).some((k) => k.startsWith('gen_ai.prompt.0'))).toBe(false);
    }
  });

  it('writes assistant LLM spans with legacy indexed prompts and completions', () => {
    const llm = spansOf('assistant-agent').filter((s) => s.name === 'mistralai.chat');
    expect(llm.length).toBeGreaterThan(10);
    for (const span of llm) {
      expect(span.attributes['llm.request.type']).toBe('chat');
      expect(span.attributes['gen_ai.system']).toBe('mistralai');
      expect(span.attributes['gen_ai.prompt.0.role']).toBe('system');
      expect(span.attributes['gen_ai.completion.0.role']).toBe('assistant');
      expect(span.attributes['gen_ai.usage.prompt_tokens']).toEqual(expect.any(Number));
      expect(span.attributes['gen_ai.input.messages']).toBeUndefined();
    }
    const withCall = llm.find((s) => s.attributes['gen_ai.completion.0.tool_calls.0.name'] !== undefined)!;
    expect(JSON.parse(str(withCall, 'gen_ai.completion.0.tool_calls.0.arguments'))).toEqual(expect.any(Object));
  });

  it('writes decorator tool spans with {args, kwargs} input', () => {
    const tools = [...spansOf('finance-agent'), ...spansOf('assistant-agent')].filter((s) => s.attributes['traceloop.span.kind'] === 'tool');
    const names = new Set(tools.map((t) => str(t, 'traceloop.entity.name')));
    for (const expected of ['invoices.list', 'invoices.get', 'erp.get_vendor', 'web.fetch', 'web.search', 'calendar.list_events', 'email.send']) expect(names).toContain(expected);
    for (const t of tools) {
      expect(t.name).toBe(`${str(t, 'traceloop.entity.name')}.tool`);
      expect(t.attributes['gen_ai.tool.name']).toBe(t.attributes['traceloop.entity.name']);
      const input = json(t, 'traceloop.entity.input') as { args: unknown[]; kwargs: Record<string, unknown> };
      expect(input.args).toEqual([]);
      expect(typeof input.kwargs).toBe('object');
    }
    const transfers = tools.filter((t) => t.attributes['traceloop.entity.name'] === 'payments.create_transfer');
    for (const t of transfers) expect((json(t, 'traceloop.entity.input') as { kwargs: { iban: string } }).kwargs.iban).toMatch(/^(DE|NL|FR)\d\d/);
  });

  it('emits GenAI memory spans for the assistant: search_memory and create_memory with records JSON', () => {
    const memory = spansOf('assistant-agent').filter((s) => s.attributes['gen_ai.operation.name'] === 'search_memory' || s.attributes['gen_ai.operation.name'] === 'create_memory');
    const ops = new Set(memory.map((m) => m.name));
    expect(ops).toEqual(new Set(['search_memory', 'create_memory']));
    for (const m of memory) {
      expect(m.name).toBe(m.attributes['gen_ai.operation.name']);
      expect(str(m, 'gen_ai.memory.store.id')).toMatch(/^mem-assistant-agent-\d$/);
      const records = json(m, 'gen_ai.memory.records') as { id: string; content: string }[];
      expect(m.attributes['gen_ai.memory.record.count']).toBe(records.length);
      for (const r of records) expect(typeof r.content).toBe('string');
      if (m.name === 'search_memory') expect(typeof m.attributes['gen_ai.memory.query.text']).toBe('string');
    }
    const contacts = spansOf('assistant-agent').filter((s) => s.attributes['traceloop.entity.name'] === 'email.send').map((s) => (json(s, 'traceloop.entity.input') as { kwargs: { to: string } }).kwargs.to);
    expect(new Set(contacts).size).toBeLessThanOrEqual(5);
  });
});

describe('ordinary noise', () => {
  it('includes tool errors with status ERROR, error.type and an exception event, followed by a retry', () => {
    const failed = traffic.sessions.flatMap((s) => s.spans).filter((s) => s.status.code === 'error' && s.attributes['error.type'] !== undefined);
    expect(failed.length).toBeGreaterThan(0);
    for (const f of failed) expect(f.events.map((e) => e.name)).toContain('exception');
  });

  it('includes the rare compensation review in hr history at about 1 session in 40', () => {
    const hr = sessionsOf('hr-agent');
    const reviews = hr.filter((s) => s.spans.some((x) => x.name === 'hr.get_salary'));
    expect(reviews.length).toBeLessThan(hr.length / 10);
    for (const r of reviews) expect(r.spans.filter((x) => x.name === 'hr.get_salary')).toHaveLength(1);
  });
});
