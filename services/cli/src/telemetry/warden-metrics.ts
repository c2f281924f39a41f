import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { BaselineStats } from '@warden/baseline';
import type { MemoryBusGroupStats } from '@warden/bus';
import { agentKey, dropOldest, type AgentEvent, type Clock, type RiskFinding } from '@warden/core';
import type { EmitterStats } from '@warden/emitter';
import type { ReceiverStats } from '@warden/receiver';
import { ACTION_KINDS } from '@warden/response';
import type { ResponderStats } from '@warden/responder';
import type { ScoringStats } from '@warden/scorer';


/** How an action ended (ResponderStats.actions); seeded at 0 so rates and alerts see the first one. */
export const RESPONSE_OUTCOMES = ['executed', 'failed', 'shadowed', 'suppressed', 'denied', 'expired', 'undone'] as const;
const DECISION_MODES = ['execute', 'shadow'] as const;

/**
 * Where the numbers come from: each component keeps plain counters; this reads them at scrape
 * time. A process that runs only some components (one service on Kafka) leaves the others out:
 * their metrics are still exported, at zero, so dashboards and alerts find every series.
 */
export interface MetricSources {
  receiver?: () => ReceiverStats;
  bus(): readonly MemoryBusGroupStats[];
  baseline?: () => BaselineStats;
  scorer?: () => ScoringStats;
  emitter?: () => EmitterStats;
  /** Component name → started. */
  components(): Readonly<Record<string, boolean>>;
  /** Absent when no responder runs: the response metrics are still exported, at zero. */
  responder?: () => ResponderStats;
}

export interface WardenMetricsOptions {
  readonly version: string;
  readonly clock: Clock;
  /** An agent counts as active when it sent a span within this window. */
  readonly activeWindowMs?: number;
  /** Distinct agent_type label values before the rest are counted as `other`. */
  readonly maxAgentTypes?: number;
  /** Agents remembered for the activity gauge (the least recently seen are forgotten first). */
  readonly maxTrackedAgents?: number;
}

/**
 * Every Warden metric, declared in one place (docs/metrics.md is the catalogue). Labels come from
 * closed sets or are capped, so the series count does not grow with the fleet.
 */
export class WardenMetrics {
  readonly registry = new Registry();
  private readonly clock: Clock;
  private readonly activeWindowMs: number;
  private readonly maxAgentTypes: number;
  private readonly maxTrackedAgents: number;
  private readonly agentTypes = new Set<string>();
  /** agent key → last span time (wall clock); insertion order is recency order. */
  private readonly lastSeen = new Map<string, number>();
  private readonly events: Counter<'agent_type'>;
  private readonly findings: Counter<'severity' | 'category' | 'activity'>;
  private readonly findingSignals: Counter<'signal_type'>;
  private readonly risk: Histogram<'category'>;
  private readonly timeToDetect: Histogram;
  private readonly timeToContain: Histogram<'action'>;

