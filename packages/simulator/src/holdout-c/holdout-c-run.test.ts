/**
 * runSimulation with `corpus: 'holdout-c'`: the same run twice exports the same spans and labels,
 * another seed differs, and the standard, holdout and holdout-b corpora are unaffected by its existence.
 */
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { runSimulation } from '../run-simulation';
import type { SimulationOptions, SimulationReport } from '../run-simulation';
import type { ScenarioCorpus } from '../scenarios/corpus';
import { HOLDOUT_C_VARIANT_PREFIX } from './campaign';

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

async function run(corpus: ScenarioCorpus, seed = 'holdout-c-run'): Promise<Run> {
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

describe('runSimulation with the holdout-c corpus', () => {
  it('is deterministic for a seed: the same spans and labels, all labels holdout-c-', async () => {
    const a = await run('holdout-c');
    const b = await run('holdout-c');
    expect(a.report.corpus).toBe('holdout-c');
    expect(a.spans.length).toBe(a.report.spansSent);
    expect(a.spans).toEqual(b.spans);
    expect(a.report.labels).toEqual(b.report.labels);
    expect(a.report.labels.length).toBeGreaterThan(0);
    for (const l of a.report.labels) expect(l.variant.startsWith(HOLDOUT_C_VARIANT_PREFIX)).toBe(true);
    // Each memory-poisoning story is a labelled setup session followed by its trigger, both live.
    const poisoning = a.report.labels.filter((l) => l.scenario === 'memory_poisoning');
    expect(poisoning.map((l) => `${l.role}/${l.phase}`).sort()).toEqual(['setup/live', 'setup/live', 'trigger/live', 'trigger/live']);
    const other = await run('holdout-c', 'another-seed');
    expect(other.spans).not.toEqual(a.spans);
  });

  it('leaves the other corpora alone: each plays only its own variants, none of them holdout-c-', async () => {
    for (const corpus of ['standard', 'holdout', 'holdout-b'] as const) {
      const r = await run(corpus);
      expect(r.report.corpus).toBe(corpus);
      expect(r.report.labels.length).toBeGreaterThan(0);
      for (const l of r.report.labels) expect(l.variant.startsWith(HOLDOUT_C_VARIANT_PREFIX)).toBe(false);
    }
  });
});
