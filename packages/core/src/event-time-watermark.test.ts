import { EventTimeWatermark, MAX_EVENT_TIME_AHEAD_MS } from './event-time-watermark';

const MIN = 60_000;
const NOW = Date.UTC(2026, 10, 24, 9, 0);

describe('EventTimeWatermark', () => {
  test('follows event time, including a replayed past far behind the clock', () => {
    const w = new EventTimeWatermark();
    expect(w.observe(NOW - 7 * 24 * 60 * MIN, NOW)).toBe(false);
    expect(w.ms).toBe(NOW - 7 * 24 * 60 * MIN);
    w.observe(NOW - 60 * MIN, NOW);
    w.observe(NOW - 90 * MIN, NOW);
    expect(w.ms).toBe(NOW - 60 * MIN);
  });

  test('an event stamped an hour ahead moves it only to the allowance past the clock, and says so', () => {
    const w = new EventTimeWatermark();
    w.observe(NOW - MIN, NOW);
    expect(w.observe(NOW + 60 * MIN, NOW)).toBe(true);
    expect(w.ms).toBe(NOW + MAX_EVENT_TIME_AHEAD_MS);
    // As the clock catches up, the same stamp counts in full.
    expect(w.observe(NOW + 60 * MIN, NOW + 59.5 * MIN)).toBe(false);
    expect(w.ms).toBe(NOW + 60 * MIN);
  });

  test('half a minute of skew is accepted as it is', () => {
    const w = new EventTimeWatermark();
    expect(w.observe(NOW + MIN / 2, NOW)).toBe(false);
    expect(w.ms).toBe(NOW + MIN / 2);
  });

  test('settled: event time as it stood a grace ago in processing time, so late spans can still join their session', () => {
    const w = new EventTimeWatermark(5_000);
    const history = NOW - 7 * 24 * 60 * MIN;
    w.observe(history, NOW);
    w.observe(history + 60 * MIN, NOW + 50);
    // Within the grace nothing is settled, however far event time ran.
    expect(w.settledMs(NOW + 4_999)).toBe(0);
    w.observe(history + 120 * MIN, NOW + 3_000);
    expect(w.settledMs(NOW + 5_000)).toBe(history + 60 * MIN);
    expect(w.settledMs(NOW + 7_999)).toBe(history + 60 * MIN);
    expect(w.settledMs(NOW + 8_000)).toBe(history + 120 * MIN);
    expect(w.ms).toBe(history + 120 * MIN);
  });

  test('without a grace, settled is the newest watermark; checkpoints stay few however many events arrive', () => {
    expect(new EventTimeWatermark().settledMs(NOW)).toBe(0);
    const none = new EventTimeWatermark(0);
    none.observe(NOW - MIN, NOW);
    expect(none.settledMs(NOW)).toBe(NOW - MIN);
    const w = new EventTimeWatermark(5_000);
    for (let i = 0; i < 100_000; i++) w.observe(NOW - 60 * MIN + i, NOW + i);
    expect((w as unknown as { recent: unknown[] }).recent.length).toBeLessThanOrEqual(5_000 / 100 + 1);
    // The watermark seen 5 s ago, to within one checkpoint's spacing (100 ms).
    const settled = w.settledMs(NOW + 100_000) - (NOW - 60 * MIN);
    expect(settled).toBeGreaterThanOrEqual(94_999);
    expect(settled).toBeLessThan(95_100);
  });
});
