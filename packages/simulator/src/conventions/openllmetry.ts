/**
 * OpenLLMetry / traceloop SDK (telemetry.md §4). Decorator spans (`{name}.agent`,
 * `{name}.workflow`, `{name}.tool`) carry `traceloop.*` attributes with the call's
 * `{"args":[],"kwargs":{...}}` input; LLM spans come in the two generations seen at HEAD:
 * migrated instrumentations write GenAI message JSON, legacy ones write indexed
 * `gen_ai.prompt.<i>.*` / `gen_ai.completion.<i>.*`.
 */
import type { HttpCall, MemoryOperation, RetrievalCall, ToolCall } from '../script';
import { genAiMemorySpan, httpClientSpan } from './common';
import { genAiMessages } from './otel-genai';
import type { Attributes, ChatMessage, ConventionRenderer, LlmCall, RenderContext, SpanShape } from './renderer';

const SDK_SCOPE = { name: 'traceloop.tracer', version: '0.62.1' };

function workflowName(ctx: RenderContext): string {
  return ctx.profile.convention === 'openllmetry_legacy' ? 'assistant_turn' : 'invoice_processing';
}

function legacyIndexed(prefix: string, messages: readonly ChatMessage[], into: Attributes): void {
  messages.forEach((m, i) => {
    into[`${prefix}.${i}.role`] = m.role;
    if (m.text !== undefined) into[`${prefix}.${i}.content`] = m.text;
    if (m.toolCallId !== undefined) into[`${prefix}.${i}.tool_call_id`] = m.toolCallId;
    (m.toolCalls ?? []).forEach((c, j) => {
      into[`${prefix}.${i}.tool_calls.${j}.id`] = c.id;
      into[`${prefix}.${i}.tool_calls.${j}.name`] = c.name;
      into[`${prefix}.${i}.tool_calls.${j}.arguments`] = c.arguments;
    });
  });
}

function createConvention(legacy: boolean): ConventionRenderer {
  return {
    common(ctx) {
      const attributes: Attributes = {
        'gen_ai.conversation.id': ctx.sessionId,
        'gen_ai.agent.name': ctx.agent.agentType,
        'gen_ai.agent.id': ctx.agent.agentId,
        'traceloop.workflow.name': workflowName(ctx),
        'traceloop.association.properties.user_id': ctx.userId,
      };
      if (legacy) attributes['traceloop.association.properties.session_id'] = ctx.sessionId;
      return attributes;
    },

    root(ctx, userMessage, finalAnswer): SpanShape {
      const kind = legacy ? 'workflow' : 'agent';
      return {
        name: `${ctx.agent.agentType}.${kind}`,
        kind: 'internal',
        scope: SDK_SCOPE,
        attributes: {
          'traceloop.span.kind': kind,
          'traceloop.entity.name': ctx.agent.agentType,
          'traceloop.entity.version': ctx.profile.serviceVersion,
          'traceloop.entity.input': JSON.stringify({ args: [userMessage], kwargs: {} }),
          'traceloop.entity.output': JSON.stringify(finalAnswer),
        },
      };
    },

    llm(ctx, call: LlmCall): SpanShape {
      if (legacy) {
        const attributes: Attributes = {
          'llm.request.type': 'chat',
          'gen_ai.system': ctx.profile.provider,
          'gen_ai.request.model': call.model,
          'gen_ai.response.model': call.model,
          'gen_ai.response.id': call.responseId,
          'gen_ai.usage.prompt_tokens': call.inputTokens,
          'gen_ai.usage.completion_tokens': call.outputTokens,
          'llm.usage.total_tokens': call.inputTokens + call.outputTokens,
        };
        legacyIndexed('gen_ai.prompt', [{ role: 'system', text: call.system }, ...call.input], attributes);
        legacyIndexed('gen_ai.completion', [call.output], attributes);
        attributes['gen_ai.completion.0.finish_reason'] = call.finishReason;
        return {
          name: `${ctx.profile.provider}.chat`,
          kind: 'client',
          scope: { name: `opentelemetry.instrumentation.${ctx.profile.provider}`, version: '0.62.1' },
          attributes,
        };
      }
      return {
        name: `${ctx.profile.provider}.chat`,
        kind: 'client',
        scope: { name: `opentelemetry.instrumentation.${ctx.profile.provider}.v1`, version: '0.62.1' },
        attributes: {
          'gen_ai.operation.name': 'chat',
          'gen_ai.provider.name': ctx.profile.provider,
          'gen_ai.request.model': call.model,
          'gen_ai.response.model': call.model,
          'gen_ai.response.id': call.responseId,
          'gen_ai.response.finish_reasons': [call.finishReason],
          'gen_ai.usage.input_tokens': call.inputTokens,
          'gen_ai.usage.output_tokens': call.outputTokens,
          'gen_ai.usage.total_tokens': call.inputTokens + call.outputTokens,
          'gen_ai.system_instructions': JSON.stringify([{ type: 'text', content: call.system }]),
          'gen_ai.input.messages': JSON.stringify(genAiMessages(call.input)),
          'gen_ai.output.messages': JSON.stringify(genAiMessages([call.output])),
          'traceloop.prompt.managed': true,
          'traceloop.prompt.key': ctx.profile.promptName,
          'traceloop.prompt.version': ctx.promptVersion,
        },
      };
    },

    tool(_ctx, call: ToolCall, _callId: string, resultText: string): SpanShape {
      const attributes: Attributes = {
        'traceloop.span.kind': 'tool',
        'traceloop.entity.name': call.tool,
        'gen_ai.tool.name': call.tool,
        'traceloop.entity.input': JSON.stringify({ args: [], kwargs: call.args }),
      };
      if (call.error === undefined) attributes['traceloop.entity.output'] = resultText;
      return { name: `${call.tool}.tool`, kind: 'internal', scope: SDK_SCOPE, attributes };
    },

    /** Vector-store lookups show up as vector-DB spans; results travel as `db.query.result` events. */
    retrieval(_ctx, r: RetrievalCall): SpanShape {
      return {
        name: 'chroma.query',
        kind: 'client',
        scope: { name: 'opentelemetry.instrumentation.chromadb', version: '0.62.1' },
        attributes: {
          'db.system': 'chroma',
          'db.chroma.query.collection': r.dataSource,
          'db.chroma.query.query_texts_count': 1,
          'db.chroma.query.n_results': r.documents.length,
        },
        events: r.documents.map((d) => ({
          name: 'db.query.result',
          attributes: {
            'db.query.result.id': d.id,
            'db.query.result.distance': Math.round((1 - d.score) * 1000) / 1000,
            'db.query.result.metadata': JSON.stringify({ title: d.title }),
            'db.query.result.document': d.content,
          },
        })),
      };
    },

    memory(ctx, op: MemoryOperation): SpanShape {
      return genAiMemorySpan(ctx, op);
    },

    http(_ctx, call: HttpCall): SpanShape {
      return httpClientSpan(call, '@opentelemetry/instrumentation-http');
    },
  };
}

export const openLlmetryConvention: ConventionRenderer = createConvention(false);
export const openLlmetryLegacyConvention: ConventionRenderer = createConvention(true);
