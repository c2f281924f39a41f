import type { AgentEvent } from '@warden/core';
import type { ExportTraceRequest } from '@warden/otlp';

export interface NormalizeLimits {
  /** Longest text kept per field (tool arguments, result, input, output, each content part). */
  readonly maxTextChars: number;
  /** Most content parts kept per span. */
  readonly maxContentParts: number;
  /** Most resources kept per span. */
  readonly maxResources: number;
}

export interface NormalizeContext {
  /** Tenant resolved by the receiver from the caller's credentials. */
  readonly tenant: string;
  /** When the receiver accepted the request (epoch ms). */
  readonly receivedAtMs: number;
  readonly limits?: Partial<NormalizeLimits>;
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

/** Placeholder until the normalizer lands: accepts nothing. */
export function normalizeExportRequest(_req: ExportTraceRequest, _ctx: NormalizeContext): NormalizeResult {
  return { events: [], rejected: [] };
}
