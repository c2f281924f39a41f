/** Scenario id to holdout-e builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutEBenignLookalike } from './benign-lookalike';
import { holdoutEBlastRadius } from './blast-radius';
import { holdoutEContentInjectionSend } from './content-injection-send';
import { holdoutEDrift } from './drift';
import { holdoutEInjectionIgnored } from './injection-ignored';
import { holdoutEInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutELowAndSlowLeak } from './low-and-slow-leak';
import { holdoutEMemoryPoisoning } from './memory-poisoning';
import { holdoutEScopeDeviation } from './scope-deviation';
import { holdoutESupplyChain } from './supply-chain';
import { holdoutEToolChaining } from './tool-chaining';

export const HOLDOUT_E_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutEInjectionVolumeSpike,
  scope_deviation: holdoutEScopeDeviation,
  content_injection_send: holdoutEContentInjectionSend,
  tool_chaining: holdoutEToolChaining,
  memory_poisoning: holdoutEMemoryPoisoning,
  supply_chain: holdoutESupplyChain,
  blast_radius: holdoutEBlastRadius,
  low_and_slow_leak: holdoutELowAndSlowLeak,
  drift: holdoutEDrift,
  benign_lookalike: holdoutEBenignLookalike,
  injection_ignored: holdoutEInjectionIgnored,
};
