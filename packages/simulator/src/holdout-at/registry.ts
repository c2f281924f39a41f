/** Scenario id to holdout-at builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutAtBenignLookalike } from './benign-lookalike';
import { holdoutAtBlastRadius } from './blast-radius';
import { holdoutAtContentInjectionSend } from './content-injection-send';
import { holdoutAtDrift } from './drift';
import { holdoutAtInjectionIgnored } from './injection-ignored';
import { holdoutAtInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutAtLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutAtMemoryPoisoning } from './memory-poisoning';
import { holdoutAtScopeDeviation } from './scope-deviation';
import { holdoutAtSupplyChain } from './supply-chain';
import { holdoutAtToolChaining } from './tool-chaining';

export const HOLDOUT_AT_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutAtInjectionVolumeSpike,
  scope_deviation: holdoutAtScopeDeviation,
  content_injection_send: holdoutAtContentInjectionSend,
  tool_chaining: holdoutAtToolChaining,
  memory_poisoning: holdoutAtMemoryPoisoning,
  supply_chain: holdoutAtSupplyChain,
  blast_radius: holdoutAtBlastRadius,
  low_and_slow_leak: holdoutAtLowAndSlowLeak,
  drift: holdoutAtDrift,
  benign_lookalike: holdoutAtBenignLookalike,
  injection_ignored: holdoutAtInjectionIgnored,
};
