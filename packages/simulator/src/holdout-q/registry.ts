/** Scenario id to holdout-q builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutQBenignLookalike } from './benign-lookalike';
import { holdoutQBlastRadius } from './blast-radius';
import { holdoutQContentInjectionSend } from './content-injection-send';
import { holdoutQDrift } from './drift';
import { holdoutQInjectionIgnored } from './injection-ignored';
import { holdoutQInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutQLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutQMemoryPoisoning } from './memory-poisoning';
import { holdoutQScopeDeviation } from './scope-deviation';
import { holdoutQSupplyChain } from './supply-chain';
import { holdoutQToolChaining } from './tool-chaining';

export const HOLDOUT_Q_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutQInjectionVolumeSpike,
  scope_deviation: holdoutQScopeDeviation,
  content_injection_send: holdoutQContentInjectionSend,
  tool_chaining: holdoutQToolChaining,
  memory_poisoning: holdoutQMemoryPoisoning,
  supply_chain: holdoutQSupplyChain,
  blast_radius: holdoutQBlastRadius,
  low_and_slow_leak: holdoutQLowAndSlowLeak,
  drift: holdoutQDrift,
  benign_lookalike: holdoutQBenignLookalike,
  injection_ignored: holdoutQInjectionIgnored,
};
