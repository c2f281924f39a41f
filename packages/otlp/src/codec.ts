/**
 * The OTLP codec the receiver codes against. Decoders throw InvalidInputError with code
 * OTLP_MALFORMED_PROTOBUF / OTLP_MALFORMED_JSON (context.path names the field) or
 * OTLP_TOO_MANY_RECORDS (see DecodeLimits); the message says what was wrong, where, and what to do.
 * The implementations live one concept per file and are re-exported here.
 */

export type OtlpEncoding = 'protobuf' | 'json';

export type { DecodeLimits } from './decode-limits';
export { DEFAULT_MAX_RECORDS } from './decode-limits';
export { decodeTraceRequestProtobuf } from './protobuf-decoder';
export { decodeTraceRequestJson } from './json-decoder';
export type { PartialSuccess } from './export-response';
export { encodeExportTraceResponse } from './export-response';
export type { FieldViolation, RpcStatus } from './rpc-status';
export { BAD_REQUEST_TYPE_URL, RETRY_INFO_TYPE_URL, decodeRpcStatus, encodeRpcStatus } from './rpc-status';
