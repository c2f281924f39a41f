/** Scenario id to holdout-ak builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutAkBenignLookalike } from './benign-lookalike';
import { holdoutAkBlastRadius } from './blast-radius';
import { holdoutAkContentInjectionSend } from './content-injection-send';
import { holdoutAkDrift } from './drift';
import { holdoutAkInjectionIgnored } from './injection-ignored';
import { holdoutAkInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutAkLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutAkMemoryPoisoning } from './memory-poisoning';
import { holdoutAkScopeDeviation } from './scope-deviation';
import { holdoutAkSupplyChain } from './supply-chain';
import { holdoutAkToolChaining } from './tool-chaining';

export const HOLDOUT_AK_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutAkInjectionVolumeSpike,
  scope_deviation: holdoutAkScopeDeviation,
  content_injection_send: holdoutAkContentInjectionSend,
  tool_chaining: holdoutAkToolChaining,
  memory_poisoning: holdoutAkMemoryPoisoning,
  supply_chain: holdoutAkSupplyChain,
  blast_radius: holdoutAkBlastRadius,
  low_and_slow_leak: holdoutAkLowAndSlowLeak,
  drift: holdoutAkDrift,
  benign_lookalike: holdoutAkBenignLookalike,
  injection_ignored: holdoutAkInjectionIgnored,
};
