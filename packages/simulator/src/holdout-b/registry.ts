/** Scenario id to holdout-b builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutBBenignLookalike } from './benign-lookalike';
import { holdoutBBlastRadius } from './blast-radius';
import { holdoutBContentInjectionSend } from './content-injection-send';
import { holdoutBDrift } from './drift';
import { holdoutBInjectionIgnored } from './injection-ignored';
import { holdoutBInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutBLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutBMemoryPoisoning } from './memory-poisoning';
import { holdoutBScopeDeviation } from './scope-deviation';
import { holdoutBSupplyChain } from './supply-chain';
import { holdoutBToolChaining } from './tool-chaining';

export const HOLDOUT_B_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutBInjectionVolumeSpike,
  scope_deviation: holdoutBScopeDeviation,
  content_injection_send: holdoutBContentInjectionSend,
  tool_chaining: holdoutBToolChaining,
  memory_poisoning: holdoutBMemoryPoisoning,
  supply_chain: holdoutBSupplyChain,
  blast_radius: holdoutBBlastRadius,
  low_and_slow_leak: holdoutBLowAndSlowLeak,
  drift: holdoutBDrift,
  benign_lookalike: holdoutBBenignLookalike,
  injection_ignored: holdoutBInjectionIgnored,
};
