import type { ScenarioId } from '@warden/simulator';
import { addCounts, countReplay, percentile, sessionOutcomes, summarize, type ObservedFinding, type SentSession, type Severity } from './detection-eval-metrics';
import { DAY, finding, label, observe, session } from './testing/observations';

describe('countReplay', () => {
  it('judges a trigger on its worst finding of the expected category against the expected minimum', () => {
    const c = countReplay(
      observe(
        [session('a', { label: label('tool_chaining', 'a') }), session('b', { label: label('tool_chaining', 'b') }), session('c', { label: label('tool_chaining', 'c') })],
        // a: Medium then High -> caught; b: only Medium -> missed; c: High but as a reliability finding -> missed.
        [finding('a', 'medium'), finding('a', 'high'), finding('b', 'medium'), finding('c', 'high', 1_000, 'reliability')],
      ),
    );
    expect(c.scenarios.tool_chaining).toMatchObject({ triggers: 3, reachedMin: 1, atLeastHigh: 1, inBand: 1 });
  });

  it('judges drift on reliability findings and counts a finding above the expected maximum as out of band', () => {
    const c = countReplay(
      observe(
        [session('d1', { label: label('drift', 'd1') }), session('d2', { label: label('drift', 'd2') })],
        [finding('d1', 'low', 1_000, 'reliability'), finding('d2', 'medium', 1_000, 'reliability')],
      ),
    );
    expect(c.scenarios.drift).toMatchObject({ triggers: 2, reachedMin: 2, inBand: 1 });
  });

  it('sees an ignored injection only when it is flagged Low or Medium: silent and High are both out of band', () => {
    const c = countReplay(
      observe(
        ['i1', 'i2', 'i3', 'i4'].map((id) => session(id, { label: label('injection_ignored', id) })),
        [finding('i1', 'low'), finding('i2', 'medium'), finding('i3', 'high')],
      ),
    );
    expect(c.scenarios.injection_ignored).toMatchObject({ triggers: 4, reachedMin: 3, inBand: 2 });
    expect(summarize(c).scenarios[0]?.outOfBand).toEqual({ v1: { high: 1, none: 1 } });
  });

  it('times detection from the trigger export acknowledgement to the first record at the expected minimum', () => {
    const l = label('content_injection_send', 'x');
    const c = countReplay(
      observe(
        [session('x', { label: l })],
        // A High record first (below the Critical the scenario expects), then the Critical at 1,450.
        [finding('x', 'high', 1_100), finding('x', 'critical', 1_450), finding('x', 'critical', 1_300 + 900)],
        { [`${l.trigger.traceId}/${l.trigger.spanId}`]: 1_200 },
      ),
    );
    expect(c.scenarios.content_injection_send?.timeToDetectMs).toEqual([250]);
  });

  it('floors at zero a record that lands before the client saw its export acknowledged, and skips untimed triggers', () => {
    const l = label('blast_radius', 'early');
    const c = countReplay(
      observe(
        [session('early', { label: l }), session('history', { label: label('blast_radius', 'history', 'trigger', 'history') })],
        [finding('early', 'high', 995), finding('history', 'high', 5)],
        { [`${l.trigger.traceId}/${l.trigger.spanId}`]: 1_000, 't-history/s-history': 1 },
      ),
    );
    // The history-phase trigger is caught but not timed: history is replayed as fast as it goes.
    expect(c.scenarios.blast_radius).toMatchObject({ reachedMin: 2, timeToDetectMs: [0] });
  });

  it('counts benign live sessions (ordinary and look-alike) flagged Medium+, and agent-days of the live phase', () => {
    const c = countReplay(
      observe(
        [
          session('o1', { agentId: 'a1' }),
          session('o2', { agentId: 'a1' }),
          session('o3', { agentId: 'a2' }),
          session('o4', { agentId: 'a2', day: DAY + 1 }),
          session('look', { label: label('benign_lookalike', 'look'), agentId: 'a3' }),
          session('h1', { phase: 'history', agentId: 'a1', day: DAY - 1 }),
          session('h2', { phase: 'history', agentId: 'a1', day: DAY - 2 }),
        ],
        [finding('o1', 'medium'), finding('o2', 'low'), finding('o3', 'medium', 1, 'reliability'), finding('look', 'high'), finding('h1', 'high')],
      ),
    );
    expect(c).toMatchObject({
      benignSessions: 5,
      benignFlagged: 2, // o1 and the look-alike; Low and reliability findings do not count
      lookalikeSessions: 1,
      lookalikeFlagged: 1,
      liveAgentDays: 4, // a1, a2 twice (two days), a3
      historyOrdinarySessions: 2,
      historyAgentDays: 2,
      historyFlagged: 1,
    });
    expect(c.scenarios.benign_lookalike).toMatchObject({ triggers: 1, inBand: 0 });
  });

  it('counts setup sessions as attacks in High+ precision; benign, drift and unknown sessions against it', () => {
    const c = countReplay(
      observe(
        [
          session('setup', { label: label('low_and_slow_leak', 'setup', 'setup', 'history') }),
          session('trig', { label: label('low_and_slow_leak', 'trig') }),
          session('drift', { label: label('drift', 'drift') }),
          session('ord'),
          session('hist', { phase: 'history' }),
        ],
        [finding('setup', 'high'), finding('trig', 'critical'), finding('drift', 'high'), finding('ord', 'high'), finding('hist', 'critical'), finding('ghost', 'high')],
      ),
    );
    // hist: an unlabelled history session, Warden still learning: reported apart, not judged here.
    expect(c).toMatchObject({ highPlusSessions: 5, highPlusAttacks: 2, highPlusSetup: 1, unmatchedSessions: 1 });
  });
});

