import { breakerStatus, initialBreakerState, recordBreakerEvent, type BreakerState } from './circuit-breaker';
import type { CircuitBreakerRule } from './response-types';

const RULE: CircuitBreakerRule = { windowSeconds: 600, maxActions: 3, maxOverrides: 2, cooldownSeconds: 900 };
const T = 1_795_340_000_000;

function record(state: BreakerState, kind: 'action' | 'override', times: number[]): BreakerState {
  return times.reduce((s, t) => recordBreakerEvent(s, kind, t, RULE), state);
}

describe('circuit breaker', () => {
  it('starts closed', () => {
    expect(breakerStatus(initialBreakerState(), T, RULE)).toEqual({ open: false });
  });

  it('stays closed at the limit and opens when actions go over it, saying why and until when', () => {
    const atLimit = record(initialBreakerState(), 'action', [T, T + 1000, T + 2000]);
    expect(breakerStatus(atLimit, T + 2000, RULE).open).toBe(false);
    const over = recordBreakerEvent(atLimit, 'action', T + 3000, RULE);
    const status = breakerStatus(over, T + 3000, RULE);
    expect(status).toEqual({ open: true, reason: expect.any(String), untilMs: T + 3000 + 900_000 });
    expect(status.reason).toBe(
      `Circuit breaker open: 4 automated actions in the last 600 s, over the limit of 3. Warden is advisory-only ` +
        `(findings and alerts continue, no automated actions) until ${new Date(T + 903_000).toISOString()}.`,
    );
  });

  it('opens on too many human overrides', () => {
    const state = record(initialBreakerState(), 'override', [T, T + 1, T + 2]);
    const status = breakerStatus(state, T + 3, RULE);
    expect(status.open).toBe(true);
    expect(status.reason).toContain('3 human overrides');
    // Overrides and actions are counted apart: two of each is still fine.
    const mixed = record(record(initialBreakerState(), 'override', [T, T + 1]), 'action', [T + 2, T + 3]);
    expect(breakerStatus(mixed, T + 4, RULE).open).toBe(false);
  });

  it('closes after the cooldown', () => {
    const state = record(initialBreakerState(), 'action', [T, T + 1, T + 2, T + 3]);
    expect(breakerStatus(state, T + 3 + 900_000 - 1, RULE).open).toBe(true);
    expect(breakerStatus(state, T + 3 + 900_000, RULE)).toEqual({ open: false });
  });

  it('lets old events fall out of the window', () => {
    // Three actions ten minutes ago and three now: never more than three in any 600 s.
    const state = record(initialBreakerState(), 'action', [T, T + 1, T + 2, T + 600_001, T + 600_002, T + 600_003]);
    expect(breakerStatus(state, T + 600_003, RULE).open).toBe(false);
    expect(state.actions).toEqual([T + 600_001, T + 600_002, T + 600_003]);
    // The same six inside one window trip it.
    const dense = record(initialBreakerState(), 'action', [T, T + 1, T + 2, T + 599_000, T + 599_001, T + 599_002]);
    expect(breakerStatus(dense, T + 599_002, RULE).open).toBe(true);
  });

  it('is plain data that survives JSON', () => {
    const state = record(initialBreakerState(), 'action', [T, T + 1, T + 2, T + 3]);
    const copy = JSON.parse(JSON.stringify(state)) as BreakerState;
    expect(breakerStatus(copy, T + 10, RULE)).toEqual(breakerStatus(state, T + 10, RULE));
  });
});
