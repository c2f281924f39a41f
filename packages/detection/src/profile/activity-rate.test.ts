import { emptyActivityRate, expectedSessions, hourOfWeek, recordSessionStart } from './activity-rate';

const HOUR = 3_600_000;
// 2026-11-02 was a Monday.
const MONDAY = Date.UTC(2026, 10, 2);

describe('activity rate', () => {
  test('hour of week starts on Monday 00:00 UTC', () => {
    expect(hourOfWeek(MONDAY / HOUR)).toBe(0);
    expect(hourOfWeek(MONDAY / HOUR + 9)).toBe(9);
    expect(hourOfWeek(MONDAY / HOUR - 1)).toBe(167);
  });

  test('learns a steady rate: mean near it, small spread, mature after two weeks', () => {
    const r = emptyActivityRate();
    for (let h = 0; h < 24 * 14; h++) for (let i = 0; i < 2; i++) recordSessionStart(r, MONDAY + h * HOUR + i * 60_000);
    recordSessionStart(r, MONDAY + 24 * 14 * HOUR);
    const e = expectedSessions(r, MONDAY + 24 * 14 * HOUR);
    expect(e.mature).toBe(true);
    expect(e.expected).toBeCloseTo(2, 1);
    expect(e.sd).toBeLessThan(0.5);
  });

  test('keeps each hour of the week apart: a Monday-nine peak is expected on Mondays at nine, not at three in the night', () => {
    const r = emptyActivityRate();
    for (let week = 0; week < 3; week++) {
      for (let h = 0; h < 168; h++) {
        const n = h === 9 ? 40 : 1;
        for (let i = 0; i < n; i++) recordSessionStart(r, MONDAY + (week * 168 + h) * HOUR + i * 1000);
      }
    }
    recordSessionStart(r, MONDAY + 3 * 168 * HOUR);
    expect(expectedSessions(r, MONDAY + (3 * 168 + 9) * HOUR).expected).toBeGreaterThan(30);
    expect(expectedSessions(r, MONDAY + (3 * 168 + 3) * HOUR).expected).toBeLessThan(2);
  });

  test('silent hours count as zero, and a session from an hour already closed is dropped', () => {
    const r = emptyActivityRate();
    recordSessionStart(r, MONDAY);
    recordSessionStart(r, MONDAY + 10 * HOUR);
    expect(r.hours).toBe(10);
    recordSessionStart(r, MONDAY + 5 * HOUR);
    expect(r.hours).toBe(10);
    expect(r.inHour).toBe(1);
  });
});
