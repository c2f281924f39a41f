/**
 * What the simulator generates, independent of any exporter: plain span descriptions with ids and
 * times fixed in advance, so that generation is pure and the labels can name the exact span after
 * which a detector should fire.
 */

export type SpanAttributeValue = string | number | boolean | readonly string[];

export type SpanKindName = 'internal' | 'client' | 'server';

export interface SpanEventSpec {
  readonly name: string;
  readonly timeMs: number;
  readonly attributes: Readonly<Record<string, SpanAttributeValue>>;
}

export interface InstrumentationScopeSpec {
  readonly name: string;
  readonly version: string;
}

export interface SpanSpec {
  /** 32 lower-case hex characters. */
  readonly traceId: string;
  /** 16 lower-case hex characters. */
  readonly spanId: string;
  /** Absent on the root span of a trace. */
  readonly parentSpanId?: string;
  readonly name: string;
  readonly kind: SpanKindName;
  /** Epoch milliseconds. */
  readonly startTimeMs: number;
  readonly endTimeMs: number;
  readonly attributes: Readonly<Record<string, SpanAttributeValue>>;
  readonly status: { readonly code: 'unset' | 'ok' | 'error'; readonly message?: string };
  readonly events: readonly SpanEventSpec[];
  /** The instrumentation library that would have produced this span in a real agent. */
  readonly scope: InstrumentationScopeSpec;
}
