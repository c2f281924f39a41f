/** Scenario id to holdout-ao builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutAoBenignLookalike } from './benign-lookalike';
import { holdoutAoBlastRadius } from './blast-radius';
import { holdoutAoContentInjectionSend } from './content-injection-send';
import { holdoutAoDrift } from './drift';
import { holdoutAoInjectionIgnored } from './injection-ignored';
import { holdoutAoInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutAoLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutAoMemoryPoisoning } from './memory-poisoning';
import { holdoutAoScopeDeviation } from './scope-deviation';
import { holdoutAoSupplyChain } from './supply-chain';
import { holdoutAoToolChaining } from './tool-chaining';

export const HOLDOUT_AO_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutAoInjectionVolumeSpike,
  scope_deviation: holdoutAoScopeDeviation,
  content_injection_send: holdoutAoContentInjectionSend,
  tool_chaining: holdoutAoToolChaining,
  memory_poisoning: holdoutAoMemoryPoisoning,
  supply_chain: holdoutAoSupplyChain,
  blast_radius: holdoutAoBlastRadius,
  low_and_slow_leak: holdoutAoLowAndSlowLeak,
  drift: holdoutAoDrift,
  benign_lookalike: holdoutAoBenignLookalike,
  injection_ignored: holdoutAoInjectionIgnored,
};
