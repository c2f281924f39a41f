/**
 * The SIEM goes down for 30 s while attacks keep coming, and Warden is restarted in the middle
 * of the outage. When the SIEM comes back, every finding must arrive, and none twice.
 *
 * Warden runs as the user runs it (`warden start`, its own process, restarted with SIGTERM);
 * the agents are their own processes exporting through the official OTLP exporter; Splunk and
 * the webhook receiver are strict local fakes of their documented contracts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startFakeSplunkHec, type FakeSplunkHec } from '../services/emitter/testkit/fake-splunk-hec';
import { startFakeWebhookReceiver, type FakeWebhookReceiver } from '../services/emitter/testkit/fake-webhook-receiver';
import { freePort } from './support/free-port';
import { runAttackedAgent } from './support/attacked-agent';
import { eventually } from './support/eventually';

jest.setTimeout(240_000);

const ROOT = path.join(__dirname, '..');
const HEC_TOKEN = '6a1f3c2e-8d4b-4f7a-9c1e-2b5d7e9f0a13';
const WEBHOOK_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const OUTAGE_MS = 30_000;

interface OcsfLine {
  readonly activity_id: number;
  readonly severity_id: number;
  readonly finding_info: { readonly uid: string };
  readonly metadata: { readonly uid: string };
}

/** `warden start` as a user runs it; resolves once it says it is running. */
function startWarden(env: NodeJS.ProcessEnv, log: string[]): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'warden.js'), 'start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`warden did not start in 20 s:\n${out}\n${log.join('')}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Warden is running')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => log.push(chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`warden exited with ${code} before it was running:\n${out}\n${log.join('')}`));
    });
  });
}

function stopWarden(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

/** The attack session `sessionId` against the receiver on `grpcPort`. */
async function attack(grpcPort: number, sessionId: string): Promise<void> {
  await runAttackedAgent({ protocol: 'grpc', endpoint: `127.0.0.1:${grpcPort}`, agentId: 'support-7', sessionId, attacker: `exfil-${sessionId}@evil.example` });
}

function findingsOnDisk(file: string): OcsfLine[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as OcsfLine);
}

