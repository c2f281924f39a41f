/** Scenario id to holdout-an builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutAnBenignLookalike } from './benign-lookalike';
import { holdoutAnBlastRadius } from './blast-radius';
import { holdoutAnContentInjectionSend } from './content-injection-send';
import { holdoutAnDrift } from './drift';
import { holdoutAnInjectionIgnored } from './injection-ignored';
import { holdoutAnInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutAnLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutAnMemoryPoisoning } from './memory-poisoning';
import { holdoutAnScopeDeviation } from './scope-deviation';
import { holdoutAnSupplyChain } from './supply-chain';
import { holdoutAnToolChaining } from './tool-chaining';

export const HOLDOUT_AN_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutAnInjectionVolumeSpike,
  scope_deviation: holdoutAnScopeDeviation,
  content_injection_send: holdoutAnContentInjectionSend,
  tool_chaining: holdoutAnToolChaining,
  memory_poisoning: holdoutAnMemoryPoisoning,
  supply_chain: holdoutAnSupplyChain,
  blast_radius: holdoutAnBlastRadius,
  low_and_slow_leak: holdoutAnLowAndSlowLeak,
  drift: holdoutAnDrift,
  benign_lookalike: holdoutAnBenignLookalike,
  injection_ignored: holdoutAnInjectionIgnored,
};
