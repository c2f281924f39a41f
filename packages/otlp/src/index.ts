export type {
  ExportTraceRequest,
  OtlpAttributes,
  OtlpResourceSpans,
  OtlpScope,
  OtlpScopeSpans,
  OtlpSpan,
  OtlpSpanEvent,
  OtlpSpanKind,
  OtlpSpanLink,
  OtlpStatusCode,
  OtlpValue,
} from './trace-request';
export { countSpans } from './trace-request';
