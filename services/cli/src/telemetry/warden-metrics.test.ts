import type { BaselineStats } from '@warden/baseline';
import type { MemoryBusGroupStats } from '@warden/bus';
import type { AgentEvent, RiskFinding } from '@warden/core';
import type { EmitterStats, SinkDeliveryStats } from '@warden/emitter';
import type { ReceiverStats } from '@warden/receiver';
import type { ScoringStats } from '@warden/scorer';
import type { ResponderStats } from '@warden/responder';
import { WardenMetrics, type MetricSources } from './warden-metrics';

function protocolStats(accepted: number) {
  return {
    requests: { accepted: 1, partially_accepted: 0, malformed: 0, unauthenticated: 0, too_large: 0, unsupported_media_type: 0, not_found: 0, method_not_allowed: 0, backpressure: 0, unavailable: 0, internal: 0, aborted: 0 },
    spansReceived: accepted,
    spansAccepted: accepted,
    spansRejected: { invalid_span: 0, backpressure: 0, unavailable: 0, internal: 0 },
    wireBytes: 100,
    decodedBytes: 200,
  };
}

class FakeSources implements MetricSources {
  accepted = 10;
  receiver = () => ({ grpc: protocolStats(this.accepted), http: protocolStats(0) }) as ReceiverStats;
  bus = (): MemoryBusGroupStats[] => [{ topic: 'findings', group: 'emitter', depth: 3, delivered: 5, deadLettered: 1 }];
  baseline = (): BaselineStats => ({ eventsObserved: 0, profilesPublished: 0, sessionsLearned: 4, sessionsExcluded: 1, sessionsAwaitingVerdict: 2, sessionsHeldForReview: 3, sessionsLearnedAfterReview: 2, sessionsLearnedCorroborated: 5, reviewsUnmatched: 1, agentProfiles: 3, cohortProfiles: 1, profileBytes: 1234 });
  scorer = (): ScoringStats => ({ eventsScored: 7, findingsPublished: 0, profilesApplied: 0, verdictsPublished: 0, liveSessions: 2, sessionsReopened: 3, eventsAheadOfClock: 4 });
  sinkStats: SinkDeliveryStats[] = [
    {
      sink: 'file',
      kind: 'file',
      delivered: 2,
      attempts: { delivered: 1, retry: 1, too_large: 0, rejected: 0, misconfigured: 0 },
      retries: 1,
      deadLettered: 0,
      pendingRecords: 3,
      pendingBytes: 4096,
      healthy: true,
      lastSuccessMs: 1_795_340_010_500,
    },
    {
      sink: 'splunk',
      kind: 'splunk_hec',
      delivered: 0,
      attempts: { delivered: 0, retry: 0, too_large: 0, rejected: 2, misconfigured: 5 },
      retries: 5,
      deadLettered: 1,
      pendingRecords: 7,
      pendingBytes: 9000,
      healthy: false,
      lastError: 'HTTP 403: invalid token',
    },
  ];
  emitter = (): EmitterStats => ({ findingsIn: 0, repeatsDropped: 0, delivered: { file: 2, splunk: 0, console: 5 }, sinks: this.sinkStats });
  components = () => ({ receiver: true, scorer: false });
}

const event = (agentId: string, agentType: string) => ({ tenant: 't', agentId, agentType }) as AgentEvent;

async function value(m: WardenMetrics, name: string, labels: Record<string, string> = {}): Promise<number | undefined> {
  const metric = await m.registry.getSingleMetric(name)?.get();
  return metric?.values.find((v) => Object.entries(labels).every(([k, val]) => v.labels[k] === val) && (!('metricName' in v) || v.metricName === name || v.metricName === undefined))?.value;
}

