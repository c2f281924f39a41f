/** Scenario id to holdout-az builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutAzBenignLookalike } from './benign-lookalike';
import { holdoutAzBlastRadius } from './blast-radius';
import { holdoutAzContentInjectionSend } from './content-injection-send';
import { holdoutAzDrift } from './drift';
import { holdoutAzInjectionIgnored } from './injection-ignored';
import { holdoutAzInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutAzLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutAzMemoryPoisoning } from './memory-poisoning';
import { holdoutAzScopeDeviation } from './scope-deviation';
import { holdoutAzSupplyChain } from './supply-chain';
import { holdoutAzToolChaining } from './tool-chaining';

export const HOLDOUT_AZ_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutAzInjectionVolumeSpike,
  scope_deviation: holdoutAzScopeDeviation,
  content_injection_send: holdoutAzContentInjectionSend,
  tool_chaining: holdoutAzToolChaining,
  memory_poisoning: holdoutAzMemoryPoisoning,
  supply_chain: holdoutAzSupplyChain,
  blast_radius: holdoutAzBlastRadius,
  low_and_slow_leak: holdoutAzLowAndSlowLeak,
  drift: holdoutAzDrift,
  benign_lookalike: holdoutAzBenignLookalike,
  injection_ignored: holdoutAzInjectionIgnored,
};
