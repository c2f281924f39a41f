import { isOtlpInt64, type OtlpAttributes, type OtlpValue } from '@warden/otlp';
import type { NormalizeLimits } from './limits';

/**
 * Reading attribute values that may be an OTLP AnyValue (string, number, bool, int64, bytes,
 * array, kvlist) or a JSON string carrying the same structure. Conventions disagree on which,
 * and the same instrumentation changes its mind between versions, so every reader accepts both.
 */

/**
 * OTLP int64 beyond Number.MAX_SAFE_INTEGER, as the decoder represents it. The decoder builds
 * kvlists without a prototype, so a kvlist whose only key is `int64` is not mistaken for one.
 */
function isInt64(v: unknown): v is { readonly int64: string } {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || v instanceof Uint8Array) return false;
  const keys = Object.keys(v);
  return keys.length === 1 && keys[0] === 'int64' && isOtlpInt64(v as OtlpValue);
}

export function isRecord(v: unknown): v is Readonly<Record<string, unknown>> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array) && !isInt64(v);
}

/** A scalar as a string (ids, names, enum values); structured values are not scalars. */
export function scalarString(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : undefined;
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'bigint') return v.toString();
  if (isInt64(v)) return v.int64;
  return undefined;
}

/** A scalar string with surrounding whitespace removed; empty counts as absent. */
export function presentString(v: unknown): string | undefined {
  const s = scalarString(v)?.trim();
  return s === undefined || s === '' ? undefined : s;
}

export function scalarNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  const s = typeof v === 'string' ? v.trim() : isInt64(v) ? v.int64 : undefined;
  if (s === undefined || s === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

export function attr(attributes: OtlpAttributes, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(attributes, key) ? attributes[key] : undefined;
}

export function attrString(attributes: OtlpAttributes, key: string): string | undefined {
  return presentString(attr(attributes, key));
}

/** First present string among `keys`, in order. */
export function firstString(attributes: OtlpAttributes, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const v = attrString(attributes, key);
    if (v !== undefined) return v;
  }
  return undefined;
}

export type JsonParse = { readonly ok: true; readonly value: unknown } | { readonly ok: false };

/** Parse JSON text when it is small enough to be worth it; invalid or truncated JSON is not an error. */
export function parseJson(text: string, limits: NormalizeLimits): JsonParse {
  if (text.length > limits.maxJsonChars) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * The structured form of a value: JSON strings that look like an object or array are parsed,
 * everything else is returned as it came.
 */
export function structured(v: unknown, limits: NormalizeLimits): unknown {
  if (typeof v !== 'string') return v;
  const t = v.trimStart();
  if (!t.startsWith('{') && !t.startsWith('[')) return v;
  const parsed = parseJson(v, limits);
  return parsed.ok ? parsed.value : v;
}

/**
 * Render any value as text for a content part: strings as they are, everything else as JSON.
 * Rendering stops once `budget` characters are produced and nesting deeper than `maxDepth` is
 * elided, so hostile structures (huge lists, deep nesting) cost bounded time and no stack.
 */
export function renderText(v: unknown, limits: NormalizeLimits): string {
  if (typeof v === 'string') return v;
  return renderJson(v, limits.maxTextChars * 2, limits.maxDepth);
}

export function renderJson(v: unknown, budget: number, maxDepth: number): string {
  const out: string[] = [];
  let length = 0;
  const push = (s: string): boolean => {
    out.push(s);
    length += s.length;
    return length < budget;
  };
  const str = (s: string): string => JSON.stringify(s.length > budget ? s.slice(0, budget) : s);

  const walk = (value: unknown, depth: number): boolean => {
    if (value === null || value === undefined) return push('null');
    if (typeof value === 'string') return push(str(value));
    if (typeof value === 'number') return push(Number.isFinite(value) ? String(value) : 'null');
    if (typeof value === 'boolean' || typeof value === 'bigint') return push(String(value));
    if (isInt64(value)) return push(value.int64);
    if (value instanceof Uint8Array) return push(str(`<${value.length} bytes>`));
    if (depth >= maxDepth) return push('"…"');
    if (Array.isArray(value)) {
      if (!push('[')) return false;
      for (let i = 0; i < value.length; i++) {
        if (i > 0 && !push(',')) return false;
        if (!walk(value[i], depth + 1)) return false;
      }
      return push(']');
    }
    if (typeof value === 'object') {
      if (!push('{')) return false;
      let first = true;
      for (const key in value) {
        if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
        if (!first && !push(',')) return false;
        first = false;
        if (!push(`${str(key)}:`)) return false;
        if (!walk((value as Record<string, unknown>)[key], depth + 1)) return false;
      }
      return push('}');
    }
    return push('null');
  };

  walk(v, 0);
  return out.join('');
}
