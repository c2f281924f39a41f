/** Scenario id to holdout-c builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutCBenignLookalike } from './benign-lookalike';
import { holdoutCBlastRadius } from './blast-radius';
import { holdoutCContentInjectionSend } from './content-injection-send';
import { holdoutCDrift } from './drift';
import { holdoutCInjectionIgnored } from './injection-ignored';
import { holdoutCInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutCLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutCMemoryPoisoning } from './memory-poisoning';
import { holdoutCScopeDeviation } from './scope-deviation';
import { holdoutCSupplyChain } from './supply-chain';
import { holdoutCToolChaining } from './tool-chaining';

export const HOLDOUT_C_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutCInjectionVolumeSpike,
  scope_deviation: holdoutCScopeDeviation,
  content_injection_send: holdoutCContentInjectionSend,
  tool_chaining: holdoutCToolChaining,
  memory_poisoning: holdoutCMemoryPoisoning,
  supply_chain: holdoutCSupplyChain,
  blast_radius: holdoutCBlastRadius,
  low_and_slow_leak: holdoutCLowAndSlowLeak,
  drift: holdoutCDrift,
  benign_lookalike: holdoutCBenignLookalike,
  injection_ignored: holdoutCInjectionIgnored,
};
