/**
 * Response end to end, as an operator meets it: a critical attack by a real agent process leads
 * to a pending quarantine; people look and decide through the admin API; the agent platform's
 * control plane (a strict local fake that verifies Standard Webhooks signatures) is called once
 * approved; the audit log records it all and `warden audit verify` notices one changed byte; the
 * SIEM gets the action as an OCSF update of the finding; the kill switch stops what follows.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { silentLogger } from '@warden/core';
import { createEmbeddedWarden, loadConfig, type EmbeddedWarden } from '@warden/cli';
import { OcsfSchemaValidator } from '@warden/ocsf';
import { startFakeControlPlane, type FakeControlPlane } from '../services/responder/testkit/fake-control-plane';
import { runAttackedAgent } from './support/attacked-agent';
import { eventually } from './support/eventually';

jest.setTimeout(120_000);

const ROOT = path.join(__dirname, '..');
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const ALICE = 'alice-approver-token-0123456789';
const VAL = 'val-viewer-token-0123456789ab';
const OPS = 'ops-admin-token-0123456789abcd';

function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { env: { PATH: process.env.PATH, ...env }, timeout: 30_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('response with bounded autonomy', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'warden-response-'));
  let controlPlane: FakeControlPlane;
  let warden: EmbeddedWarden;
  let api: (method: string, route: string, token?: string, body?: unknown) => Promise<{ status: number; json: any }>;

  const attack = async (sessionId: string): Promise<void> => {
    const options = { protocol: 'grpc' as const, endpoint: `127.0.0.1:${warden.grpcPort()}`, agentId: 'support-9', sessionId, attacker: `drop-${sessionId}@evil.example` };
    await runAttackedAgent(options);
  };
  const pendingQuarantine = (sessionId: string) =>
    eventually(async () => {
      const { json } = await api('GET', '/api/v1/approvals?status=pending', VAL);
      return (json.approvals as any[]).find((a) => a.decision.sessionId === sessionId && a.decision.kind === 'quarantine');
    }, `a pending quarantine for ${sessionId}`);
  const alerts = () =>
    readFileSync(path.join(dataDir, 'alerts.ocsf.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, any>);

  beforeAll(async () => {
    controlPlane = await startFakeControlPlane({ secret: SECRET });
    const { config } = loadConfig({
      WARDEN_DATA_DIR: dataDir,
      WARDEN_OTLP_GRPC_PORT: '0',
      WARDEN_OTLP_HTTP_PORT: '0',
      WARDEN_ADMIN_PORT: '0',
      WARDEN_MIN_SEVERITY: 'informational',
      WARDEN_CONTROL_PLANE_URL: controlPlane.url,
      WARDEN_CONTROL_PLANE_SECRET: SECRET,
      WARDEN_ADMIN_TOKENS: `${ALICE}=alice:approver,${VAL}=val:viewer,${OPS}=ops:admin`,
    });
    warden = createEmbeddedWarden(config, { logger: silentLogger, tickMs: 100 });
    await warden.start();
    api = async (method, route, token, body) => {
      const res = await fetch(`http://127.0.0.1:${warden.adminPort()}${route}`, {
        method,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      return { status: res.status, json: await res.json() };
    };
  });

  afterAll(async () => {
    await warden?.stop();
    await controlPlane?.close();
  });

  it('holds a critical attack at a pending quarantine until a person approves it, then calls the control plane', async () => {
    await attack('resp-1');
    const pending = await pendingQuarantine('resp-1');
    const id = pending.decision.id as string;
    // The evidence bundle comes with the request: the session's spans and the signals.
    expect(pending.evidence.spans.length).toBeGreaterThan(0);
    expect(pending.evidence.signals.map((s: any) => s.type)).toContain('prompt_injection');
    // Not yet: nothing disruptive reaches the platform before a person says so.
    expect(controlPlane.calls.filter((c) => c.body.action === 'quarantine')).toEqual([]);

    const route = `/api/v1/approvals/${encodeURIComponent(id)}/approve`;
    expect((await api('POST', route, undefined, { reason: 'looks bad' })).status).toBe(401);
    expect((await api('POST', route, VAL, { reason: 'looks bad' })).status).toBe(403);
    const approved = await api('POST', route, ALICE, { reason: 'confirmed: customer list sent to evil.example', by: 'mallory' });
    expect(approved.status).toBe(200);
    expect(approved.json.status).toBe('approved');

    const call = await eventually(() => controlPlane.calls.find((c) => c.body.action === 'quarantine' && c.body.session === 'resp-1'), 'the quarantine call');
    expect(call.body).toMatchObject({ type: 'warden.action.execute', agent: { id: 'support-9' }, findingId: pending.decision.findingId, approvedBy: ['alice'] });
    expect(call.body.expiresAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(controlPlane.rejected).toEqual([]);
    expect(controlPlane.calls.filter((c) => c.body.action === 'quarantine' && c.body.session === 'resp-1')).toHaveLength(1);

    // Audited: the vote by the token's holder (not the body's "by") and the action.
    const audit = await eventually(() => {
      const entries = readFileSync(path.join(dataDir, 'audit', 'audit.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
      return entries.some((e) => e.type === 'action_executed' && JSON.stringify(e.data).includes('quarantine')) ? entries : undefined;
    }, 'the executed quarantine in the audit log');
    expect(audit.some((e) => e.type === 'approval_vote' && e.actor === 'alice')).toBe(true);
    expect(audit.some((e) => e.actor === 'mallory')).toBe(false);
    expect(audit.some((e) => e.type === 'admin_api_call' && e.actor === 'anonymous')).toBe(true);

    // The SIEM sees the action as an OCSF update of the same finding, schema-valid.
    const validator = OcsfSchemaValidator.load();
    const note = await eventually(
      () => alerts().find((r) => r.finding_info.uid === pending.decision.findingId && /:response:/.test(r.metadata.uid) && /^Quarantine.*executed/i.test(r.status_detail ?? '')),
      'the executed quarantine as an OCSF update',
    );
    expect(note.activity_id).toBe(2);
    expect(note.status_detail).toMatch(/alice/);
    expect(validator.validate(note).filter((e) => e.severity === 'error')).toEqual([]);
    const critical = alerts().find((r) => r.finding_info.uid === pending.decision.findingId && r.severity_id === 5 && !/:response:/.test(r.metadata.uid));
    expect(critical?.finding_info.src_url).toContain(`/api/v1/forensics/${encodeURIComponent(pending.decision.findingId)}`);

    // Time to contain is measured.
    const metrics = await (await fetch(`http://127.0.0.1:${warden.adminPort()}/metrics`)).text();
    const contained = /^warden_response_time_to_contain_seconds_count(?:\{[^}]*\})? (\d+)/m.exec(metrics);
    expect(Number(contained?.[1] ?? 0)).toBeGreaterThanOrEqual(1);
  });

  it('stops every automated action with the kill switch while findings keep coming', async () => {
    const env = { WARDEN_ADMIN_URL: `http://127.0.0.1:${warden.adminPort()}` };
    const refused = await run([path.join(ROOT, 'bin', 'warden.js'), 'kill-switch', 'on', '--reason', 'incident drill'], { ...env, WARDEN_ADMIN_TOKEN: ALICE });
    expect(refused.code).toBe(1);
    const on = await run([path.join(ROOT, 'bin', 'warden.js'), 'kill-switch', 'on', '--reason', 'incident drill'], { ...env, WARDEN_ADMIN_TOKEN: OPS });
    expect(on.code).toBe(0);

    const callsBefore = controlPlane.calls.length;
    const findingsBefore = alerts().length;
    await attack('resp-2');
    await eventually(() => (alerts().some((r) => r.metadata.correlation_uid === 'resp-2' && r.severity_id >= 4) ? true : undefined), 'the finding for resp-2');
    await eventually(() => {
      const entries = readFileSync(path.join(dataDir, 'audit', 'audit.jsonl'), 'utf8');
      return entries.includes('action_suppressed') && entries.includes('resp-2') ? true : undefined;
    }, 'suppressed actions for resp-2 in the audit log');
    expect(alerts().length).toBeGreaterThan(findingsBefore);
    expect(controlPlane.calls.length).toBe(callsBefore);

    const off = await run([path.join(ROOT, 'bin', 'warden.js'), 'kill-switch', 'off', '--reason', 'drill over'], { ...env, WARDEN_ADMIN_TOKEN: OPS });
    expect(off.code).toBe(0);
  });

  it('verifies the audit log, and fails naming the line when one byte is changed', async () => {
    const log = path.join(dataDir, 'audit', 'audit.jsonl');
    const intact = await run([path.join(ROOT, 'bin', 'warden.js'), 'audit', 'verify', '--file', log]);
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/intact/);

    const copy = path.join(dataDir, 'audit-tampered.jsonl');
    copyFileSync(log, copy);
    const text = readFileSync(copy, 'utf8');
    const lines = text.split('\n');
    const target = lines.findIndex((l) => l.includes('"approval_vote"'));
    expect(target).toBeGreaterThanOrEqual(0);
    // One byte: alice becomes blice.
    lines[target] = lines[target]!.replace('"alice"', '"blice"');
    writeFileSync(copy, lines.join('\n'));
    const tampered = await run([path.join(ROOT, 'bin', 'warden.js'), 'audit', 'verify', '--file', copy]);
    expect(tampered.code).not.toBe(0);
    expect(tampered.stdout + tampered.stderr).toContain(`line ${target + 1}`);
  });
});
