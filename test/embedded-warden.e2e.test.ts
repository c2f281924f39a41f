/**
 * The embedded product end to end, as a user runs it: the real receiver, bus, workers and
 * emitter in one process; agents in their own processes exporting through the official
 * OpenTelemetry exporters; findings read back from the OCSF file.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { isAtLeast, silentLogger, type RiskFinding } from '@warden/core';
import { createEmbeddedWarden, loadConfig, type EmbeddedWarden } from '@warden/cli';
import type { FindingSink } from '@warden/emitter';
import { OcsfSchemaValidator } from '@warden/ocsf';
import { runSimulation } from '@warden/simulator';
import { runAttackedAgent } from './support/attacked-agent';
import { eventually } from './support/eventually';

jest.setTimeout(180_000);

interface Delivered {
  readonly finding: RiskFinding;
  readonly atMs: number;
}

function post(port: number, contentType: string, body: Buffer | string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/v1/traces', headers: { 'content-type': contentType } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('embedded Warden', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'warden-e2e-'));
  const delivered: Delivered[] = [];
  let warden: EmbeddedWarden;
  let ordinarySessions = 0;

  beforeAll(async () => {
    const { config } = loadConfig({
      WARDEN_DATA_DIR: dataDir,
      WARDEN_OTLP_GRPC_PORT: '0',
      WARDEN_OTLP_HTTP_PORT: '0',
      WARDEN_ADMIN_PORT: '0',
      WARDEN_MIN_SEVERITY: 'informational',
      // As a deployment would: the simulated organisation's own domain.
      WARDEN_INTERNAL_DOMAINS: 'acme.example',
    });
    const collector: FindingSink = {
      name: 'e2e',
      minSeverity: 'informational',
      write: async (batch) => void delivered.push(...batch.map((b) => ({ finding: b.finding, atMs: Date.now() }))),
    };
    warden = createEmbeddedWarden(config, { logger: silentLogger, sinks: [collector], tickMs: 100 });
    await warden.start();

    // A week of ordinary work for one agent of each type: a few hundred sessions per agent.
    const report = await runSimulation({
      endpoint: `127.0.0.1:${warden.grpcPort()}`,
      protocol: 'grpc',
      seed: 11,
      agentsPerType: 1,
      historySessions: 1000,
      liveSessions: 0,
      scenarios: [],
    });
    ordinarySessions = report.sessionsSent;
    await eventually(() => (warden.stats().queued === 0 && warden.stats().profilesPublished > 0 ? true : undefined), 'the history to be learned', 60_000);
  });

  afterAll(async () => {
    await warden?.stop();
  });

  it('raises nothing at Medium or above on a few hundred ordinary sessions per agent', () => {
    expect(ordinarySessions).toBeGreaterThanOrEqual(1000);
    const loud = delivered.filter((d) => isAtLeast(d.finding.severity, 'medium'));
    expect(loud.map((d) => `${d.finding.agentId} ${d.finding.sessionId} ${d.finding.severity} ${d.finding.title}`)).toEqual([]);
  });

  it.each<['grpc' | 'http/protobuf', string]>([
    ['grpc', 'attacker@evil.example'],
    ['http/protobuf', 'records@drop-zone.example'],
  ])('catches an injected tool result followed by a send to a new address over %s, High or above within 2 s', async (protocol, attacker) => {
    const port = protocol === 'grpc' ? warden.grpcPort() : warden.httpPort();
    if (protocol === 'http/protobuf') {
      // A broken client first: refused with 400, and the next good request is still processed.
      expect(await post(port, 'application/x-protobuf', Buffer.from([0x0a, 0xff, 0xff, 0xff, 0x0f, 0x01]))).toBe(400);
    }
    const sessionId = `e2e-${protocol.replace('/', '-')}-${Date.now()}`;
    const turns = await runAttackedAgent({ protocol, endpoint: `127.0.0.1:${port}`, agentId: 'support-agent-1', sessionId, attacker });
    expect(turns.map((t) => [t.turn, t.code, t.error])).toEqual([
      [1, 0, null],
      [2, 0, null],
    ]);
    // The incident escalates as the session goes (injection, bulk read, send); judge the revision
    // raised by the send, the session's last span.
    const sent = await eventually(
      () => delivered.find((d) => d.finding.sessionId === sessionId && d.finding.destinations.includes(attacker)),
      `a finding for ${sessionId} naming ${attacker}`,
    );
    const lastSpanSentAt = turns[1]!.exportedAtMs;
    expect(sent.atMs - lastSpanSentAt).toBeLessThanOrEqual(2000);
    expect(isAtLeast(sent.finding.severity, 'high')).toBe(true);
    expect(sent.finding).toMatchObject({ agentId: 'support-agent-1', agentType: 'support-agent', category: 'security' });
    expect(sent.finding.trigger.spanName).toContain('email.send');
    expect(new Set(sent.finding.signals.map((s) => s.type))).toContain('prompt_injection');
    // One incident: every revision of the session shares the finding id.
    expect(new Set(delivered.filter((d) => d.finding.sessionId === sessionId).map((d) => d.finding.findingId)).size).toBe(1);
  });

  it('writes each finding as a schema-valid OCSF Detection Finding tied to its agent, session and trace', async () => {
    const file = path.join(dataDir, 'alerts.ocsf.jsonl');
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
    const attack = lines.filter((l) => String(l.metadata.correlation_uid).startsWith('e2e-grpc-'));
    expect(attack.length).toBeGreaterThanOrEqual(1);
    const validator = OcsfSchemaValidator.load();
    for (const line of lines) expect(validator.validate(line).filter((e) => e.severity === 'error')).toEqual([]);
    const last = attack.at(-1)!;
    expect(last).toMatchObject({ class_uid: 2004, category_uid: 2 });
    expect(last.severity_id).toBeGreaterThanOrEqual(4);
    expect(last.risk_score).toBeGreaterThanOrEqual(60);
    expect(last.evidences[0].ai_agent).toMatchObject({ uid: 'support-agent-1', instance_uid: last.metadata.correlation_uid });
    expect(last.unmapped.trace.uid).toMatch(/^[0-9a-f]{32}$/);
    // One incident, one finding id across its revisions.
    expect(new Set(attack.map((l) => l.finding_info.uid)).size).toBe(1);
  });
});
