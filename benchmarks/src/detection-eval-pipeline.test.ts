import { isDrained, pipelineState, SettleTracker } from './detection-eval-pipeline';

function scrape(o: { lag?: number; accepted?: number; scored?: number; learned?: number; findings?: number; open?: number }): string {
  return [
    '# HELP warden_bus_lag_records Records published and not yet acknowledged by a consumer group.',
    `warden_bus_lag_records{topic="events",group="scorer"} ${o.lag ?? 0}`,
    'warden_bus_lag_records{topic="events",group="baseline"} 0',
    `warden_receiver_spans_accepted_total{protocol="grpc"} ${o.accepted ?? 100}`,
    `warden_scorer_events_total ${o.scored ?? 100}`,
    `warden_scorer_live_sessions ${o.open ?? 0}`,
    `warden_sessions_learned_total ${o.learned ?? 10}`,
    'warden_sessions_excluded_total 1',
    'warden_sessions_awaiting_verdict 0',
    'warden_profiles_bytes 5000',
    `warden_findings_total{severity="high",category="security",activity="create"} ${o.findings ?? 3}`,
    '',
  ].join('\n');
}

describe('pipelineState', () => {
  it('sums the queue over every topic and group and reads the scorer against the receiver', () => {
    const s = pipelineState([scrape({ lag: 4, accepted: 120, scored: 90 })]);
    expect(s).toMatchObject({ queued: 4, accepted: 120, scored: 90 });
    expect(isDrained(s)).toBe(false);
    expect(isDrained(pipelineState([scrape({})]))).toBe(true);
    expect(isDrained(pipelineState([scrape({ accepted: 101 })]))).toBe(false);
  });
});

describe('SettleTracker', () => {
  it('for a history day, waits until the scorer has judged every session, then for the quiet period', () => {
    const t = new SettleTracker(1_500, true);
    expect(t.observe(pipelineState([scrape({ open: 3 })]), 0)).toBe(false);
    expect(t.observe(pipelineState([scrape({ open: 3 })]), 2_000)).toBe(false);
    expect(t.observe(pipelineState([scrape({})]), 2_500)).toBe(false);
    expect(t.observe(pipelineState([scrape({})]), 4_000)).toBe(true);
    // Live traffic keeps sessions open: the final wait does not ask for that.
    const live = new SettleTracker(1_500);
    live.observe(pipelineState([scrape({ open: 3 })]), 0);
    expect(live.observe(pipelineState([scrape({ open: 3 })]), 1_500)).toBe(true);
  });

  it('settles once drained and unchanged for the quiet period', () => {
    const t = new SettleTracker(1_500);
    expect(t.observe(pipelineState([scrape({})]), 0)).toBe(false);
    expect(t.observe(pipelineState([scrape({})]), 1_000)).toBe(false);
    expect(t.observe(pipelineState([scrape({})]), 1_500)).toBe(true);
  });

  it('starts the quiet period again when the baseline learns or a finding is delivered', () => {
    const t = new SettleTracker(1_500);
    t.observe(pipelineState([scrape({})]), 0);
    expect(t.observe(pipelineState([scrape({ learned: 11 })]), 1_000)).toBe(false);
    expect(t.observe(pipelineState([scrape({ learned: 11 })]), 2_000)).toBe(false);
    expect(t.observe(pipelineState([scrape({ learned: 11, findings: 4 })]), 2_400)).toBe(false);
    expect(t.observe(pipelineState([scrape({ learned: 11, findings: 4 })]), 3_900)).toBe(true);
  });

  it('never settles while work is queued, however long nothing else moves', () => {
    const t = new SettleTracker(1_000);
    for (let at = 0; at <= 10_000; at += 500) expect(t.observe(pipelineState([scrape({ lag: 1 })]), at)).toBe(false);
  });
});
