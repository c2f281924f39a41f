/** Scenario id to holdout-t builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutTBenignLookalike } from './benign-lookalike';
import { holdoutTBlastRadius } from './blast-radius';
import { holdoutTContentInjectionSend } from './content-injection-send';
import { holdoutTDrift } from './drift';
import { holdoutTInjectionIgnored } from './injection-ignored';
import { holdoutTInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutTLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutTMemoryPoisoning } from './memory-poisoning';
import { holdoutTScopeDeviation } from './scope-deviation';
import { holdoutTSupplyChain } from './supply-chain';
import { holdoutTToolChaining } from './tool-chaining';

export const HOLDOUT_T_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutTInjectionVolumeSpike,
  scope_deviation: holdoutTScopeDeviation,
  content_injection_send: holdoutTContentInjectionSend,
  tool_chaining: holdoutTToolChaining,
  memory_poisoning: holdoutTMemoryPoisoning,
  supply_chain: holdoutTSupplyChain,
  blast_radius: holdoutTBlastRadius,
  low_and_slow_leak: holdoutTLowAndSlowLeak,
  drift: holdoutTDrift,
  benign_lookalike: holdoutTBenignLookalike,
  injection_ignored: holdoutTInjectionIgnored,
};
