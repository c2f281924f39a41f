/** Scenario id to holdout-k builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutKBenignLookalike } from './benign-lookalike';
import { holdoutKBlastRadius } from './blast-radius';
import { holdoutKContentInjectionSend } from './content-injection-send';
import { holdoutKDrift } from './drift';
import { holdoutKInjectionIgnored } from './injection-ignored';
import { holdoutKInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutKLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutKMemoryPoisoning } from './memory-poisoning';
import { holdoutKScopeDeviation } from './scope-deviation';
import { holdoutKSupplyChain } from './supply-chain';
import { holdoutKToolChaining } from './tool-chaining';

export const HOLDOUT_K_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutKInjectionVolumeSpike,
  scope_deviation: holdoutKScopeDeviation,
  content_injection_send: holdoutKContentInjectionSend,
  tool_chaining: holdoutKToolChaining,
  memory_poisoning: holdoutKMemoryPoisoning,
  supply_chain: holdoutKSupplyChain,
  blast_radius: holdoutKBlastRadius,
  low_and_slow_leak: holdoutKLowAndSlowLeak,
  drift: holdoutKDrift,
  benign_lookalike: holdoutKBenignLookalike,
  injection_ignored: holdoutKInjectionIgnored,
};
