/**
 * simple-statistics publishes ESM-only type declarations, which a CommonJS build cannot import
 * with `import`; its CommonJS bundle is what Node loads, so we bind the few functions we use here,
 * typed by hand, and the rest of the package never sees the workaround.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ss = require('simple-statistics') as {
  quantile(values: number[], p: number): number;
  median(values: number[]): number;
  medianAbsoluteDeviation(values: number[]): number;
  mean(values: number[]): number;
  chiSquaredDistributionTable: Record<string, Record<string, number>>;
};

export function quantileOf(values: readonly number[], p: number): number {
  return values.length === 0 ? 0 : ss.quantile([...values], p);
}

export function medianOf(values: readonly number[]): number {
  return values.length === 0 ? 0 : ss.median([...values]);
}

export function madOf(values: readonly number[]): number {
  return values.length === 0 ? 0 : ss.medianAbsoluteDeviation([...values]);
}

export function meanOf(values: readonly number[]): number {
  return values.length === 0 ? 0 : ss.mean([...values]);
}

export function clamp01(x: number): number {
  if (!Number.isFinite(x)) return x > 0 ? 1 : 0;
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/**
 * The chi-squared value exceeded with probability 0.01 at `df` degrees of freedom: simple-statistics'
 * table up to 30, the Wilson-Hilferty approximation beyond (within 1% there).
 */
export function chiSquaredCritical01(df: number): number {
  const k = Math.max(1, Math.round(df));
  const row = k <= 30 ? ss.chiSquaredDistributionTable[String(k)] : undefined;
  const tabled = row?.['0.01'];
  if (tabled !== undefined) return tabled;
  const z = 2.3263;
  const a = 2 / (9 * k);
  return k * (1 - a + z * Math.sqrt(a)) ** 3;
}
