/** Scenario id to holdout-ai builder: the same ids as the standard registry, other sessions. */
import type { ScenarioBuilder, ScenarioId } from '../scenarios/catalogue';
import { holdoutAiBenignLookalike } from './benign-lookalike';
import { holdoutAiBlastRadius } from './blast-radius';
import { holdoutAiContentInjectionSend } from './content-injection-send';
import { holdoutAiDrift } from './drift';
import { holdoutAiInjectionIgnored } from './injection-ignored';
import { holdoutAiInjectionVolumeSpike } from './injection-volume-spike';
import { holdoutAiLowAndSlowLeak } from './low-and-slow-leak';
import { holdoutAiMemoryPoisoning } from './memory-poisoning';
import { holdoutAiScopeDeviation } from './scope-deviation';
import { holdoutAiSupplyChain } from './supply-chain';
import { holdoutAiToolChaining } from './tool-chaining';

export const HOLDOUT_AI_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: holdoutAiInjectionVolumeSpike,
  scope_deviation: holdoutAiScopeDeviation,
  content_injection_send: holdoutAiContentInjectionSend,
  tool_chaining: holdoutAiToolChaining,
  memory_poisoning: holdoutAiMemoryPoisoning,
  supply_chain: holdoutAiSupplyChain,
  blast_radius: holdoutAiBlastRadius,
  low_and_slow_leak: holdoutAiLowAndSlowLeak,
  drift: holdoutAiDrift,
  benign_lookalike: holdoutAiBenignLookalike,
  injection_ignored: holdoutAiInjectionIgnored,
};
