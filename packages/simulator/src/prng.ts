/**
 * A small seeded pseudo-random generator (mulberry32 core, FNV-1a seed hashing). The simulator
 * must replay the same fleet for the same seed on every machine, so nothing here touches
 * Math.random or the clock.
 */
export class Prng {
  private state: number;

  constructor(seed: number | string) {
    this.state = typeof seed === 'number' ? seed >>> 0 : hashSeed(seed);
    if (this.state === 0) this.state = 0x9e3779b9;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Prng.pick needs a non-empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.min(count, items.length));
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const a = out[i] as T;
      out[i] = out[j] as T;
      out[j] = a;
    }
    return out;
  }

  /** Lower-case hex string of `chars` characters, never all zeros (OTLP treats zero ids as invalid). */
  hex(chars: number): string {
    let s = '';
    while (s.length < chars) s += (Math.floor(this.next() * 4294967296) >>> 0).toString(16).padStart(8, '0');
    s = s.slice(0, chars);
    return /^0+$/.test(s) ? `1${s.slice(1)}` : s;
  }

  /**
   * An independent stream derived from this one's seed and a label, so that adding an attack
   * scenario does not reshuffle the benign traffic generated from a sibling stream.
   */
  fork(label: string): Prng {
    return new Prng(hashSeed(`${this.state}:${label}`));
  }
}

function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
