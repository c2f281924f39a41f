/**
 * End-to-end throughput of an embedded Warden, measured as a user would see it: Warden runs as its
 * own process (`warden start`), agents export through the official OTLP gRPC exporter from this
 * process over several concurrent connections, and the figures come from Warden's own /metrics.
 *
 *   npm run bench:throughput -- [--spans 100000] [--clients 8] [--batch 512]
 *
 * "End to end" means every span accepted, normalized, learned and scored (the scorer's event
 * count reaches the spans sent), findings delivered to the file sink.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { ExportResultCode } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';
import { runSimulation } from '@warden/simulator';

const REPO = path.join(__dirname, '..', '..');

interface Options {
  readonly spans: number;
  readonly clients: number;
  readonly batch: number;
}

function options(): Options {
  const { values } = parseArgs({
    options: { spans: { type: 'string', default: '100000' }, clients: { type: 'string', default: '8' }, batch: { type: 'string', default: '512' } },
  });
  const int = (name: string, v: string | undefined) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} expects a whole number >= 1, got "${String(v)}"`);
    return n;
  };
  return { spans: int('spans', values.spans), clients: int('clients', values.clients), batch: int('batch', values.batch) };
}

function progress(text: string): void {
  process.stderr.write(process.stderr.isTTY ? `\r\x1b[2K${text}` : `${text}\n`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function get(port: number, urlPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: urlPath }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

/** Sum of a metric's samples in a Prometheus text scrape. */
function sample(scrape: string, name: string, labelFilter = ''): number {
  let sum = 0;
  for (const line of scrape.split('\n')) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})? (\S+)/.exec(line);
    if (m?.[1] === name && (m[2] ?? '').includes(labelFilter)) sum += Number(m[3]);
  }
  return sum;
}

/** A quantile from a Prometheus histogram's cumulative buckets, interpolated within the bucket. */
function quantile(scrape: string, name: string, q: number): number | undefined {
  const buckets: [number, number][] = [];
  for (const line of scrape.split('\n')) {
    const m = new RegExp(`^${name}_bucket\\{le="([^"]+)"\\} (\\S+)`).exec(line);
    if (m) buckets.push([m[1] === '+Inf' ? Infinity : Number(m[1]), Number(m[2])]);
  }
  const count = buckets.at(-1)?.[1] ?? 0;
  if (count === 0) return undefined;
  const rank = q * count;
  let prevLe = 0;
  let prevCount = 0;
  for (const [le, c] of buckets) {
    if (c >= rank) {
      if (le === Infinity) return prevLe;
      return prevLe + ((le - prevLe) * (rank - prevCount)) / Math.max(1, c - prevCount);
    }
    prevLe = le;
    prevCount = c;
  }
  return prevLe;
}

