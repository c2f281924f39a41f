/** Scenario id to holdout-p builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutPBenignLookalike } from './benign-lookalike';
import { holdoutPBlastRadius } from './blast-radius';
import { holdoutPContentInjectionSend } from './content-injection-send';
import { holdoutPDrift } from './drift';
import { holdoutPInjectionIgnored } from './injection-ignored';
import { holdoutPInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutPLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutPMemoryPoisoning } from './memory-poisoning';
import { holdoutPScopeDeviation } from './scope-deviation';
import { holdoutPSupplyChain } from './supply-chain';
import { holdoutPToolChaining } from './tool-chaining';

export const HOLDOUT_P_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutPInjectionVolumeSpike,
  scope_deviation: holdoutPScopeDeviation,
  content_injection_send: holdoutPContentInjectionSend,
  tool_chaining: holdoutPToolChaining,
  memory_poisoning: holdoutPMemoryPoisoning,
  supply_chain: holdoutPSupplyChain,
  blast_radius: holdoutPBlastRadius,
  low_and_slow_leak: holdoutPLowAndSlowLeak,
  drift: holdoutPDrift,
  benign_lookalike: holdoutPBenignLookalike,
  injection_ignored: holdoutPInjectionIgnored,
};
