/** Scenario id to holdout-al builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutAlBenignLookalike } from './benign-lookalike';
import { holdoutAlBlastRadius } from './blast-radius';
import { holdoutAlContentInjectionSend } from './content-injection-send';
import { holdoutAlDrift } from './drift';
import { holdoutAlInjectionIgnored } from './injection-ignored';
import { holdoutAlInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutAlLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutAlMemoryPoisoning } from './memory-poisoning';
import { holdoutAlScopeDeviation } from './scope-deviation';
import { holdoutAlSupplyChain } from './supply-chain';
import { holdoutAlToolChaining } from './tool-chaining';

export const HOLDOUT_AL_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutAlInjectionVolumeSpike,
  scope_deviation: holdoutAlScopeDeviation,
  content_injection_send: holdoutAlContentInjectionSend,
  tool_chaining: holdoutAlToolChaining,
  memory_poisoning: holdoutAlMemoryPoisoning,
  supply_chain: holdoutAlSupplyChain,
  blast_radius: holdoutAlBlastRadius,
  low_and_slow_leak: holdoutAlLowAndSlowLeak,
  drift: holdoutAlDrift,
  benign_lookalike: holdoutAlBenignLookalike,
  injection_ignored: holdoutAlInjectionIgnored,
};
