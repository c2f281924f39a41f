/**
 * OpenInference (telemetry.md §3): `openinference.span.kind` on every span, flattened
 * zero-based message lists, tool arguments/results in `input.value` / `output.value`, and
 * `session.id` / `user.id` / `metadata` copied onto every span. No agent id exists in this
 * convention: the instance is known only from the resource (`service.instance.id`) and metadata.
 */
import type { HttpCall, MemoryOperation, RetrievalCall, ToolCall } from '../script';
import { genAiMemorySpan, httpClientSpan } from './common';
import type { Attributes, ChatMessage, ConventionRenderer, LlmCall, SpanShape } from './renderer';

const SCOPE = { name: 'openinference.instrumentation.langchain', version: '0.1.52' };

function flattenMessages(prefix: string, messages: readonly ChatMessage[], into: Attributes): void {
  messages.forEach((m, i) => {
    const base = `${prefix}.${i}.message`;
    into[`${base}.role`] = m.role;
    if (m.text !== undefined) into[`${base}.content`] = m.text;
    if (m.role === 'tool') {
      if (m.toolCallId !== undefined) into[`${base}.tool_call_id`] = m.toolCallId;
      if (m.toolName !== undefined) into[`${base}.name`] = m.toolName;
    }
    (m.toolCalls ?? []).forEach((c, j) => {
      into[`${base}.tool_calls.${j}.tool_call.id`] = c.id;
      into[`${base}.tool_calls.${j}.tool_call.function.name`] = c.name;
      into[`${base}.tool_calls.${j}.tool_call.function.arguments`] = c.arguments;
    });
  });
}

export const openInferenceConvention: ConventionRenderer = {
  common(ctx) {
    return {
      'session.id': ctx.sessionId,
      'user.id': ctx.userId,
      metadata: JSON.stringify({ agent_id: ctx.agent.agentId, environment: ctx.agent.environment }),
    };
  },

  root(ctx, userMessage, finalAnswer): SpanShape {
    return {
      name: ctx.agent.agentType,
      kind: 'internal',
      scope: SCOPE,
      attributes: {
        'openinference.span.kind': 'AGENT',
        'agent.name': ctx.agent.agentType,
        'graph.node.id': 'agent',
        'graph.node.name': ctx.agent.agentType,
        'input.value': userMessage,
        'input.mime_type': 'text/plain',
        'output.value': finalAnswer,
        'output.mime_type': 'text/plain',
      },
    };
  },

  llm(ctx, call: LlmCall): SpanShape {
    const attributes: Attributes = {
      'openinference.span.kind': 'LLM',
      'llm.model_name': call.model,
      'llm.system': 'openai',
      'llm.provider': 'openai',
      'llm.invocation_parameters': JSON.stringify({ model: call.model, temperature: 0.2 }),
      'llm.token_count.prompt': call.inputTokens,
      'llm.token_count.completion': call.outputTokens,
      'llm.token_count.total': call.inputTokens + call.outputTokens,
      'llm.prompt_template.version': ctx.promptVersion,
    };
    flattenMessages('llm.input_messages', [{ role: 'system', text: call.system }, ...call.input], attributes);
    flattenMessages('llm.output_messages', [call.output], attributes);
    return { name: 'ChatOpenAI', kind: 'internal', scope: SCOPE, attributes };
  },

  tool(_ctx, call: ToolCall, callId: string, resultText: string): SpanShape {
    const attributes: Attributes = {
      'openinference.span.kind': 'TOOL',
      'tool.name': call.tool,
      'tool.id': callId,
      'input.value': JSON.stringify(call.args),
      'input.mime_type': 'application/json',
    };
    if (call.error === undefined) {
      attributes['output.value'] = resultText;
      attributes['output.mime_type'] = resultText.startsWith('{') || resultText.startsWith('[') ? 'application/json' : 'text/plain';
    }
    return { name: call.tool, kind: 'internal', scope: SCOPE, attributes };
  },

  retrieval(_ctx, r: RetrievalCall): SpanShape {
    const attributes: Attributes = {
      'openinference.span.kind': 'RETRIEVER',
      'input.value': r.query,
      'input.mime_type': 'text/plain',
    };
    r.documents.forEach((d, i) => {
      attributes[`retrieval.documents.${i}.document.id`] = d.id;
      attributes[`retrieval.documents.${i}.document.content`] = d.content;
      attributes[`retrieval.documents.${i}.document.score`] = d.score;
      attributes[`retrieval.documents.${i}.document.metadata`] = JSON.stringify({ title: d.title, source: r.dataSource });
    });
    return { name: 'VectorStoreRetriever', kind: 'internal', scope: SCOPE, attributes };
  },

  memory(ctx, op: MemoryOperation): SpanShape {
    return genAiMemorySpan(ctx, op);
  },

  http(_ctx, call: HttpCall): SpanShape {
    return httpClientSpan(call, '@opentelemetry/instrumentation-undici');
  },
};
