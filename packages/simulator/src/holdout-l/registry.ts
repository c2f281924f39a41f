/** Scenario id to holdout-l builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutLBenignLookalike } from './benign-lookalike';
import { holdoutLBlastRadius } from './blast-radius';
import { holdoutLContentInjectionSend } from './content-injection-send';
import { holdoutLDrift } from './drift';
import { holdoutLInjectionIgnored } from './injection-ignored';
import { holdoutLInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutLLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutLMemoryPoisoning } from './memory-poisoning';
import { holdoutLScopeDeviation } from './scope-deviation';
import { holdoutLSupplyChain } from './supply-chain';
import { holdoutLToolChaining } from './tool-chaining';

export const HOLDOUT_L_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutLInjectionVolumeSpike,
  scope_deviation: holdoutLScopeDeviation,
  content_injection_send: holdoutLContentInjectionSend,
  tool_chaining: holdoutLToolChaining,
  memory_poisoning: holdoutLMemoryPoisoning,
  supply_chain: holdoutLSupplyChain,
  blast_radius: holdoutLBlastRadius,
  low_and_slow_leak: holdoutLLowAndSlowLeak,
  drift: holdoutLDrift,
  benign_lookalike: holdoutLBenignLookalike,
  injection_ignored: holdoutLInjectionIgnored,
};
