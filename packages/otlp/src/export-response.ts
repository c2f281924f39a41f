import { WardenError } from '@warden/core';
import { Writer } from 'protobufjs/minimal';
import type { OtlpEncoding } from './codec';

export interface PartialSuccess {
  readonly rejectedSpans: number;
  readonly errorMessage: string;
}

/**
 * ExportTraceServiceResponse; `partialSuccess` undefined means full success (field left unset).
 * A partial success with nothing rejected and no message is also full success and is left unset,
 * because clients read an all-empty partial_success that way anyway.
 */
export function encodeExportTraceResponse(partial: PartialSuccess | undefined, encoding: 'protobuf'): Uint8Array;
export function encodeExportTraceResponse(partial: PartialSuccess | undefined, encoding: 'json'): string;
export function encodeExportTraceResponse(partial: PartialSuccess | undefined, encoding: OtlpEncoding): Uint8Array | string;
export function encodeExportTraceResponse(partial: PartialSuccess | undefined, encoding: OtlpEncoding): Uint8Array | string {
  const set = partial !== undefined && (partial.rejectedSpans !== 0 || partial.errorMessage !== '');
  if (partial !== undefined && !(Number.isSafeInteger(partial.rejectedSpans) && partial.rejectedSpans >= 0)) {
    throw new WardenError(
      'OTLP_INVALID_RESPONSE',
      `rejectedSpans must be a non-negative integer, got ${String(partial.rejectedSpans)}`,
    );
  }
  if (encoding === 'json') {
    if (!set) return '{}';
    // proto3 JSON: int64 as a decimal string and default-valued fields omitted. The JS exporters
    // JSON.parse the body and only log partialSuccess, so the string form is accepted as is.
    const body: { rejectedSpans?: string; errorMessage?: string } = {};
    if (partial.rejectedSpans !== 0) body.rejectedSpans = String(partial.rejectedSpans);
    if (partial.errorMessage !== '') body.errorMessage = partial.errorMessage;
    return JSON.stringify({ partialSuccess: body });
  }
  const writer = Writer.create();
  if (set) {
    writer.uint32((1 << 3) | 2).fork(); // partial_success
    if (partial.rejectedSpans !== 0) writer.uint32((1 << 3) | 0).int64(partial.rejectedSpans);
    if (partial.errorMessage !== '') writer.uint32((2 << 3) | 2).string(partial.errorMessage);
    writer.ldelim();
  }
  return writer.finish();
}
