/** Scenario id to holdout-as builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutAsBenignLookalike } from './benign-lookalike';
import { holdoutAsBlastRadius } from './blast-radius';
import { holdoutAsContentInjectionSend } from './content-injection-send';
import { holdoutAsDrift } from './drift';
import { holdoutAsInjectionIgnored } from './injection-ignored';
import { holdoutAsInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutAsLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutAsMemoryPoisoning } from './memory-poisoning';
import { holdoutAsScopeDeviation } from './scope-deviation';
import { holdoutAsSupplyChain } from './supply-chain';
import { holdoutAsToolChaining } from './tool-chaining';

export const HOLDOUT_AS_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutAsInjectionVolumeSpike,
  scope_deviation: holdoutAsScopeDeviation,
  content_injection_send: holdoutAsContentInjectionSend,
  tool_chaining: holdoutAsToolChaining,
  memory_poisoning: holdoutAsMemoryPoisoning,
  supply_chain: holdoutAsSupplyChain,
  blast_radius: holdoutAsBlastRadius,
  low_and_slow_leak: holdoutAsLowAndSlowLeak,
  drift: holdoutAsDrift,
  benign_lookalike: holdoutAsBenignLookalike,
  injection_ignored: holdoutAsInjectionIgnored,
};
