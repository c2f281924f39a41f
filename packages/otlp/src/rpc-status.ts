import { InvalidInputError, WardenError } from '@warden/core';
import { Reader, Writer } from 'protobufjs/minimal';
import type { OtlpEncoding } from './codec';

export interface FieldViolation {
  readonly field: string;
  readonly description: string;
}

export interface RpcStatus {
  /** google.rpc.Code (gRPC status code number). */
  readonly code: number;
  readonly message: string;
  /** Adds a google.rpc.RetryInfo detail. */
  readonly retryDelayMs?: number;
  /** Adds a google.rpc.BadRequest detail with these field violations. */
  readonly fieldViolations?: readonly FieldViolation[];
}

export const RETRY_INFO_TYPE_URL = 'type.googleapis.com/google.rpc.RetryInfo';
export const BAD_REQUEST_TYPE_URL = 'type.googleapis.com/google.rpc.BadRequest';

/** google.rpc.Status: the HTTP error body, and (protobuf) the gRPC `grpc-status-details-bin` trailer. */
export function encodeRpcStatus(status: RpcStatus, encoding: 'protobuf'): Uint8Array;
export function encodeRpcStatus(status: RpcStatus, encoding: 'json'): string;
export function encodeRpcStatus(status: RpcStatus, encoding: OtlpEncoding): Uint8Array | string;
export function encodeRpcStatus(status: RpcStatus, encoding: OtlpEncoding): Uint8Array | string {
  if (!Number.isInteger(status.code) || status.code < 0 || status.code > 0x7fffffff) {
    throw new WardenError('OTLP_INVALID_RESPONSE', `status code must be a gRPC code number (0-16), got ${String(status.code)}`);
  }
  const delay = status.retryDelayMs === undefined ? undefined : toDuration(status.retryDelayMs);
  const violations = status.fieldViolations ?? [];
  return encoding === 'json' ? statusJson(status, delay, violations) : statusProtobuf(status, delay, violations);
}

interface Duration {
  readonly seconds: number;
  readonly nanos: number;
}

function toDuration(ms: number): Duration {
  if (!Number.isFinite(ms) || ms < 0) {
    throw new WardenError('OTLP_INVALID_RESPONSE', `retryDelayMs must be a finite number >= 0, got ${String(ms)}`);
  }
  let seconds = Math.floor(ms / 1000);
  let nanos = Math.round((ms - seconds * 1000) * 1e6);
  if (nanos >= 1e9) {
    seconds += 1;
    nanos -= 1e9;
  }
  return { seconds, nanos };
}

/** proto3 JSON Duration: seconds with 0, 3, 6 or 9 fractional digits and an `s` suffix ("1.500s"). */
function durationJson({ seconds, nanos }: Duration): string {
  if (nanos === 0) return `${seconds}s`;
  const digits = nanos % 1e6 === 0 ? 3 : nanos % 1e3 === 0 ? 6 : 9;
  const fraction = String(nanos).padStart(9, '0').slice(0, digits);
  return `${seconds}.${fraction}s`;
}

function statusJson(status: RpcStatus, delay: Duration | undefined, violations: readonly FieldViolation[]): string {
  const details: Record<string, unknown>[] = [];
  if (delay !== undefined) details.push({ '@type': RETRY_INFO_TYPE_URL, retryDelay: durationJson(delay) });
  if (violations.length > 0) {
    details.push({
      '@type': BAD_REQUEST_TYPE_URL,
      fieldViolations: violations.map((v) => ({ field: v.field, description: v.description })),
    });
  }
  const body: Record<string, unknown> = { code: status.code, message: status.message };
  if (details.length > 0) body.details = details;
  return JSON.stringify(body);
}

