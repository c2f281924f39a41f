/** Sessions, labels and findings as a replay observes them, for the harness's pure counting tests. */
import { SCENARIO_EXPECTATIONS, type ScenarioId, type ScenarioLabel } from '@warden/simulator';
import type { FindingSignal, ObservedFinding, ReplayObservation, SentSession, Severity } from '../detection-eval-metrics';

/** A simulated day (epoch ms / 1 day): 2024-10-04. */
export const DAY = 20_000;

export function label(scenario: ScenarioId, sessionId: string, role: 'trigger' | 'setup' = 'trigger', phase: 'live' | 'history' = 'live'): ScenarioLabel {
  const e = SCENARIO_EXPECTATIONS[scenario];
  return {
    sessionId,
    agentId: 'agent-1',
    agentType: 'support-agent',
    scenario,
    scenarioNumber: e.number,
    variant: 'v1',
    campaignId: `${scenario}/v1/agent-1`,
    role,
    sessionIndex: 0,
    sessionsInCampaign: 1,
    phase,
    expectedCategory: e.category,
    expectedMinSeverity: e.minSeverity,
    expectedMaxSeverity: e.maxSeverity,
    trigger: { traceId: `t-${sessionId}`, spanId: `s-${sessionId}`, spanName: 'send_email', timeMs: 1 },
    description: '',
  };
}

export function session(sessionId: string, opts: { label?: ScenarioLabel; phase?: 'live' | 'history'; agentId?: string; day?: number } = {}): SentSession {
  return {
    sessionId,
    agentId: opts.agentId ?? 'agent-1',
    phase: opts.phase ?? opts.label?.phase ?? 'live',
    day: opts.day ?? DAY,
    ...(opts.label ? { label: opts.label } : {}),
  };
}

export function finding(sessionId: string, severity: Severity, seenAtMs = 1_000, category: 'security' | 'reliability' = 'security', signals: FindingSignal[] = []): ObservedFinding {
  return { sessionId, severity, category, seenAtMs, signals };
}

export function observe(sessions: SentSession[], findings: ObservedFinding[], exported: Record<string, number> = {}): ReplayObservation {
  return { sessions, findings, exportedAtMs: new Map(Object.entries(exported)) };
}
