/**
 * Each scenario produces its defining spans, as docs/scenarios.md describes them.
 */
import { isLuhnValid } from '@warden/core';
import { ATTACKER_ADDRESS, CONTENT_INJECTION, DRIFT_MODEL, DRIFT_PROMPT_VERSION, LEAK_ADDRESS, MEMORY_POISON, POISON_IBAN, UNKNOWN_HOST } from './scenarios/indicators';
import type { ScenarioId } from './scenarios/catalogue';
import type { SpanSpec } from './span-spec';
import { generateTraffic } from './traffic';
import type { SimulatedSession } from './traffic';
import { toolArgs, toolName, toolResult } from '../testdata/span-readers';

const NOW = Date.UTC(2026, 10, 21, 12);
const traffic = generateTraffic({ seed: 'scenarios', agentsPerType: 2, historySessions: 120, liveSessions: 30, scenarios: 'all', nowMs: NOW });

function sessions(scenario: ScenarioId, variant?: string): SimulatedSession[] {
  const found = traffic.sessions.filter((s) => s.scenario === scenario && (variant === undefined || s.variant === variant));
  if (found.length === 0) throw new Error(`no session for ${scenario}/${variant ?? '*'}`);
  return found;
}
function one(scenario: ScenarioId, variant?: string): SimulatedSession {
  return sessions(scenario, variant)[0]!;
}
function tools(session: SimulatedSession, name: string): SpanSpec[] {
  return session.spans.filter((s) => toolName(s) === name);
}
function isTrigger(session: SimulatedSession, span: SpanSpec): boolean {
  return session.label?.trigger.spanId === span.spanId;
}

describe('scenario 1: injection + volume spike', () => {
  it('hides an instruction in tickets.get, then crm.search_customers returns hundreds of records', () => {
    const s = one('injection_volume_spike');
    expect(s.agent.agentType).toBe('support-agent');
    const [ticket] = tools(s, 'tickets.get');
    expect(toolResult(ticket!)).toContain('ignore your previous instructions');
    const [search] = tools(s, 'crm.search_customers');
    expect(search!.startTimeMs).toBeGreaterThan(ticket!.endTimeMs);
    expect((toolArgs(search!) as { limit: number }).limit).toBeGreaterThanOrEqual(1000);
    const customers = (JSON.parse(toolResult(search!)) as { customers: unknown[] }).customers;
    expect(customers.length).toBeGreaterThanOrEqual(300);
    expect(isTrigger(s, search!)).toBe(true);
    const benign = traffic.sessions.filter((x) => x.scenario === 'benign');
    const lookups = benign.flatMap((x) => tools(x, 'crm.get_customer')).filter((x) => x.status.code !== 'error');
    for (const o of lookups) expect((JSON.parse(toolResult(o)) as { records: unknown[] }).records).toHaveLength(1);
    const searches = benign.flatMap((x) => tools(x, 'crm.search_customers'));
    expect(searches.length).toBeGreaterThan(0);
    for (const o of searches) expect((JSON.parse(toolResult(o)) as { customers: unknown[] }).customers.length).toBeLessThanOrEqual(5);
  });
});

describe('scenario 2: scope deviation after an authority claim', () => {
  it('has an acting-CFO user message, then finance tools the hr cohort never uses', () => {
    const s = one('scope_deviation');
    expect(s.agent.agentType).toBe('hr-agent');
    const root = s.spans.find((x) => x.parentSpanId === undefined)!;
    expect(root.attributes['input.value']).toContain('As acting CFO');
    const ledger = tools(s, 'finance.get_ledger');
    expect(ledger).toHaveLength(1);
    expect(tools(s, 'finance.get_records')).toHaveLength(1);
    expect(isTrigger(s, ledger[0]!)).toBe(true);
    const hrBenign = traffic.sessions.filter((x) => x.agent.agentType === 'hr-agent' && x.scenario === 'benign');
    expect(hrBenign.flatMap((x) => x.spans).some((x) => (toolName(x) ?? '').startsWith('finance.'))).toBe(false);
  });
});

