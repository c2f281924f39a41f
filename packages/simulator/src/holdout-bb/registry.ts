/** Scenario id to holdout-bb builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutBbBenignLookalike } from './benign-lookalike';
import { holdoutBbBlastRadius } from './blast-radius';
import { holdoutBbContentInjectionSend } from './content-injection-send';
import { holdoutBbDrift } from './drift';
import { holdoutBbInjectionIgnored } from './injection-ignored';
import { holdoutBbInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutBbLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutBbMemoryPoisoning } from './memory-poisoning';
import { holdoutBbScopeDeviation } from './scope-deviation';
import { holdoutBbSupplyChain } from './supply-chain';
import { holdoutBbToolChaining } from './tool-chaining';

export const HOLDOUT_BB_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutBbInjectionVolumeSpike,
  scope_deviation: holdoutBbScopeDeviation,
  content_injection_send: holdoutBbContentInjectionSend,
  tool_chaining: holdoutBbToolChaining,
  memory_poisoning: holdoutBbMemoryPoisoning,
  supply_chain: holdoutBbSupplyChain,
  blast_radius: holdoutBbBlastRadius,
  low_and_slow_leak: holdoutBbLowAndSlowLeak,
  drift: holdoutBbDrift,
  benign_lookalike: holdoutBbBenignLookalike,
  injection_ignored: holdoutBbInjectionIgnored,
};
