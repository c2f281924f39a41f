/** Scenario id to holdout-ap builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutApBenignLookalike } from './benign-lookalike';
import { holdoutApBlastRadius } from './blast-radius';
import { holdoutApContentInjectionSend } from './content-injection-send';
import { holdoutApDrift } from './drift';
import { holdoutApInjectionIgnored } from './injection-ignored';
import { holdoutApInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutApLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutApMemoryPoisoning } from './memory-poisoning';
import { holdoutApScopeDeviation } from './scope-deviation';
import { holdoutApSupplyChain } from './supply-chain';
import { holdoutApToolChaining } from './tool-chaining';

export const HOLDOUT_AP_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutApInjectionVolumeSpike,
  scope_deviation: holdoutApScopeDeviation,
  content_injection_send: holdoutApContentInjectionSend,
  tool_chaining: holdoutApToolChaining,
  memory_poisoning: holdoutApMemoryPoisoning,
  supply_chain: holdoutApSupplyChain,
  blast_radius: holdoutApBlastRadius,
  low_and_slow_leak: holdoutApLowAndSlowLeak,
  drift: holdoutApDrift,
  benign_lookalike: holdoutApBenignLookalike,
  injection_ignored: holdoutApInjectionIgnored,
};
