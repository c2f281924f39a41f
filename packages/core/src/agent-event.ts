/**
 * The normalized agent event: one record per span, whatever convention (OTel GenAI, OpenInference,
 * OpenLLMetry) it arrived in. Every detector sees only this shape.
 */

export type AgentEventKind =
  | 'llm'
  | 'tool'
  | 'agent'
  | 'retrieval'
  | 'memory_read'
  | 'memory_write'
  | 'other';

export type TelemetryConvention = 'otel_genai' | 'openinference' | 'openllmetry' | 'unknown';

/** Where a piece of text came from. Anything but `system`/`user`/`assistant` is untrusted data. */
export type ContentOrigin =
  | 'system'
  | 'user'
  | 'assistant'
  | 'tool_arguments'
  | 'tool_result'
  | 'retrieved_document'
  | 'memory_record'
  | 'other';

export interface ContentPart {
  readonly origin: ContentOrigin;
  /** Bounded: the normalizer truncates long text (see NormalizeLimits). */
  readonly text: string;
  /** Document id, tool-call id or memory record id when the convention carries one. */
  readonly ref?: string;
  /** Tool name for `tool_result` / `tool_arguments` parts that sit inside an LLM span. */
  readonly toolName?: string;
}

/** A tool call the model asked for (on LLM spans), as the model wrote it. */
export interface RequestedToolCall {
  readonly id?: string;
  readonly name: string;
  readonly arguments?: string;
}

export type SessionIdSource = 'conversation' | 'session' | 'trace';

export interface AgentEvent {
  readonly tenant: string;
  /** Stable id of the agent (deployment), the unit a profile is learned for. */
  readonly agentId: string;
  /** The cohort the agent is compared with until it has a history of its own. */
  readonly agentType: string;
  readonly agentName?: string;
  /** Agent's own revision (gen_ai.agent.version, service.version). */
  readonly agentVersion?: string;
  /** Conversation id, else session id, else trace id. */
  readonly sessionId: string;
  readonly sessionIdSource: SessionIdSource;
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId?: string;
  readonly kind: AgentEventKind;
  /** Tool name for tools, model for LLM calls, operation or span name otherwise. */
  readonly name: string;
  /** Raw operation as sent (gen_ai.operation.name, openinference.span.kind, traceloop.span.kind...). */
  readonly operation?: string;
  readonly convention: TelemetryConvention;
  /** Epoch milliseconds, from the span itself (the detection core has no clock of its own). */
  readonly startTimeMs: number;
  readonly endTimeMs: number;
  readonly status: 'unset' | 'ok' | 'error';
  readonly toolName?: string;
  /** Bounded text (usually a JSON string) of the tool call's arguments. */
  readonly toolArguments?: string;
  /** Bounded text of the tool's result. */
  readonly toolResult?: string;
  /** Bounded concatenation of the input messages / input value. */
  readonly inputText?: string;
  /** Bounded concatenation of the output messages / output value. */
  readonly outputText?: string;
  /** Every piece of text the span carries, each with where it came from. */
  readonly contents: readonly ContentPart[];
  readonly requestedToolCalls?: readonly RequestedToolCall[];
  readonly model?: string;
  readonly provider?: string;
  /** Prompt template version or id, when the convention carries one (drift detection). */
  readonly promptVersion?: string;
  /** Resources the span touched: memory store/record ids, db collections, document ids, URLs. */
  readonly resources: readonly string[];
  /** Network peer of the span (server.address / url.full host), when present. */
  readonly peerHost?: string;
  /** Number of records returned or written, when the span says (memory record count, documents). */
  readonly recordCount?: number;
  /** A bounded allowlist of scalar attributes detectors may need. */
  readonly attributes: Readonly<Record<string, string | number | boolean>>;
  /** When the receiver accepted the span (epoch ms, set by the shell); used for time-to-detect. */
  readonly receivedAtMs?: number;
}

/** Key that keeps one agent's events on one partition and in order. */
export function agentKey(e: Pick<AgentEvent, 'tenant' | 'agentId'>): string {
  return `${e.tenant}/${e.agentId}`;
}

/**
 * Key of one agent's session in a worker's in-memory state: a session id is only unique for its
 * agent and tenant, so all three are in it.
 */
export function sessionKey(s: Pick<AgentEvent, 'tenant' | 'agentId' | 'sessionId'>): string {
  return `${s.tenant}\u0000${s.agentId}\u0000${s.sessionId}`;
}
