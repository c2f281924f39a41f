/** Scenario id to holdout-ba builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutBaBenignLookalike } from './benign-lookalike';
import { holdoutBaBlastRadius } from './blast-radius';
import { holdoutBaContentInjectionSend } from './content-injection-send';
import { holdoutBaDrift } from './drift';
import { holdoutBaInjectionIgnored } from './injection-ignored';
import { holdoutBaInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutBaLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutBaMemoryPoisoning } from './memory-poisoning';
import { holdoutBaScopeDeviation } from './scope-deviation';
import { holdoutBaSupplyChain } from './supply-chain';
import { holdoutBaToolChaining } from './tool-chaining';

export const HOLDOUT_BA_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutBaInjectionVolumeSpike,
  scope_deviation: holdoutBaScopeDeviation,
  content_injection_send: holdoutBaContentInjectionSend,
  tool_chaining: holdoutBaToolChaining,
  memory_poisoning: holdoutBaMemoryPoisoning,
  supply_chain: holdoutBaSupplyChain,
  blast_radius: holdoutBaBlastRadius,
  low_and_slow_leak: holdoutBaLowAndSlowLeak,
  drift: holdoutBaDrift,
  benign_lookalike: holdoutBaBenignLookalike,
  injection_ignored: holdoutBaInjectionIgnored,
};
