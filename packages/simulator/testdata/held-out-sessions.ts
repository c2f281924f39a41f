/**
 * Finding the sessions of a held-out corpus the way its tests need them: the trigger sessions of a
 * scenario, one variant's trigger, what a tool returned, and what the agent had read before a call.
 */
import type { ScenarioId } from '../src/scenarios/catalogue';
import type { SpanSpec } from '../src/span-spec';
import type { SimulatedSession } from '../src/traffic';
import { toolName, toolResult } from './span-readers';

/** The sessions of `scenario` that carry its trigger (not the setup sessions of its campaign). */
export function triggersOf(sessions: readonly SimulatedSession[], scenario: ScenarioId): SimulatedSession[] {
  return sessions.filter((s) => s.scenario === scenario && s.label?.role === 'trigger');
}

/** The trigger session of one variant (`prefix` + `suffix`); throws naming it when there is none. */
export function variantIn(sessions: readonly SimulatedSession[], prefix: string, scenario: ScenarioId, suffix: string): SimulatedSession {
  const found = triggersOf(sessions, scenario).find((s) => s.variant === `${prefix}${suffix}`);
  if (found === undefined) throw new Error(`no ${scenario} session of variant ${prefix}${suffix}`);
  return found;
}

/** The result text of the session's first call of `tool`; throws naming it when there is none. */
export function resultOfTool(s: SimulatedSession, tool: string): string {
  const span = s.spans.find((x) => toolName(x) === tool);
  if (span === undefined) throw new Error(`session ${s.sessionId} never calls ${tool}`);
  return toolResult(span);
}

/** Every tool result the agent had received before `span` started. */
export function resultsReadBefore(s: SimulatedSession, span: SpanSpec): string {
  return s.spans.filter((x) => toolName(x) !== undefined && x.endTimeMs <= span.startTimeMs).map(toolResult).join('\n');
}

/** A variant's name without its corpus prefix (one or two letters since holdout-aa), to compare variants across corpora. */
export function bareVariantName(variant: string): string {
  return variant.replace(/^holdout-[a-z]{1,2}-/, '').replace(/^holdout-/, '');
}
