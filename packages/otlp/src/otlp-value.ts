import type { OtlpValue } from './trace-request';

/**
 * Building blocks shared by both decoders, so that protobuf and OTLP/JSON produce identical values.
 */

/**
 * How deep AnyValues may nest (an attribute value is level 1). Real instrumentation stays within a
 * handful of levels; the bound keeps hostile input from exhausting the stack.
 */
export const MAX_ANY_VALUE_DEPTH = 32;

/** A mutable attribute map with no prototype, so that wire keys such as `__proto__` stay plain data. */
export function newAttributeMap(): Record<string, OtlpValue> {
  return Object.create(null) as Record<string, OtlpValue>;
}

/**
 * int64 attribute value: a number while it is exact, else the decimal string wrapped as
 * `{ int64 }` (epoch nanoseconds and ids in attributes exceed 2^53).
 */
export function int64Value(value: bigint): OtlpValue {
  if (value >= -MAX_SAFE && value <= MAX_SAFE) return Number(value);
  return { int64: value.toString() };
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * True for the `{ int64 }` form of a large integer. Attribute maps and kvlists are null-prototype
 * objects, so a kvlist that happens to have a single `int64` key is not mistaken for one.
 */
export function isOtlpInt64(value: OtlpValue): value is { readonly int64: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype &&
    typeof (value as { int64?: unknown }).int64 === 'string'
  );
}

/** Lower-case hex of an id; any length is kept (the normalizer judges lengths). */
export function bytesToHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

/** A copy that owns its memory, so that a decoded value never pins or aliases the request buffer. */
export function copyBytes(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy;
}
