/** Scenario id to holdout-av builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutAvBenignLookalike } from './benign-lookalike';
import { holdoutAvBlastRadius } from './blast-radius';
import { holdoutAvContentInjectionSend } from './content-injection-send';
import { holdoutAvDrift } from './drift';
import { holdoutAvInjectionIgnored } from './injection-ignored';
import { holdoutAvInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutAvLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutAvMemoryPoisoning } from './memory-poisoning';
import { holdoutAvScopeDeviation } from './scope-deviation';
import { holdoutAvSupplyChain } from './supply-chain';
import { holdoutAvToolChaining } from './tool-chaining';

export const HOLDOUT_AV_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutAvInjectionVolumeSpike,
  scope_deviation: holdoutAvScopeDeviation,
  content_injection_send: holdoutAvContentInjectionSend,
  tool_chaining: holdoutAvToolChaining,
  memory_poisoning: holdoutAvMemoryPoisoning,
  supply_chain: holdoutAvSupplyChain,
  blast_radius: holdoutAvBlastRadius,
  low_and_slow_leak: holdoutAvLowAndSlowLeak,
  drift: holdoutAvDrift,
  benign_lookalike: holdoutAvBenignLookalike,
  injection_ignored: holdoutAvInjectionIgnored,
};
