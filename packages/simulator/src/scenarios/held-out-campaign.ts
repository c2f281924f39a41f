/**
 * Builders the held-out corpora share. A held-out campaign keeps the standard catalogue's Campaign
 * shape and ScenarioId values, so per-scenario reports line up across corpora, and carries its
 * corpus's prefix on every variant, so a label always says which corpus it came from. The lettered
 * prefixes (`holdout-b-`, `holdout-c-`) also start with `holdout-`: a report that splits corpora by
 * prefix must try the longest first.
 */
import type { AgentType } from '../fleet';
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
