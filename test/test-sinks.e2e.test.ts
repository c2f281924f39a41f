/**
 * `warden test-sinks` as an operator runs it: the CLI in its own process, configured by
 * environment variables, against strict local fakes of Splunk HEC and a webhook receiver.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { OcsfSchemaValidator } from '@warden/ocsf';
import { startFakeSplunkHec, type FakeSplunkHec } from '../services/emitter/testkit/fake-splunk-hec';
import { startFakeWebhookReceiver, type FakeWebhookReceiver } from '../services/emitter/testkit/fake-webhook-receiver';

const HEC_TOKEN = '0c8d3e7a-51b2-4c6f-8a9e-1f2d3c4b5a69';
const WEBHOOK_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const OTHER_SECRET = 'whsec_dGhpcyBpcyBub3QgdGhlIHJpZ2h0IHNlY3JldCE=';

interface Result {
  readonly sink: string;
  readonly kind: string;
  readonly outcome: { readonly kind: string; readonly reason?: string };
}

function testSinks(env: NodeJS.ProcessEnv, args: string[] = ['--json']): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(__dirname, '..', 'bin', 'warden.js'), 'test-sinks', ...args],
      { env: { PATH: process.env.PATH, ...env }, timeout: 30_000 },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('warden test-sinks', () => {
  let splunk: FakeSplunkHec;
  let webhook: FakeWebhookReceiver;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'warden-test-sinks-'));

  beforeAll(async () => {
    splunk = await startFakeSplunkHec({ token: HEC_TOKEN });
    webhook = await startFakeWebhookReceiver({ secret: WEBHOOK_SECRET });
  });
  afterAll(async () => {
    await splunk.close();
    await webhook.close();
  });

  it('sends one valid synthetic finding to every sink and reports each as delivered', async () => {
    const { code, stdout } = await testSinks({
      WARDEN_DATA_DIR: dataDir,
      WARDEN_SPLUNK_HEC_URL: splunk.url,
      WARDEN_SPLUNK_HEC_TOKEN: HEC_TOKEN,
      WARDEN_WEBHOOK_URL: webhook.url,
      WARDEN_WEBHOOK_SECRET: WEBHOOK_SECRET,
      // Above the test finding's severity on purpose: a test reaches the sink whatever its threshold.
      WARDEN_WEBHOOK_MIN_SEVERITY: 'critical',
    });
    const report = JSON.parse(stdout) as { recordUid: string; results: Result[] };
    expect(report.results.map((r) => [r.sink, r.kind, r.outcome.kind])).toEqual([
      ['file', 'file', 'delivered'],
      ['splunk', 'splunk_hec', 'delivered'],
      ['webhook', 'webhook', 'delivered'],
    ]);
    expect(code).toBe(0);

    const validator = OcsfSchemaValidator.load();
    expect(splunk.byUid().get(report.recordUid)).toBe(1);
    expect(splunk.schemaErrors).toEqual([]);
    expect(webhook.byId().get(report.recordUid)).toBe(1);
    const onDisk = readFileSync(path.join(dataDir, 'alerts.ocsf.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
    expect(onDisk.map((r) => r.metadata.uid)).toEqual([report.recordUid]);
    expect(onDisk[0]!.severity).toBe('Informational');
    expect(validator.validate(onDisk[0]).filter((e) => e.severity === 'error')).toEqual([]);
  });

  it('names the failing sink and why, exits 1, and never prints the secrets', async () => {
    const { code, stdout, stderr } = await testSinks(
      {
        WARDEN_DATA_DIR: dataDir,
        WARDEN_SPLUNK_HEC_URL: splunk.url,
        WARDEN_SPLUNK_HEC_TOKEN: HEC_TOKEN,
        WARDEN_WEBHOOK_URL: webhook.url,
        WARDEN_WEBHOOK_SECRET: OTHER_SECRET,
      },
      [],
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(/ok {4}splunk \(splunk_hec\) {2}delivered/);
    expect(stdout).toMatch(/FAIL {2}webhook \(webhook\) {2}misconfigured: .*401.*WARDEN_WEBHOOK_SECRET/);
    expect(stdout + stderr).not.toContain(OTHER_SECRET);
    expect(stdout + stderr).not.toContain(HEC_TOKEN);
  });

  it('reports a sink configuration problem by its variable, before sending anything', async () => {
    const before = splunk.events.length;
    const { code, stderr } = await testSinks({
      WARDEN_DATA_DIR: dataDir,
      WARDEN_SPLUNK_HEC_URL: 'splunk.example.com:8088',
      WARDEN_SPLUNK_HEC_TOKEN: HEC_TOKEN,
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/WARDEN_SPLUNK_HEC_URL/);
    expect(splunk.events.length).toBe(before);
  });
});
