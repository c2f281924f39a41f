/** Scenario id to holdout-s builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutSBenignLookalike } from './benign-lookalike';
import { holdoutSBlastRadius } from './blast-radius';
import { holdoutSContentInjectionSend } from './content-injection-send';
import { holdoutSDrift } from './drift';
import { holdoutSInjectionIgnored } from './injection-ignored';
import { holdoutSInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutSLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutSMemoryPoisoning } from './memory-poisoning';
import { holdoutSScopeDeviation } from './scope-deviation';
import { holdoutSSupplyChain } from './supply-chain';
import { holdoutSToolChaining } from './tool-chaining';

export const HOLDOUT_S_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutSInjectionVolumeSpike,
  scope_deviation: holdoutSScopeDeviation,
  content_injection_send: holdoutSContentInjectionSend,
  tool_chaining: holdoutSToolChaining,
  memory_poisoning: holdoutSMemoryPoisoning,
  supply_chain: holdoutSSupplyChain,
  blast_radius: holdoutSBlastRadius,
  low_and_slow_leak: holdoutSLowAndSlowLeak,
  drift: holdoutSDrift,
  benign_lookalike: holdoutSBenignLookalike,
  injection_ignored: holdoutSInjectionIgnored,
};
