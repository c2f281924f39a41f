/**
 * A small simulation run recorded in memory on a simulated clock, for tests that compare runs:
 * every exported span as one line (ids, name, start, attributes), sorted, with the run's report.
 */
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { runSimulation, type SimulationOptions, type SimulationReport } from '../src/run-simulation';
import type { ScenarioCorpus } from '../src/scenarios/corpus';

const NOW = Date.UTC(2026, 10, 21, 12);

/** Keeps what it received after shutdown (the SDK's own one forgets on shutdown). */
class KeepingExporter extends InMemorySpanExporter {
  override shutdown(): Promise<void> {
    this._stopped = true;
    return Promise.resolve();
  }
}

export interface RecordedRun {
  readonly report: SimulationReport;
  readonly spans: string[];
}

/** `corpus` undefined leaves the option out, as a caller who never heard of corpora would. */
export async function recordedRun(corpus: ScenarioCorpus | undefined, seed: string): Promise<RecordedRun> {
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
    ...(corpus === undefined ? {} : { corpus }),
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
