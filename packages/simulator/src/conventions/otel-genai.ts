/**
 * OpenTelemetry GenAI semantic conventions (telemetry.md §2): invoke_agent root, `chat {model}`
 * inference spans with JSON messages, `execute_tool {name}` spans, retrieval spans, and
 * `gen_ai.conversation.id` on every span.
 */
import type { MemoryOperation, RetrievalCall, ToolCall, HttpCall } from '../script';
import { genAiMemorySpan, httpClientSpan } from './common';
import type { Attributes, ChatMessage, ConventionRenderer, LlmCall, RenderContext, SpanShape } from './renderer';

const SERVER_ADDRESS: Readonly<Record<string, string>> = {
  openai: 'api.openai.com',
  anthropic: 'api.anthropic.com',
};

function scope(ctx: RenderContext): { name: string; version: string } {
  return ctx.profile.provider === 'anthropic'
    ? { name: 'opentelemetry.instrumentation.anthropic', version: '0.8b0' }
    : { name: 'opentelemetry.instrumentation.openai_v2', version: '2.3b0' };
}

/** GenAI message JSON (§2.4): `{role, parts[]}` with text, tool_call and tool_call_response parts. */
export function genAiMessages(messages: readonly ChatMessage[]): unknown[] {
  return messages.map((m) => {
    const parts: unknown[] = [];
    if (m.role === 'tool') {
      parts.push({ type: 'tool_call_response', id: m.toolCallId, response: m.text ?? '' });
    } else {
      if (m.text !== undefined && m.text !== '') parts.push({ type: 'text', content: m.text });
      for (const c of m.toolCalls ?? []) parts.push({ type: 'tool_call', id: c.id, name: c.name, arguments: safeParse(c.arguments) });
    }
    return { role: m.role, parts };
  });
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export const otelGenAiConvention: ConventionRenderer = {
  common(ctx) {
    return {
      'gen_ai.conversation.id': ctx.sessionId,
      'gen_ai.agent.name': ctx.agent.agentType,
      'gen_ai.agent.id': ctx.agent.agentId,
    };
  },

  root(ctx, userMessage, finalAnswer): SpanShape {
    return {
      name: `invoke_agent ${ctx.agent.agentType}`,
      kind: 'internal',
      scope: { name: 'acme.agent_runtime', version: ctx.profile.serviceVersion },
      attributes: {
        'gen_ai.operation.name': 'invoke_agent',
        'gen_ai.provider.name': ctx.profile.provider,
        'gen_ai.request.model': ctx.model,
        'gen_ai.agent.version': ctx.profile.serviceVersion,
        'gen_ai.invocation.is_nested': false,
        'enduser.id': ctx.userId,
        'gen_ai.input.messages': JSON.stringify(genAiMessages([{ role: 'user', text: userMessage }])),
        'gen_ai.output.messages': JSON.stringify(genAiMessages([{ role: 'assistant', text: finalAnswer }])),
      },
    };
  },

  llm(ctx, call: LlmCall): SpanShape {
    const output = genAiMessages([call.output]).map((m) => ({ ...(m as object), finish_reason: call.finishReason }));
    return {
      name: `chat ${call.model}`,
      kind: 'client',
      scope: scope(ctx),
      attributes: {
        'gen_ai.operation.name': 'chat',
        'gen_ai.provider.name': ctx.profile.provider,
        'gen_ai.request.model': call.model,
        'gen_ai.response.model': call.model,
        'gen_ai.response.id': call.responseId,
        'gen_ai.response.finish_reasons': [call.finishReason],
        'gen_ai.request.temperature': 0.2,
        'gen_ai.usage.input_tokens': call.inputTokens,
        'gen_ai.usage.output_tokens': call.outputTokens,
        'gen_ai.prompt.name': ctx.profile.promptName,
        'gen_ai.prompt.version': ctx.promptVersion,
        'gen_ai.system_instructions': JSON.stringify([{ type: 'text', content: call.system }]),
        'gen_ai.input.messages': JSON.stringify(genAiMessages(call.input)),
        'gen_ai.output.messages': JSON.stringify(output),
        'server.address': SERVER_ADDRESS[ctx.profile.provider] ?? 'api.openai.com',
        'server.port': 443,
      },
    };
  },

  tool(_ctx, call: ToolCall, callId: string, resultText: string): SpanShape {
    const attributes: Attributes = {
      'gen_ai.operation.name': 'execute_tool',
      'gen_ai.tool.name': call.tool,
      'gen_ai.tool.call.id': callId,
      'gen_ai.tool.type': 'function',
      'gen_ai.tool.call.arguments': JSON.stringify(call.args),
    };
    if (call.error === undefined) attributes['gen_ai.tool.call.result'] = resultText;
    return { name: `execute_tool ${call.tool}`, kind: 'internal', scope: { name: 'acme.agent_runtime', version: '1.0.0' }, attributes };
  },

  retrieval(_ctx, r: RetrievalCall): SpanShape {
    return {
      name: `retrieval ${r.dataSource}`,
      kind: 'client',
      scope: { name: 'acme.agent_runtime', version: '1.0.0' },
      attributes: {
        'gen_ai.operation.name': 'retrieval',
        'gen_ai.data_source.id': r.dataSource,
        'gen_ai.retrieval.query.text': r.query,
        'gen_ai.retrieval.top_k': r.documents.length,
        'gen_ai.retrieval.documents': JSON.stringify(r.documents.map((d) => ({ id: d.id, score: d.score }))),
      },
    };
  },

  memory(ctx, op: MemoryOperation): SpanShape {
    return genAiMemorySpan(ctx, op);
  },

  http(_ctx, call: HttpCall): SpanShape {
    return httpClientSpan(call, '@opentelemetry/instrumentation-undici');
  },
};