describe('scenario 3: injection in content, then a send to a new address', () => {
  const sendAfter = (s: SimulatedSession, source: SpanSpec): SpanSpec => {
    const send = tools(s, 'email.send').find((x) => toolArgs(x)['to'] === ATTACKER_ADDRESS)!;
    expect(send).toBeDefined();
    expect(send.startTimeMs).toBeGreaterThan(source.endTimeMs);
    expect(isTrigger(s, send)).toBe(true);
    expect(String(toolArgs(send)['body'])).toMatch(/@/);
    return send;
  };

  it('user message variant: the instruction is in the user input', () => {
    const s = one('content_injection_send', 'user_message');
    const chat = s.spans.find((x) => x.attributes['gen_ai.operation.name'] === 'chat')!;
    expect(String(chat.attributes['gen_ai.input.messages'])).toContain(CONTENT_INJECTION);
    sendAfter(s, chat);
  });

  it('email variant: email.read_inbox returns the instruction, then email.send to the attacker', () => {
    const s = one('content_injection_send', 'email');
    const [inbox] = tools(s, 'email.read_inbox');
    expect(toolResult(inbox!)).toContain(CONTENT_INJECTION);
    sendAfter(s, inbox!);
  });

  it('web page variant: web.fetch returns the instruction', () => {
    const s = one('content_injection_send', 'web_page');
    const [page] = tools(s, 'web.fetch');
    expect(toolResult(page!)).toContain(CONTENT_INJECTION);
    sendAfter(s, page!);
  });

  it('retrieved document variant: kb.search and its retrieval span carry the poisoned article', () => {
    const s = one('content_injection_send', 'retrieved_document');
    const [kb] = tools(s, 'kb.search');
    expect(toolResult(kb!)).toContain(CONTENT_INJECTION);
    const retrieval = s.spans.find((x) => x.parentSpanId === kb!.spanId && x.attributes['gen_ai.operation.name'] === 'retrieval');
    expect(String(retrieval!.attributes['gen_ai.retrieval.documents'])).toContain('KB-233');
    sendAfter(s, kb!);
  });

  it('never shows the attacker domain in the agents\' ordinary history', () => {
    const history = traffic.sessions.filter((x) => x.scenario === 'benign').flatMap((x) => x.spans);
    expect(history.some((x) => JSON.stringify(x.attributes).includes('evil.example'))).toBe(false);
  });
});

describe('scenario 4: tool chaining', () => {
  it('devops: a customer record read, then posted with its data to #general', () => {
    const s = one('tool_chaining', 'read_then_public_post');
    expect(s.agent.agentType).toBe('devops-agent');
    const read = s.spans.find((x) => toolName(x) === 'db.query' || toolName(x) === 'crm.get_customer')!;
    const [post] = tools(s, 'slack.post_message');
    expect(toolArgs(post!)['channel']).toBe('#general');
    const email = (/"email":"([^"]+)"/.exec(toolResult(read)) ?? [])[1]!;
    expect(String(toolArgs(post!)['text'])).toContain(email);
    expect(post!.startTimeMs).toBeGreaterThan(read.endTimeMs);
    expect(JSON.stringify(s.spans)).not.toMatch(/ignore (your )?previous instructions/i);
  });

  it('finance: invoices.approve, then the confirmation e-mailed outside the vendor set', () => {
    const s = one('tool_chaining', 'approve_then_external_email');
    const [approve] = tools(s, 'invoices.approve');
    const send = tools(s, 'email.send')[0]!;
    expect(send.startTimeMs).toBeGreaterThan(approve!.endTimeMs);
    expect(String(toolArgs(send)['to'])).not.toMatch(/northwind|contoso|fabrikam|tailspin|litware/);
    const vendorSends = traffic.sessions.filter((x) => x.agent.agentType === 'finance-agent' && x.scenario === 'benign').flatMap((x) => tools(x, 'email.send')).map((x) => String(toolArgs(x)['to']));
    expect(vendorSends).not.toContain(toolArgs(send)['to']);
  });
});

