import { parseRetryAfterMs } from './retry-after';

describe('parseRetryAfterMs', () => {
  const now = Date.parse('2026-11-21T12:00:00Z');
  it.each<[string | null | undefined, number | undefined]>([
    ['120', 120_000],
    [' 3 ', 3_000],
    ['0', 0],
    ['Sat, 21 Nov 2026 12:00:05 GMT', 5_000],
    ['Sat, 21 Nov 2026 11:00:00 GMT', 0],
    // The obsolete RFC 850 form, which HTTP recipients must still accept.
    ['Saturday, 21-Nov-26 12:00:05 GMT', 5_000],
    ['5.5', undefined],
    ['-1', undefined],
    ['soon', undefined],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
  ])('%s → %s', (value, expected) => {
    expect(parseRetryAfterMs(value, now)).toBe(expected);
  });
});
