import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/** One metric documented in docs/metrics.md. */
export interface CataloguedMetric {
  readonly name: string;
  /** counter, gauge or histogram from the tables; undefined for metrics only named in prose. */
  readonly type: string | undefined;
}

const METRICS_DOC = path.resolve(__dirname, '..', '..', 'docs', 'metrics.md');

/**
 * prom-client's default Node.js metrics (15.x, Linux), which docs/metrics.md refers to as a group
 * rather than listing. `nodejs_gc_duration_seconds` is a histogram.
 */
export const NODE_DEFAULT_METRICS: readonly string[] = [
  'process_cpu_user_seconds_total',
  'process_cpu_system_seconds_total',
  'process_cpu_seconds_total',
  'process_start_time_seconds',
  'process_resident_memory_bytes',
  'process_virtual_memory_bytes',
  'process_heap_bytes',
  'process_open_fds',
  'process_max_fds',
  'nodejs_eventloop_lag_seconds',
  'nodejs_eventloop_lag_min_seconds',
  'nodejs_eventloop_lag_max_seconds',
  'nodejs_eventloop_lag_mean_seconds',
  'nodejs_eventloop_lag_stddev_seconds',
  'nodejs_eventloop_lag_p50_seconds',
  'nodejs_eventloop_lag_p90_seconds',
  'nodejs_eventloop_lag_p99_seconds',
  'nodejs_active_resources',
  'nodejs_active_resources_total',
  'nodejs_active_handles',
  'nodejs_active_handles_total',
  'nodejs_active_requests',
  'nodejs_active_requests_total',
  'nodejs_heap_size_total_bytes',
  'nodejs_heap_size_used_bytes',
  'nodejs_external_memory_bytes',
  'nodejs_heap_space_size_total_bytes',
  'nodejs_heap_space_size_used_bytes',
  'nodejs_heap_space_size_available_bytes',
  'nodejs_version_info',
  'nodejs_gc_duration_seconds',
];

/**
 * The metrics docs/metrics.md documents: the first cell of every table row whose name is in
 * backticks, plus `warden_*` names given in backticks in the prose (the Process section).
 */
export function parseMetricsCatalogue(markdown: string): CataloguedMetric[] {
  const byName = new Map<string, CataloguedMetric>();
  for (const line of markdown.split('\n')) {
    const row = /^\|\s*`([a-z_][a-z0-9_]*)`\s*\|\s*([a-z]+)\s*\|/.exec(line);
    if (row) {
      byName.set(row[1]!, { name: row[1]!, type: row[2] });
      continue;
    }
    if (line.startsWith('|')) continue;
    for (const m of line.matchAll(/`(warden_[a-z0-9_]+)(?:\{[^}`]*\})?`/g)) {
      if (!byName.has(m[1]!)) byName.set(m[1]!, { name: m[1]!, type: undefined });
    }
  }
  return [...byName.values()];
}

export function readMetricsCatalogue(file: string = METRICS_DOC): CataloguedMetric[] {
  return parseMetricsCatalogue(readFileSync(file, 'utf8'));
}
