/** Scenario id to holdout-bc builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutBcBenignLookalike } from './benign-lookalike';
import { holdoutBcBlastRadius } from './blast-radius';
import { holdoutBcContentInjectionSend } from './content-injection-send';
import { holdoutBcDrift } from './drift';
import { holdoutBcInjectionIgnored } from './injection-ignored';
import { holdoutBcInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutBcLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutBcMemoryPoisoning } from './memory-poisoning';
import { holdoutBcScopeDeviation } from './scope-deviation';
import { holdoutBcSupplyChain } from './supply-chain';
import { holdoutBcToolChaining } from './tool-chaining';

export const HOLDOUT_BC_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutBcInjectionVolumeSpike,
  scope_deviation: holdoutBcScopeDeviation,
  content_injection_send: holdoutBcContentInjectionSend,
  tool_chaining: holdoutBcToolChaining,
  memory_poisoning: holdoutBcMemoryPoisoning,
  supply_chain: holdoutBcSupplyChain,
  blast_radius: holdoutBcBlastRadius,
  low_and_slow_leak: holdoutBcLowAndSlowLeak,
  drift: holdoutBcDrift,
  benign_lookalike: holdoutBcBenignLookalike,
  injection_ignored: holdoutBcInjectionIgnored,
};