  constructor(sources: MetricSources, options: WardenMetricsOptions) {
    const receiver = (): Partial<ReceiverStats> => sources.receiver?.() ?? {};
    const baseline = (): BaselineStats => sources.baseline?.() ?? NO_BASELINE;
    const scorer = (): ScoringStats => sources.scorer?.() ?? NO_SCORER;
    const emitter = (): EmitterStats => sources.emitter?.() ?? NO_EMITTER;
    this.clock = options.clock;
    this.activeWindowMs = options.activeWindowMs ?? 15 * 60_000;
    this.maxAgentTypes = options.maxAgentTypes ?? 50;
    this.maxTrackedAgents = options.maxTrackedAgents ?? 100_000;
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });

    new Gauge({ name: 'warden_build_info', help: 'Warden build; always 1.', labelNames: ['version'], registers }).set(
      { version: options.version },
      1,
    );
    new Gauge({
      name: 'warden_component_ready',
      help: 'Whether a component has started (1) or not (0).',
      labelNames: ['component'],
      registers,
      collect() {
        for (const [component, ready] of Object.entries(sources.components())) this.set({ component }, ready ? 1 : 0);
      },
    });

    // Ingestion.
    cumulative(this.registry, 'warden_receiver_requests_total', 'OTLP export requests by protocol and how they ended.', ['protocol', 'outcome'], () =>
      Object.entries(receiver()).flatMap(([protocol, p]) =>
        Object.entries(p.requests).map(([outcome, n]) => [{ protocol, outcome }, n] as const),
      ),
    );
    cumulative(this.registry, 'warden_receiver_spans_received_total', 'Spans decoded from OTLP requests.', ['protocol'], () =>
      Object.entries(receiver()).map(([protocol, p]) => [{ protocol }, p.spansReceived] as const),
    );
    cumulative(this.registry, 'warden_receiver_spans_accepted_total', 'Spans normalized and published to the events topic.', ['protocol'], () =>
      Object.entries(receiver()).map(([protocol, p]) => [{ protocol }, p.spansAccepted] as const),
    );
    cumulative(this.registry, 'warden_receiver_spans_rejected_total', 'Spans not accepted, by reason.', ['protocol', 'reason'], () =>
      Object.entries(receiver()).flatMap(([protocol, p]) =>
        Object.entries(p.spansRejected).map(([reason, n]) => [{ protocol, reason }, n] as const),
      ),
    );
    cumulative(this.registry, 'warden_receiver_request_bytes_total', 'OTLP request body bytes, as sent (wire) and decompressed (decoded).', ['protocol', 'stage'], () =>
      Object.entries(receiver()).flatMap(([protocol, p]) => [
        [{ protocol, stage: 'wire' }, p.wireBytes] as const,
        [{ protocol, stage: 'decoded' }, p.decodedBytes] as const,
      ]),
    );

    // Pipeline.
    this.events = new Counter({ name: 'warden_events_total', help: 'Normalized agent events entering the pipeline, by agent type (cohort).', labelNames: ['agent_type'], registers });
    new Gauge({
      name: 'warden_bus_lag_records',
      help: 'Records published and not yet acknowledged by a consumer group.',
      labelNames: ['topic', 'group'],
      registers,
      collect() {
        this.reset();
        for (const g of sources.bus()) this.set({ topic: g.topic, group: g.group }, g.depth);
      },
    });
    cumulative(this.registry, 'warden_bus_dead_letter_total', 'Records moved to the dead-letter topic because they can never be processed.', ['topic', 'group'], () =>
      sources.bus().map((g) => [{ topic: g.topic, group: g.group }, g.deadLettered] as const),
    );
    new Gauge({
      name: 'warden_profiles',
      help: 'Learned profiles held, per agent and per cohort.',
      labelNames: ['kind'],
      registers,
      collect() {
        const b = baseline();
        this.set({ kind: 'agent' }, b.agentProfiles);
        this.set({ kind: 'cohort' }, b.cohortProfiles);
      },
    });
    gauge(this.registry, 'warden_profiles_bytes', 'Approximate size of the learned profiles (their JSON).', () => baseline().profileBytes);
    cumulative(this.registry, 'warden_sessions_learned_total', 'Completed sessions folded into profiles.', [], () => [[{}, baseline().sessionsLearned]]);
    cumulative(this.registry, 'warden_sessions_excluded_total', 'Completed sessions kept out of the baseline.', [], () => [[{}, baseline().sessionsExcluded]]);
    gauge(this.registry, 'warden_sessions_awaiting_verdict', "Completed sessions waiting for the scorer's verdict before they are learned.", () => baseline().sessionsAwaitingVerdict);
    gauge(this.registry, 'warden_sessions_held_for_review', 'Excluded sessions kept so that a benign review of their finding can have them learned (at most 5,000).', () => baseline().sessionsHeldForReview);
    cumulative(this.registry, 'warden_sessions_learned_after_review_total', 'Excluded sessions learned because a person reviewed their finding as benign.', [], () => [[{}, baseline().sessionsLearnedAfterReview]]);
    cumulative(
      this.registry,
      'warden_sessions_learned_corroborated_total',
      "Sessions held back for novelty alone (or novelty and personal data sent out), learned once their cohort showed the same new tool, host, data domain or data recipient on enough agent-days (a recipient by two agents or more).",
      [],
      () => [[{}, baseline().sessionsLearnedCorroborated]],
    );
    cumulative(
      this.registry,
      'warden_session_reviews_unmatched_total',
      'Benign reviews with nothing to learn: the session was dropped from the held set, went on after the review, or was never seen by this baseline.',
      [],
      () => [[{}, baseline().reviewsUnmatched]],
    );
    cumulative(this.registry, 'warden_scorer_events_total', 'Events scored.', [], () => [[{}, scorer().eventsScored]]);
    gauge(this.registry, 'warden_scorer_live_sessions', 'Sessions the scorer holds state for.', () => scorer().liveSessions);
    cumulative(
      this.registry,
      'warden_scorer_sessions_reopened_total',
      'Sessions that received spans after they had ended (their idle gap passed, or they were evicted): those spans are judged apart from what came before.',
      [],
      () => [[{}, scorer().sessionsReopened]],
    );
    cumulative(
      this.registry,
      'warden_scorer_events_ahead_of_clock_total',
      "Events stamped more than a minute ahead of this host's clock: scored, but they move event time (which ends sessions) only that far.",
      [],
      () => [[{}, scorer().eventsAheadOfClock]],
    );

    // Detection.
    this.findings = new Counter({
      name: 'warden_findings_total',
      help: 'Finding records delivered to at least one destination (counted at the first).',
      labelNames: ['severity', 'category', 'activity'],
      registers,
    });
    this.findingSignals = new Counter({
      name: 'warden_finding_signals_total',
      help: 'Delivered finding records carrying each signal type.',
      labelNames: ['signal_type'],
      registers,
    });
    this.risk = new Histogram({
      name: 'warden_risk_score',
      help: 'Composite risk (0-100) of delivered finding records.',
      labelNames: ['category'],
      buckets: [10, 20, 30, 40, 50, 60, 70, 80, 90, 100],
      registers,
    });
    this.timeToDetect = new Histogram({
      name: 'warden_time_to_detect_seconds',
      help: 'From the receiver accepting the span that raised a finding to the finding being delivered.',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    gauge(this.registry, 'warden_agents_known', 'Agents with a learned profile.', () => baseline().agentProfiles);
    gauge(this.registry, 'warden_agents_active', 'Agents that sent a span within the activity window (15 minutes).', () => this.activeAgents());

    // Delivery, per sink (docs/metrics.md, "Delivery").
    const sinks = () => emitter().sinks;
    cumulative(this.registry, 'warden_sink_deliveries_total', 'Finding records a sink has accepted (a destination: durably; an observer: handed).', ['sink'], () =>
      Object.entries(emitter().delivered).map(([sink, n]) => [{ sink }, n] as const),
    );
    cumulative(this.registry, 'warden_sink_send_attempts_total', 'Send attempts to a destination, by how they ended.', ['sink', 'outcome'], () =>
      sinks().flatMap((s) => Object.entries(s.attempts).map(([outcome, n]) => [{ sink: s.sink, outcome }, n] as const)),
    );
    cumulative(this.registry, 'warden_sink_dead_letters_total', 'Finding records a destination refused for good, moved to its dead-letter file.', ['sink'], () =>
      sinks().map((s) => [{ sink: s.sink }, s.deadLettered] as const),
    );
    perSinkGauge(this.registry, 'warden_sink_spool_records', 'Finding records spooled for a destination, waiting to be delivered.', () => sinks().map((s) => [s.sink, s.pendingRecords]));
    perSinkGauge(this.registry, 'warden_sink_spool_bytes', 'Size of the finding records spooled for a destination.', () => sinks().map((s) => [s.sink, s.pendingBytes]));
    perSinkGauge(this.registry, 'warden_sink_healthy', 'Whether a destination is accepting findings (1) or refusing or failing (0).', () =>
      sinks().map((s) => [s.sink, s.healthy ? 1 : 0]),
    );
    perSinkGauge(this.registry, 'warden_sink_last_success_timestamp_seconds', 'When a destination last accepted a batch (Unix seconds); absent until it has.', () =>
      sinks().flatMap((s) => (s.lastSuccessMs === undefined ? [] : [[s.sink, s.lastSuccessMs / 1000] as const])),
    );

    // Response (docs/metrics.md, "Response"). Registered whether or not a responder runs, so
    // dashboards and alerts read 0 rather than no data.
    const responder = (): ResponderStats => sources.responder?.() ?? NO_RESPONDER;
    cumulative(this.registry, 'warden_response_decisions_total', 'Response actions planned, by action and mode (execute, or shadow: recorded, not done).', ['action', 'mode'], () =>
      seeded(
        ACTION_KINDS.flatMap((action) => DECISION_MODES.map((mode) => ({ action, mode }))),
        responder().decisions.map((d) => [{ action: responseAction(d.action), mode: d.mode }, d.count] as const),
      ),
    );
    cumulative(this.registry, 'warden_response_actions_total', 'Response actions by how they ended (executed, failed, shadowed, suppressed, denied, expired, undone).', ['action', 'outcome'], () =>
      seeded(
        ACTION_KINDS.flatMap((action) => RESPONSE_OUTCOMES.map((outcome) => ({ action, outcome }))),
        responder().actions.map((a) => [{ action: responseAction(a.action), outcome: a.outcome }, a.count] as const),
      ),
    );
    gauge(this.registry, 'warden_response_pending_approvals', 'Response actions waiting for a human approval.', () => responder().pendingApprovals);
    gauge(this.registry, 'warden_response_kill_switch_engaged', 'Whether the kill switch stops every automated action (1) or not (0).', () =>
      responder().killSwitchEngaged ? 1 : 0,
    );
    gauge(this.registry, 'warden_response_circuit_open', 'Whether the circuit breaker has stepped response down to advisory-only (1) or not (0).', () =>
      responder().circuitOpen ? 1 : 0,
    );
    cumulative(
      this.registry,
      'warden_findings_reviewed_benign_total',
      'Findings a person reviewed as benign (warden findings benign): their sessions are learned, so the same work stops raising findings.',
      [],
      () => [[{}, responder().findingsReviewedBenign]],
    );
    cumulative(this.registry, 'warden_audit_entries_total', 'Entries appended to the tamper-evident audit log.', [], () => [[{}, responder().auditEntries]]);
    this.timeToContain = new Histogram({
      name: 'warden_response_time_to_contain_seconds',
      help: 'From the detection of a finding to the containment action executed for it (approval time included).',
      labelNames: ['action'],
      // From an automatic throttle (sub-second) to a quarantine a human approved hours later.
      buckets: [0.1, 0.5, 1, 5, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400],
      registers,
    });
  }

  /** Counts events per cohort and notes each agent as active. */
  observeEvents(events: readonly AgentEvent[]): void {
    const now = this.clock.nowMs();
    const perType = new Map<string, number>();
    for (const e of events) {
      const type = this.agentTypeLabel(e.agentType);
      perType.set(type, (perType.get(type) ?? 0) + 1);
      const key = agentKey(e);
      this.lastSeen.delete(key);
      this.lastSeen.set(key, now);
    }
    for (const [agent_type, n] of perType) this.events.inc({ agent_type }, n);
    dropOldest(this.lastSeen, this.maxTrackedAgents);
  }

  /**
   * Counts a delivered finding record and, when its trigger was received here, how long detection
   * took. A response record (one carrying `response`) is a copy of a revision already counted, so
   * it counts as a delivered record and nothing else: it is not a detection.
   */
  observeDelivered(finding: RiskFinding, atMs: number): void {
    this.findings.inc({ severity: finding.severity, category: finding.category, activity: finding.activity });
    if (finding.response !== undefined) return;
    for (const type of new Set(finding.signals.map((s) => s.type))) this.findingSignals.inc({ signal_type: type });
    this.risk.observe({ category: finding.category }, finding.riskScore);
    const receivedAt = finding.trigger.receivedAtMs;
    if (receivedAt !== undefined && atMs >= receivedAt) this.timeToDetect.observe((atMs - receivedAt) / 1000);
  }

  /** One executed containment action: `seconds` from the finding's detection to its execution. */
  observeContainment(seconds: number, action: string): void {
    if (!Number.isFinite(seconds) || seconds < 0) return;
    this.timeToContain.observe({ action: responseAction(action) }, seconds);
  }

  private agentTypeLabel(type: string): string {
    if (this.agentTypes.has(type)) return type;
    if (this.agentTypes.size >= this.maxAgentTypes) return 'other';
    this.agentTypes.add(type);
    return type;
  }

  private activeAgents(): number {
    const since = this.clock.nowMs() - this.activeWindowMs;
    // Oldest first: drop the ones that went quiet, then everything left is active.
    for (const [key, at] of this.lastSeen) {
      if (at >= since) break;
      this.lastSeen.delete(key);
    }
    return this.lastSeen.size;
  }
}

