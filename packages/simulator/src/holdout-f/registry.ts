/** Scenario id to holdout-f builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutFBenignLookalike } from './benign-lookalike';
import { holdoutFBlastRadius } from './blast-radius';
import { holdoutFContentInjectionSend } from './content-injection-send';
import { holdoutFDrift } from './drift';
import { holdoutFInjectionIgnored } from './injection-ignored';
import { holdoutFInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutFLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutFMemoryPoisoning } from './memory-poisoning';
import { holdoutFScopeDeviation } from './scope-deviation';
import { holdoutFSupplyChain } from './supply-chain';
import { holdoutFToolChaining } from './tool-chaining';

export const HOLDOUT_F_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutFInjectionVolumeSpike,
  scope_deviation: holdoutFScopeDeviation,
  content_injection_send: holdoutFContentInjectionSend,
  tool_chaining: holdoutFToolChaining,
  memory_poisoning: holdoutFMemoryPoisoning,
  supply_chain: holdoutFSupplyChain,
  blast_radius: holdoutFBlastRadius,
  low_and_slow_leak: holdoutFLowAndSlowLeak,
  drift: holdoutFDrift,
  benign_lookalike: holdoutFBenignLookalike,
  injection_ignored: holdoutFInjectionIgnored,
};