function statusProtobuf(status: RpcStatus, delay: Duration | undefined, violations: readonly FieldViolation[]): Uint8Array {
  const writer = Writer.create();
  if (status.code !== 0) writer.uint32((1 << 3) | 0).int32(status.code);
  if (status.message !== '') writer.uint32((2 << 3) | 2).string(status.message);
  if (delay !== undefined) {
    const retryInfo = Writer.create();
    retryInfo.uint32((1 << 3) | 2).fork(); // retry_delay
    if (delay.seconds !== 0) retryInfo.uint32((1 << 3) | 0).int64(delay.seconds);
    if (delay.nanos !== 0) retryInfo.uint32((2 << 3) | 0).int32(delay.nanos);
    retryInfo.ldelim();
    writeAny(writer, RETRY_INFO_TYPE_URL, retryInfo.finish());
  }
  if (violations.length > 0) {
    const badRequest = Writer.create();
    for (const v of violations) {
      badRequest.uint32((1 << 3) | 2).fork(); // field_violations
      if (v.field !== '') badRequest.uint32((1 << 3) | 2).string(v.field);
      if (v.description !== '') badRequest.uint32((2 << 3) | 2).string(v.description);
      badRequest.ldelim();
    }
    writeAny(writer, BAD_REQUEST_TYPE_URL, badRequest.finish());
  }
  return writer.finish();
}

/** One `details` entry: google.protobuf.Any {type_url = 1, value = 2}. */
function writeAny(writer: Writer, typeUrl: string, value: Uint8Array): void {
  writer.uint32((3 << 3) | 2).fork();
  writer.uint32((1 << 3) | 2).string(typeUrl);
  if (value.length > 0) writer.uint32((2 << 3) | 2).bytes(value);
  writer.ldelim();
}

/**
 * Reads a protobuf google.rpc.Status back (for tests and for clients of Warden's own API). Details
 * other than RetryInfo and BadRequest are ignored.
 */
export function decodeRpcStatus(bytes: Uint8Array): RpcStatus {
  try {
    let code = 0;
    let message = '';
    let retryDelayMs: number | undefined;
    let fieldViolations: FieldViolation[] | undefined;
    forEachField(bytes, (field, wire, r) => {
      if (field === 1 && wire === 0) code = r.int32();
      else if (field === 2 && wire === 2) message = r.string();
      else if (field === 3 && wire === 2) {
        let typeUrl = '';
        let value: Uint8Array = new Uint8Array(0);
        forEachField(r.bytes(), (f, w, any) => {
          if (f === 1 && w === 2) typeUrl = any.string();
          else if (f === 2 && w === 2) value = any.bytes();
          else any.skipType(w);
        });
        if (typeUrl === RETRY_INFO_TYPE_URL) retryDelayMs = decodeRetryDelayMs(value);
        else if (typeUrl === BAD_REQUEST_TYPE_URL) fieldViolations = [...(fieldViolations ?? []), ...decodeViolations(value)];
      } else r.skipType(wire);
    });
    return {
      code,
      message,
      ...(retryDelayMs === undefined ? {} : { retryDelayMs }),
      ...(fieldViolations === undefined ? {} : { fieldViolations }),
    };
  } catch (err) {
    throw new InvalidInputError(
      'OTLP_MALFORMED_PROTOBUF',
      `Malformed google.rpc.Status: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}

function decodeRetryDelayMs(bytes: Uint8Array): number {
  let ms = 0;
  forEachField(bytes, (field, wire, r) => {
    if (field !== 1 || wire !== 2) return void r.skipType(wire);
    forEachField(r.bytes(), (f, w, d) => {
      if (f === 1 && w === 0) ms += longToNumber(d.int64()) * 1000;
      else if (f === 2 && w === 0) ms += d.int32() / 1e6;
      else d.skipType(w);
    });
  });
  return ms;
}

function decodeViolations(bytes: Uint8Array): FieldViolation[] {
  const out: FieldViolation[] = [];
  forEachField(bytes, (field, wire, r) => {
    if (field !== 1 || wire !== 2) return void r.skipType(wire);
    let name = '';
    let description = '';
    forEachField(r.bytes(), (f, w, v) => {
      if (f === 1 && w === 2) name = v.string();
      else if (f === 2 && w === 2) description = v.string();
      else v.skipType(w);
    });
    out.push({ field: name, description });
  });
  return out;
}

function forEachField(bytes: Uint8Array, onField: (field: number, wire: number, reader: Reader) => void): void {
  const reader = new Reader(bytes);
  while (reader.pos < reader.len) {
    const tag = reader.tag();
    onField(tag >>> 3, tag & 7, reader);
  }
}

/** protobufjs yields a Long (signed 32-bit halves) for int64 when `long` is loaded, else a number. */
function longToNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  const { low, high } = value as { low: number; high: number };
  return high * 0x100000000 + (low >>> 0);
}