describe('summarize', () => {
  const caught = (n: number, scenario: ScenarioId, severity: Severity) =>
    Array.from({ length: n }, (_, i) => {
      const id = `${scenario}-${severity}-${i}`;
      return { s: session(id, { label: label(scenario, id) }), f: finding(id, severity) };
    });

  it('counts only security scenarios expected at High or above as executed attacks, and marks each target', () => {
    const rows = [...caught(9, 'tool_chaining', 'high'), ...caught(1, 'scope_deviation', 'medium'), ...caught(2, 'supply_chain', 'medium'), ...caught(1, 'injection_ignored', 'low')];
    const benign = Array.from({ length: 100 }, (_, i) => session(`o${i}`, { agentId: `agent-${1 + (i % 10)}` }));
    const s = summarize(countReplay(observe([...rows.map((r) => r.s), ...benign], [...rows.map((r) => r.f), finding('o1', 'medium'), finding('o2', 'high')])));
    expect(s.executedAtHigh).toEqual({ hits: 9, total: 10, share: 0.9 });
    expect(s.benignAtMedium).toEqual({ hits: 2, total: 100, share: 0.02 });
    expect(s.highPrecision).toEqual({ hits: 9, total: 10, share: 0.9 });
    expect(s.falsePositivesPerAgentDay).toBe(0.2);
    expect(s.recallAtExpectedMin).toEqual({ hits: 12, total: 13, share: 12 / 13 });
    const met = Object.fromEntries(s.targets.map((t) => [t.id, t.met]));
    expect(met).toEqual({ executed_at_high: true, benign_at_medium: true, high_precision: true, time_to_detect_p99: null, injection_ignored_visible: true });
  });

  it('splits benign sessions at Medium or above into ordinary sessions and the look-alikes written to resemble attacks', () => {
    const looks = Array.from({ length: 4 }, (_, i) => session(`look${i}`, { label: label('benign_lookalike', `look${i}`) }));
    const ordinary = Array.from({ length: 20 }, (_, i) => session(`o${i}`));
    const s = summarize(countReplay(observe([...looks, ...ordinary], [finding('look0', 'high'), finding('look1', 'medium'), finding('look2', 'low'), finding('o3', 'medium')])));
    expect(s.benignAtMedium).toEqual({ hits: 3, total: 24, share: 3 / 24 });
    expect(s.ordinaryAtMedium).toEqual({ hits: 1, total: 20, share: 0.05 });
    expect(s.lookalikesAtMedium).toEqual({ hits: 2, total: 4, share: 0.5 });
  });

  it('reports a missed target as not met and an unmeasured one as null', () => {
    const rows = [...caught(8, 'blast_radius', 'high'), ...caught(2, 'blast_radius', 'medium')];
    const s = summarize(countReplay(observe(rows.map((r) => r.s), rows.map((r) => r.f))));
    const byId = Object.fromEntries(s.targets.map((t) => [t.id, t]));
    expect(byId.executed_at_high).toMatchObject({ met: false, measured: '80% (8/10)' });
    expect(byId.benign_at_medium?.met).toBeNull();
    expect(byId.injection_ignored_visible?.met).toBeNull();
  });

  it('lists scenarios in catalogue order with their expectation', () => {
    const rows = [...caught(1, 'injection_ignored', 'low'), ...caught(1, 'injection_volume_spike', 'high')];
    const s = summarize(countReplay(observe(rows.map((r) => r.s), rows.map((r) => r.f))));
    expect(s.scenarios.map((r) => [r.scenario, r.expected, r.executedAttack])).toEqual([
      ['injection_volume_spike', '>= high', true],
      ['injection_ignored', 'low..medium', false],
    ]);
  });
});

