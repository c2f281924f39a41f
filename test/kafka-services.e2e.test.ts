/**
 * Warden as four services over a real Kafka broker, each its own process as an operator runs
 * them (`warden receiver|baseline|scorer|emitter`), each with its own data directory as on its
 * own machine. Attacks from agent processes come out as findings; the scorer is killed (SIGKILL,
 * no goodbye) mid-stream and started again, and no finding is lost or written twice.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { kafkaTestBrokers } from './kafka/test-brokers';

jest.setTimeout(180_000);

const ROOT = path.join(__dirname, '..');
type Role = 'receiver' | 'baseline' | 'scorer' | 'emitter';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function startService(role: Role, env: NodeJS.ProcessEnv, log: string[]): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'warden.js'), role], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`warden ${role} did not start in 30 s:\n${out}\n${log.join('')}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('over Kafka')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => log.push(`[${role}] ${chunk.toString()}`));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`warden ${role} exited with ${code} before it was running:\n${out}\n${log.join('')}`));
    });
  });
}

function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

function runAttackedAgent(grpcPort: number, sessionId: string): Promise<void> {
  const options = { protocol: 'grpc', endpoint: `127.0.0.1:${grpcPort}`, agentId: `support-k${sessionId.slice(-1)}`, sessionId, attacker: `exfil-${sessionId}@evil.example` };
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [path.join(__dirname, 'agents', 'attacked-support-agent.js'), JSON.stringify(options)], { timeout: 30_000 }, (err, _o, stderr) =>
      err ? reject(new Error(`agent failed: ${err.message}\n${stderr}`)) : resolve(),
    );
  });
}

async function eventually(check: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('Warden as four services over Kafka', () => {
  const prefix = `s${randomBytes(4).toString('hex')}.`;
  const dirs = Object.fromEntries((['receiver', 'baseline', 'scorer', 'emitter'] as const).map((r) => [r, mkdtempSync(path.join(os.tmpdir(), `warden-${r}-`))])) as Record<Role, string>;
  const alertsFile = path.join(dirs.emitter, 'alerts.ocsf.jsonl');
  const log: string[] = [];
  const running = new Map<Role, ChildProcess>();
  let grpcPort: number;
  let env: (role: Role) => Promise<NodeJS.ProcessEnv>;

  const alerts = (): Record<string, any>[] => {
    try {
      return readFileSync(alertsFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>);
    } catch {
      return [];
    }
  };

  beforeAll(async () => {
    grpcPort = await freePort();
    const httpPort = await freePort();
    env = async (role) => ({
      PATH: process.env.PATH,
      WARDEN_KAFKA_BROKERS: kafkaTestBrokers().join(','),
      WARDEN_KAFKA_TOPIC_PREFIX: prefix,
      WARDEN_KAFKA_PARTITIONS: '3',
      WARDEN_DATA_DIR: dirs[role],
      WARDEN_ADMIN_PORT: String(await freePort()),
      WARDEN_OTLP_GRPC_PORT: String(grpcPort),
      WARDEN_OTLP_HTTP_PORT: String(httpPort),
      WARDEN_MIN_SEVERITY: 'informational',
      WARDEN_LOG_LEVEL: 'warn',
    });
    // Downstream first, as the embedded mode starts its components.
    for (const role of ['emitter', 'scorer', 'baseline', 'receiver'] as const) running.set(role, await startService(role, await env(role), log));
  });

  afterAll(async () => {
    for (const child of running.values()) await stop(child);
  });

  it('catches attacks end to end, and a scorer killed mid-stream loses no finding and writes none twice', async () => {
    await runAttackedAgent(grpcPort, 'ks-1');
    await eventually(() => alerts().some((r) => r.metadata.correlation_uid === 'ks-1' && r.severity_id >= 4), 'a High+ finding for ks-1 from the four services');

    // The next attack is in flight when the scorer dies without a chance to commit anything.
    const second = runAttackedAgent(grpcPort, 'ks-2');
    await new Promise((r) => setTimeout(r, 300));
    await stop(running.get('scorer')!, 'SIGKILL');
    await second;
    await runAttackedAgent(grpcPort, 'ks-3');
    running.set('scorer', await startService('scorer', await env('scorer'), log));

    for (const session of ['ks-2', 'ks-3']) {
      await eventually(() => alerts().some((r) => r.metadata.correlation_uid === session && r.severity_id >= 4), `a High+ finding for ${session} after the scorer came back`);
    }
    const ids = alerts().map((r) => r.metadata.uid as string);
    expect(new Set(ids).size).toBe(ids.length);
    const creates = alerts().filter((r) => r.activity_id === 1).map((r) => r.finding_info.uid as string);
    expect(new Set(creates).size).toBe(creates.length);
  });
});
