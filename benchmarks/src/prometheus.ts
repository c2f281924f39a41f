/**
 * Reading figures out of Prometheus text scrapes. Every reader takes several scrapes and adds
 * them up, so one Warden process and four Kafka services are measured the same way (each metric
 * is non-zero only in the process that does that work).
 */

/** Sum of a metric's samples over all scrapes; `labelFilter` keeps samples whose labels contain it. */
export function sample(scrapes: readonly string[], name: string, labelFilter = ''): number {
  let sum = 0;
  for (const scrape of scrapes) {
    for (const line of scrape.split('\n')) {
      const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})? (\S+)/.exec(line);
      if (m?.[1] === name && (m[2] ?? '').includes(labelFilter)) sum += Number(m[3]);
    }
  }
  return sum;
}

/** A histogram's cumulative buckets (upper bound → count), summed over the scrapes. */
function buckets(scrapes: readonly string[], name: string): [number, number][] {
  const byLe = new Map<number, number>();
  const pattern = new RegExp(`^${name}_bucket\\{(?:[^}]*,)?le="([^"]+)"[^}]*\\} (\\S+)`);
  for (const scrape of scrapes) {
    for (const line of scrape.split('\n')) {
      const m = pattern.exec(line);
      if (!m) continue;
      const le = m[1] === '+Inf' ? Infinity : Number(m[1]);
      byLe.set(le, (byLe.get(le) ?? 0) + Number(m[2]));
    }
  }
  return [...byLe.entries()].sort((a, b) => a[0] - b[0]);
}

/**
 * A quantile of the observations made between two sets of scrapes, interpolated within its bucket
 * (as Prometheus' histogram_quantile does). Undefined when nothing was observed in between.
 */
export function quantileBetween(before: readonly string[], after: readonly string[], name: string, q: number): number | undefined {
  const start = new Map(buckets(before, name));
  const delta = buckets(after, name).map(([le, c]) => [le, c - (start.get(le) ?? 0)] as const);
  const count = delta.at(-1)?.[1] ?? 0;
  if (count <= 0) return undefined;
  const rank = q * count;
  let prevLe = 0;
  let prevCount = 0;
  for (const [le, c] of delta) {
    if (c >= rank) {
      if (le === Infinity) return prevLe;
      return prevLe + ((le - prevLe) * (rank - prevCount)) / Math.max(1, c - prevCount);
    }
    prevLe = le;
    prevCount = c;
  }
  return prevLe;
}
