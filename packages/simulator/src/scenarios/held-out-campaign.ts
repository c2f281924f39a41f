/**
 * Builders the held-out corpora share. A held-out campaign keeps the standard catalogue's Campaign
 * shape and ScenarioId values, so per-scenario reports line up across corpora, and carries its
 * corpus's prefix on every variant, so a label always says which corpus it came from. The lettered
 * prefixes (`holdout-b-`, `holdout-c-`) also start with `holdout-`: a report that splits corpora by
 * prefix must try the longest first.
 */
import type { AgentType } from '../fleet';
import type { SessionScript, ToolCall } from '../script';
import type { WorkflowContext } from '../workflows/workflow';
import type { Campaign, CampaignSession, ScenarioId } from './catalogue';

export interface HeldOutCampaignSpec {
  readonly scenario: ScenarioId;
  /** Without the corpus prefix; the builder adds it. */
  readonly variant: string;
  readonly agentType: AgentType;
  readonly sessions: readonly CampaignSession[];
  readonly liveSpacing?: number;
  readonly persistentChange?: Campaign['persistentChange'];
}

/** A campaign builder for the corpus whose variants start with `prefix`. */
export function heldOutCampaign(prefix: string): (spec: HeldOutCampaignSpec) => Campaign {
  return (spec) => ({
    scenario: spec.scenario,
    variant: `${prefix}${spec.variant}`,
    agentType: spec.agentType,
    sessions: spec.sessions,
    liveSpacing: spec.liveSpacing ?? 0,
    ...(spec.persistentChange === undefined ? {} : { persistentChange: spec.persistentChange }),
  });
}

/** The one live session of a single-session campaign, judged at `mark`. */
export function liveTrigger(mark: string, description: string, build: CampaignSession['build']): CampaignSession {
  return { role: 'trigger', placement: 'live', mark, description, build };
}

/** A model asks for a handful of calls per response: `calls` in rounds of `size`, the last call carrying the mark. */
export function callsInRounds(calls: readonly ToolCall[], size: number, mark: string): ToolCall[][] {
  const marked = calls.map((c, i) => (i === calls.length - 1 ? { ...c, mark } : c));
  const rounds: ToolCall[][] = [];
  for (let i = 0; i < marked.length; i += size) rounds.push(marked.slice(i, i + size));
  return rounds;
}

/** A low-and-slow leak: `count` sessions sending at `leak_send`, all but the last in the history's tail, the last live. */
export function leakSeries(count: number, description: string, build: (ctx: WorkflowContext) => SessionScript): CampaignSession[] {
  const session = (role: CampaignSession['role'], placement: CampaignSession['placement']): CampaignSession => ({ role, placement, mark: 'leak_send', description, build });
  const sessions = Array.from({ length: count - 1 }, () => session('setup', 'history_tail'));
  sessions.push(session('trigger', 'live'));
  return sessions;
}
