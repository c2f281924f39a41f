/**
 * Reads an HTTP `Retry-After` value (RFC 9110: delay-seconds or an HTTP-date) as a wait in ms,
 * for every sink that honours it. Undefined when absent or unreadable, so the caller falls back to
 * its own backoff. `nowMs` is passed in to keep this pure; a date in the past means "now" (0).
 */
export function parseRetryAfterMs(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Every HTTP-date form names its day or month; without a letter ("5.5", "-1") it is not one,
  // whatever the lenient Date.parse makes of it.
  if (!/[A-Za-z]/.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}
