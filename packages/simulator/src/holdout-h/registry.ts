/** Scenario id to holdout-h builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutHBenignLookalike } from './benign-lookalike';
import { holdoutHBlastRadius } from './blast-radius';
import { holdoutHContentInjectionSend } from './content-injection-send';
import { holdoutHDrift } from './drift';
import { holdoutHInjectionIgnored } from './injection-ignored';
import { holdoutHInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutHLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutHMemoryPoisoning } from './memory-poisoning';
import { holdoutHScopeDeviation } from './scope-deviation';
import { holdoutHSupplyChain } from './supply-chain';
import { holdoutHToolChaining } from './tool-chaining';

export const HOLDOUT_H_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutHInjectionVolumeSpike,
  scope_deviation: holdoutHScopeDeviation,
  content_injection_send: holdoutHContentInjectionSend,
  tool_chaining: holdoutHToolChaining,
  memory_poisoning: holdoutHMemoryPoisoning,
  supply_chain: holdoutHSupplyChain,
  blast_radius: holdoutHBlastRadius,
  low_and_slow_leak: holdoutHLowAndSlowLeak,
  drift: holdoutHDrift,
  benign_lookalike: holdoutHBenignLookalike,
  injection_ignored: holdoutHInjectionIgnored,
};