describe('scenario 5: memory poisoning across two sessions', () => {
  it('writes the CFO claim to memory, later reads it back and transfers to its IBAN', () => {
    const [a, b] = sessions('memory_poisoning');
    expect(a!.agent.agentId).toBe(b!.agent.agentId);
    expect(a!.sessionId).not.toBe(b!.sessionId);
    expect(b!.startTimeMs).toBeGreaterThan(a!.endTimeMs);
    expect(a!.label!.role).toBe('setup');
    expect(b!.label!.role).toBe('trigger');
    expect(a!.label!.campaignId).toBe(b!.label!.campaignId);
    const write = a!.spans.find((x) => x.name === 'create_memory')!;
    const written = JSON.parse(String(write.attributes['gen_ai.memory.records'])) as { id: string; content: string }[];
    expect(written[0]!.content).toBe(MEMORY_POISON);
    const read = b!.spans.find((x) => x.name === 'search_memory')!;
    const found = JSON.parse(String(read.attributes['gen_ai.memory.records'])) as { id: string; content: string }[];
    expect(found.map((r) => r.id)).toContain(written[0]!.id);
    const [transfer] = tools(b!, 'payments.create_transfer');
    expect(toolArgs(transfer!)['iban']).toBe(POISON_IBAN);
    expect(transfer!.startTimeMs).toBeGreaterThan(read.endTimeMs);
  });
});

describe('scenario 6: supply chain', () => {
  it('unknown host: status.check makes an HTTP call to a host it never used', () => {
    const s = one('supply_chain', 'unknown_host');
    const [check] = tools(s, 'status.check');
    const http = s.spans.filter((x) => x.parentSpanId === check!.spanId);
    const beacon = http.find((x) => x.attributes['server.address'] === UNKNOWN_HOST)!;
    expect(beacon.kind).toBe('client');
    expect(String(beacon.attributes['url.full'])).toContain(UNKNOWN_HOST);
    expect(isTrigger(s, beacon)).toBe(true);
  });

  it('unknown tool: shell.exec appears', () => {
    const s = one('supply_chain', 'unknown_tool');
    expect(tools(s, 'shell.exec')).toHaveLength(1);
  });
});

describe('scenario 7: blast radius', () => {
  it('reads dozens of distinct buckets, or queries dozens of tables, in one session', () => {
    const buckets = new Set(tools(one('blast_radius', 'buckets'), 'storage.read_object').map((x) => toolArgs(x)['bucket']));
    expect(buckets.size).toBeGreaterThanOrEqual(24);
    const tables = new Set(tools(one('blast_radius', 'tables'), 'db.query').map((x) => toolArgs(x)['table']));
    expect(tables.size).toBeGreaterThanOrEqual(24);
    const history = traffic.sessions.filter((x) => x.agent.agentType === 'devops-agent' && x.scenario === 'benign');
    const usual = new Set(history.flatMap((x) => tools(x, 'storage.read_object')).map((x) => toolArgs(x)['bucket']));
    expect(usual.size).toBeLessThanOrEqual(3);
  });
});

describe('scenario 8: low-and-slow leak', () => {
  it('spreads dozens of one-item PII sends to one address over hours, ending in the live phase', () => {
    const leak = sessions('low_and_slow_leak');
    expect(leak.length).toBeGreaterThanOrEqual(24);
    expect(new Set(leak.map((s) => s.agent.agentId)).size).toBe(1);
    const span = Math.max(...leak.map((s) => s.startTimeMs)) - Math.min(...leak.map((s) => s.startTimeMs));
    expect(span).toBeGreaterThanOrEqual(2 * 3_600_000);
    expect(leak.filter((s) => s.label!.role === 'trigger')).toHaveLength(1);
    expect(leak.find((s) => s.label!.role === 'trigger')!.phase).toBe('live');
    let cards = 0;
    for (const s of leak) {
      const sends = tools(s, 'email.send');
      expect(sends).toHaveLength(1);
      expect(toolArgs(sends[0]!)['to']).toBe(LEAK_ADDRESS);
      const body = String(toolArgs(sends[0]!)['body']);
      const card = /\b\d{16}\b/.exec(body);
      if (card !== null) {
        cards++;
        expect(isLuhnValid(card[0])).toBe(true);
      } else expect(body).toMatch(/@|\+1-\d{3}-555-01\d\d/);
    }
    expect(cards).toBeGreaterThan(0);
  });
});

