import type { AgentEvent } from '@warden/core';
import type { NormalizeLimits } from './limits';
import type { TraceContextCache } from './trace-context-cache';

export interface NormalizeContext {
  /** Tenant resolved by the receiver from the caller's credentials (never from span attributes). */
  readonly tenant: string;
  /** When the receiver accepted the request (epoch ms). */
  readonly receivedAtMs: number;
  readonly limits?: Partial<NormalizeLimits>;
  /**
   * Remembers agent identity and session per trace across requests. Optional: without it, only
   * spans of the same request share what their trace says about the agent.
   */
  readonly traceContext?: TraceContextCache;
}

export interface RejectedSpan {
  readonly traceId: string;
  readonly spanId: string;
  readonly reason: string;
}

export interface NormalizeResult {
  readonly events: AgentEvent[];
  readonly rejected: RejectedSpan[];
}
