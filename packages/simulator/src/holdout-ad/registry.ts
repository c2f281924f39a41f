/** Scenario id to holdout-ad builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutAdBenignLookalike } from './benign-lookalike';
import { holdoutAdBlastRadius } from './blast-radius';
import { holdoutAdContentInjectionSend } from './content-injection-send';
import { holdoutAdDrift } from './drift';
import { holdoutAdInjectionIgnored } from './injection-ignored';
import { holdoutAdInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutAdLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutAdMemoryPoisoning } from './memory-poisoning';
import { holdoutAdScopeDeviation } from './scope-deviation';
import { holdoutAdSupplyChain } from './supply-chain';
import { holdoutAdToolChaining } from './tool-chaining';

export const HOLDOUT_AD_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutAdInjectionVolumeSpike,
  scope_deviation: holdoutAdScopeDeviation,
  content_injection_send: holdoutAdContentInjectionSend,
  tool_chaining: holdoutAdToolChaining,
  memory_poisoning: holdoutAdMemoryPoisoning,
  supply_chain: holdoutAdSupplyChain,
  blast_radius: holdoutAdBlastRadius,
  low_and_slow_leak: holdoutAdLowAndSlowLeak,
  drift: holdoutAdDrift,
  benign_lookalike: holdoutAdBenignLookalike,
  injection_ignored: holdoutAdInjectionIgnored,
};