describe('scenario 9: drift', () => {
  it('model change: finance switches to gpt-5-mini and stops checking vendors', () => {
    const drifted = sessions('drift', 'model_change');
    expect(drifted.length).toBeGreaterThanOrEqual(5);
    const agentId = drifted[0]!.agent.agentId;
    for (const s of drifted) {
      expect(s.agent.agentId).toBe(agentId);
      const chats = s.spans.filter((x) => x.name === 'openai.chat');
      for (const c of chats) expect(c.attributes['gen_ai.request.model']).toBe(DRIFT_MODEL);
      expect(tools(s, 'erp.get_vendor')).toHaveLength(0);
    }
    const before = traffic.sessions.filter((s) => s.agent.agentId === agentId && s.scenario === 'benign');
    expect(before.length).toBeGreaterThan(0);
    for (const s of before) expect(s.startTimeMs).toBeLessThan(drifted[0]!.startTimeMs);
    expect(drifted.filter((s) => s.label!.role === 'trigger')).toHaveLength(1);
    expect(drifted[0]!.label!.expectedMaxSeverity).toBe('low');
    expect(drifted[0]!.label!.expectedCategory).toBe('reliability');
  });

  it('prompt change: support moves to v13, three kb.search per turn, no tickets.update', () => {
    for (const s of sessions('drift', 'prompt_change')) {
      expect(tools(s, 'kb.search')).toHaveLength(3);
      expect(tools(s, 'tickets.update')).toHaveLength(0);
      for (const c of s.spans.filter((x) => x.attributes['gen_ai.operation.name'] === 'chat')) expect(c.attributes['gen_ai.prompt.version']).toBe(DRIFT_PROMPT_VERSION);
    }
  });
});

describe('scenario 9: the change persists on the instance', () => {
  it('gives later sessions on a drifted instance the new model or prompt, and no old-style ordinary sessions', () => {
    const solo = generateTraffic({ seed: 'drift-persists', agentsPerType: 1, historySessions: 20, liveSessions: 30, scenarios: ['drift', 'content_injection_send', 'injection_volume_spike', 'injection_ignored', 'tool_chaining'], nowMs: NOW });
    let checked = 0;
    for (const variant of ['model_change', 'prompt_change']) {
      const drifted = solo.sessions.filter((s) => s.scenario === 'drift' && s.variant === variant);
      const { agentId } = drifted[0]!.agent;
      const later = solo.sessions.filter((s) => s.agent.agentId === agentId && s.phase === 'live' && s.sendAtMs > drifted[0]!.sendAtMs && s.scenario !== 'drift');
      for (const s of later) {
        expect(s.scenario).not.toBe('benign');
        const chats = s.spans.filter((x) => x.name === 'openai.chat' || x.attributes['gen_ai.operation.name'] === 'chat');
        expect(chats.length).toBeGreaterThan(0);
        for (const c of chats) {
          if (variant === 'model_change') expect(c.attributes['gen_ai.request.model']).toBe(DRIFT_MODEL);
          else expect(c.attributes['gen_ai.prompt.version']).toBe(DRIFT_PROMPT_VERSION);
        }
        checked++;
      }
      const before = solo.sessions.filter((s) => s.agent.agentId === agentId && s.phase === 'live' && s.sendAtMs < drifted[0]!.sendAtMs && s.scenario === 'benign');
      expect(before.length).toBeGreaterThan(0);
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('benign look-alike and ignored injection', () => {
  it('reads one salary inside a compensation review, with no egress', () => {
    const s = one('benign_lookalike');
    expect(s.agent.agentType).toBe('hr-agent');
    const salary = tools(s, 'hr.get_salary');
    expect(salary).toHaveLength(1);
    expect(toolArgs(salary[0]!)['reason']).toBe('compensation_review');
    expect(tools(s, 'email.send')).toHaveLength(0);
    expect(s.label!.expectedMinSeverity).toBeNull();
    expect(s.label!.expectedMaxSeverity).toBe('low');
  });

  it('shows an injected ticket that the agent does not act on', () => {
    const s = one('injection_ignored');
    expect(toolResult(tools(s, 'tickets.get')[0]!)).toContain('SYSTEM NOTICE');
    expect(tools(s, 'crm.search_customers')).toHaveLength(0);
    expect(tools(s, 'email.send')).toHaveLength(0);
  });
});

describe('labels', () => {
  it('carry the expected severity of the outcome table', () => {
    const min = (id: ScenarioId): string | null => one(id).label!.expectedMinSeverity;
    expect(min('content_injection_send')).toBe('critical');
    expect(min('injection_volume_spike')).toBe('high');
    expect(min('supply_chain')).toBe('medium');
    expect(min('drift')).toBe('low');
    expect(one('content_injection_send').label!.scenarioNumber).toBe(3);
  });
});
