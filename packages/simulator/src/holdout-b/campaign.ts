/**
 * Small builders for holdout-b campaigns: the standard Campaign shape and ScenarioId values (so
 * per-scenario reports line up with the other corpora), every variant prefixed `holdout-b-`.
 * Note that `holdout-b-` also starts with `holdout-`: a report that splits corpora by prefix must
 * test for this one first.
 */
import type { AgentType } from '../fleet';
import type { Campaign, CampaignSession, ScenarioId } from '../scenarios/catalogue';

export const HOLDOUT_B_VARIANT_PREFIX = 'holdout-b-';

export interface HoldoutBCampaignSpec {
  readonly scenario: ScenarioId;
  /** Without the prefix; `holdoutBCampaign` adds it. */
  readonly variant: string;
  readonly agentType: AgentType;
  readonly sessions: readonly CampaignSession[];
  readonly liveSpacing?: number;
  readonly persistentChange?: Campaign['persistentChange'];
}

export function holdoutBCampaign(spec: HoldoutBCampaignSpec): Campaign {
  return {
    scenario: spec.scenario,
    variant: `${HOLDOUT_B_VARIANT_PREFIX}${spec.variant}`,
    agentType: spec.agentType,
    sessions: spec.sessions,
    liveSpacing: spec.liveSpacing ?? 0,
    ...(spec.persistentChange === undefined ? {} : { persistentChange: spec.persistentChange }),
  };
}

/** The one live session of a single-session campaign, judged at `mark`. */
export function liveTrigger(mark: string, description: string, build: CampaignSession['build']): CampaignSession {
  return { role: 'trigger', placement: 'live', mark, description, build };
}
