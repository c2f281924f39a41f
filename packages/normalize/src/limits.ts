import { InvalidInputError } from '@warden/core';

/**
 * Bounds on what one span may contribute to its AgentEvent. Spans are attacker-influenced data
 * (tool results, web pages, documents), so every list and every text is capped.
 */
export interface NormalizeLimits {
  /** Longest text kept per field (tool arguments, result, input, output, each content part). */
  readonly maxTextChars: number;
  /** Most content parts kept per span. */
  readonly maxContentParts: number;
  /** Most resources kept per span. */
  readonly maxResources: number;
  /** Most model-requested tool calls kept per span. */
  readonly maxToolCalls: number;
  /** Longest identity value kept (agent id/name/type/version, session id). */
  readonly maxIdentityChars: number;
  /** Longest string value kept in the scalar `attributes` allowlist. */
  readonly maxAttributeChars: number;
  /**
   * Longest string the normalizer will try to parse as JSON. Larger strings are kept as text,
   * so a huge attribute costs a slice, not a full parse.
   */
  readonly maxJsonChars: number;
  /** Deepest nesting walked in structured values; deeper levels are elided. */
  readonly maxDepth: number;
  /** Clock skew accepted when a span ends before it starts; beyond it the span is rejected. */
  readonly endBeforeStartToleranceMs: number;
}

export const DEFAULT_NORMALIZE_LIMITS: NormalizeLimits = {
  maxTextChars: 8192,
  maxContentParts: 64,
  maxResources: 32,
  maxToolCalls: 32,
  maxIdentityChars: 256,
  maxAttributeChars: 256,
  maxJsonChars: 1_048_576,
  maxDepth: 32,
  endBeforeStartToleranceMs: 1000,
};

/** Merge overrides onto the defaults; a limit that is not a usable whole number is a caller bug. */
export function resolveLimits(overrides: Partial<NormalizeLimits> | undefined): NormalizeLimits {
  if (overrides === undefined) return DEFAULT_NORMALIZE_LIMITS;
  const merged: Record<string, number> = { ...DEFAULT_NORMALIZE_LIMITS };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    if (!(key in DEFAULT_NORMALIZE_LIMITS)) {
      throw new InvalidInputError(
        'WARDEN_NORMALIZE_LIMITS_INVALID',
        `Unknown normalize limit "${key}"; known limits are ${Object.keys(DEFAULT_NORMALIZE_LIMITS).join(', ')}.`,
        { limit: key },
      );
    }
    const minimum = key === 'endBeforeStartToleranceMs' ? 0 : 1;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < minimum) {
      throw new InvalidInputError(
        'WARDEN_NORMALIZE_LIMITS_INVALID',
        `Normalize limit "${key}" must be a whole number >= ${minimum}, got ${String(value)}; fix the value or leave it out to use the default (${String(DEFAULT_NORMALIZE_LIMITS[key as keyof NormalizeLimits])}).`,
        { limit: key },
      );
    }
    merged[key] = value;
  }
  return merged as unknown as NormalizeLimits;
}
