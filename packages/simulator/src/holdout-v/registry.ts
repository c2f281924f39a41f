/** Scenario id to holdout-v builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutVBenignLookalike } from './benign-lookalike';
import { holdoutVBlastRadius } from './blast-radius';
import { holdoutVContentInjectionSend } from './content-injection-send';
import { holdoutVDrift } from './drift';
import { holdoutVInjectionIgnored } from './injection-ignored';
import { holdoutVInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutVLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutVMemoryPoisoning } from './memory-poisoning';
import { holdoutVScopeDeviation } from './scope-deviation';
import { holdoutVSupplyChain } from './supply-chain';
import { holdoutVToolChaining } from './tool-chaining';

export const HOLDOUT_V_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutVInjectionVolumeSpike,
  scope_deviation: holdoutVScopeDeviation,
  content_injection_send: holdoutVContentInjectionSend,
  tool_chaining: holdoutVToolChaining,
  memory_poisoning: holdoutVMemoryPoisoning,
  supply_chain: holdoutVSupplyChain,
  blast_radius: holdoutVBlastRadius,
  low_and_slow_leak: holdoutVLowAndSlowLeak,
  drift: holdoutVDrift,
  benign_lookalike: holdoutVBenignLookalike,
  injection_ignored: holdoutVInjectionIgnored,
};
