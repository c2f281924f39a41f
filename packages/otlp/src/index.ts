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
export type { DecodeLimits, FieldViolation, OtlpEncoding, PartialSuccess, RpcStatus } from './codec';
export {
  BAD_REQUEST_TYPE_URL,
  DEFAULT_MAX_RECORDS,
  RETRY_INFO_TYPE_URL,
  decodeRpcStatus,
  decodeTraceRequestJson,
  decodeTraceRequestProtobuf,
  encodeExportTraceResponse,
  encodeRpcStatus,
} from './codec';
export { MAX_ANY_VALUE_DEPTH, isOtlpInt64 } from './otlp-value';
