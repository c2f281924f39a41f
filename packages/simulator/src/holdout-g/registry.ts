/** Scenario id to holdout-g builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutGBenignLookalike } from './benign-lookalike';
import { holdoutGBlastRadius } from './blast-radius';
import { holdoutGContentInjectionSend } from './content-injection-send';
import { holdoutGDrift } from './drift';
import { holdoutGInjectionIgnored } from './injection-ignored';
import { holdoutGInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutGLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutGMemoryPoisoning } from './memory-poisoning';
import { holdoutGScopeDeviation } from './scope-deviation';
import { holdoutGSupplyChain } from './supply-chain';
import { holdoutGToolChaining } from './tool-chaining';

export const HOLDOUT_G_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutGInjectionVolumeSpike,
  scope_deviation: holdoutGScopeDeviation,
  content_injection_send: holdoutGContentInjectionSend,
  tool_chaining: holdoutGToolChaining,
  memory_poisoning: holdoutGMemoryPoisoning,
  supply_chain: holdoutGSupplyChain,
  blast_radius: holdoutGBlastRadius,
  low_and_slow_leak: holdoutGLowAndSlowLeak,
  drift: holdoutGDrift,
  benign_lookalike: holdoutGBenignLookalike,
  injection_ignored: holdoutGInjectionIgnored,
};
