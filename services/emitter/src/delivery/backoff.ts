/**
 * How long to wait before sending a batch again. Full jitter (a uniform draw under an
 * exponentially growing ceiling) spreads the retries of many Warden instances hitting one
 * struggling SIEM, so they do not come back in lockstep.
 */
export interface BackoffPolicy {
  /** Ceiling of the first wait. */
  readonly initialMs: number;
  /** Ceiling of every later wait; also the pace of retries against a misconfigured sink. */
  readonly maxMs: number;
  /** A server's Retry-After is honoured up to this much; beyond it we would look dead. */
  readonly maxRetryAfterMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { initialMs: 500, maxMs: 60_000, maxRetryAfterMs: 600_000 };

/**
 * The wait before retry number `attempt` (1 = the first retry). `random` returns [0, 1), as
 * `Math.random` does; tests pass a fixed one. A server-named `retryAfterMs` wins over the draw.
 */
export function backoffDelayMs(attempt: number, policy: BackoffPolicy, random: () => number, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined && Number.isFinite(retryAfterMs) && retryAfterMs >= 0) {
    return Math.min(Math.ceil(retryAfterMs), policy.maxRetryAfterMs);
  }
  // 2^attempt overflows to Infinity long before attempts run out; clamp the exponent first.
  const exponent = Math.min(Math.max(attempt, 1) - 1, 40);
  const ceiling = Math.min(policy.maxMs, policy.initialMs * 2 ** exponent);
  const draw = Math.min(Math.max(random(), 0), 1);
  return Math.floor(draw * ceiling);
}

/** Problems with a policy, worded for the setting that carries it; empty when it is usable. */
export function backoffPolicyProblems(policy: BackoffPolicy): string[] {
  const problems: string[] = [];
  if (!(Number.isFinite(policy.initialMs) && policy.initialMs > 0)) problems.push(`backoff initialMs must be a positive number of milliseconds, got ${policy.initialMs}`);
  if (!(Number.isFinite(policy.maxMs) && policy.maxMs >= policy.initialMs)) problems.push(`backoff maxMs must be at least initialMs (${policy.initialMs}), got ${policy.maxMs}`);
  if (!(Number.isFinite(policy.maxRetryAfterMs) && policy.maxRetryAfterMs >= 0)) problems.push(`backoff maxRetryAfterMs must be zero or more, got ${policy.maxRetryAfterMs}`);
  return problems;
}
