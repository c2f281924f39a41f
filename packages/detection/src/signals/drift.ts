/** Jensen-Shannon divergence (base 2, so 0..1) between two count distributions over tools. */
export function jensenShannon(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): number {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  let ta = 0;
  let tb = 0;
  for (const k of keys) {
    ta += Math.max(0, a[k] ?? 0);
    tb += Math.max(0, b[k] ?? 0);
  }
  if (ta === 0 || tb === 0) return ta === tb ? 0 : 1;
  let js = 0;
  for (const k of keys) {
    const p = Math.max(0, a[k] ?? 0) / ta;
    const q = Math.max(0, b[k] ?? 0) / tb;
    const m = (p + q) / 2;
    if (p > 0) js += 0.5 * p * Math.log2(p / m);
    if (q > 0) js += 0.5 * q * Math.log2(q / m);
  }
  return Math.min(1, Math.max(0, js));
}

/** The tools whose share moved most, for the analyst: `kb.search 12%→48%`. */
export function largestShifts(baseline: Readonly<Record<string, number>>, current: Readonly<Record<string, number>>, top = 3): string[] {
  const sum = (m: Readonly<Record<string, number>>): number => Object.values(m).reduce((s, v) => s + v, 0) || 1;
  const tb = sum(baseline);
  const tc = sum(current);
  const keys = [...new Set([...Object.keys(baseline), ...Object.keys(current)])];
  return keys
    .map((k) => ({ k, before: (baseline[k] ?? 0) / tb, after: (current[k] ?? 0) / tc }))
    .sort((x, y) => Math.abs(y.after - y.before) - Math.abs(x.after - x.before) || (x.k < y.k ? -1 : 1))
    .slice(0, top)
    .map((s) => `${s.k} ${Math.round(s.before * 100)}%→${Math.round(s.after * 100)}%`);
}