type LabelValues = Readonly<Record<string, string>>;

const NO_BASELINE: BaselineStats = {
  eventsObserved: 0,
  profilesPublished: 0,
  sessionsLearned: 0,
  sessionsExcluded: 0,
  sessionsAwaitingVerdict: 0,
  sessionsHeldForReview: 0,
  sessionsLearnedAfterReview: 0,
  sessionsLearnedCorroborated: 0,
  reviewsUnmatched: 0,
  agentProfiles: 0,
  cohortProfiles: 0,
  profileBytes: 0,
};
const NO_SCORER: ScoringStats = { eventsScored: 0, findingsPublished: 0, profilesApplied: 0, verdictsPublished: 0, liveSessions: 0, sessionsReopened: 0, eventsAheadOfClock: 0 };
const NO_EMITTER: EmitterStats = { findingsIn: 0, repeatsDropped: 0, delivered: {}, sinks: [] };

const NO_RESPONDER: ResponderStats = {
  decisions: [],
  actions: [],
  pendingApprovals: 0,
  killSwitchEngaged: false,
  circuitOpen: false,
  findingsReviewedBenign: 0,
  auditEntries: 0,
};

const KNOWN_ACTIONS: ReadonlySet<string> = new Set(ACTION_KINDS);

/** The action label comes from a closed set: anything else is `other`, so series stay bounded. */
function responseAction(action: string): string {
  return KNOWN_ACTIONS.has(action) ? action : 'other';
}

