/** Scenario id to holdout-aw builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutAwBenignLookalike } from './benign-lookalike';
import { holdoutAwBlastRadius } from './blast-radius';
import { holdoutAwContentInjectionSend } from './content-injection-send';
import { holdoutAwDrift } from './drift';
import { holdoutAwInjectionIgnored } from './injection-ignored';
import { holdoutAwInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutAwLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutAwMemoryPoisoning } from './memory-poisoning';
import { holdoutAwScopeDeviation } from './scope-deviation';
import { holdoutAwSupplyChain } from './supply-chain';
import { holdoutAwToolChaining } from './tool-chaining';

export const HOLDOUT_AW_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutAwInjectionVolumeSpike,
  scope_deviation: holdoutAwScopeDeviation,
  content_injection_send: holdoutAwContentInjectionSend,
  tool_chaining: holdoutAwToolChaining,
  memory_poisoning: holdoutAwMemoryPoisoning,
  supply_chain: holdoutAwSupplyChain,
  blast_radius: holdoutAwBlastRadius,
  low_and_slow_leak: holdoutAwLowAndSlowLeak,
  drift: holdoutAwDrift,
  benign_lookalike: holdoutAwBenignLookalike,
  injection_ignored: holdoutAwInjectionIgnored,
};
