/** Scenario id to holdout-ac builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutAcBenignLookalike } from './benign-lookalike';
import { holdoutAcBlastRadius } from './blast-radius';
import { holdoutAcContentInjectionSend } from './content-injection-send';
import { holdoutAcDrift } from './drift';
import { holdoutAcInjectionIgnored } from './injection-ignored';
import { holdoutAcInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutAcLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutAcMemoryPoisoning } from './memory-poisoning';
import { holdoutAcScopeDeviation } from './scope-deviation';
import { holdoutAcSupplyChain } from './supply-chain';
import { holdoutAcToolChaining } from './tool-chaining';

export const HOLDOUT_AC_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutAcInjectionVolumeSpike,
  scope_deviation: holdoutAcScopeDeviation,
  content_injection_send: holdoutAcContentInjectionSend,
  tool_chaining: holdoutAcToolChaining,
  memory_poisoning: holdoutAcMemoryPoisoning,
  supply_chain: holdoutAcSupplyChain,
  blast_radius: holdoutAcBlastRadius,
  low_and_slow_leak: holdoutAcLowAndSlowLeak,
  drift: holdoutAcDrift,
  benign_lookalike: holdoutAcBenignLookalike,
  injection_ignored: holdoutAcInjectionIgnored,
};
