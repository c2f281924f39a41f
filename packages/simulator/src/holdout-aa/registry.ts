/** Scenario id to holdout-aa builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutAaBenignLookalike } from './benign-lookalike';
import { holdoutAaBlastRadius } from './blast-radius';
import { holdoutAaContentInjectionSend } from './content-injection-send';
import { holdoutAaDrift } from './drift';
import { holdoutAaInjectionIgnored } from './injection-ignored';
import { holdoutAaInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutAaLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutAaMemoryPoisoning } from './memory-poisoning';
import { holdoutAaScopeDeviation } from './scope-deviation';
import { holdoutAaSupplyChain } from './supply-chain';
import { holdoutAaToolChaining } from './tool-chaining';

export const HOLDOUT_AA_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutAaInjectionVolumeSpike,
  scope_deviation: holdoutAaScopeDeviation,
  content_injection_send: holdoutAaContentInjectionSend,
  tool_chaining: holdoutAaToolChaining,
  memory_poisoning: holdoutAaMemoryPoisoning,
  supply_chain: holdoutAaSupplyChain,
  blast_radius: holdoutAaBlastRadius,
  low_and_slow_leak: holdoutAaLowAndSlowLeak,
  drift: holdoutAaDrift,
  benign_lookalike: holdoutAaBenignLookalike,
  injection_ignored: holdoutAaInjectionIgnored,
};
