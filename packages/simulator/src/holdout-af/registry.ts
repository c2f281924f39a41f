/** Scenario id to holdout-af builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutAfBenignLookalike } from './benign-lookalike';
import { holdoutAfBlastRadius } from './blast-radius';
import { holdoutAfContentInjectionSend } from './content-injection-send';
import { holdoutAfDrift } from './drift';
import { holdoutAfInjectionIgnored } from './injection-ignored';
import { holdoutAfInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutAfLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutAfMemoryPoisoning } from './memory-poisoning';
import { holdoutAfScopeDeviation } from './scope-deviation';
import { holdoutAfSupplyChain } from './supply-chain';
import { holdoutAfToolChaining } from './tool-chaining';

export const HOLDOUT_AF_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutAfInjectionVolumeSpike,
  scope_deviation: holdoutAfScopeDeviation,
  content_injection_send: holdoutAfContentInjectionSend,
  tool_chaining: holdoutAfToolChaining,
  memory_poisoning: holdoutAfMemoryPoisoning,
  supply_chain: holdoutAfSupplyChain,
  blast_radius: holdoutAfBlastRadius,
  low_and_slow_leak: holdoutAfLowAndSlowLeak,
  drift: holdoutAfDrift,
  benign_lookalike: holdoutAfBenignLookalike,
  injection_ignored: holdoutAfInjectionIgnored,
};
