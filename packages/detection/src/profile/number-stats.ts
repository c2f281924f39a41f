import { quantileOf } from '../internal/stats';

/** Running summary of a numeric feature, with a bounded tail of recent values for quantiles. */
export interface NumberStats {
  count: number;
  mean: number;
  max: number;
  recent: number[];
}

export function emptyStats(): NumberStats {
  return { count: 0, mean: 0, max: 0, recent: [] };
}

export function addValue(s: NumberStats, value: number, keepRecent: number): void {
  s.count += 1;
  s.mean += (value - s.mean) / s.count;
  if (value > s.max) s.max = value;
  s.recent.push(value);
  if (s.recent.length > keepRecent) s.recent.splice(0, s.recent.length - keepRecent);
}

/** A high but robust reference: the 99th percentile of recent values, never below the mean. */
export function upperReference(s: NumberStats): number {
  if (s.count === 0) return 0;
  return Math.max(quantileOf(s.recent, 0.99), s.mean);
}
