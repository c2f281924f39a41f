/** Scenario id to holdout-ah builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutAhBenignLookalike } from './benign-lookalike';
import { holdoutAhBlastRadius } from './blast-radius';
import { holdoutAhContentInjectionSend } from './content-injection-send';
import { holdoutAhDrift } from './drift';
import { holdoutAhInjectionIgnored } from './injection-ignored';
import { holdoutAhInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutAhLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutAhMemoryPoisoning } from './memory-poisoning';
import { holdoutAhScopeDeviation } from './scope-deviation';
import { holdoutAhSupplyChain } from './supply-chain';
import { holdoutAhToolChaining } from './tool-chaining';

export const HOLDOUT_AH_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutAhInjectionVolumeSpike,
  scope_deviation: holdoutAhScopeDeviation,
  content_injection_send: holdoutAhContentInjectionSend,
  tool_chaining: holdoutAhToolChaining,
  memory_poisoning: holdoutAhMemoryPoisoning,
  supply_chain: holdoutAhSupplyChain,
  blast_radius: holdoutAhBlastRadius,
  low_and_slow_leak: holdoutAhLowAndSlowLeak,
  drift: holdoutAhDrift,
  benign_lookalike: holdoutAhBenignLookalike,
  injection_ignored: holdoutAhInjectionIgnored,
};
