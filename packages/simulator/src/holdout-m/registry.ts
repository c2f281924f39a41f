/** Scenario id to holdout-m builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutMBenignLookalike } from './benign-lookalike';
import { holdoutMBlastRadius } from './blast-radius';
import { holdoutMContentInjectionSend } from './content-injection-send';
import { holdoutMDrift } from './drift';
import { holdoutMInjectionIgnored } from './injection-ignored';
import { holdoutMInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutMLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutMMemoryPoisoning } from './memory-poisoning';
import { holdoutMScopeDeviation } from './scope-deviation';
import { holdoutMSupplyChain } from './supply-chain';
import { holdoutMToolChaining } from './tool-chaining';

export const HOLDOUT_M_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutMInjectionVolumeSpike,
  scope_deviation: holdoutMScopeDeviation,
  content_injection_send: holdoutMContentInjectionSend,
  tool_chaining: holdoutMToolChaining,
  memory_poisoning: holdoutMMemoryPoisoning,
  supply_chain: holdoutMSupplyChain,
  blast_radius: holdoutMBlastRadius,
  low_and_slow_leak: holdoutMLowAndSlowLeak,
  drift: holdoutMDrift,
  benign_lookalike: holdoutMBenignLookalike,
  injection_ignored: holdoutMInjectionIgnored,
};
