/**
 * What a benign workflow needs to write a session script: its own random stream, the agent
 * instance, and the session's time (for dates in arguments, never a clock).
 */
import type { AgentInstance } from '../fleet';
import type { Prng } from '../prng';
import type { SessionScript, TurnScript } from '../script';

export interface WorkflowContext {
  readonly rng: Prng;
  readonly agent: AgentInstance;
  /** Epoch ms at which the session starts. */
  readonly atMs: number;
}

export type Workflow = (ctx: WorkflowContext) => SessionScript;

/** Sessions of 1-4 turns, most of them short. */
export function turnCount(ctx: WorkflowContext): number {
  const r = ctx.rng.next();
  if (r < 0.35) return 1;
  if (r < 0.7) return 2;
  if (r < 0.9) return 3;
  return 4;
}

export function buildTurns(ctx: WorkflowContext, makers: readonly ((ctx: WorkflowContext) => TurnScript)[], weights: readonly number[]): TurnScript[] {
  const turns: TurnScript[] = [];
  const n = turnCount(ctx);
  const total = weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < n; i++) {
    let r = ctx.rng.next() * total;
    let chosen = makers[makers.length - 1] as (ctx: WorkflowContext) => TurnScript;
    for (let k = 0; k < makers.length; k++) {
      r -= weights[k] as number;
      if (r < 0) {
        chosen = makers[k] as (ctx: WorkflowContext) => TurnScript;
        break;
      }
    }
    turns.push(chosen(ctx));
  }
  return turns;
}

export const ORDINARY_TOOL_ERRORS: readonly string[] = ['TimeoutError', 'UpstreamUnavailable', 'RateLimited'];