/** Realistic fleet spans (five agent types, three conventions, every scenario), kept in memory; about `spans` of them. */
async function generate(spans: number): Promise<ReadableSpan[]> {
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

function startWarden(ports: { grpc: number; http: number; admin: number }, dataDir: string): ChildProcess {
  // WARDEN_BENCH_NODE_OPTIONS passes flags to Warden's process only (e.g. --cpu-prof to profile it).
  const nodeFlags = (process.env.WARDEN_BENCH_NODE_OPTIONS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeFlags, path.join(REPO, 'bin', 'warden.js'), 'start'], {
    env: {
      ...process.env,
      WARDEN_DATA_DIR: dataDir,
      WARDEN_OTLP_GRPC_PORT: String(ports.grpc),
      WARDEN_OTLP_HTTP_PORT: String(ports.http),
      WARDEN_ADMIN_PORT: String(ports.admin),
      WARDEN_INTERNAL_DOMAINS: 'acme.example',
      WARDEN_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return child;
}

async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function main(): Promise<void> {
  const opts = options();
  const spans = await generate(opts.spans);
  progress(`generated ${spans.length} spans\n`);

  const ports = { grpc: await freePort(), http: await freePort(), admin: await freePort() };
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'warden-bench-'));
  const warden = startWarden(ports, dataDir);
  try {
    await waitUntil(async () => (await get(ports.admin, '/readyz')).status === 200, 'Warden to be ready', 30_000);
    const before = (await get(ports.admin, '/metrics')).body;

    const batches: ReadableSpan[][] = [];
    for (let i = 0; i < spans.length; i += opts.batch) batches.push(spans.slice(i, i + opts.batch));
    let next = 0;
    let exported = 0;
    let refused = 0;
    const started = process.hrtime.bigint();
    const client = async (): Promise<void> => {
      const exporter = new OTLPTraceExporter({ url: `http://127.0.0.1:${ports.grpc}`, timeoutMillis: 30_000 });
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
          progress(`exported ${exported}/${spans.length} spans over ${opts.clients} gRPC clients`);
        }
      } finally {
        await exporter.shutdown();
      }
    };
    await Promise.all(Array.from({ length: opts.clients }, client));
    const ingested = process.hrtime.bigint();

    let scrape = '';
    await waitUntil(
      async () => {
        scrape = (await get(ports.admin, '/metrics')).body;
        const scored = sample(scrape, 'warden_scorer_events_total');
        progress(`scored ${scored}/${spans.length}`);
        return scored >= sample(before, 'warden_scorer_events_total') + sample(scrape, 'warden_receiver_spans_accepted_total') - sample(before, 'warden_receiver_spans_accepted_total');
      },
      'every accepted span to be scored',
      300_000,
    );
    const done = process.hrtime.bigint();
    progress('\n');

    const accepted = sample(scrape, 'warden_receiver_spans_accepted_total') - sample(before, 'warden_receiver_spans_accepted_total');
    const seconds = Number(done - started) / 1e9;
    const ingestSeconds = Number(ingested - started) / 1e9;
    const cpu = sample(scrape, 'process_cpu_seconds_total') - sample(before, 'process_cpu_seconds_total');
    const p50 = quantile(scrape, 'warden_time_to_detect_seconds', 0.5);
    const p99 = quantile(scrape, 'warden_time_to_detect_seconds', 0.99);
    const result = {
      mode: 'embedded',
      spans: accepted,
      clients: opts.clients,
      batch: opts.batch,
      seconds: round(seconds),
      endToEndSpansPerSecond: Math.round(accepted / seconds),
      ingestSpansPerSecond: Math.round(accepted / ingestSeconds),
      wardenCpuMsPer1kSpans: round((cpu * 1e6) / Math.max(1, accepted)),
      wardenRssMiB: round(sample(scrape, 'process_resident_memory_bytes') / 2 ** 20),
      refusedExports: refused,
      findings: sample(scrape, 'warden_findings_total'),
      timeToDetectP50Ms: p50 === undefined ? null : round(p50 * 1000),
      timeToDetectP99Ms: p99 === undefined ? null : round(p99 * 1000),
      machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
    };
    process.stdout.write(
      [
        `Warden embedded mode, ${result.spans} spans over ${result.clients} OTLP/gRPC clients (batches of ${result.batch}), ${result.machine}`,
        `  end to end     ${result.endToEndSpansPerSecond} spans/s  (${result.seconds} s until every span was scored)`,
        `  ingest         ${result.ingestSpansPerSecond} spans/s  (until every export was acknowledged)`,
        `  Warden CPU     ${result.wardenCpuMsPer1kSpans} ms per 1,000 spans; RSS ${result.wardenRssMiB} MiB`,
        `  time to detect p50 ${result.timeToDetectP50Ms ?? '-'} ms, p99 ${result.timeToDetectP99Ms ?? '-'} ms (span received → finding delivered; ${result.findings} finding records)`,
        `  exports refused with backpressure and retried: ${result.refusedExports}`,
        JSON.stringify(result),
        '',
      ].join('\n'),
    );
  } finally {
    warden.kill('SIGTERM');
    await new Promise((r) => warden.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

main().catch((err: unknown) => {
  process.stderr.write(`\nbenchmark failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
