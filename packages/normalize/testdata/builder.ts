/**
 * A small builder for decoded OTLP export requests, so fixtures read like the spans an
 * instrumentation emits: ids, names, times in epoch ms, and attributes by their real names.
 */
import type {
  ExportTraceRequest,
  OtlpAttributes,
  OtlpSpan,
  OtlpSpanEvent,
  OtlpSpanKind,
  OtlpStatusCode,
} from '@warden/otlp';

/** 2026-01-15T09:00:00Z: every fixture's clock starts here. */
export const T0_MS = 1_768_467_600_000;

export function nanos(ms: number): bigint {
  return BigInt(ms) * 1_000_000n;
}

export interface SpanSpec {
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId?: string;
  readonly name: string;
  readonly kind?: OtlpSpanKind;
  /** Offset from T0_MS, in ms. */
  readonly startMs: number;
  readonly endMs: number;
  readonly attributes?: OtlpAttributes;
  readonly events?: ReadonlyArray<{ readonly name: string; readonly atMs?: number; readonly attributes: OtlpAttributes }>;
  readonly status?: OtlpStatusCode;
  readonly statusMessage?: string;
}

export function span(spec: SpanSpec): OtlpSpan {
  const events: OtlpSpanEvent[] = (spec.events ?? []).map((e) => ({
    name: e.name,
    timeUnixNano: nanos(T0_MS + (e.atMs ?? spec.endMs)),
    attributes: e.attributes,
  }));
  return {
    traceId: spec.traceId,
    spanId: spec.spanId,
    parentSpanId: spec.parentSpanId ?? '',
    traceState: '',
    name: spec.name,
    kind: spec.kind ?? 1,
    startTimeUnixNano: nanos(T0_MS + spec.startMs),
    endTimeUnixNano: nanos(T0_MS + spec.endMs),
    attributes: spec.attributes ?? {},
    events,
    links: [],
    status: { code: spec.status ?? 0, message: spec.statusMessage ?? '' },
    flags: 1,
  };
}

export interface ResourceSpec {
  readonly resource: OtlpAttributes;
  readonly scope?: string;
  readonly spans: readonly OtlpSpan[];
}

export function exportRequest(...resources: ResourceSpec[]): ExportTraceRequest {
  return {
    resourceSpans: resources.map((r) => ({
      resource: { attributes: r.resource },
      scopeSpans: [{ scope: { name: r.scope ?? '', version: '', attributes: {} }, spans: r.spans, schemaUrl: '' }],
      schemaUrl: '',
    })),
  };
}

/** ms offset → epoch ms, for expected values. */
export function at(offsetMs: number): number {
  return T0_MS + offsetMs;
}
