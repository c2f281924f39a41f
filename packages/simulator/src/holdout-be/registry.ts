/** Scenario id to holdout-be builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutBeBenignLookalike } from './benign-lookalike';
import { holdoutBeBlastRadius } from './blast-radius';
import { holdoutBeContentInjectionSend } from './content-injection-send';
import { holdoutBeDrift } from './drift';
import { holdoutBeInjectionIgnored } from './injection-ignored';
import { holdoutBeInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutBeLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutBeMemoryPoisoning } from './memory-poisoning';
import { holdoutBeScopeDeviation } from './scope-deviation';
import { holdoutBeSupplyChain } from './supply-chain';
import { holdoutBeToolChaining } from './tool-chaining';

export const HOLDOUT_BE_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutBeInjectionVolumeSpike,
  scope_deviation: holdoutBeScopeDeviation,
  content_injection_send: holdoutBeContentInjectionSend,
  tool_chaining: holdoutBeToolChaining,
  memory_poisoning: holdoutBeMemoryPoisoning,
  supply_chain: holdoutBeSupplyChain,
  blast_radius: holdoutBeBlastRadius,
  low_and_slow_leak: holdoutBeLowAndSlowLeak,
  drift: holdoutBeDrift,
  benign_lookalike: holdoutBeBenignLookalike,
  injection_ignored: holdoutBeInjectionIgnored,
};
