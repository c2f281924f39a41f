/** Scenario id to holdout-ay builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutAyBenignLookalike } from './benign-lookalike';
import { holdoutAyBlastRadius } from './blast-radius';
import { holdoutAyContentInjectionSend } from './content-injection-send';
import { holdoutAyDrift } from './drift';
import { holdoutAyInjectionIgnored } from './injection-ignored';
import { holdoutAyInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutAyLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutAyMemoryPoisoning } from './memory-poisoning';
import { holdoutAyScopeDeviation } from './scope-deviation';
import { holdoutAySupplyChain } from './supply-chain';
import { holdoutAyToolChaining } from './tool-chaining';

export const HOLDOUT_AY_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutAyInjectionVolumeSpike,
  scope_deviation: holdoutAyScopeDeviation,
  content_injection_send: holdoutAyContentInjectionSend,
  tool_chaining: holdoutAyToolChaining,
  memory_poisoning: holdoutAyMemoryPoisoning,
  supply_chain: holdoutAySupplyChain,
  blast_radius: holdoutAyBlastRadius,
  low_and_slow_leak: holdoutAyLowAndSlowLeak,
  drift: holdoutAyDrift,
  benign_lookalike: holdoutAyBenignLookalike,
  injection_ignored: holdoutAyInjectionIgnored,
};
