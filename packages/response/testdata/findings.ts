import type { RiskFinding, RiskSignal, SignalType } from '@warden/core';

/** Fixed times, like the shared emitter fixture, so reasons and rollback points are exact. */
export const T0 = 1_795_340_000_000;

export function aSignal(type: SignalType, timeMs: number, id = `sig-${type}-${timeMs}`): RiskSignal {
  return {
    id,
    type,
    rule: `${type}.rule`,
    score: 0.9,
    contribution: 20,
    explanation: `A ${type} signal.`,
    location: { traceId: '75f80d9046671856919b2a09e21bc08a', spanId: 'e8410cee1e01a09e', timeMs, spanName: 'tickets.get' },
  };
}

/** A critical prompt-injection incident on support-7, shaped like services/emitter/testdata/finding-create.json. */
export function aFinding(overrides: Partial<RiskFinding> = {}): RiskFinding {
  return {
    findingId: 'fnd-acme-support-7-conv-8812',
    activity: 'create',
    revision: 1,
    category: 'security',
    tenant: 'acme',
    agentId: 'support-7',
    agentType: 'support-agent',
    sessionId: 'conv-8812',
    riskScore: 87,
    severity: 'critical',
    confidence: 0.86,
    title: 'Injected instruction followed by e-mail to a new external address',
    summary: 'A ticket carried an instruction; the agent then e-mailed customer data out.',
    signals: [aSignal('prompt_injection', T0 + 1000), aSignal('data_exfiltration', T0 + 4200)],
    trigger: { traceId: '75f80d9046671856919b2a09e21bc08a', spanId: 'a987353eeb3a7011', timeMs: T0 + 4200, spanName: 'email.send' },
    relatedSpans: [],
    resources: ['crm:customers'],
    destinations: ['attacker@evil.example'],
    firstSeenMs: T0 + 1000,
    lastSeenMs: T0 + 4200,
    remediation: 'Quarantine support-7 and block attacker@evil.example.',
    ...overrides,
  };
}

/** Severity and a risk score inside its band. */
export const BANDS = {
  informational: 10,
  low: 25,
  medium: 45,
  high: 65,
  critical: 87,
} as const;
