/** Scenario id to holdout builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutBenignLookalike } from './benign-lookalike';
import { holdoutBlastRadius } from './blast-radius';
import { holdoutContentInjectionSend } from './content-injection-send';
import { holdoutDrift } from './drift';
import { holdoutInjectionIgnored } from './injection-ignored';
import { holdoutInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutMemoryPoisoning } from './memory-poisoning';
import { holdoutScopeDeviation } from './scope-deviation';
import { holdoutSupplyChain } from './supply-chain';
import { holdoutToolChaining } from './tool-chaining';

export const HOLDOUT_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutInjectionVolumeSpike,
  scope_deviation: holdoutScopeDeviation,
  content_injection_send: holdoutContentInjectionSend,
  tool_chaining: holdoutToolChaining,
  memory_poisoning: holdoutMemoryPoisoning,
  supply_chain: holdoutSupplyChain,
  blast_radius: holdoutBlastRadius,
  low_and_slow_leak: holdoutLowAndSlowLeak,
  drift: holdoutDrift,
  benign_lookalike: holdoutBenignLookalike,
  injection_ignored: holdoutInjectionIgnored,
};
