/**
 * End-to-end throughput of Warden, measured as a user would see it: Warden runs as its own
 * process(es), agents export through the official OTLP gRPC exporter from this process over several
 * concurrent connections, and the figures come from Warden's own /metrics.
 *
 *   npm run bench:throughput -- [--spans 100000] [--clients 8] [--batch 512]
 *                               [--mode embedded|kafka|kafka-services] [--brokers host:port] [--partitions 6]
 *
 * "End to end" means every span accepted, normalized, learned and scored (the scorer's event
 * count reaches the spans accepted), findings delivered to the file sink.
 */
import { randomBytes } from 'node:crypto';
import * as os from 'node:os';
import { ExportResultCode } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { generateFleetSpans } from './fleet-spans';
import { kafkaForBench, type BenchKafka } from './kafka-broker';
import { waitUntil } from './local-http';
import { parseOptions, type Options } from './options';
import { processCpuSeconds } from './process-cpu';
import { endProgress, progress } from './progress';
import { quantileBetween, sample } from './prometheus';
import { startDeployment, type WardenDeployment } from './warden-deployment';

/** CPU seconds so far of everything on the machine the run involves. */
interface CpuSnapshot {
  readonly warden: number;
  readonly broker: number | undefined;
  readonly loadGenerator: number;
}

function cpuSnapshot(scrapes: readonly string[], kafka: BenchKafka | undefined): CpuSnapshot {
  const own = process.cpuUsage();
  return {
    warden: sample(scrapes, 'process_cpu_seconds_total'),
    broker: kafka?.pid === undefined ? undefined : processCpuSeconds(kafka.pid),
    loadGenerator: (own.user + own.system) / 1e6,
  };
}

/** Sends every batch through `clients` concurrent OTLP gRPC exporters; resolves the refused (and retried) exports. */
async function export_(spans: readonly ReadableSpan[], grpcPort: number, opts: Options): Promise<number> {
  const batches: ReadableSpan[][] = [];
  for (let i = 0; i < spans.length; i += opts.batch) batches.push(spans.slice(i, i + opts.batch));
  let next = 0;
  let exported = 0;
  let refused = 0;
  const startedMs = Date.now();
  const client = async (): Promise<void> => {
    const exporter = new OTLPTraceExporter({ url: `http://127.0.0.1:${grpcPort}`, timeoutMillis: 30_000 });
    try {
      for (;;) {
        const batch = batches[next++];
        if (!batch) return;
        // The JS gRPC exporter does not retry UNAVAILABLE itself; an agent's own retry loop does.
        for (let attempt = 0; ; attempt++) {
          const result = await new Promise<{ code: ExportResultCode }>((r) => exporter.export(batch, r));
          if (result.code === ExportResultCode.SUCCESS) break;
          refused += 1;
          if (attempt > 50) throw new Error('Warden refused the same batch 50 times');
          await new Promise((r) => setTimeout(r, 100 * Math.min(10, attempt + 1)));
        }
        exported += batch.length;
        progress(`exported ${exported}/${spans.length} spans over ${opts.clients} gRPC clients (${((Date.now() - startedMs) / 1000).toFixed(1)} s)`);
      }
    } finally {
      await exporter.shutdown();
    }
  };
  await Promise.all(Array.from({ length: opts.clients }, client));
  return refused;
}

