/** Scenario id to holdout-w builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutWBenignLookalike } from './benign-lookalike';
import { holdoutWBlastRadius } from './blast-radius';
import { holdoutWContentInjectionSend } from './content-injection-send';
import { holdoutWDrift } from './drift';
import { holdoutWInjectionIgnored } from './injection-ignored';
import { holdoutWInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutWLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutWMemoryPoisoning } from './memory-poisoning';
import { holdoutWScopeDeviation } from './scope-deviation';
import { holdoutWSupplyChain } from './supply-chain';
import { holdoutWToolChaining } from './tool-chaining';

export const HOLDOUT_W_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutWInjectionVolumeSpike,
  scope_deviation: holdoutWScopeDeviation,
  content_injection_send: holdoutWContentInjectionSend,
  tool_chaining: holdoutWToolChaining,
  memory_poisoning: holdoutWMemoryPoisoning,
  supply_chain: holdoutWSupplyChain,
  blast_radius: holdoutWBlastRadius,
  low_and_slow_leak: holdoutWLowAndSlowLeak,
  drift: holdoutWDrift,
  benign_lookalike: holdoutWBenignLookalike,
  injection_ignored: holdoutWInjectionIgnored,
};
