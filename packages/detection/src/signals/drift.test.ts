import { jensenShannon, largestShifts } from './drift';

describe('jensenShannon', () => {
  test('0 for the same distribution at any scale, 1 for disjoint ones, symmetric in between', () => {
    expect(jensenShannon({ a: 1, b: 3 }, { a: 10, b: 30 })).toBeCloseTo(0, 10);
    expect(jensenShannon({ a: 5 }, { b: 5 })).toBeCloseTo(1, 10);
    const x = { a: 3, b: 1, c: 1 };
    const y = { a: 1, b: 1, c: 4 };
    const d = jensenShannon(x, y);
    expect(d).toBeGreaterThan(0.1);
    expect(d).toBeLessThan(1);
    expect(jensenShannon(y, x)).toBeCloseTo(d, 12);
  });

  test('an empty side is maximally different unless both are empty', () => {
    expect(jensenShannon({}, {})).toBe(0);
    expect(jensenShannon({ a: 1 }, {})).toBe(1);
  });

  test('largestShifts names the tools that moved most', () => {
    expect(largestShifts({ kb: 1, upd: 1 }, { kb: 3, upd: 0 }, 1)).toEqual(['kb 50%→100%']);
  });
});
