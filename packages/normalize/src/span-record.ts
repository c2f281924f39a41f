import type { OtlpAttributes, OtlpSpan } from '@warden/otlp';
import type { NormalizeLimits } from './limits';

/** A span that passed validation, with what it inherits from its resource and scope. */
export interface SpanRecord {
  readonly span: OtlpSpan;
  readonly resource: OtlpAttributes;
  readonly scopeName: string;
  /** Lower-case, validated. */
  readonly traceId: string;
  readonly spanId: string;
  /** Absent for a root span (or an unusable parent id). */
  readonly parentSpanId?: string;
  readonly startTimeMs: number;
  readonly endTimeMs: number;
}

export type SpanValidation =
  | {
      readonly ok: true;
      readonly traceId: string;
      readonly spanId: string;
      readonly parentSpanId?: string;
      readonly startTimeMs: number;
      readonly endTimeMs: number;
    }
  | { readonly ok: false; readonly reason: string };

const TRACE_ID = /^[0-9a-f]{32}$/;
const SPAN_ID = /^[0-9a-f]{16}$/;
const ALL_ZERO = /^0+$/;
const NANOS_PER_MS = 1_000_000n;

function validId(id: string, shape: RegExp): boolean {
  return shape.test(id) && !ALL_ZERO.test(id);
}

/** Show a bad id in a reason without letting a hostile one flood the log line. */
export function quoteId(raw: unknown): string {
  const s = typeof raw === 'string' ? raw : String(raw);
  const shown = s.length > 40 ? `${s.slice(0, 40)}…` : s;
  return JSON.stringify(shown.replace(/[^\x20-\x7e]/g, '?'));
}

function toNanos(v: unknown): bigint | undefined {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return BigInt(Math.trunc(v));
  if (typeof v === 'string' && /^\d{1,20}$/.test(v)) return BigInt(v);
  return undefined;
}

/** Ids and times of one span, or why the span cannot be used. */
export function validateSpan(span: OtlpSpan, limits: NormalizeLimits): SpanValidation {
  const traceId = typeof span.traceId === 'string' ? span.traceId.toLowerCase() : '';
  if (!validId(traceId, TRACE_ID)) {
    return {
      ok: false,
      reason: `invalid trace id ${quoteId(span.traceId)}: must be 32 hex characters and not all zero`,
    };
  }
  const spanId = typeof span.spanId === 'string' ? span.spanId.toLowerCase() : '';
  if (!validId(spanId, SPAN_ID)) {
    return { ok: false, reason: `invalid span id ${quoteId(span.spanId)}: must be 16 hex characters and not all zero` };
  }
  const start = toNanos(span.startTimeUnixNano);
  const end = toNanos(span.endTimeUnixNano);
  if (start === undefined || start <= 0n) {
    return { ok: false, reason: 'missing start time: startTimeUnixNano must be a positive unix time in nanoseconds' };
  }
  if (end === undefined) {
    return { ok: false, reason: 'missing end time: endTimeUnixNano must be a unix time in nanoseconds' };
  }
  const toleranceNanos = BigInt(limits.endBeforeStartToleranceMs) * NANOS_PER_MS;
  if (end < start && start - end > toleranceNanos) {
    return {
      ok: false,
      reason: `span ends ${String((start - end) / NANOS_PER_MS)} ms before it starts (tolerance ${limits.endBeforeStartToleranceMs} ms)`,
    };
  }
  const startTimeMs = Number(start / NANOS_PER_MS);
  // Small clock skew is clamped so durations are never negative.
  const endTimeMs = Math.max(startTimeMs, Number(end / NANOS_PER_MS));
  // A parent id that is not a span id cannot be followed; the span is treated as a root.
  const parent = typeof span.parentSpanId === 'string' ? span.parentSpanId.toLowerCase() : '';
  const parentSpanId = validId(parent, SPAN_ID) ? parent : undefined;
  return { ok: true, traceId, spanId, ...(parentSpanId === undefined ? {} : { parentSpanId }), startTimeMs, endTimeMs };
}
