/** Scenario id to holdout-d builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutDBenignLookalike } from './benign-lookalike';
import { holdoutDBlastRadius } from './blast-radius';
import { holdoutDContentInjectionSend } from './content-injection-send';
import { holdoutDDrift } from './drift';
import { holdoutDInjectionIgnored } from './injection-ignored';
import { holdoutDInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutDLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutDMemoryPoisoning } from './memory-poisoning';
import { holdoutDScopeDeviation } from './scope-deviation';
import { holdoutDSupplyChain } from './supply-chain';
import { holdoutDToolChaining } from './tool-chaining';

export const HOLDOUT_D_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutDInjectionVolumeSpike,
  scope_deviation: holdoutDScopeDeviation,
  content_injection_send: holdoutDContentInjectionSend,
  tool_chaining: holdoutDToolChaining,
  memory_poisoning: holdoutDMemoryPoisoning,
  supply_chain: holdoutDSupplyChain,
  blast_radius: holdoutDBlastRadius,
  low_and_slow_leak: holdoutDLowAndSlowLeak,
  drift: holdoutDDrift,
  benign_lookalike: holdoutDBenignLookalike,
  injection_ignored: holdoutDInjectionIgnored,
};
