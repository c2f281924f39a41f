/** Scenario id to holdout-r builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutRBenignLookalike } from './benign-lookalike';
import { holdoutRBlastRadius } from './blast-radius';
import { holdoutRContentInjectionSend } from './content-injection-send';
import { holdoutRDrift } from './drift';
import { holdoutRInjectionIgnored } from './injection-ignored';
import { holdoutRInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutRLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutRMemoryPoisoning } from './memory-poisoning';
import { holdoutRScopeDeviation } from './scope-deviation';
import { holdoutRSupplyChain } from './supply-chain';
import { holdoutRToolChaining } from './tool-chaining';

export const HOLDOUT_R_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutRInjectionVolumeSpike,
  scope_deviation: holdoutRScopeDeviation,
  content_injection_send: holdoutRContentInjectionSend,
  tool_chaining: holdoutRToolChaining,
  memory_poisoning: holdoutRMemoryPoisoning,
  supply_chain: holdoutRSupplyChain,
  blast_radius: holdoutRBlastRadius,
  low_and_slow_leak: holdoutRLowAndSlowLeak,
  drift: holdoutRDrift,
  benign_lookalike: holdoutRBenignLookalike,
  injection_ignored: holdoutRInjectionIgnored,
};
