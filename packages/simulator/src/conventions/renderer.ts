/**
 * The contract between the turn renderer (ids, timing, message history) and a convention
 * (span names and attribute keys). Each convention file implements it from telemetry.md.
 */
import type { AgentInstance, AgentTypeProfile } from '../fleet';
import type { HttpCall, MemoryOperation, RetrievalCall, ToolCall } from '../script';
import type { InstrumentationScopeSpec, SpanAttributeValue, SpanKindName } from '../span-spec';

export type Attributes = Record<string, SpanAttributeValue>;

export interface RequestedCall {
  readonly id: string;
  readonly name: string;
  /** JSON string, as models write it. */
  readonly arguments: string;
}

export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant' | 'tool';
  readonly text?: string;
  readonly toolCalls?: readonly RequestedCall[];
  /** On role `tool`: the call this message answers. */
  readonly toolCallId?: string;
  readonly toolName?: string;
}

export interface LlmCall {
  readonly model: string;
  readonly system: string;
  /** Conversation so far, without the system message. */
  readonly input: readonly ChatMessage[];
  readonly output: ChatMessage;
  readonly finishReason: 'tool_calls' | 'stop';
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly responseId: string;
}

export interface RenderContext {
  readonly agent: AgentInstance;
  readonly profile: AgentTypeProfile;
  readonly sessionId: string;
  readonly userId: string;
  readonly model: string;
  readonly promptVersion: string;
}

export interface SpanShape {
  readonly name: string;
  readonly kind: SpanKindName;
  readonly attributes: Attributes;
  readonly scope: InstrumentationScopeSpec;
  /** Span events, stamped at the span's end time by the turn renderer. */
  readonly events?: readonly { readonly name: string; readonly attributes: Attributes }[];
}

export interface ConventionRenderer {
  /** Context attributes the convention copies onto every span of a session. */
  common(ctx: RenderContext): Attributes;
  root(ctx: RenderContext, userMessage: string, finalAnswer: string): SpanShape;
  llm(ctx: RenderContext, call: LlmCall): SpanShape;
  tool(ctx: RenderContext, call: ToolCall, callId: string, resultText: string): SpanShape;
  retrieval(ctx: RenderContext, retrieval: RetrievalCall): SpanShape;
  memory(ctx: RenderContext, op: MemoryOperation): SpanShape;
  http(ctx: RenderContext, call: HttpCall): SpanShape;
}

export function jsonText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
