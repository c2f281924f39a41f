import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { freePorts, get, waitUntil } from './local-http';
import type { Mode } from './options';
import { progress } from './progress';
import { REPO } from './repo';

export interface KafkaSettings {
  readonly brokers: string;
  /** Fresh per run, so no run reads another's events, profiles or committed offsets. */
  readonly topicPrefix: string;
  readonly partitions: number;
}

interface WardenProcess {
  /** `start` (every component) or one service: receiver, baseline, scorer, emitter. */
  readonly command: string;
  readonly child: ChildProcess;
  readonly adminPort: number;
  readonly dataDir: string;
  exited?: string;
}

/** Warden as the benchmark runs it: one process, or the four services of a Kafka deployment. */
export interface WardenDeployment {
  /** Where the OTLP gRPC exporters send. */
  readonly grpcPort: number;
  /** The commands running, for the report. */
  readonly commands: readonly string[];
  /** One /metrics scrape per process. */
  scrape(): Promise<string[]>;
  stop(): Promise<void>;
}

// Downstream first: each consumer exists (and has created its topics) before anything publishes to it.
const SERVICES = ['emitter', 'scorer', 'baseline', 'receiver'] as const;

/** Settings a caller adds to each process's environment, given the data directory made for it. */
export type ExtraEnv = (dataDir: string, command: string) => Readonly<Record<string, string>>;

/**
 * Starts Warden for `mode` and resolves once every process answers /readyz. Each process gets its
 * own data directory and admin port; only the receiver's OTLP ports are used. `extraEnv` adds
 * settings on top of the benchmark's own (the detection harness puts the findings file in the data directory).
 */
export async function startDeployment(mode: Mode, kafka: KafkaSettings | undefined, extraEnv?: ExtraEnv): Promise<WardenDeployment> {
  const commands = mode === 'kafka-services' ? SERVICES : (['start'] as const);
  // Every port chosen at once, so none is handed out twice.
  const ports = await freePorts(1 + 3 * commands.length);
  const grpcPort = ports[0]!;
  const processes: WardenProcess[] = [];
  const stop = async () => {
    // Upstream first, as Warden stops its own components: queued work drains toward the sinks.
    for (const p of [...processes].reverse()) await stopProcess(p);
    for (const p of processes) rmSync(p.dataDir, { recursive: true, force: true });
  };
  try {
    for (const [i, command] of commands.entries()) {
      const [admin, http, grpc] = ports.slice(1 + 3 * i, 4 + 3 * i) as [number, number, number];
      // Only the process that takes the spans listens on grpcPort; the others get unused ports of their own.
      const p = startProcess(command, { admin, http, grpc: command === 'start' || command === 'receiver' ? grpcPort : grpc }, kafka, extraEnv);
      processes.push(p);
      await waitUntil(
        async () => (await get(p.adminPort, '/readyz')).status === 200,
        `warden ${command} to be ready`,
        60_000,
        () => (p.exited === undefined ? undefined : `warden ${command} exited during startup (${p.exited}); its stderr is above`),
      );
      progress(`warden ${command} is ready${kafka ? ` (Kafka ${kafka.brokers}, topics ${kafka.topicPrefix}*)` : ''}`, true);
    }
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    grpcPort,
    commands: processes.map((p) => `warden ${p.command}`),
    scrape: async () => {
      const dead = processes.find((p) => p.exited !== undefined);
      if (dead) throw new Error(`warden ${dead.command} exited during the run (${dead.exited ?? ''}); its stderr is above`);
      return Promise.all(processes.map(async (p) => (await get(p.adminPort, '/metrics')).body));
    },
    stop,
  };
}

function startProcess(
  command: string,
  ports: { admin: number; http: number; grpc: number },
  kafka: KafkaSettings | undefined,
  extraEnv: ExtraEnv | undefined,
): WardenProcess {
  const { admin: adminPort, http: httpPort, grpc: grpcPort } = ports;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `warden-bench-${command}-`));
  // WARDEN_BENCH_NODE_OPTIONS passes flags to Warden's processes only (e.g. --cpu-prof to profile them).
  const nodeFlags = (process.env.WARDEN_BENCH_NODE_OPTIONS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeFlags, path.join(REPO, 'bin', 'warden.js'), command], {
    env: {
      ...wardenEnv(process.env),
      WARDEN_DATA_DIR: dataDir,
      WARDEN_OTLP_GRPC_PORT: String(grpcPort),
      WARDEN_OTLP_HTTP_PORT: String(httpPort),
      WARDEN_ADMIN_PORT: String(adminPort),
      WARDEN_INTERNAL_DOMAINS: 'acme.example',
      WARDEN_LOG_LEVEL: 'warn',
      ...(kafka
        ? {
            WARDEN_KAFKA_BROKERS: kafka.brokers,
            WARDEN_KAFKA_TOPIC_PREFIX: kafka.topicPrefix,
            WARDEN_KAFKA_PARTITIONS: String(kafka.partitions),
          }
        : {}),
      ...extraEnv?.(dataDir, command),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const p: WardenProcess = { command, child, adminPort, dataDir };
  child.once('exit', (code, signal) => (p.exited = signal ?? `exit ${String(code)}`));
  child.once('error', (err) => (p.exited = err.message));
  return p;
}

/**
 * The caller's environment without the variables meant for the benchmark and the broker scripts,
 * which Warden would warn about as unknown settings.
 */
function wardenEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const notWarden = /^WARDEN_(BENCH_|KAFKA_(PORT|CONTROLLER_PORT|HOME|STATE_DIR|START_TIMEOUT_MS)$)/;
  return Object.fromEntries(Object.entries(env).filter(([name]) => !notWarden.test(name)));
}

async function stopProcess(p: WardenProcess): Promise<void> {
  if (p.exited !== undefined) return;
  const exited = new Promise((r) => p.child.once('exit', r));
  p.child.kill('SIGTERM');
  const timer = setTimeout(() => p.child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}