/** Every seed label set at 0, then the counts (summed where several map to one label set). */
function seeded(seeds: readonly LabelValues[], counts: Iterable<readonly [LabelValues, number]>): Array<readonly [LabelValues, number]> {
  const out = new Map<string, [LabelValues, number]>();
  for (const labels of seeds) out.set(JSON.stringify(labels), [labels, 0]);
  for (const [labels, n] of counts) {
    const key = JSON.stringify(labels);
    const row = out.get(key);
    if (row === undefined) out.set(key, [labels, n]);
    else row[1] += n;
  }
  return [...out.values()];
}

/**
 * A counter fed from a component's cumulative count: at each scrape it adds what the count grew
 * by since the last scrape, so it stays a true Prometheus counter.
 */
function cumulative(
  registry: Registry,
  name: string,
  help: string,
  labelNames: readonly string[],
  read: () => Iterable<readonly [LabelValues, number]>,
): void {
  const last = new Map<string, number>();
  new Counter({
    name,
    help,
    labelNames: [...labelNames],
    registers: [registry],
    collect() {
      for (const [labels, value] of read()) {
        const key = JSON.stringify(labels);
        const delta = value - (last.get(key) ?? 0);
        last.set(key, value);
        // Zero increments still create the series, so dashboards see 0 rather than no data.
        if (delta >= 0) this.inc(labels, delta);
      }
    },
  });
}

/** A gauge with one series per sink, rebuilt at each scrape so removed sinks disappear. */
function perSinkGauge(registry: Registry, name: string, help: string, read: () => Iterable<readonly [string, number]>): void {
  new Gauge({
    name,
    help,
    labelNames: ['sink'],
    registers: [registry],
    collect() {
      this.reset();
      for (const [sink, value] of read()) this.set({ sink }, value);
    },
  });
}

function gauge(registry: Registry, name: string, help: string, read: () => number): void {
  new Gauge({
    name,
    help,
    registers: [registry],
    collect() {
      this.set(read());
    },
  });
}
