/** Scenario id to holdout-x builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutXBenignLookalike } from './benign-lookalike';
import { holdoutXBlastRadius } from './blast-radius';
import { holdoutXContentInjectionSend } from './content-injection-send';
import { holdoutXDrift } from './drift';
import { holdoutXInjectionIgnored } from './injection-ignored';
import { holdoutXInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutXLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutXMemoryPoisoning } from './memory-poisoning';
import { holdoutXScopeDeviation } from './scope-deviation';
import { holdoutXSupplyChain } from './supply-chain';
import { holdoutXToolChaining } from './tool-chaining';

export const HOLDOUT_X_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutXInjectionVolumeSpike,
  scope_deviation: holdoutXScopeDeviation,
  content_injection_send: holdoutXContentInjectionSend,
  tool_chaining: holdoutXToolChaining,
  memory_poisoning: holdoutXMemoryPoisoning,
  supply_chain: holdoutXSupplyChain,
  blast_radius: holdoutXBlastRadius,
  low_and_slow_leak: holdoutXLowAndSlowLeak,
  drift: holdoutXDrift,
  benign_lookalike: holdoutXBenignLookalike,
  injection_ignored: holdoutXInjectionIgnored,
};
