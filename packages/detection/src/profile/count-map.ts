/** How often a value was seen, and when first and last (event time). */
export interface CountEntry {
  n: number;
  first: number;
  last: number;
}

/** A JSON-friendly counted map, bounded to its top-K entries. */
export type CountMap = Record<string, CountEntry>;

export function bump(map: CountMap, key: string, timeMs: number, by = 1): boolean {
  // Keys come from telemetry; only own entries count (see internal/safe-key.ts).
  const e = Object.hasOwn(map, key) ? map[key] : undefined;
  if (e === undefined) {
    map[key] = { n: by, first: timeMs, last: timeMs };
    return true;
  }
  e.n += by;
  if (timeMs < e.first) e.first = timeMs;
  if (timeMs > e.last) e.last = timeMs;
  return false;
}

/**
 * One value's history seen through two profiles that overlap: an agent's and its cohort's, which
 * learns every session the agent's does. The larger count, not the sum: summing counts the agent's
 * own calls twice, and "five calls make it established" would take three. The cohort's count can be
 * the smaller one when its top-K dropped a value only this agent uses.
 */
export function overlappingEntry(a: CountEntry, b: CountEntry): CountEntry {
  return { n: Math.max(a.n, b.n), first: Math.min(a.first, b.first), last: Math.max(a.last, b.last) };
}

/**
 * Keep the `k` most used entries (ties: most recently seen). Run after a merge rather than per
 * insert, so a burst of new values cannot evict the long-standing ones one by one.
 */
export function trimTopK(map: CountMap, k: number): void {
  const keys = Object.keys(map);
  if (keys.length <= k) return;
  const ranked = keys.sort((a, b) => {
    const ea = map[a] as CountEntry;
    const eb = map[b] as CountEntry;
    return eb.n - ea.n || eb.last - ea.last || (a < b ? -1 : 1);
  });
  for (const key of ranked.slice(k)) delete map[key];
}

/** Drops the entries last seen before `timeMs`. */
export function forgetBefore(map: CountMap, timeMs: number): void {
  for (const [key, e] of Object.entries(map)) if (e.last < timeMs) delete map[key];
}

export function totalCount(map: CountMap): number {
  let sum = 0;
  for (const e of Object.values(map)) sum += e.n;
  return sum;
}

/** Key with the largest count and its share of the total. */
export function dominant(map: CountMap): { key: string; share: number } | undefined {
  let best: string | undefined;
  let bestN = -1;
  for (const [k, e] of Object.entries(map)) {
    if (e.n > bestN || (e.n === bestN && best !== undefined && k < best)) {
      best = k;
      bestN = e.n;
    }
  }
  const total = totalCount(map);
  return best === undefined || total === 0 ? undefined : { key: best, share: bestN / total };
}
