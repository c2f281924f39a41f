import { IDLE_STREAM_MS, PartitionedEventTime } from './partitioned-event-time';

const MIN = 60_000;
const NOW = Date.UTC(2026, 10, 24, 9, 0);
const HISTORY = NOW - 24 * 60 * MIN;
const event = (agentId: string, endTimeMs: number) => ({ tenant: 'acme', agentId, endTimeMs });

describe('PartitionedEventTime', () => {
  test("each agent follows its own partition's event time, not the fastest partition's", () => {
    const t = new PartitionedEventTime();
    t.observe(0, event('behind', HISTORY), NOW);
    t.observe(1, event('ahead', HISTORY + 60 * MIN), NOW);
    const at = t.settledAt(NOW);
    expect([at('acme', 'behind'), at('acme', 'ahead')]).toEqual([HISTORY, HISTORY + 60 * MIN]);
    expect([t.latestMs(0, 'acme'), t.latestMs(1, 'acme'), t.latestMs(7, 'acme'), t.latestMs(0, 'other')]).toEqual([HISTORY, HISTORY + 60 * MIN, 0, 0]);
  });

  test('with a grace, a partition counts its event time as it stood that long ago', () => {
    const t = new PartitionedEventTime(5_000);
    t.observe(0, event('a', HISTORY), NOW);
    t.observe(0, event('a', HISTORY + MIN), NOW + 4_000);
    expect(t.settledAt(NOW + 5_000)('acme', 'a')).toBe(HISTORY);
    expect(t.settledAt(NOW + 9_000)('acme', 'a')).toBe(HISTORY + MIN);
  });

  test('an agent of a partition idle for IDLE_STREAM_MS, of a forgotten partition, or never seen follows the furthest partition', () => {
    const t = new PartitionedEventTime();
    t.observe(0, event('quiet', HISTORY), NOW);
    t.observe(1, event('busy', HISTORY + 60 * MIN), NOW + IDLE_STREAM_MS);
    // Partition 0 delivered nothing for the idle time: nothing of it is left to wait for.
    expect(t.settledAt(NOW + IDLE_STREAM_MS)('acme', 'quiet')).toBe(HISTORY + 60 * MIN);
    expect(t.settledAt(NOW + IDLE_STREAM_MS - 1)('acme', 'quiet')).toBe(HISTORY);
    expect(t.settledAt(NOW)('acme', 'stranger')).toBe(HISTORY + 60 * MIN);
    t.observe(1, { tenant: 'other', agentId: 'b', endTimeMs: HISTORY + 2 * MIN }, NOW);
    t.forget([1]);
    // Every tenant's stream of the partition goes.
    expect([t.settledAt(NOW + 1)('acme', 'busy'), t.settledAt(NOW + 1)('other', 'b')]).toEqual([HISTORY, HISTORY]);
  });

  test('an agent whose key moved to another partition follows the new one', () => {
    const t = new PartitionedEventTime();
    t.observe(0, event('a', HISTORY + 60 * MIN), NOW);
    t.observe(1, event('b', HISTORY), NOW);
    t.observe(1, event('a', HISTORY), NOW);
    expect(t.settledAt(NOW)('acme', 'a')).toBe(HISTORY);
  });

  test("tenants are apart within one partition: one tenant's live traffic does not move another's replayed history", () => {
    const t = new PartitionedEventTime();
    t.observe(0, { tenant: 'replaying', agentId: 'a', endTimeMs: HISTORY }, NOW);
    t.observe(0, { tenant: 'live', agentId: 'a', endTimeMs: NOW }, NOW);
    const at = t.settledAt(NOW);
    expect([at('replaying', 'a'), at('live', 'a')]).toEqual([HISTORY, NOW]);
    expect([t.latestMs(0, 'replaying'), t.latestMs(0, 'live')]).toEqual([HISTORY, NOW]);
  });

  test('a stamp far ahead of the clock is bounded and reported, per partition', () => {
    const t = new PartitionedEventTime();
    expect(t.observe(0, event('a', NOW + 60 * MIN), NOW)).toBe(true);
    expect(t.observe(1, event('b', NOW), NOW)).toBe(false);
    expect(t.latestMs(0, 'acme')).toBeLessThan(NOW + 60 * MIN);
  });
});
