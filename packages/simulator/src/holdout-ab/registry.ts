/** Scenario id to holdout-ab builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutAbBenignLookalike } from './benign-lookalike';
import { holdoutAbBlastRadius } from './blast-radius';
import { holdoutAbContentInjectionSend } from './content-injection-send';
import { holdoutAbDrift } from './drift';
import { holdoutAbInjectionIgnored } from './injection-ignored';
import { holdoutAbInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutAbLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutAbMemoryPoisoning } from './memory-poisoning';
import { holdoutAbScopeDeviation } from './scope-deviation';
import { holdoutAbSupplyChain } from './supply-chain';
import { holdoutAbToolChaining } from './tool-chaining';

export const HOLDOUT_AB_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutAbInjectionVolumeSpike,
  scope_deviation: holdoutAbScopeDeviation,
  content_injection_send: holdoutAbContentInjectionSend,
  tool_chaining: holdoutAbToolChaining,
  memory_poisoning: holdoutAbMemoryPoisoning,
  supply_chain: holdoutAbSupplyChain,
  blast_radius: holdoutAbBlastRadius,
  low_and_slow_leak: holdoutAbLowAndSlowLeak,
  drift: holdoutAbDrift,
  benign_lookalike: holdoutAbBenignLookalike,
  injection_ignored: holdoutAbInjectionIgnored,
};
