import { Prng } from './prng';

describe('Prng', () => {
  it('replays the same sequence for the same seed', () => {
    const a = new Prng('warden');
    const b = new Prng('warden');
    const seqA = Array.from({ length: 50 }, () => a.next());
    const seqB = Array.from({ length: 50 }, () => b.next());
    expect(seqA).toEqual(seqB);
  });

  it('gives different sequences for different seeds', () => {
    const a = Array.from({ length: 10 }, ((r) => () => r.next())(new Prng(1)));
    const b = Array.from({ length: 10 }, ((r) => () => r.next())(new Prng(2)));
    expect(a).not.toEqual(b);
  });

  it('keeps int() inside its inclusive bounds and reaches both ends', () => {
    const r = new Prng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const v = r.int(3, 6);
      expect(v).toBeGreaterThanOrEqual(3);
      expect(v).toBeLessThanOrEqual(6);
      seen.add(v);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('produces lower-case hex ids of the requested length, never all zeros', () => {
    const r = new Prng(99);
    for (let i = 0; i < 200; i++) {
      expect(r.hex(32)).toMatch(/^[0-9a-f]{32}$/);
      const id = r.hex(16);
      expect(id).toMatch(/^[0-9a-f]{16}$/);
      expect(id).not.toMatch(/^0+$/);
    }
  });

  it('derives forks that are deterministic and independent of each other', () => {
    const x = new Prng(5).fork('history');
    const y = new Prng(5).fork('history');
    const z = new Prng(5).fork('live');
    const draw = (p: Prng): number[] => Array.from({ length: 5 }, () => p.next());
    const dx = draw(x);
    expect(dx).toEqual(draw(y));
    expect(dx).not.toEqual(draw(z));
  });

  it('samples distinct items and shuffles without losing any', () => {
    const r = new Prng(11);
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];
    const s = r.sample(items, 4);
    expect(new Set(s).size).toBe(4);
    expect(r.shuffle(items).sort()).toEqual(items);
  });
});
