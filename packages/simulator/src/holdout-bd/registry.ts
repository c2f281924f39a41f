/** Scenario id to holdout-bd builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutBdBenignLookalike } from './benign-lookalike';
import { holdoutBdBlastRadius } from './blast-radius';
import { holdoutBdContentInjectionSend } from './content-injection-send';
import { holdoutBdDrift } from './drift';
import { holdoutBdInjectionIgnored } from './injection-ignored';
import { holdoutBdInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutBdLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutBdMemoryPoisoning } from './memory-poisoning';
import { holdoutBdScopeDeviation } from './scope-deviation';
import { holdoutBdSupplyChain } from './supply-chain';
import { holdoutBdToolChaining } from './tool-chaining';

export const HOLDOUT_BD_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutBdInjectionVolumeSpike,
  scope_deviation: holdoutBdScopeDeviation,
  content_injection_send: holdoutBdContentInjectionSend,
  tool_chaining: holdoutBdToolChaining,
  memory_poisoning: holdoutBdMemoryPoisoning,
  supply_chain: holdoutBdSupplyChain,
  blast_radius: holdoutBdBlastRadius,
  low_and_slow_leak: holdoutBdLowAndSlowLeak,
  drift: holdoutBdDrift,
  benign_lookalike: holdoutBdBenignLookalike,
  injection_ignored: holdoutBdInjectionIgnored,
};
