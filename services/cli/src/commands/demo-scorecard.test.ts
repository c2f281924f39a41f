import type { RiskFinding, Severity } from '@warden/core';
import { deliveryKey, type ScenarioLabel } from '@warden/simulator';
import { scorecard, type SeenFinding } from './demo-scorecard';

const T0 = 1_795_459_200_000;

function label(sessionId: string, over: Partial<ScenarioLabel> = {}): ScenarioLabel {
  return {
    sessionId,
    agentId: 'support-agent-1',
    agentType: 'support-agent',
    scenario: 'content_injection_send',
    scenarioNumber: 3,
    variant: 'email',
    campaignId: `c-${sessionId}`,
    role: 'trigger',
    sessionIndex: 0,
    sessionsInCampaign: 1,
    phase: 'live',
    expectedCategory: 'security',
    expectedMinSeverity: 'critical',
    expectedMaxSeverity: null,
    // The agent began the trigger span 4 s before it exported its session.
    trigger: { traceId: `trace-${sessionId}`, spanId: `span-${sessionId}`, spanName: 'email.send', timeMs: T0 },
    description: 'test',
    ...over,
  };
}

function seen(sessionId: string, severity: Severity, riskScore: number, seenAtMs: number): SeenFinding {
  const finding = { sessionId, severity, riskScore, category: 'security' } as Partial<RiskFinding> as RiskFinding;
  return { finding, seenAtMs };
}

const rowOf = (card: string, variant: string): string => card.split('\n').find((l) => l.includes(`/${variant} `)) ?? '';

describe('the demo scorecard', () => {
  it('times detection from the trigger span acknowledged to the first finding at the expected severity, not from when the agent began it', () => {
    const l = label('s1');
    const delivered = new Map([[deliveryKey(l.trigger), T0 + 4_000]]);
    // A High at +4,100 ms does not yet meet the expected Critical; the Critical at +4,250 ms does.
    const card = scorecard({ labels: [l], sessionsSent: 1, findings: [seen('s1', 'high', 70, T0 + 4_100), seen('s1', 'critical', 95, T0 + 4_250)], deliveredAtMs: delivered });
    expect(rowOf(card, 'email')).toMatch(/^✔ .*critical \(risk 95\)\s+250 ms$/);
    expect(card).toContain('Time to detect: from the receiver acknowledging the trigger span');
  });

  it('shows no time when the expectation was never reached, the span was never acknowledged, or nothing is expected to be detected', () => {
    const missed = label('s1', { variant: 'missed' });
    const unacked = label('s2', { variant: 'unacked' });
    const lookalike = label('s3', { scenario: 'benign_lookalike', variant: 'quiet', expectedCategory: 'none', expectedMinSeverity: null, expectedMaxSeverity: 'low' });
    const delivered = new Map([
      [deliveryKey(missed.trigger), T0 + 4_000],
      [deliveryKey(lookalike.trigger), T0 + 4_000],
    ]);
    const card = scorecard({
      labels: [missed, unacked, lookalike],
      sessionsSent: 3,
      findings: [seen('s1', 'high', 70, T0 + 4_100), seen('s2', 'critical', 95, T0 + 4_100), seen('s3', 'low', 30, T0 + 4_100)],
      deliveredAtMs: delivered,
    });
    expect(rowOf(card, 'missed')).toMatch(/^✘ .*high \(risk 70\)\s+-$/);
    expect(rowOf(card, 'unacked')).toMatch(/^✔ .*critical \(risk 95\)\s+-$/);
    expect(rowOf(card, 'quiet')).toMatch(/^✔ .*low \(risk 30\)\s+-$/);
    expect(card).toContain('2/3 labelled sessions within their expected severity; 0/0 ordinary sessions');
  });

  it('counts ordinary sessions flagged at Medium or above by their worst finding', () => {
    const l = label('s1');
    const card = scorecard({
      labels: [l],
      sessionsSent: 4,
      findings: [seen('o1', 'low', 30, T0), seen('o1', 'medium', 45, T0), seen('o2', 'low', 25, T0), seen('s1', 'critical', 95, T0)],
      deliveredAtMs: new Map(),
    });
    expect(card).toContain('1/1 labelled sessions within their expected severity; 1/3 ordinary sessions raised a security finding at Medium or above');
  });
});
