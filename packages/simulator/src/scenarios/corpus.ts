/**
 * Which attack corpus the live phase mixes in. `standard` is the catalogue the detection rules
 * were tuned against; `holdout` (src/holdout/) was written apart from the detection code, so
 * scoring it measures how the rules do on traffic they never saw. History and ordinary traffic
 * are the same for both.
 */
import { HOLDOUT_BUILDERS } from '../holdout/registry';
import type { ScenarioBuilder, ScenarioId } from './catalogue';
import { SCENARIO_BUILDERS } from './registry';

export type ScenarioCorpus = 'standard' | 'holdout';

export const SCENARIO_CORPORA: readonly ScenarioCorpus[] = ['standard', 'holdout'];

export function scenarioBuilders(corpus: ScenarioCorpus): Readonly<Record<ScenarioId, ScenarioBuilder>> {
  return corpus === 'holdout' ? HOLDOUT_BUILDERS : SCENARIO_BUILDERS;
}
