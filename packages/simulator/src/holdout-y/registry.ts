/** Scenario id to holdout-y builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutYBenignLookalike } from './benign-lookalike';
import { holdoutYBlastRadius } from './blast-radius';
import { holdoutYContentInjectionSend } from './content-injection-send';
import { holdoutYDrift } from './drift';
import { holdoutYInjectionIgnored } from './injection-ignored';
import { holdoutYInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutYLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutYMemoryPoisoning } from './memory-poisoning';
import { holdoutYScopeDeviation } from './scope-deviation';
import { holdoutYSupplyChain } from './supply-chain';
import { holdoutYToolChaining } from './tool-chaining';

export const HOLDOUT_Y_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutYInjectionVolumeSpike,
  scope_deviation: holdoutYScopeDeviation,
  content_injection_send: holdoutYContentInjectionSend,
  tool_chaining: holdoutYToolChaining,
  memory_poisoning: holdoutYMemoryPoisoning,
  supply_chain: holdoutYSupplyChain,
  blast_radius: holdoutYBlastRadius,
  low_and_slow_leak: holdoutYLowAndSlowLeak,
  drift: holdoutYDrift,
  benign_lookalike: holdoutYBenignLookalike,
  injection_ignored: holdoutYInjectionIgnored,
};
