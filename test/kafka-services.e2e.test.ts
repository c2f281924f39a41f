/**
 * Warden as four services over a real Kafka broker, each its own process as an operator runs
 * them (`warden receiver|baseline|scorer|emitter`), each with its own data directory as on its
 * own machine. Attacks from agent processes come out as findings; the scorer is killed (SIGKILL,
 * no goodbye) in the middle of an attack session and started again: no finding is lost or written
 * twice, and the session is scored as if nothing had happened.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { partitionForKey } from '@warden/kafka-bus';
import { kafkaTestBrokers } from './kafka/test-brokers';
import { freePort } from './support/free-port';
import { runAttackedAgent } from './support/attacked-agent';
import { eventually } from './support/eventually';

jest.setTimeout(180_000);

const ROOT = path.join(__dirname, '..');
type Role = 'receiver' | 'baseline' | 'scorer' | 'emitter';

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

/** The attack session `sessionId` (or some of its turns) against the receiver on `grpcPort`. */
async function attack(grpcPort: number, sessionId: string, turns?: readonly (1 | 2)[]): Promise<void> {
  await runAttackedAgent({
    protocol: 'grpc',
    endpoint: `127.0.0.1:${grpcPort}`,
    agentId: `support-k${sessionId.slice(-1)}`,
    sessionId,
    attacker: `exfil-${sessionId}@evil.example`,
    ...(turns ? { turns } : {}),
  });
}

// Generous: a killed member holds its partitions until its session times out, then the group rebalances.
const SERVICES_TIMEOUT_MS = 90_000;

/** Events the scorer on this admin port has scored, from its Prometheus endpoint. */
async function scorerEvents(adminPort: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${adminPort}/metrics`)).text();
  return Number(/^warden_scorer_events_total (\d+)/m.exec(text)?.[1] ?? 0);
}

describe('Warden as four services over Kafka', () => {
  const prefix = `s${randomBytes(4).toString('hex')}.`;
  const dirs = Object.fromEntries((['receiver', 'baseline', 'scorer', 'emitter'] as const).map((r) => [r, mkdtempSync(path.join(os.tmpdir(), `warden-${r}-`))])) as Record<Role, string>;
  const alertsFile = path.join(dirs.emitter, 'alerts.ocsf.jsonl');
  const log: string[] = [];
  const running = new Map<string, ChildProcess>();
  let grpcPort: number;
  let scorerAdminPort = '';
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
    for (const role of ['emitter', 'scorer', 'baseline', 'receiver'] as const) {
      const roleEnv = await env(role);
      if (role === 'scorer') scorerAdminPort = roleEnv.WARDEN_ADMIN_PORT!;
      running.set(role, await startService(role, roleEnv, log));
    }
  });

  afterAll(async () => {
    for (const child of running.values()) await stop(child);
  });

  it('catches attacks end to end, and a scorer killed mid-session loses no finding, writes none twice, and forgets nothing of the session', async () => {
    await attack(grpcPort, 'ks-1');
    await eventually(() => alerts().some((r) => r.metadata.correlation_uid === 'ks-1' && r.severity_id >= 4), 'a High+ finding for ks-1 from the four services', SERVICES_TIMEOUT_MS);
    const worst = (session: string): number => Math.max(0, ...alerts().filter((r) => r.metadata.correlation_uid === session).map((r) => r.severity_id as number));

    // ks-2's first turn (the injected ticket) is scored, and the scorer has every chance to
    // commit it; then the scorer dies without a goodbye. The second turn (the agent obeying)
    // arrives while it is down, with ks-3 whole: the events wait in Kafka.
    const scoredBefore = await scorerEvents(scorerAdminPort);
    await attack(grpcPort, 'ks-2', [1]);
    await eventually(async () => (await scorerEvents(scorerAdminPort)) >= scoredBefore + 4, "the scorer to score ks-2's first turn", SERVICES_TIMEOUT_MS);
    await new Promise((r) => setTimeout(r, 1_000));
    await stop(running.get('scorer')!, 'SIGKILL');
    await attack(grpcPort, 'ks-2', [2]);
    await attack(grpcPort, 'ks-3');
    const restarted = await env('scorer');
    scorerAdminPort = restarted.WARDEN_ADMIN_PORT!;
    running.set('scorer', await startService('scorer', restarted, log));

    for (const session of ['ks-2', 'ks-3']) {
      await eventually(() => worst(session) >= worst('ks-1'), `a finding for ${session} as severe as ks-1's after the scorer came back`, SERVICES_TIMEOUT_MS);
    }
    // The restarted scorer rebuilt ks-2 from its first turn: the finding ties the send to the
    // injected ticket, exactly as for ks-1, which was scored in one piece.
    const story = (session: string) => {
      const last = alerts().filter((r) => r.metadata.correlation_uid === session && !/:response:/.test(r.metadata.uid)).at(-1)!;
      return { severity: last.severity_id, risk: last.risk_score, title: last.finding_info.title };
    };
    expect(story('ks-2')).toEqual(story('ks-1'));
    const ids = alerts().map((r) => r.metadata.uid as string);
    expect(new Set(ids).size).toBe(ids.length);
    const creates = alerts().filter((r) => r.activity_id === 1).map((r) => r.finding_info.uid as string);
    expect(new Set(creates).size).toBe(creates.length);
  });

  it('splits the work between two scorers, which together find every attack once', async () => {
    const secondEnv = await env('scorer');
    const second = await startService('scorer', { ...secondEnv, WARDEN_DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'warden-scorer2-')) }, log);
    running.set('scorer-2', second);
    // Agents support-k4 .. support-k9: their keys cover all three partitions, so whichever way the
    // partitions are split, both scorers get some of the work.
    const sessions = ['ks-4', 'ks-5', 'ks-6', 'ks-7', 'ks-8', 'ks-9'];
    expect(new Set(sessions.map((x) => partitionForKey('events', `default/support-k${x.slice(-1)}`, 3))).size).toBe(3);
    for (const session of sessions) await attack(grpcPort, session);
    for (const session of sessions) {
      await eventually(() => alerts().some((r) => r.metadata.correlation_uid === session && r.severity_id >= 4), `a High+ finding for ${session} with two scorers`, SERVICES_TIMEOUT_MS);
    }
    const ids = alerts().map((r) => r.metadata.uid as string);
    expect(new Set(ids).size).toBe(ids.length);
    for (const session of sessions) {
      const creates = alerts().filter((r) => r.metadata.correlation_uid === session && r.activity_id === 1 && !/:response:/.test(r.metadata.uid));
      expect(creates).toHaveLength(1);
    }
    // Both took part: each scored events.
    expect(await scorerEvents(secondEnv.WARDEN_ADMIN_PORT!)).toBeGreaterThan(0);
    expect(await scorerEvents(scorerAdminPort)).toBeGreaterThan(0);
  });
});