describe('WardenMetrics', () => {
  let now = 1_000_000;
  const clock = { nowMs: () => now };

  it('turns component counts into counters that only grow by what changed', async () => {
    const sources = new FakeSources();
    const m = new WardenMetrics(sources, { version: '1.2.3', clock });
    await m.registry.metrics();
    expect(await value(m, 'warden_receiver_spans_accepted_total', { protocol: 'grpc' })).toBe(10);
    sources.accepted = 25;
    await m.registry.metrics();
    expect(await value(m, 'warden_receiver_spans_accepted_total', { protocol: 'grpc' })).toBe(25);
    const text = await m.registry.metrics();
    expect(text).toContain('warden_build_info{version="1.2.3"} 1');
    expect(text).toContain('warden_component_ready{component="scorer"} 0');
    expect(text).toContain('warden_profiles{kind="agent"} 3');
    expect(text).toContain('warden_scorer_events_ahead_of_clock_total 4');
    expect(text).toContain('warden_scorer_sessions_reopened_total 3');
    expect(text).toContain('warden_sessions_held_for_review 3');
    expect(text).toContain('warden_sessions_learned_after_review_total 2');
    expect(text).toContain('warden_sessions_learned_corroborated_total 5');
    expect(text).toContain('warden_session_reviews_unmatched_total 1');
    expect(text).toContain('warden_bus_dead_letter_total{topic="findings",group="emitter"} 1');
  });

  it('reports each sink: deliveries, attempts by outcome, dead letters, spool, health, last success', async () => {
    const sources = new FakeSources();
    const m = new WardenMetrics(sources, { version: 'x', clock });
    let text = await m.registry.metrics();
    expect(text).toContain('warden_sink_deliveries_total{sink="file"} 2');
    expect(text).toContain('warden_sink_deliveries_total{sink="console"} 5');
    expect(text).toContain('warden_sink_send_attempts_total{sink="file",outcome="retry"} 1');
    expect(text).toContain('warden_sink_send_attempts_total{sink="splunk",outcome="misconfigured"} 5');
    expect(text).toContain('warden_sink_send_attempts_total{sink="splunk",outcome="delivered"} 0');
    expect(text).toContain('warden_sink_dead_letters_total{sink="splunk"} 1');
    expect(text).toContain('warden_sink_spool_records{sink="file"} 3');
    expect(text).toContain('warden_sink_spool_bytes{sink="splunk"} 9000');
    expect(text).toContain('warden_sink_healthy{sink="file"} 1');
    expect(text).toContain('warden_sink_healthy{sink="splunk"} 0');
    expect(text).toContain('warden_sink_last_success_timestamp_seconds{sink="file"} 1795340010.5');
    expect(text).not.toContain('warden_sink_last_success_timestamp_seconds{sink="splunk"}');
    // The sink recovers and drains: gauges follow, counters only grow.
    sources.sinkStats = [sources.sinkStats[0]!, { ...sources.sinkStats[1]!, healthy: true, pendingRecords: 0, pendingBytes: 0, delivered: 7, attempts: { delivered: 1, retry: 0, too_large: 0, rejected: 2, misconfigured: 5 } }];
    text = await m.registry.metrics();
    expect(text).toContain('warden_sink_healthy{sink="splunk"} 1');
    expect(text).toContain('warden_sink_spool_records{sink="splunk"} 0');
    expect(text).toContain('warden_sink_send_attempts_total{sink="splunk",outcome="delivered"} 1');
  });

  it('caps the agent_type label and counts agents active within the window', async () => {
    const m = new WardenMetrics(new FakeSources(), { version: 'x', clock, maxAgentTypes: 2, activeWindowMs: 60_000 });
    m.observeEvents([event('a1', 'support'), event('a2', 'hr'), event('a3', 'finance'), event('a3', 'finance')]);
    expect(await value(m, 'warden_events_total', { agent_type: 'support' })).toBe(1);
    expect(await value(m, 'warden_events_total', { agent_type: 'other' })).toBe(2);
    expect(await value(m, 'warden_events_total', { agent_type: 'finance' })).toBeUndefined();
    expect(await value(m, 'warden_agents_active')).toBe(3);
    now += 45_000;
    m.observeEvents([event('a1', 'support')]);
    now += 30_000;
    expect(await value(m, 'warden_agents_active')).toBe(1);
  });

  it('observes delivered findings: severity, signals, risk and time to detect', async () => {
    const m = new WardenMetrics(new FakeSources(), { version: 'x', clock });
    const finding = {
      severity: 'high',
      category: 'security',
      activity: 'create',
      riskScore: 72,
      signals: [{ type: 'prompt_injection' }, { type: 'prompt_injection' }, { type: 'new_destination' }],
      trigger: { receivedAtMs: 10_000 },
    } as unknown as RiskFinding;
    m.observeDelivered(finding, 10_040);
    const text = await m.registry.metrics();
    expect(text).toContain('warden_findings_total{severity="high",category="security",activity="create"} 1');
    expect(text).toContain('warden_finding_signals_total{signal_type="prompt_injection"} 1');
    expect(text).toContain('warden_time_to_detect_seconds_bucket{le="0.05"} 1');
    expect(text).toContain('warden_time_to_detect_seconds_bucket{le="0.025"} 0');
    expect(text).toContain('warden_risk_score_bucket{le="80",category="security"} 1');
    expect(text).toContain('warden_risk_score_bucket{le="70",category="security"} 0');
  });

  it('observes a response record as a delivered record only: no time to detect, risk or signals', async () => {
    const m = new WardenMetrics(new FakeSources(), { version: 'x', clock });
    const finding = {
      severity: 'critical',
      category: 'security',
      activity: 'update',
      riskScore: 92,
      signals: [{ type: 'prompt_injection' }],
      trigger: { receivedAtMs: 10_000 },
      response: { seq: 1, decisionId: 'f/quarantine', action: 'quarantine', status: 'executed', reason: 'r', atMs: 900_000 },
    } as unknown as RiskFinding;
    m.observeDelivered(finding, 900_000);
    const text = await m.registry.metrics();
    expect(text).toContain('warden_findings_total{severity="critical",category="security",activity="update"} 1');
    expect(text).toContain('warden_time_to_detect_seconds_count 0');
    expect(text).not.toContain('warden_risk_score_count{category="security"}');
    expect(text).not.toContain('warden_finding_signals_total{signal_type="prompt_injection"}');
  });
});