describe('addCounts', () => {
  it('pools seeds by adding numerators, denominators and samples', () => {
    const one = (id: string, severity: Severity, ack: number) => {
      const l = label('memory_poisoning', id);
      return countReplay(observe([session(id, { label: l }), session(`o-${id}`)], [finding(id, severity, 2_000)], { [`t-${id}/s-${id}`]: ack }));
    };
    const pooled = addCounts([one('a', 'high', 1_900), one('b', 'medium', 1_000), one('c', 'critical', 1_000)]);
    expect(pooled.scenarios.memory_poisoning).toMatchObject({ triggers: 3, reachedMin: 2, timeToDetectMs: [100, 1_000] });
    expect(pooled.benignSessions).toBe(3);
    expect(pooled.liveAgentDays).toBe(3);
  });
});

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 1..100, unsorted
    expect(percentile(samples, 0.5)).toBe(50);
    expect(percentile(samples, 0.99)).toBe(99);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([], 0.5)).toBeUndefined();
  });
});

describe('sessionOutcomes', () => {
  it('names labelled sessions by their story and counts ordinary ones, so runs at different times compare', () => {
    const f = (sessionId: string, severity: Severity, category: 'security' | 'reliability'): ObservedFinding => ({ sessionId, severity, category, seenAtMs: 1, signals: [] });
    const sessions: SentSession[] = [
      { sessionId: 'x1', agentId: 'a', phase: 'live', day: 1, label: label('tool_chaining', 'x1') },
      { sessionId: 'x2', agentId: 'a', phase: 'live', day: 1, label: label('tool_chaining', 'x2') },
      { sessionId: 'o1', agentId: 'b', phase: 'live', day: 1 },
      { sessionId: 'o2', agentId: 'b', phase: 'live', day: 1 },
      { sessionId: 'o3', agentId: 'b', phase: 'live', day: 1 },
    ];
    const findings = [f('x1', 'medium', 'security'), f('x1', 'critical', 'security'), f('o1', 'low', 'security'), f('o2', 'low', 'security')];
    const outcomes = sessionOutcomes({ sessions, findings });
    expect(Object.values(outcomes)).toEqual(['security:critical', 'none', '2 sessions']);
    expect(Object.keys(outcomes)[2]).toBe('ordinary security:low');
    expect(Object.keys(outcomes)[1]).toMatch(/#2$/);
  });
});
