/** Scenario id to holdout-j builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutJBenignLookalike } from './benign-lookalike';
import { holdoutJBlastRadius } from './blast-radius';
import { holdoutJContentInjectionSend } from './content-injection-send';
import { holdoutJDrift } from './drift';
import { holdoutJInjectionIgnored } from './injection-ignored';
import { holdoutJInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutJLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutJMemoryPoisoning } from './memory-poisoning';
import { holdoutJScopeDeviation } from './scope-deviation';
import { holdoutJSupplyChain } from './supply-chain';
import { holdoutJToolChaining } from './tool-chaining';

export const HOLDOUT_J_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutJInjectionVolumeSpike,
  scope_deviation: holdoutJScopeDeviation,
  content_injection_send: holdoutJContentInjectionSend,
  tool_chaining: holdoutJToolChaining,
  memory_poisoning: holdoutJMemoryPoisoning,
  supply_chain: holdoutJSupplyChain,
  blast_radius: holdoutJBlastRadius,
  low_and_slow_leak: holdoutJLowAndSlowLeak,
  drift: holdoutJDrift,
  benign_lookalike: holdoutJBenignLookalike,
  injection_ignored: holdoutJInjectionIgnored,
};
