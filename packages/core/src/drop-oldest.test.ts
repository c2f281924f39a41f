import { dropOldest } from './drop-oldest';

describe('dropOldest', () => {
  it('drops the first-inserted keys of a Map until max remain, and counts them', () => {
    const m = new Map([['a', 1], ['b', 2], ['c', 3], ['d', 4]]);
    m.delete('a');
    m.set('a', 5); // re-inserted: now the newest
    expect(dropOldest(m, 2)).toBe(2);
    expect([...m.keys()]).toEqual(['d', 'a']);
  });

  it('bounds a Set the same way', () => {
    const s = new Set([1, 2, 3]);
    expect(dropOldest(s, 1)).toBe(2);
    expect([...s]).toEqual([3]);
  });

  it('leaves a collection at or under max alone', () => {
    const m = new Map([['a', 1]]);
    expect(dropOldest(m, 1)).toBe(0);
    expect(dropOldest(new Map(), 0)).toBe(0);
    expect(m.size).toBe(1);
  });
});
