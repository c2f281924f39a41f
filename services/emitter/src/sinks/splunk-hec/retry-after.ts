/**
 * Reads an HTTP `Retry-After` value (RFC 9110: delay-seconds or an HTTP-date) as a wait in ms.
 * Undefined when absent or unreadable, so the caller falls back to its own backoff. `nowMs` is
 * passed in to keep this pure; a date in the past means "now" (0).
 */
export function parseRetryAfterMs(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Only dates that look like HTTP-dates: Date.parse is lenient enough to read "5.5" as a year.
  if (!/^[A-Za-z]{3},? /.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}
