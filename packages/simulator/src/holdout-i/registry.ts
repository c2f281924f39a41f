/** Scenario id to holdout-i builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutIBenignLookalike } from './benign-lookalike';
import { holdoutIBlastRadius } from './blast-radius';
import { holdoutIContentInjectionSend } from './content-injection-send';
import { holdoutIDrift } from './drift';
import { holdoutIInjectionIgnored } from './injection-ignored';
import { holdoutIInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutILowAndSlowLeak } from './low-and-slow-leak';
import { holdoutIMemoryPoisoning } from './memory-poisoning';
import { holdoutIScopeDeviation } from './scope-deviation';
import { holdoutISupplyChain } from './supply-chain';
import { holdoutIToolChaining } from './tool-chaining';

export const HOLDOUT_I_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutIInjectionVolumeSpike,
  scope_deviation: holdoutIScopeDeviation,
  content_injection_send: holdoutIContentInjectionSend,
  tool_chaining: holdoutIToolChaining,
  memory_poisoning: holdoutIMemoryPoisoning,
  supply_chain: holdoutISupplyChain,
  blast_radius: holdoutIBlastRadius,
  low_and_slow_leak: holdoutILowAndSlowLeak,
  drift: holdoutIDrift,
  benign_lookalike: holdoutIBenignLookalike,
  injection_ignored: holdoutIInjectionIgnored,
};
