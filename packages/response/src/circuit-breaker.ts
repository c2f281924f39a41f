import type { CircuitBreakerRule } from './response-types';

/**
 * What the breaker remembers: the times of recent automated actions and human overrides, and,
 * once tripped, until when Warden stays advisory-only and why. Plain data, so the responder can
 * persist it and a restart does not reset a tripped breaker.
 */
export interface BreakerState {
  readonly actions: readonly number[];
  readonly overrides: readonly number[];
  readonly openUntilMs?: number;
  readonly openReason?: string;
}

export type BreakerEventKind = 'action' | 'override';

export function initialBreakerState(): BreakerState {
  return { actions: [], overrides: [] };
}

function withinWindow(times: readonly number[], atMs: number, rule: CircuitBreakerRule): number[] {
  const from = atMs - rule.windowSeconds * 1000;
  return times.filter((t) => t > from && t <= atMs);
}

/**
 * Many actions in a short time mean either a real outbreak or Warden misfiring at scale; many
 * human overrides mean people disagree with it. In both cases automation should stop and let
 * people drive, so the breaker opens when either count goes over its limit in the window.
 */
export function recordBreakerEvent(state: BreakerState, kind: BreakerEventKind, atMs: number, rule: CircuitBreakerRule): BreakerState {
  const actions = withinWindow(kind === 'action' ? [...state.actions, atMs] : state.actions, atMs, rule);
  const overrides = withinWindow(kind === 'override' ? [...state.overrides, atMs] : state.overrides, atMs, rule);
  const next: BreakerState = { ...state, actions, overrides };

  let tripped: string | undefined;
  if (actions.length > rule.maxActions) {
    tripped = `${actions.length} automated actions in the last ${rule.windowSeconds} s, over the limit of ${rule.maxActions}`;
  } else if (overrides.length > rule.maxOverrides) {
    tripped = `${overrides.length} human overrides (denials, undos) in the last ${rule.windowSeconds} s, over the limit of ${rule.maxOverrides}`;
  }
  if (tripped === undefined) return next;
  const untilMs = atMs + rule.cooldownSeconds * 1000;
  return {
    ...next,
    openUntilMs: untilMs,
    openReason:
      `Circuit breaker open: ${tripped}. Warden is advisory-only (findings and alerts continue, no automated actions) ` +
      `until ${new Date(untilMs).toISOString()}.`,
  };
}

/** `open` means advisory-only: plan and record, but take no automated action. */
export function breakerStatus(state: BreakerState, atMs: number, _rule: CircuitBreakerRule): { open: boolean; reason?: string; untilMs?: number } {
  if (state.openUntilMs === undefined || atMs >= state.openUntilMs) return { open: false };
  return { open: true, ...(state.openReason === undefined ? {} : { reason: state.openReason }), untilMs: state.openUntilMs };
}