describe('WardenMetrics: response', () => {
  const clock = { nowMs: () => 1_000_000 };

  it('exports every response metric at zero when no responder runs', async () => {
    const m = new WardenMetrics(new FakeSources(), { version: 'x', clock });
    const text = await m.registry.metrics();
    for (const line of [
      'warden_response_pending_approvals 0',
      'warden_response_kill_switch_engaged 0',
      'warden_response_circuit_open 0',
      'warden_audit_entries_total 0',
      'warden_response_decisions_total{action="quarantine",mode="shadow"} 0',
      'warden_response_actions_total{action="quarantine",outcome="failed"} 0',
      'warden_response_actions_total{action="throttle",outcome="executed"} 0',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).toMatch(/^# TYPE warden_response_time_to_contain_seconds histogram$/m);
  });

  it('reads the responder: counters grow by what changed, gauges follow, unknown actions are "other"', async () => {
    let stats: ResponderStats = {
      decisions: [{ action: 'quarantine', mode: 'execute', count: 2 }],
      actions: [
        { action: 'quarantine', outcome: 'executed', count: 1 },
        { action: 'isolate_network', outcome: 'failed', count: 3 },
      ],
      pendingApprovals: 2,
      killSwitchEngaged: true,
      circuitOpen: false,
      findingsReviewedBenign: 1,
      auditEntries: 17,
    };
    const sources: MetricSources = Object.assign(new FakeSources(), { responder: () => stats });
    const m = new WardenMetrics(sources, { version: 'x', clock });
    let text = await m.registry.metrics();
    expect(text).toContain('warden_response_decisions_total{action="quarantine",mode="execute"} 2');
    expect(text).toContain('warden_response_actions_total{action="quarantine",outcome="executed"} 1');
    expect(text).toContain('warden_response_actions_total{action="other",outcome="failed"} 3');
    expect(text).toContain('warden_response_pending_approvals 2');
    expect(text).toContain('warden_response_kill_switch_engaged 1');
    expect(text).toContain('warden_response_circuit_open 0');
    expect(text).toContain('warden_audit_entries_total 17');
    expect(text).toContain('warden_findings_reviewed_benign_total 1');
    stats = { ...stats, actions: [{ action: 'quarantine', outcome: 'executed', count: 4 }], pendingApprovals: 0, killSwitchEngaged: false, circuitOpen: true, auditEntries: 20 };
    text = await m.registry.metrics();
    expect(text).toContain('warden_response_actions_total{action="quarantine",outcome="executed"} 4');
    // A count that disappears from the stats does not make the counter go down.
    expect(text).toContain('warden_response_actions_total{action="other",outcome="failed"} 3');
    expect(text).toContain('warden_response_pending_approvals 0');
    expect(text).toContain('warden_response_kill_switch_engaged 0');
    expect(text).toContain('warden_response_circuit_open 1');
    expect(text).toContain('warden_audit_entries_total 20');
  });

  it('observes time to contain per action, ignoring values that are not durations', async () => {
    const m = new WardenMetrics(new FakeSources(), { version: 'x', clock });
    m.observeContainment(0.3, 'throttle');
    m.observeContainment(420, 'quarantine');
    m.observeContainment(-1, 'quarantine');
    m.observeContainment(Number.NaN, 'quarantine');
    m.observeContainment(2, 'pull_the_plug');
    const text = await m.registry.metrics();
    expect(text).toContain('warden_response_time_to_contain_seconds_bucket{le="0.5",action="throttle"} 1');
    expect(text).toContain('warden_response_time_to_contain_seconds_bucket{le="300",action="quarantine"} 0');
    expect(text).toContain('warden_response_time_to_contain_seconds_bucket{le="600",action="quarantine"} 1');
    expect(text).toContain('warden_response_time_to_contain_seconds_count{action="quarantine"} 1');
    expect(text).toContain('warden_response_time_to_contain_seconds_count{action="other"} 1');
  });
});
