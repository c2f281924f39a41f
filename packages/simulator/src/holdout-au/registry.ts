/** Scenario id to holdout-au builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutAuBenignLookalike } from './benign-lookalike';
import { holdoutAuBlastRadius } from './blast-radius';
import { holdoutAuContentInjectionSend } from './content-injection-send';
import { holdoutAuDrift } from './drift';
import { holdoutAuInjectionIgnored } from './injection-ignored';
import { holdoutAuInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutAuLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutAuMemoryPoisoning } from './memory-poisoning';
import { holdoutAuScopeDeviation } from './scope-deviation';
import { holdoutAuSupplyChain } from './supply-chain';
import { holdoutAuToolChaining } from './tool-chaining';

export const HOLDOUT_AU_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutAuInjectionVolumeSpike,
  scope_deviation: holdoutAuScopeDeviation,
  content_injection_send: holdoutAuContentInjectionSend,
  tool_chaining: holdoutAuToolChaining,
  memory_poisoning: holdoutAuMemoryPoisoning,
  supply_chain: holdoutAuSupplyChain,
  blast_radius: holdoutAuBlastRadius,
  low_and_slow_leak: holdoutAuLowAndSlowLeak,
  drift: holdoutAuDrift,
  benign_lookalike: holdoutAuBenignLookalike,
  injection_ignored: holdoutAuInjectionIgnored,
};
