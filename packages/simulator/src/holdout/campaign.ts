/**
 * Small builders for holdout campaigns. They keep the standard catalogue's Campaign shape and
 * ScenarioId values (so per-scenario reports line up) and prefix every variant with `holdout-`,
 * so a label always says which corpus it came from.
 */
import type { AgentType } from '../fleet';
import type { Campaign, CampaignSession, ScenarioId } from '../scenarios/catalogue';

export const HOLDOUT_VARIANT_PREFIX = 'holdout-';

export interface HoldoutCampaignSpec {
  readonly scenario: ScenarioId;
  /** Without the prefix; `holdoutCampaign` adds it. */
  readonly variant: string;
  readonly agentType: AgentType;
  readonly sessions: readonly CampaignSession[];
  readonly liveSpacing?: number;
  readonly persistentChange?: Campaign['persistentChange'];
}

export function holdoutCampaign(spec: HoldoutCampaignSpec): Campaign {
  return {
    scenario: spec.scenario,
    variant: `${HOLDOUT_VARIANT_PREFIX}${spec.variant}`,
    agentType: spec.agentType,
    sessions: spec.sessions,
    liveSpacing: spec.liveSpacing ?? 0,
    ...(spec.persistentChange === undefined ? {} : { persistentChange: spec.persistentChange }),
  };
}

/** The one live session of a single-session campaign, judged at `mark`. */
export function triggerSession(mark: string, description: string, build: CampaignSession['build']): CampaignSession {
  return { role: 'trigger', placement: 'live', mark, description, build };
}
