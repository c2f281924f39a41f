/**
 * runSimulation with `corpus: 'holdout-b'`: the same run twice exports the same spans and labels,
 * another seed differs, and the standard and holdout corpora are unaffected by its existence.
 */
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { runSimulation } from '../run-simulation';
import type { SimulationOptions, SimulationReport } from '../run-simulation';
import type { ScenarioCorpus } from '../scenarios/corpus';
import { HOLDOUT_B_VARIANT_PREFIX } from './campaign';

const NOW = Date.UTC(2026, 10, 21, 12);

/** Keeps what it received after shutdown (the SDK's own one forgets on shutdown). */
class KeepingExporter extends InMemorySpanExporter {
  override shutdown(): Promise<void> {
    this._stopped = true;
    return Promise.resolve();
  }
}

interface Run {
  readonly report: SimulationReport;
  /** Every exported span, as id, name, start and attributes, in a stable order. */
  readonly spans: string[];
}

async function run(corpus: ScenarioCorpus, seed = 'holdout-b-run'): Promise<Run> {
  let now = NOW;
  const exporters: KeepingExporter[] = [];
  const options: SimulationOptions = {
    endpoint: 'localhost:4317',
    protocol: 'grpc',
    seed,
    agentsPerType: 1,
    historySessions: 30,
    liveSessions: 6,
    scenarios: ['content_injection_send', 'memory_poisoning', 'benign_lookalike'],
    corpus,
    nowMs: () => now,
    sleep: (ms) => {
      now += ms;
      return Promise.resolve();
    },
    exporterFactory: () => {
      const e = new KeepingExporter();
      exporters.push(e);
      return e;
    },
  };
  const report = await runSimulation(options);
  const spans = exporters
    .flatMap((e) => e.getFinishedSpans())
    .map((s) => `${s.spanContext().traceId}/${s.spanContext().spanId} ${s.name} ${s.startTime.join('.')} ${JSON.stringify(s.attributes)}`)
    .sort();
  return { report, spans };
}

describe('runSimulation with the holdout-b corpus', () => {
  it('is deterministic for a seed: the same spans and labels, all labels holdout-b-', async () => {
    const a = await run('holdout-b');
    const b = await run('holdout-b');
    expect(a.report.corpus).toBe('holdout-b');
    expect(a.spans.length).toBe(a.report.spansSent);
    expect(a.spans).toEqual(b.spans);
    expect(a.report.labels).toEqual(b.report.labels);
    expect(a.report.labels.length).toBeGreaterThan(0);
    for (const l of a.report.labels) expect(l.variant.startsWith(HOLDOUT_B_VARIANT_PREFIX)).toBe(true);
    // The auditor look-alike's earlier runs are labelled history sessions.
    expect(a.report.labels.filter((l) => l.phase === 'history' && l.variant === 'holdout-b-monthly_report_to_known_auditor')).toHaveLength(2);
    const other = await run('holdout-b', 'another-seed');
    expect(other.spans).not.toEqual(a.spans);
  });

  it('leaves the other corpora alone: each plays only its own variants, none of them holdout-b-', async () => {
    for (const corpus of ['standard', 'holdout'] as const) {
      const r = await run(corpus);
      expect(r.report.corpus).toBe(corpus);
      expect(r.report.labels.length).toBeGreaterThan(0);
      for (const l of r.report.labels) expect(l.variant.startsWith(HOLDOUT_B_VARIANT_PREFIX)).toBe(false);
    }
  });
});
