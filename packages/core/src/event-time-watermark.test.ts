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
});