async function measure(opts: Options, spans: readonly ReadableSpan[], warden: WardenDeployment, kafka: BenchKafka | undefined): Promise<void> {
  const before = await warden.scrape();
  const cpuBefore = cpuSnapshot(before, kafka);
  const started = process.hrtime.bigint();
  const refused = await export_(spans, warden.grpcPort, opts);
  const ingested = process.hrtime.bigint();
  progress(`every export acknowledged after ${round(Number(ingested - started) / 1e9)} s; waiting for the scorer`, true);

  const delta = (scrapes: readonly string[], name: string) => sample(scrapes, name) - sample(before, name);
  let scrapes: string[] = before;
  await waitUntil(
    async () => {
      scrapes = await warden.scrape();
      const accepted = delta(scrapes, 'warden_receiver_spans_accepted_total');
      const scored = delta(scrapes, 'warden_scorer_events_total');
      progress(`accepted ${accepted}, scored ${scored}, findings ${delta(scrapes, 'warden_findings_total')}`);
      return scored >= accepted;
    },
    'every accepted span to be scored',
    600_000,
  );
  const done = process.hrtime.bigint();
  const cpuAfter = cpuSnapshot(scrapes, kafka);
  const scrapesAtDone = scrapes;
  // Findings raised by the last events may still be on their way to the emitter (over Kafka, one
  // more topic): wait until their count holds still, so time to detect covers them too.
  let findings = delta(scrapes, 'warden_findings_total');
  let stableSince = Date.now();
  await waitUntil(
    async () => {
      scrapes = await warden.scrape();
      const now = delta(scrapes, 'warden_findings_total');
      if (now !== findings) [findings, stableSince] = [now, Date.now()];
      return Date.now() - stableSince >= 2000;
    },
    'the finding count to settle',
    60_000,
  );
  endProgress();

  const accepted = delta(scrapes, 'warden_receiver_spans_accepted_total');
  const seconds = Number(done - started) / 1e9;
  const ingestSeconds = Number(ingested - started) / 1e9;
  const perThousand = (cpuSeconds: number | undefined) => (cpuSeconds === undefined ? null : round((cpuSeconds * 1e6) / Math.max(1, accepted)));
  const p50 = quantileBetween(before, scrapes, 'warden_time_to_detect_seconds', 0.5);
  const p99 = quantileBetween(before, scrapes, 'warden_time_to_detect_seconds', 0.99);
  // With several processes, which of them spends the CPU.
  const byProcess =
    warden.commands.length > 1
      ? Object.fromEntries(
          warden.commands.map((command, i) => {
            const cpu = (at: readonly string[]) => sample([at[i] ?? ''], 'process_cpu_seconds_total');
            return [command, perThousand(cpu(scrapesAtDone) - cpu(before))];
          }),
        )
      : undefined;
  const result = {
    mode: opts.mode,
    processes: warden.commands,
    spans: accepted,
    clients: opts.clients,
    batch: opts.batch,
    ...(kafka ? { kafkaPartitions: opts.partitions } : {}),
    seconds: round(seconds),
    endToEndSpansPerSecond: Math.round(accepted / seconds),
    ingestSpansPerSecond: Math.round(accepted / ingestSeconds),
    wardenCpuMsPer1kSpans: perThousand(cpuAfter.warden - cpuBefore.warden),
    brokerCpuMsPer1kSpans: kafka ? perThousand(cpuAfter.broker === undefined || cpuBefore.broker === undefined ? undefined : cpuAfter.broker - cpuBefore.broker) : null,
    loadGeneratorCpuMsPer1kSpans: perThousand(cpuAfter.loadGenerator - cpuBefore.loadGenerator),
    ...(byProcess ? { wardenCpuMsPer1kSpansByProcess: byProcess } : {}),
    wardenRssMiB: round(sample(scrapes, 'process_resident_memory_bytes') / 2 ** 20),
    refusedExports: refused,
    findings: delta(scrapes, 'warden_findings_total'),
    timeToDetectP50Ms: p50 === undefined ? null : round(p50 * 1000),
    timeToDetectP99Ms: p99 === undefined ? null : round(p99 * 1000),
    machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
  };
  const where = kafka ? `over Kafka (${opts.partitions} partitions), ${result.processes.join(' + ')}` : result.processes.join('');
  process.stdout.write(
    [
      `Warden ${result.mode} mode: ${where}; ${result.spans} spans over ${result.clients} OTLP/gRPC clients (batches of ${result.batch}), ${result.machine}`,
      `  end to end     ${result.endToEndSpansPerSecond} spans/s  (${result.seconds} s until every span was scored)`,
      `  ingest         ${result.ingestSpansPerSecond} spans/s  (until every export was acknowledged)`,
      `  Warden CPU     ${result.wardenCpuMsPer1kSpans ?? '-'} ms per 1,000 spans${result.processes.length > 1 ? ' (summed over the processes)' : ''}; RSS ${result.wardenRssMiB} MiB`,
      ...(byProcess ? [`                 ${Object.entries(byProcess).map(([c, ms]) => `${c} ${ms ?? '-'}`).join(', ')}`] : []),
      ...(kafka ? [`  broker CPU     ${result.brokerCpuMsPer1kSpans ?? 'not measured (no pid file of a local broker)'}${result.brokerCpuMsPer1kSpans === null ? '' : ' ms per 1,000 spans (same machine, same cores)'}`] : []),
      `  load generator ${result.loadGeneratorCpuMsPer1kSpans ?? '-'} ms per 1,000 spans (OTLP exporters, same machine)`,
      `  time to detect p50 ${result.timeToDetectP50Ms ?? '-'} ms, p99 ${result.timeToDetectP99Ms ?? '-'} ms (span received → finding delivered; ${result.findings} finding records)`,
      `  exports refused with backpressure and retried: ${result.refusedExports}`,
      JSON.stringify(result),
      '',
    ].join('\n'),
  );
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const spans = await generateFleetSpans(opts.spans);
  progress(`generated ${spans.length} spans\n`, true);

  const kafka = opts.mode === 'embedded' ? undefined : await kafkaForBench(opts.brokers);
  try {
    const warden = await startDeployment(
      opts.mode,
      kafka && { brokers: kafka.address, topicPrefix: `bench-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}.`, partitions: opts.partitions },
    );
    try {
      await measure(opts, spans, warden, kafka);
    } finally {
      progress('stopping Warden', true);
      await warden.stop();
    }
  } finally {
    await kafka?.stop();
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

main().catch((err: unknown) => {
  process.stderr.write(`\nbenchmark failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
