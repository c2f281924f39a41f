import { DEFAULT_BACKOFF, backoffDelayMs, backoffPolicyProblems } from './backoff';

describe('backoffDelayMs', () => {
  const top = () => 0.999_999;

  it('starts at 500 ms, doubles, and never exceeds 60 s', () => {
    const ceilings = [1, 2, 3, 4, 8, 20, 1000].map((a) => backoffDelayMs(a, DEFAULT_BACKOFF, top));
    expect(ceilings.slice(0, 4)).toEqual([499, 999, 1999, 3999]);
    expect(ceilings[4]).toBe(59_999); // 500 * 2^7 = 64 s, capped
    expect(ceilings[5]).toBe(59_999);
    expect(ceilings[6]).toBe(59_999);
  });

  it('draws the whole range under the ceiling (full jitter)', () => {
    expect(backoffDelayMs(3, DEFAULT_BACKOFF, () => 0)).toBe(0);
    expect(backoffDelayMs(3, DEFAULT_BACKOFF, () => 0.5)).toBe(1000);
    for (let i = 0; i < 200; i++) {
      const d = backoffDelayMs(6, DEFAULT_BACKOFF, Math.random);
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThan(16_000);
    }
  });

  it('honours a Retry-After over the draw, capped at 10 minutes', () => {
    expect(backoffDelayMs(1, DEFAULT_BACKOFF, top, 30_000)).toBe(30_000);
    expect(backoffDelayMs(9, DEFAULT_BACKOFF, top, 0)).toBe(0);
    expect(backoffDelayMs(1, DEFAULT_BACKOFF, top, 86_400_000)).toBe(600_000);
    // Nonsense from a server is ignored rather than trusted.
    expect(backoffDelayMs(1, DEFAULT_BACKOFF, top, Number.NaN)).toBe(499);
    expect(backoffDelayMs(1, DEFAULT_BACKOFF, top, -5)).toBe(499);
  });

  it('uses a configured policy', () => {
    const policy = { initialMs: 10, maxMs: 40, maxRetryAfterMs: 100 };
    expect([1, 2, 3, 4].map((a) => backoffDelayMs(a, policy, top))).toEqual([9, 19, 39, 39]);
    expect(backoffDelayMs(1, policy, top, 5000)).toBe(100);
  });

  it('names what is wrong with a policy', () => {
    expect(backoffPolicyProblems(DEFAULT_BACKOFF)).toEqual([]);
    expect(backoffPolicyProblems({ initialMs: 0, maxMs: 10, maxRetryAfterMs: 1 })).toEqual([expect.stringContaining('initialMs')]);
    expect(backoffPolicyProblems({ initialMs: 100, maxMs: 10, maxRetryAfterMs: 1 })).toEqual([expect.stringContaining('maxMs')]);
  });
});
