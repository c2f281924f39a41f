/** Scenario id to holdout-aj builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutAjBenignLookalike } from './benign-lookalike';
import { holdoutAjBlastRadius } from './blast-radius';
import { holdoutAjContentInjectionSend } from './content-injection-send';
import { holdoutAjDrift } from './drift';
import { holdoutAjInjectionIgnored } from './injection-ignored';
import { holdoutAjInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutAjLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutAjMemoryPoisoning } from './memory-poisoning';
import { holdoutAjScopeDeviation } from './scope-deviation';
import { holdoutAjSupplyChain } from './supply-chain';
import { holdoutAjToolChaining } from './tool-chaining';

export const HOLDOUT_AJ_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutAjInjectionVolumeSpike,
  scope_deviation: holdoutAjScopeDeviation,
  content_injection_send: holdoutAjContentInjectionSend,
  tool_chaining: holdoutAjToolChaining,
  memory_poisoning: holdoutAjMemoryPoisoning,
  supply_chain: holdoutAjSupplyChain,
  blast_radius: holdoutAjBlastRadius,
  low_and_slow_leak: holdoutAjLowAndSlowLeak,
  drift: holdoutAjDrift,
  benign_lookalike: holdoutAjBenignLookalike,
  injection_ignored: holdoutAjInjectionIgnored,
};
