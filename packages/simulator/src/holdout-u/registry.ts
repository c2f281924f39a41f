/** Scenario id to holdout-u builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutUBenignLookalike } from './benign-lookalike';
import { holdoutUBlastRadius } from './blast-radius';
import { holdoutUContentInjectionSend } from './content-injection-send';
import { holdoutUDrift } from './drift';
import { holdoutUInjectionIgnored } from './injection-ignored';
import { holdoutUInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutULowAndSlowLeak } from './low-and-slow-leak';
import { holdoutUMemoryPoisoning } from './memory-poisoning';
import { holdoutUScopeDeviation } from './scope-deviation';
import { holdoutUSupplyChain } from './supply-chain';
import { holdoutUToolChaining } from './tool-chaining';

export const HOLDOUT_U_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutUInjectionVolumeSpike,
  scope_deviation: holdoutUScopeDeviation,
  content_injection_send: holdoutUContentInjectionSend,
  tool_chaining: holdoutUToolChaining,
  memory_poisoning: holdoutUMemoryPoisoning,
  supply_chain: holdoutUSupplyChain,
  blast_radius: holdoutUBlastRadius,
  low_and_slow_leak: holdoutULowAndSlowLeak,
  drift: holdoutUDrift,
  benign_lookalike: holdoutUBenignLookalike,
  injection_ignored: holdoutUInjectionIgnored,
};
