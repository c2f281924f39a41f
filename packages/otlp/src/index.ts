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
export type { OtlpEncoding, PartialSuccess, RpcStatus } from './codec';
export { decodeTraceRequestJson, decodeTraceRequestProtobuf, encodeExportTraceResponse, encodeRpcStatus } from './codec';
