/**
 * Ground truth, kept out of band: one label per attack (or look-alike) session, naming the span
 * after which a detector should have fired. Written as JSON Lines for the evaluation harness.
 */
import type { Severity } from '@warden/core';
import type { AgentType } from './fleet';
import type { FindingExpectation, ScenarioId } from './scenarios/catalogue';

export interface LabelledSpan {
  readonly traceId: string;
  readonly spanId: string;
  readonly spanName: string;
  /** End time of the span, epoch ms: detection cannot happen before it. */
  readonly timeMs: number;
}

export interface ScenarioLabel {
  readonly sessionId: string;
  /** The agent instance id as it appears in the spans (no tenant prefix). */
  readonly agentId: string;
  readonly agentType: AgentType;
  readonly scenario: ScenarioId;
  /** Number in docs/scenarios.md, null for the look-alike and the ignored injection. */
  readonly scenarioNumber: number | null;
  readonly variant: string;
  /** Groups the sessions of one multi-session story (memory poisoning, slow leak, drift). */
  readonly campaignId: string;
  /** `trigger`: judge the detector on this session; `setup`: a session the story needs first. */
  readonly role: 'setup' | 'trigger';
  readonly sessionIndex: number;
  readonly sessionsInCampaign: number;
  readonly phase: 'history' | 'live';
  readonly expectedCategory: FindingExpectation;
  readonly expectedMinSeverity: Severity | null;
  readonly expectedMaxSeverity: Severity | null;
  /** The span after which detection should fire (for setup sessions: the session's defining span). */
  readonly trigger: LabelledSpan;
  readonly description: string;
}

export function labelsToJsonLines(labels: readonly ScenarioLabel[]): string {
  return labels.map((l) => JSON.stringify(l)).join('\n') + (labels.length > 0 ? '\n' : '');
}
