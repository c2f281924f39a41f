/** Scenario id to holdout-ae builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutAeBenignLookalike } from './benign-lookalike';
import { holdoutAeBlastRadius } from './blast-radius';
import { holdoutAeContentInjectionSend } from './content-injection-send';
import { holdoutAeDrift } from './drift';
import { holdoutAeInjectionIgnored } from './injection-ignored';
import { holdoutAeInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutAeLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutAeMemoryPoisoning } from './memory-poisoning';
import { holdoutAeScopeDeviation } from './scope-deviation';
import { holdoutAeSupplyChain } from './supply-chain';
import { holdoutAeToolChaining } from './tool-chaining';

export const HOLDOUT_AE_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutAeInjectionVolumeSpike,
  scope_deviation: holdoutAeScopeDeviation,
  content_injection_send: holdoutAeContentInjectionSend,
  tool_chaining: holdoutAeToolChaining,
  memory_poisoning: holdoutAeMemoryPoisoning,
  supply_chain: holdoutAeSupplyChain,
  blast_radius: holdoutAeBlastRadius,
  low_and_slow_leak: holdoutAeLowAndSlowLeak,
  drift: holdoutAeDrift,
  benign_lookalike: holdoutAeBenignLookalike,
  injection_ignored: holdoutAeInjectionIgnored,
};
