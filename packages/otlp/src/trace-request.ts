/**
 * The decoded form of an ExportTraceServiceRequest, independent of the wire encoding
 * (protobuf or OTLP/JSON). Both decoders produce exactly this shape.
 */

/** AnyValue as a plain JS value. kvlist becomes an object (last duplicate key wins). */
export type OtlpValue =
  | string
  | boolean
  | number
  /** int64 outside Number.MAX_SAFE_INTEGER, as a decimal string. */
  | { readonly int64: string }
  | Uint8Array
  | readonly OtlpValue[]
  | { readonly [key: string]: OtlpValue };

export type OtlpAttributes = Readonly<Record<string, OtlpValue>>;

export interface OtlpSpanEvent {
  readonly timeUnixNano: bigint;
  readonly name: string;
  readonly attributes: OtlpAttributes;
}

export interface OtlpSpanLink {
  readonly traceId: string;
  readonly spanId: string;
  readonly attributes: OtlpAttributes;
}

/** SpanKind: 0 unspecified, 1 internal, 2 server, 3 client, 4 producer, 5 consumer. */
export type OtlpSpanKind = 0 | 1 | 2 | 3 | 4 | 5;
/** StatusCode: 0 unset, 1 ok, 2 error. */
export type OtlpStatusCode = 0 | 1 | 2;

export interface OtlpSpan {
  /** Lower-case hex as received; may be empty or of the wrong length (validated by the normalizer). */
  readonly traceId: string;
  readonly spanId: string;
  /** Empty string for a root span. */
  readonly parentSpanId: string;
  readonly traceState: string;
  readonly name: string;
  readonly kind: OtlpSpanKind;
  readonly startTimeUnixNano: bigint;
  readonly endTimeUnixNano: bigint;
  readonly attributes: OtlpAttributes;
  readonly events: readonly OtlpSpanEvent[];
  readonly links: readonly OtlpSpanLink[];
  readonly status: { readonly code: OtlpStatusCode; readonly message: string };
  readonly flags: number;
}

export interface OtlpScope {
  readonly name: string;
  readonly version: string;
  readonly attributes: OtlpAttributes;
}

export interface OtlpScopeSpans {
  readonly scope: OtlpScope;
  readonly spans: readonly OtlpSpan[];
  readonly schemaUrl: string;
}

export interface OtlpResourceSpans {
  readonly resource: { readonly attributes: OtlpAttributes };
  readonly scopeSpans: readonly OtlpScopeSpans[];
  readonly schemaUrl: string;
}

export interface ExportTraceRequest {
  readonly resourceSpans: readonly OtlpResourceSpans[];
}

export function countSpans(req: ExportTraceRequest): number {
  let n = 0;
  for (const rs of req.resourceSpans) for (const ss of rs.scopeSpans) n += ss.spans.length;
  return n;
}
