/**
 * Small builders for holdout-c campaigns: the standard Campaign shape and ScenarioId values (so
 * per-scenario reports line up with the other corpora), every variant prefixed `holdout-c-`.
 * `holdout-c-` also starts with `holdout-`, like `holdout-b-`: a report that splits corpora by
 * prefix must test the lettered prefixes before the bare one.
 */
import type { AgentType } from '../fleet';
import type { Campaign, CampaignSession, ScenarioId } from '../scenarios/catalogue';

export const HOLDOUT_C_VARIANT_PREFIX = 'holdout-c-';

export interface HoldoutCCampaignSpec {
  readonly scenario: ScenarioId;
  /** Without the prefix; `holdoutCCampaign` adds it. */
  readonly variant: string;
  readonly agentType: AgentType;
  readonly sessions: readonly CampaignSession[];
  readonly liveSpacing?: number;
  readonly persistentChange?: Campaign['persistentChange'];
}

export function holdoutCCampaign(spec: HoldoutCCampaignSpec): Campaign {
  return {
    scenario: spec.scenario,
    variant: `${HOLDOUT_C_VARIANT_PREFIX}${spec.variant}`,
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
