/** Scenario id to holdout-ag builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutAgBenignLookalike } from './benign-lookalike';
import { holdoutAgBlastRadius } from './blast-radius';
import { holdoutAgContentInjectionSend } from './content-injection-send';
import { holdoutAgDrift } from './drift';
import { holdoutAgInjectionIgnored } from './injection-ignored';
import { holdoutAgInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutAgLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutAgMemoryPoisoning } from './memory-poisoning';
import { holdoutAgScopeDeviation } from './scope-deviation';
import { holdoutAgSupplyChain } from './supply-chain';
import { holdoutAgToolChaining } from './tool-chaining';

export const HOLDOUT_AG_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutAgInjectionVolumeSpike,
  scope_deviation: holdoutAgScopeDeviation,
  content_injection_send: holdoutAgContentInjectionSend,
  tool_chaining: holdoutAgToolChaining,
  memory_poisoning: holdoutAgMemoryPoisoning,
  supply_chain: holdoutAgSupplyChain,
  blast_radius: holdoutAgBlastRadius,
  low_and_slow_leak: holdoutAgLowAndSlowLeak,
  drift: holdoutAgDrift,
  benign_lookalike: holdoutAgBenignLookalike,
  injection_ignored: holdoutAgInjectionIgnored,
};
