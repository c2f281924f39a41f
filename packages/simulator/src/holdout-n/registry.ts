/** Scenario id to holdout-n builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutNBenignLookalike } from './benign-lookalike';
import { holdoutNBlastRadius } from './blast-radius';
import { holdoutNContentInjectionSend } from './content-injection-send';
import { holdoutNDrift } from './drift';
import { holdoutNInjectionIgnored } from './injection-ignored';
import { holdoutNInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutNLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutNMemoryPoisoning } from './memory-poisoning';
import { holdoutNScopeDeviation } from './scope-deviation';
import { holdoutNSupplyChain } from './supply-chain';
import { holdoutNToolChaining } from './tool-chaining';

export const HOLDOUT_N_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutNInjectionVolumeSpike,
  scope_deviation: holdoutNScopeDeviation,
  content_injection_send: holdoutNContentInjectionSend,
  tool_chaining: holdoutNToolChaining,
  memory_poisoning: holdoutNMemoryPoisoning,
  supply_chain: holdoutNSupplyChain,
  blast_radius: holdoutNBlastRadius,
  low_and_slow_leak: holdoutNLowAndSlowLeak,
  drift: holdoutNDrift,
  benign_lookalike: holdoutNBenignLookalike,
  injection_ignored: holdoutNInjectionIgnored,
};
