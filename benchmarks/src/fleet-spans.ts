import { ExportResultCode } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';
import { runSimulation } from '@warden/simulator';
import { progress } from './progress';

/** Realistic fleet spans (five agent types, three conventions, every scenario), kept in memory; about `spans` of them. */
export async function generateFleetSpans(spans: number): Promise<ReadableSpan[]> {
  const captured: ReadableSpan[] = [];
  // Collects what the simulator's SDK pipeline finishes (an in-memory exporter forgets on shutdown).
  const memory: SpanExporter = {
    export: (batch, done) => {
      captured.push(...batch);
      done({ code: ExportResultCode.SUCCESS });
    },
    shutdown: async () => {},
  };
  const sessions = Math.ceil(spans / 11);
  await runSimulation({
    endpoint: 'in-memory:0',
    protocol: 'grpc',
    seed: 7,
    agentsPerType: 4,
    historySessions: sessions,
    // Live sessions carry the attacks, so findings (and time to detect) are part of the run.
    liveSessions: 40,
    scenarios: 'all',
    exporterFactory: () => memory,
    // Nothing is paced: the spans are sent later, as fast as Warden takes them.
    sleep: async () => {},
    onProgress: (p) => {
      if (p.sessionsSent % 500 === 0) progress(`generating spans: ${p.spansSent}`);
    },
  });
  return captured;
}
