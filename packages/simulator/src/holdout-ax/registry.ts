/** Scenario id to holdout-ax builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutAxBenignLookalike } from './benign-lookalike';
import { holdoutAxBlastRadius } from './blast-radius';
import { holdoutAxContentInjectionSend } from './content-injection-send';
import { holdoutAxDrift } from './drift';
import { holdoutAxInjectionIgnored } from './injection-ignored';
import { holdoutAxInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutAxLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutAxMemoryPoisoning } from './memory-poisoning';
import { holdoutAxScopeDeviation } from './scope-deviation';
import { holdoutAxSupplyChain } from './supply-chain';
import { holdoutAxToolChaining } from './tool-chaining';

export const HOLDOUT_AX_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutAxInjectionVolumeSpike,
  scope_deviation: holdoutAxScopeDeviation,
  content_injection_send: holdoutAxContentInjectionSend,
  tool_chaining: holdoutAxToolChaining,
  memory_poisoning: holdoutAxMemoryPoisoning,
  supply_chain: holdoutAxSupplyChain,
  blast_radius: holdoutAxBlastRadius,
  low_and_slow_leak: holdoutAxLowAndSlowLeak,
  drift: holdoutAxDrift,
  benign_lookalike: holdoutAxBenignLookalike,
  injection_ignored: holdoutAxInjectionIgnored,
};
