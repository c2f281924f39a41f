/** Scenario id to holdout-o builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutOBenignLookalike } from './benign-lookalike';
import { holdoutOBlastRadius } from './blast-radius';
import { holdoutOContentInjectionSend } from './content-injection-send';
import { holdoutODrift } from './drift';
import { holdoutOInjectionIgnored } from './injection-ignored';
import { holdoutOInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutOLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutOMemoryPoisoning } from './memory-poisoning';
import { holdoutOScopeDeviation } from './scope-deviation';
import { holdoutOSupplyChain } from './supply-chain';
import { holdoutOToolChaining } from './tool-chaining';

export const HOLDOUT_O_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutOInjectionVolumeSpike,
  scope_deviation: holdoutOScopeDeviation,
  content_injection_send: holdoutOContentInjectionSend,
  tool_chaining: holdoutOToolChaining,
  memory_poisoning: holdoutOMemoryPoisoning,
  supply_chain: holdoutOSupplyChain,
  blast_radius: holdoutOBlastRadius,
  low_and_slow_leak: holdoutOLowAndSlowLeak,
  drift: holdoutODrift,
  benign_lookalike: holdoutOBenignLookalike,
  injection_ignored: holdoutOInjectionIgnored,
};
