/** Scenario id to holdout-ar builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutArBenignLookalike } from './benign-lookalike';
import { holdoutArBlastRadius } from './blast-radius';
import { holdoutArContentInjectionSend } from './content-injection-send';
import { holdoutArDrift } from './drift';
import { holdoutArInjectionIgnored } from './injection-ignored';
import { holdoutArInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutArLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutArMemoryPoisoning } from './memory-poisoning';
import { holdoutArScopeDeviation } from './scope-deviation';
import { holdoutArSupplyChain } from './supply-chain';
import { holdoutArToolChaining } from './tool-chaining';

export const HOLDOUT_AR_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutArInjectionVolumeSpike,
  scope_deviation: holdoutArScopeDeviation,
  content_injection_send: holdoutArContentInjectionSend,
  tool_chaining: holdoutArToolChaining,
  memory_poisoning: holdoutArMemoryPoisoning,
  supply_chain: holdoutArSupplyChain,
  blast_radius: holdoutArBlastRadius,
  low_and_slow_leak: holdoutArLowAndSlowLeak,
  drift: holdoutArDrift,
  benign_lookalike: holdoutArBenignLookalike,
  injection_ignored: holdoutArInjectionIgnored,
};