describe('sinks through a SIEM outage and a Warden restart', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'warden-outage-'));
  const alertsFile = path.join(dataDir, 'alerts.ocsf.jsonl');
  const log: string[] = [];
  let splunk: FakeSplunkHec;
  let webhook: FakeWebhookReceiver;
  let warden: ChildProcess | undefined;
  let env: NodeJS.ProcessEnv;
  let grpcPort: number;

  beforeAll(async () => {
    splunk = await startFakeSplunkHec({ token: HEC_TOKEN, allowedIndexes: ['security'] });
    webhook = await startFakeWebhookReceiver({ secret: WEBHOOK_SECRET });
    grpcPort = await freePort();
    env = {
      PATH: process.env.PATH,
      WARDEN_DATA_DIR: dataDir,
      WARDEN_OTLP_GRPC_PORT: String(grpcPort),
      WARDEN_OTLP_HTTP_PORT: String(await freePort()),
      WARDEN_ADMIN_PORT: String(await freePort()),
      WARDEN_MIN_SEVERITY: 'informational',
      WARDEN_SESSION_IDLE_SECONDS: '10',
      WARDEN_SPLUNK_HEC_URL: splunk.url,
      WARDEN_SPLUNK_HEC_TOKEN: HEC_TOKEN,
      WARDEN_SPLUNK_HEC_INDEX: 'security',
      WARDEN_WEBHOOK_URL: webhook.url,
      WARDEN_WEBHOOK_SECRET: WEBHOOK_SECRET,
      // Each sink has its own threshold: the webhook pages on High and above only.
      WARDEN_WEBHOOK_MIN_SEVERITY: 'high',
      // So the test need not wait out a minute-long backoff once the SIEM is back.
      WARDEN_SINK_RETRY_MAX_SECONDS: '2',
      WARDEN_LOG_LEVEL: 'warn',
    };
    warden = await startWarden(env, log);
  });

  afterAll(async () => {
    if (warden) await stopWarden(warden);
    await splunk?.close();
    await webhook?.close();
  });

  it('delivers every finding once after the SIEM returns', async () => {
    // Working path first: one attack, seen by both destinations.
    await attack(grpcPort, 'outage-warmup');
    await eventually(() => splunk.events.length > 0 && webhook.received.length > 0, 'the first finding at Splunk and the webhook', 15_000);

    await splunk.setMode('down');
    await webhook.setMode('down');
    const outageStarted = Date.now();
    const sessions: string[] = [];
    let restarted = false;
    let findingsBeforeRestart = 0;
    while (Date.now() - outageStarted < OUTAGE_MS) {
      const session = `outage-${sessions.length + 1}`;
      await attack(grpcPort, session);
      sessions.push(session);
      if (!restarted && Date.now() - outageStarted > OUTAGE_MS / 2) {
        // Give the last session's findings a moment to reach the spool, then restart as an operator would.
        await new Promise((r) => setTimeout(r, 500));
        findingsBeforeRestart = findingsOnDisk(alertsFile).length;
        expect(await stopWarden(warden!)).toBe(0);
        warden = await startWarden(env, log);
        restarted = true;
      }
    }
    // Findings kept coming on both sides of the restart, and none reached a SIEM while it was down.
    expect(restarted).toBe(true);
    const duringOutage = findingsOnDisk(alertsFile);
    expect(findingsBeforeRestart).toBeGreaterThan(1);
    expect(duringOutage.length).toBeGreaterThan(findingsBeforeRestart);
    const splunkBefore = splunk.events.length;
    const webhookBefore = webhook.received.length;

    await splunk.setMode('up');
    await webhook.setMode('up');
    await new Promise((r) => setTimeout(r, 1_000));
    const onDisk = findingsOnDisk(alertsFile);
    const forWebhook = onDisk.filter((f) => f.severity_id >= 4);
    await eventually(
      () => onDisk.every((f) => splunk.byUid().has(f.metadata.uid)) && forWebhook.every((f) => webhook.byId().has(f.metadata.uid)),
      'every finding on disk to reach Splunk and every High+ finding to reach the webhook',
      60_000,
    );

    // Every record arrived; each session's attack is among them.
    expect(onDisk.length).toBeGreaterThan(splunkBefore);
    expect(forWebhook.length).toBeGreaterThan(webhookBefore);
    const incidents = new Set(onDisk.map((f) => f.finding_info.uid));
    expect(incidents.size).toBeGreaterThanOrEqual(sessions.length);

    // None twice: by record id, and no incident created twice.
    expect(splunk.duplicates()).toEqual([]);
    expect(webhook.duplicates).toBe(0);
    const createsPerIncident = new Map<string, number>();
    for (const e of splunk.events) {
      const ocsf = e.event as OcsfLine;
      if (ocsf.activity_id === 1) createsPerIncident.set(ocsf.finding_info.uid, (createsPerIncident.get(ocsf.finding_info.uid) ?? 0) + 1);
    }
    expect([...createsPerIncident.values()].every((n) => n === 1)).toBe(true);
    expect(createsPerIncident.size).toBe(incidents.size);
    // Splunk got exactly what is on disk, and every event is valid OCSF. Sessions go on closing
    // while the sinks catch up (a Close is one more record), so both sides are read together, once
    // Splunk has caught up with the file as it stands then.
    const settled = await eventually(
      () => {
        const disk = new Set(findingsOnDisk(alertsFile).map((f) => f.metadata.uid));
        const atSplunk = new Set(splunk.byUid().keys());
        return disk.size === atSplunk.size && [...disk].every((uid) => atSplunk.has(uid)) ? { disk, atSplunk } : undefined;
      },
      'Splunk to hold exactly the records on disk',
      30_000,
    );
    expect(settled.atSplunk).toEqual(settled.disk);
    expect(settled.disk.size).toBeGreaterThanOrEqual(onDisk.length);
    expect(splunk.schemaErrors).toEqual([]);
  });
});
