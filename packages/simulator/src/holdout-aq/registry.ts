/** Scenario id to holdout-aq builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutAqBenignLookalike } from './benign-lookalike';
import { holdoutAqBlastRadius } from './blast-radius';
import { holdoutAqContentInjectionSend } from './content-injection-send';
import { holdoutAqDrift } from './drift';
import { holdoutAqInjectionIgnored } from './injection-ignored';
import { holdoutAqInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutAqLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutAqMemoryPoisoning } from './memory-poisoning';
import { holdoutAqScopeDeviation } from './scope-deviation';
import { holdoutAqSupplyChain } from './supply-chain';
import { holdoutAqToolChaining } from './tool-chaining';

export const HOLDOUT_AQ_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutAqInjectionVolumeSpike,
  scope_deviation: holdoutAqScopeDeviation,
  content_injection_send: holdoutAqContentInjectionSend,
  tool_chaining: holdoutAqToolChaining,
  memory_poisoning: holdoutAqMemoryPoisoning,
  supply_chain: holdoutAqSupplyChain,
  blast_radius: holdoutAqBlastRadius,
  low_and_slow_leak: holdoutAqLowAndSlowLeak,
  drift: holdoutAqDrift,
  benign_lookalike: holdoutAqBenignLookalike,
  injection_ignored: holdoutAqInjectionIgnored,
};
