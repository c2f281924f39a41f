/**
 * Turns a session script into spans: one trace per turn, a root agent span, LLM spans with the
 * growing message history, tool spans with their HTTP and retrieval children, memory spans.
 * Ids and times are drawn here from the seeded generator so the output is fully determined.
 */
import { openInferenceConvention } from './conventions/openinference';
import { openLlmetryConvention, openLlmetryLegacyConvention } from './conventions/openllmetry';
import { otelGenAiConvention } from './conventions/otel-genai';
import { jsonText } from './conventions/renderer';
import type { Attributes, ChatMessage, ConventionRenderer, RenderContext, RequestedCall, SpanShape } from './conventions/renderer';
import { AGENT_TYPE_PROFILES, systemPromptFor } from './fleet';
import type { AgentInstance, SimulatedConvention } from './fleet';
import type { Prng } from './prng';
import type { MemoryOperation, SessionScript, ToolCall, TurnScript } from './script';
import type { SpanSpec } from './span-spec';

const CONVENTIONS: Readonly<Record<SimulatedConvention, ConventionRenderer>> = {
  otel_genai: otelGenAiConvention,
  openinference: openInferenceConvention,
  openllmetry: openLlmetryConvention,
  openllmetry_legacy: openLlmetryLegacyConvention,
};

export interface SessionTiming {
  /** Pause between the end of one turn and the next user message, in ms. */
  readonly thinkGapMs: readonly [number, number];
}

export interface RenderedSession {
  /** Spans in start-time order (a parent always precedes its children). */
  readonly spans: readonly SpanSpec[];
  readonly traceIds: readonly string[];
  readonly startTimeMs: number;
  readonly endTimeMs: number;
  /** Spans of the script's marked tool calls and memory operations, by mark. */
  readonly marks: Readonly<Record<string, SpanSpec>>;
}

export function renderSession(
  agent: AgentInstance,
  script: SessionScript,
  sessionId: string,
  startTimeMs: number,
  rng: Prng,
  timing: SessionTiming,
): RenderedSession {
  const profile = AGENT_TYPE_PROFILES[agent.agentType];
  const ctx: RenderContext = {
    agent,
    profile,
    sessionId,
    userId: script.userId,
    model: script.model ?? profile.model,
    promptVersion: script.promptVersion ?? profile.promptVersion,
  };
  const renderer = CONVENTIONS[agent.convention];
  const state: TurnState = { ctx, renderer, rng, spans: [], marks: {}, history: [] };
  const traceIds: string[] = [];
  let cursor = startTimeMs;
  script.turns.forEach((turn, i) => {
    if (i > 0) cursor += rng.int(timing.thinkGapMs[0], timing.thinkGapMs[1]);
    const rendered = renderTurn(state, turn, cursor);
    traceIds.push(rendered.traceId);
    cursor = rendered.endMs;
  });
  return { spans: state.spans, traceIds, startTimeMs, endTimeMs: cursor, marks: state.marks };
}

interface TurnState {
  readonly ctx: RenderContext;
  readonly renderer: ConventionRenderer;
  readonly rng: Prng;
  readonly spans: SpanSpec[];
  readonly marks: Record<string, SpanSpec>;
  /** User and assistant text of earlier turns: what the model sees of the conversation. */
  readonly history: ChatMessage[];
}

