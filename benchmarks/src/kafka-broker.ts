import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { progress } from './progress';
import { REPO } from './repo';

// The broker scripts are plain JavaScript so they run before `npm ci`; these are the parts used here.
interface BrokerScripts {
  brokerSettings(): { host: string; port: number; pidFile: string };
}
interface ProbeScripts {
  probeKafka(options: { host: string; port: number; timeoutMs?: number }): Promise<{ serving: boolean; reason?: string }>;
}

export interface BenchKafka {
  /** Bootstrap address for Warden (WARDEN_KAFKA_BROKERS). */
  readonly address: string;
  /** True when this run started the broker, so it stops it at the end. */
  readonly startedHere: boolean;
  /** The local broker's pid (from `kafka:up`'s pid file), to measure its CPU; undefined when unknown. */
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

/**
 * The Kafka broker the run uses: `--brokers` as given (never started or stopped here), otherwise the
 * local broker of `npm run kafka:up` (WARDEN_KAFKA_PORT, default 9092), started if none serves and
 * then stopped at the end, so a broker someone else is using is never taken away.
 */
export async function kafkaForBench(brokers: string | undefined): Promise<BenchKafka> {
  if (brokers !== undefined) return { address: brokers, startedHere: false, pid: undefined, stop: async () => {} };
  const scripts = require(path.join(REPO, 'scripts', 'kafka', 'broker.js')) as BrokerScripts;
  const probe = require(path.join(REPO, 'scripts', 'kafka', 'probe.js')) as ProbeScripts;
  const settings = scripts.brokerSettings();
  const address = `${settings.host}:${settings.port}`;
  const serving = (await probe.probeKafka({ host: settings.host, port: settings.port })).serving;
  if (serving) {
    progress(`using the Kafka broker already serving on ${address} (left running at the end)\n`, true);
  } else {
    progress(`no Kafka broker on ${address}: starting one with scripts/kafka/up.js\n`, true);
    await runScript('up.js');
  }
  const pid = brokerPid(settings.pidFile);
  return {
    address,
    startedHere: !serving,
    pid,
    stop: async () => {
      if (!serving) await runScript('down.js');
    },
  };
}

function brokerPid(pidFile: string): number | undefined {
  try {
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Runs a broker script with its output on stderr (stdout carries only the benchmark's figures). */
function runScript(script: 'up.js' | 'down.js'): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO, 'scripts', 'kafka', script)], { stdio: ['ignore', 2, 2] });
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`scripts/kafka/${script} failed (${signal ?? `exit ${code}`}); see its output above`)),
    );
  });
}
