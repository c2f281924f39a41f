/** Scenario id to holdout-z builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutZBenignLookalike } from './benign-lookalike';
import { holdoutZBlastRadius } from './blast-radius';
import { holdoutZContentInjectionSend } from './content-injection-send';
import { holdoutZDrift } from './drift';
import { holdoutZInjectionIgnored } from './injection-ignored';
import { holdoutZInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutZLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutZMemoryPoisoning } from './memory-poisoning';
import { holdoutZScopeDeviation } from './scope-deviation';
import { holdoutZSupplyChain } from './supply-chain';
import { holdoutZToolChaining } from './tool-chaining';

export const HOLDOUT_Z_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutZInjectionVolumeSpike,
  scope_deviation: holdoutZScopeDeviation,
  content_injection_send: holdoutZContentInjectionSend,
  tool_chaining: holdoutZToolChaining,
  memory_poisoning: holdoutZMemoryPoisoning,
  supply_chain: holdoutZSupplyChain,
  blast_radius: holdoutZBlastRadius,
  low_and_slow_leak: holdoutZLowAndSlowLeak,
  drift: holdoutZDrift,
  benign_lookalike: holdoutZBenignLookalike,
  injection_ignored: holdoutZInjectionIgnored,
};