function renderTurn(state: TurnState, turn: TurnScript, startMs: number): { traceId: string; endMs: number } {
  const { ctx, renderer, rng } = state;
  const traceId = rng.hex(32);
  const common = renderer.common(ctx);
  const rootId = rng.hex(16);
  const rootIndex = state.spans.length;
  state.spans.push(placeholder());
  let cursor = startMs + rng.int(2, 12);

  const emit = (shape: SpanShape, parentSpanId: string, start: number, end: number, extra?: Partial<SpanSpec>): SpanSpec => {
    const span: SpanSpec = {
      traceId,
      spanId: rng.hex(16),
      parentSpanId,
      name: shape.name,
      kind: shape.kind,
      startTimeMs: start,
      endTimeMs: end,
      attributes: { ...common, ...shape.attributes },
      status: { code: 'unset' },
      events: (shape.events ?? []).map((e) => ({ name: e.name, timeMs: end, attributes: e.attributes })),
      scope: shape.scope,
      ...extra,
    };
    state.spans.push(span);
    return span;
  };

  let system = systemPromptFor(ctx.profile, ctx.promptVersion);
  for (const op of turn.memoryBefore ?? []) {
    const span = emitMemory(state, emit, rootId, op, cursor);
    cursor = span.endTimeMs + rng.int(1, 6);
    if (op.records.length > 0) {
      system += `\n\nRelevant memories:\n${op.records.map((r) => `- ${r.content}`).join('\n')}`;
    }
  }

  const userMessage: ChatMessage = { role: 'user', text: turn.userMessage };
  const exchange: ChatMessage[] = [...state.history.slice(-4), userMessage];

  for (const round of turn.rounds) {
    const requested: RequestedCall[] = round.map((call) => ({
      id: toolCallId(ctx.profile.provider, rng),
      name: call.tool,
      arguments: JSON.stringify(call.args),
    }));
    const output: ChatMessage = { role: 'assistant', toolCalls: requested };
    cursor = emitLlm(state, emit, rootId, system, exchange, output, 'tool_calls', cursor);
    exchange.push(output);
    round.forEach((call, i) => {
      const callId = (requested[i] as RequestedCall).id;
      const resultText = call.error === undefined ? jsonText(call.result) : `Error: ${call.error}`;
      cursor = emitTool(state, emit, rootId, call, callId, resultText, cursor);
      exchange.push({ role: 'tool', text: boundForModel(resultText), toolCallId: callId, toolName: call.tool });
    });
  }
  const answer: ChatMessage = { role: 'assistant', text: turn.finalAnswer };
  cursor = emitLlm(state, emit, rootId, system, exchange, answer, 'stop', cursor);

  for (const op of turn.memoryAfter ?? []) {
    const span = emitMemory(state, emit, rootId, op, cursor);
    cursor = span.endTimeMs + rng.int(1, 6);
  }

  const endMs = cursor + rng.int(2, 15);
  const rootShape = renderer.root(ctx, turn.userMessage, turn.finalAnswer);
  state.spans[rootIndex] = {
    traceId,
    spanId: rootId,
    name: rootShape.name,
    kind: rootShape.kind,
    startTimeMs: startMs,
    endTimeMs: endMs,
    attributes: { ...common, ...rootShape.attributes },
    status: { code: 'unset' },
    events: [],
    scope: rootShape.scope,
  };
  state.history.push(userMessage, answer);
  return { traceId, endMs };
}

type Emit = (shape: SpanShape, parentSpanId: string, start: number, end: number, extra?: Partial<SpanSpec>) => SpanSpec;

function emitLlm(
  state: TurnState,
  emit: Emit,
  parent: string,
  system: string,
  input: readonly ChatMessage[],
  output: ChatMessage,
  finishReason: 'tool_calls' | 'stop',
  start: number,
): number {
  const { rng, ctx } = state;
  const inputChars = system.length + input.reduce((n, m) => n + messageChars(m), 0);
  const outputChars = messageChars(output);
  const shape = state.renderer.llm(ctx, {
    model: ctx.model,
    system,
    input: input.slice(),
    output,
    finishReason,
    inputTokens: Math.ceil(inputChars / 4) + rng.int(8, 40),
    outputTokens: Math.ceil(outputChars / 4) + rng.int(2, 12),
    responseId: responseId(ctx.profile.provider, rng),
  });
  const end = start + rng.int(450, 1800) + Math.min(6000, Math.ceil(outputChars * 4));
  emit(shape, parent, start, end);
  return end + rng.int(1, 8);
}

