/** Scenario id to builder. */
import { benignLookalike } from './benign-lookalike';
import { blastRadius } from './blast-radius';
import type { ScenarioBuilder, ScenarioId } from './catalogue';
import { contentInjectionSend } from './content-injection-send';
import { drift } from './drift';
import { injectionIgnored } from './injection-ignored';
import { injectionVolumeSpike } from './injection-volume-spike';
import { lowAndSlowLeak } from './low-and-slow-leak';
import { memoryPoisoning } from './memory-poisoning';
import { scopeDeviation } from './scope-deviation';
import { supplyChain } from './supply-chain';
import { toolChaining } from './tool-chaining';

export const SCENARIO_BUILDERS: Readonly<Record<ScenarioId, ScenarioBuilder>> = {
  injection_volume_spike: injectionVolumeSpike,
  scope_deviation: scopeDeviation,
  content_injection_send: contentInjectionSend,
  tool_chaining: toolChaining,
  memory_poisoning: memoryPoisoning,
  supply_chain: supplyChain,
  blast_radius: blastRadius,
  low_and_slow_leak: lowAndSlowLeak,
  drift,
  benign_lookalike: benignLookalike,
  injection_ignored: injectionIgnored,
};
