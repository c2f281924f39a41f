import { WardenError } from '@warden/core';
import type { ExportTraceRequest } from './trace-request';

/**
 * Signatures of the OTLP codec. Decoders throw InvalidInputError (code OTLP_MALFORMED_PROTOBUF /
 * OTLP_MALFORMED_JSON) with a message that names what was wrong and where.
 */

export type OtlpEncoding = 'protobuf' | 'json';

export function decodeTraceRequestProtobuf(_bytes: Uint8Array): ExportTraceRequest {
  throw new WardenError('NOT_IMPLEMENTED', 'decodeTraceRequestProtobuf is not implemented yet');
}

export function decodeTraceRequestJson(_text: string): ExportTraceRequest {
  throw new WardenError('NOT_IMPLEMENTED', 'decodeTraceRequestJson is not implemented yet');
}

export interface PartialSuccess {
  readonly rejectedSpans: number;
  readonly errorMessage: string;
}

/** ExportTraceServiceResponse; `partialSuccess` undefined means full success (field left unset). */
export function encodeExportTraceResponse(_partial: PartialSuccess | undefined, _encoding: 'protobuf'): Uint8Array;
export function encodeExportTraceResponse(_partial: PartialSuccess | undefined, _encoding: 'json'): string;
export function encodeExportTraceResponse(_partial: PartialSuccess | undefined, _encoding: OtlpEncoding): Uint8Array | string {
  throw new WardenError('NOT_IMPLEMENTED', 'encodeExportTraceResponse is not implemented yet');
}

export interface RpcStatus {
  /** google.rpc.Code (gRPC status code number). */
  readonly code: number;
  readonly message: string;
  /** Adds a google.rpc.RetryInfo detail. */
  readonly retryDelayMs?: number;
  /** Adds a google.rpc.BadRequest detail with these field violations. */
  readonly fieldViolations?: readonly { readonly field: string; readonly description: string }[];
}

/** google.rpc.Status: the HTTP error body, and (protobuf) the gRPC `grpc-status-details-bin` trailer. */
export function encodeRpcStatus(_status: RpcStatus, _encoding: 'protobuf'): Uint8Array;
export function encodeRpcStatus(_status: RpcStatus, _encoding: 'json'): string;
export function encodeRpcStatus(_status: RpcStatus, _encoding: OtlpEncoding): Uint8Array | string {
  throw new WardenError('NOT_IMPLEMENTED', 'encodeRpcStatus is not implemented yet');
}
