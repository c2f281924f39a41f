import { ACTION_KINDS, type ActionKind } from './response-types';

/**
 * How far each action reaches into the agent's work. The rank decides which steps may replace
 * which: an approval that times out may only fall back to a step of lower rank, so silence from
 * the humans can never make Warden more aggressive.
 */
function rank(kind: ActionKind): number {
  return ACTION_KINDS.indexOf(kind);
}

/** True when `a` disrupts the agent strictly more than `b`. */
export function isMoreDisruptive(a: ActionKind, b: ActionKind): boolean {
  return rank(a) > rank(b);
}

const REVERSIBLE: ReadonlySet<ActionKind> = new Set<ActionKind>(['throttle', 'read_only', 'quarantine']);

/** Steps that end by themselves (expiry) and have an undo; memory rollback cannot be taken back. */
export function isReversible(kind: ActionKind): boolean {
  return REVERSIBLE.has(kind);
}

/**
 * Steps that always wait for a human, whatever the agent: they stop the agent's work outright
 * (quarantine) or cannot be undone (memory rollback).
 */
export function isDisruptive(kind: ActionKind): boolean {
  return kind === 'quarantine' || kind === 'memory_rollback';
}

/** Steps that never touch the agent (they only record or tell people). */
export function isAdvisory(kind: ActionKind): boolean {
  return kind === 'record' || kind === 'notify';
}

export function isActionKind(value: unknown): value is ActionKind {
  return typeof value === 'string' && (ACTION_KINDS as readonly string[]).includes(value);
}