function emitTool(
  state: TurnState,
  emit: Emit,
  parent: string,
  call: ToolCall,
  callId: string,
  resultText: string,
  start: number,
): number {
  const { rng, ctx, renderer } = state;
  const shape = renderer.tool(ctx, call, callId, resultText);
  const childCount = (call.http?.length ?? 0) + (call.retrieval === undefined ? 0 : 1);
  const duration = rng.int(30, 400) + childCount * 120 + Math.min(3000, Math.floor(resultText.length / 200));
  const end = start + duration;
  const attributes: Attributes = { ...shape.attributes };
  const extra: Partial<SpanSpec> = {};
  if (call.error !== undefined) {
    attributes['error.type'] = call.error;
    Object.assign(extra, {
      status: { code: 'error', message: `${call.tool} failed: ${call.error}` },
      events: [
        {
          name: 'exception',
          timeMs: end - 1,
          attributes: { 'exception.type': call.error, 'exception.message': `${call.tool} failed: ${call.error}` },
        },
      ],
    });
  }
  const toolSpan = emit({ ...shape, attributes }, parent, start, end, extra);
  if (call.mark !== undefined) state.marks[call.mark] = toolSpan;
  let childCursor = start + rng.int(3, 15);
  if (call.retrieval !== undefined) {
    const childEnd = childCursor + rng.int(20, 90);
    emit(renderer.retrieval(ctx, call.retrieval), toolSpan.spanId, childCursor, childEnd);
    childCursor = childEnd + rng.int(1, 5);
  }
  for (const http of call.http ?? []) {
    const childEnd = childCursor + rng.int(25, 110);
    const span = emit(renderer.http(ctx, http), toolSpan.spanId, childCursor, Math.min(childEnd, end - 1), http.statusCode >= 500 ? { status: { code: 'error' } } : {});
    if (call.mark !== undefined) state.marks[`${call.mark}.http`] = span;
    childCursor = Math.min(childEnd, end - 1) + rng.int(1, 5);
  }
  return end + rng.int(1, 8);
}

function emitMemory(state: TurnState, emit: Emit, parent: string, op: MemoryOperation, start: number): SpanSpec {
  const span = emit(state.renderer.memory(state.ctx, op), parent, start, start + state.rng.int(15, 120));
  if (op.mark !== undefined) state.marks[op.mark] = span;
  return span;
}

/**
 * Agent frameworks cut long tool output before handing it to the model (context limits), so a
 * bulk result is whole on its tool span but bounded in the following LLM spans.
 */
const MODEL_TOOL_RESULT_CHARS = 16_000;

function boundForModel(text: string): string {
  return text.length <= MODEL_TOOL_RESULT_CHARS ? text : `${text.slice(0, MODEL_TOOL_RESULT_CHARS)}… [truncated ${text.length - MODEL_TOOL_RESULT_CHARS} chars]`;
}

function messageChars(m: ChatMessage): number {
  return (m.text?.length ?? 0) + (m.toolCalls ?? []).reduce((n, c) => n + c.name.length + c.arguments.length, 0);
}

function toolCallId(provider: string, rng: Prng): string {
  if (provider === 'anthropic') return `toolu_${rng.hex(24)}`;
  if (provider === 'mistralai') return rng.hex(9);
  return `call_${rng.hex(24)}`;
}

function responseId(provider: string, rng: Prng): string {
  if (provider === 'anthropic') return `msg_${rng.hex(24)}`;
  if (provider === 'mistralai') return rng.hex(32);
  return `chatcmpl-${rng.hex(24)}`;
}

function placeholder(): SpanSpec {
  return {
    traceId: '',
    spanId: '',
    name: '',
    kind: 'internal',
    startTimeMs: 0,
    endTimeMs: 0,
    attributes: {},
    status: { code: 'unset' },
    events: [],
    scope: { name: '', version: '' },
  };
}
