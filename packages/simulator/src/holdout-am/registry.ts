/** Scenario id to holdout-am builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutAmBenignLookalike } from './benign-lookalike';
import { holdoutAmBlastRadius } from './blast-radius';
import { holdoutAmContentInjectionSend } from './content-injection-send';
import { holdoutAmDrift } from './drift';
import { holdoutAmInjectionIgnored } from './injection-ignored';
import { holdoutAmInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutAmLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutAmMemoryPoisoning } from './memory-poisoning';
import { holdoutAmScopeDeviation } from './scope-deviation';
import { holdoutAmSupplyChain } from './supply-chain';
import { holdoutAmToolChaining } from './tool-chaining';

export const HOLDOUT_AM_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutAmInjectionVolumeSpike,
  scope_deviation: holdoutAmScopeDeviation,
  content_injection_send: holdoutAmContentInjectionSend,
  tool_chaining: holdoutAmToolChaining,
  memory_poisoning: holdoutAmMemoryPoisoning,
  supply_chain: holdoutAmSupplyChain,
  blast_radius: holdoutAmBlastRadius,
  low_and_slow_leak: holdoutAmLowAndSlowLeak,
  drift: holdoutAmDrift,
  benign_lookalike: holdoutAmBenignLookalike,
  injection_ignored: holdoutAmInjectionIgnored,
};
