import * as fs from 'node:fs';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { systemClock, type Logger, type RiskFinding } from '@warden/core';
import { toDetectionFinding } from '@warden/ocsf';
import { startFakeSplunkHec, type FakeSplunkHec, type FakeSplunkHecOptions } from '../../../testkit/fake-splunk-hec';
import type { DeliveryOutcome, OutboundRecord } from '../../delivery/delivery-target';
import { validateSplunkHecConfig } from './splunk-hec-config';
import { createSplunkHecTarget, type SplunkHecTarget } from './splunk-hec-target';

const TOKEN = '6f1c2b3a-4d5e-4f60-8a9b-0c1d2e3f4a5b';
const CHANNEL = '0f3b7a52-5bd4-4c57-9a3e-2c4b1d7e8a90';
const finding = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'testdata', 'finding-create.json'), 'utf8'),
) as RiskFinding;
const PRODUCT = { name: 'Warden', vendorName: 'Warden', version: '0.0.0-test' };
const NOW_MS = 1_795_340_010_000;

function record(revision: number): OutboundRecord {
  const ocsf = toDetectionFinding({ ...finding, revision }, { nowMs: NOW_MS + revision, product: PRODUCT });
  return { id: ocsf.metadata.uid, findingId: finding.findingId, revision, activity: finding.activity, severity: finding.severity, ocsf };
}
const batch = (n: number) => Array.from({ length: n }, (_, i) => record(i + 1));

interface LogLine {
  level: string;
  fields: Record<string, unknown>;
  message: string;
}
function recordingLogger(lines: LogLine[], bindings: Record<string, unknown> = {}): Logger {
  const at = (level: string) => (fields: Record<string, unknown>, message: string) => lines.push({ level, fields: { ...bindings, ...fields }, message });
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (more) => recordingLogger(lines, { ...bindings, ...more }),
  };
}

let hec: FakeSplunkHec | undefined;
let logs: LogLine[];
const signal = () => new AbortController().signal;

async function setup(
  fakeOptions: Partial<FakeSplunkHecOptions> = {},
  config: Record<string, unknown> = {},
  fetchImpl?: typeof fetch,
): Promise<{ hec: FakeSplunkHec; target: SplunkHecTarget }> {
  hec = await startFakeSplunkHec({ token: TOKEN, ...fakeOptions });
  logs = [];
  const target = createSplunkHecTarget(validateSplunkHecConfig({ url: hec.url, token: TOKEN, ...config }), {
    logger: recordingLogger(logs),
    clock: systemClock,
    ...(fetchImpl === undefined ? {} : { fetch: fetchImpl }),
  });
  return { hec, target };
}

afterEach(async () => {
  await hec?.close();
  hec = undefined;
});

function reasonOf(outcome: DeliveryOutcome): string {
  return outcome.kind === 'delivered' ? '' : outcome.reason;
}

describe('Splunk HEC target against the fake HEC', () => {
  it('delivers a batch as schema-valid OCSF with seconds, sourcetype, index and indexed fields', async () => {
    const { hec, target } = await setup({ allowedIndexes: ['security'] }, { index: 'security', host: 'warden-1' });
    expect(target).toMatchObject({ name: 'splunk', kind: 'splunk_hec', minSeverity: 'low', batch: { maxRecords: 100 } });

    const records = batch(3);
    await expect(target.send(records, signal())).resolves.toEqual({ kind: 'delivered' });

    expect(hec.events).toHaveLength(3);
    expect(hec.schemaErrors).toEqual([]);
    expect([...hec.byUid()]).toEqual(records.map((r) => [r.id, 1]));
    hec.events.forEach((e, i) => {
      expect(e.time).toBe(records[i]!.ocsf.time / 1000);
      expect(e).toMatchObject({ sourcetype: 'ocsf:warden:detection_finding', source: 'warden', host: 'warden-1', index: 'security' });
      expect(e.fields).toEqual({ finding_uid: finding.findingId, activity: 'create', severity: 'critical' });
      expect(e.event).toEqual(records[i]!.ocsf);
    });
    const [request] = hec.requests;
    expect(request).toMatchObject({ method: 'POST', path: '/services/collector/event', status: 200 });
    expect(request!.headers['authorization']).toBe(`Splunk ${TOKEN}`);
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.headers['x-splunk-request-channel']).toBeUndefined();
  });

  it('gzips the body by default and sends it plain when gzip is off', async () => {
    const { hec, target } = await setup();
    await target.send(batch(20), signal());
    const zipped = hec.requests[0]!;
    expect(zipped.gzip).toBe(true);
    expect(zipped.headers['content-encoding']).toBe('gzip');

    await hec.close();
    const plain = await setup({}, { gzip: false });
    await expect(plain.target.send(batch(20), signal())).resolves.toEqual({ kind: 'delivered' });
    const sent = plain.hec.requests[0]!;
    expect(sent.gzip).toBe(false);
    expect(sent.headers['content-encoding']).toBeUndefined();
    // Twenty near-identical findings compress well: the point of gzip on the wire.
    expect(zipped.wireBytes * 4).toBeLessThan(sent.wireBytes);
    expect(plain.hec.events).toHaveLength(20);
  });

  it('sends the body the encoder produced, byte for byte after gunzip', async () => {
    const seen: Buffer[] = [];
    const spy: typeof fetch = async (input, init) => {
      seen.push(Buffer.from(init!.body as Uint8Array));
      return fetch(input, init);
    };
    const { target } = await setup({}, {}, spy);
    await target.send(batch(2), signal());
    const text = gunzipSync(seen[0]!).toString('utf8');
    expect(text.split('\n')).toHaveLength(2);
    expect(text.startsWith('{"time":1795340010.001,"source":"warden"')).toBe(true);
  });

  it('with acks on, counts a batch delivered only once /services/collector/ack says indexed', async () => {
    const { hec, target } = await setup({ requireChannel: true }, { ack: { channel: CHANNEL, pollIntervalMs: 10, timeoutMs: 2_000 } });
    await expect(target.send(batch(2), signal())).resolves.toEqual({ kind: 'delivered' });
    await expect(target.send(batch(1), signal())).resolves.toEqual({ kind: 'delivered' });

    const eventRequests = hec.requests.filter((r) => r.path === '/services/collector/event');
    const ackRequests = hec.requests.filter((r) => r.path === '/services/collector/ack');
    expect(eventRequests.map((r) => r.reply)).toEqual([
      { text: 'Success', code: 0, ackId: 0 },
      { text: 'Success', code: 0, ackId: 1 },
    ]);
    expect(ackRequests.map((r) => r.reply)).toEqual([{ acks: { '0': true } }, { acks: { '1': true } }]);
    for (const r of [...eventRequests, ...ackRequests]) expect(r.headers['x-splunk-request-channel']).toBe(CHANNEL);
    expect(hec.events.map((e) => e.channel)).toEqual([CHANNEL, CHANNEL, CHANNEL]);
  });

  it('with acks on, retries when indexing is never confirmed; the resend shows up as a duplicate uid', async () => {
    const { hec, target } = await setup({ requireChannel: true }, { ack: { pollIntervalMs: 10, timeoutMs: 150 } });
    await hec.setMode('unacked');
    const records = batch(2);
    const started = Date.now();
    const outcome = await target.send(records, signal());
    expect(outcome.kind).toBe('retry');
    expect(reasonOf(outcome)).toMatch(/did not confirm indexing of ackId 0 within 150 ms.*sent again and may be duplicated/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(hec.requests.filter((r) => r.path === '/services/collector/ack').length).toBeGreaterThan(3);

    await hec.setMode('up');
    await expect(target.send(records, signal())).resolves.toEqual({ kind: 'delivered' });
    expect(hec.duplicates()).toEqual(records.map((r) => r.id));
  });

  it('with acks on but a token without acks, delivers on the 200 and warns once', async () => {
    const { hec, target } = await setup({ requireChannel: false }, { ack: true });
    await expect(target.send(batch(1), signal())).resolves.toEqual({ kind: 'delivered' });
    await expect(target.send(batch(1), signal())).resolves.toEqual({ kind: 'delivered' });
    expect(hec.requests.every((r) => r.path === '/services/collector/event')).toBe(true);
    const warnings = logs.filter((l) => l.level === 'warn');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(/without an ackId although splunk\.ack is on/);
  });

  it('is misconfigured when the token needs a channel and acks are off', async () => {
    const { hec, target } = await setup({ requireChannel: true });
    const outcome = await target.send(batch(1), signal());
    expect(outcome.kind).toBe('misconfigured');
    expect(reasonOf(outcome)).toMatch(/code 10 .*set splunk\.ack to true/);
    expect(hec.events).toHaveLength(0);
  });

  it('503 busy → retry; the same batch then goes through', async () => {
    const { hec, target } = await setup();
    hec.failNext(1, 'busy');
    const outcome = await target.send(batch(2), signal());
    expect(outcome).toEqual({ kind: 'retry', reason: expect.stringMatching(/HTTP 503 code 9 "Server is busy"/) });
    await expect(target.send(batch(2), signal())).resolves.toEqual({ kind: 'delivered' });
    expect(hec.events).toHaveLength(2);
  });

  it('500 → retry', async () => {
    const { hec, target } = await setup();
    await hec.setMode('error');
    expect((await target.send(batch(1), signal())).kind).toBe('retry');
  });

  it('429 → retry after the server-named delay', async () => {
    const { hec, target } = await setup();
    await hec.setMode('throttle', { retryAfterSeconds: 2 });
    const outcome = await target.send(batch(1), signal());
    expect(outcome).toEqual({ kind: 'retry', reason: expect.stringContaining('HTTP 429'), retryAfterMs: 2_000 });
  });

  it('413 → too_large', async () => {
    const { hec, target } = await setup({ maxContentLength: 2_000 }, { gzip: false });
    const outcome = await target.send(batch(2), signal());
    expect(outcome.kind).toBe('too_large');
    expect(hec.events).toHaveLength(0);
  });

  it('an unknown token → misconfigured, and the token is in no reason or log line', async () => {
    const wrong = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
    hec = await startFakeSplunkHec({ token: TOKEN });
    logs = [];
    const target = createSplunkHecTarget(validateSplunkHecConfig({ url: hec.url, token: wrong }), {
      logger: recordingLogger(logs),
      clock: systemClock,
    });
    await target.start?.();
    const outcome = await target.send(batch(1), signal());
    expect(outcome.kind).toBe('misconfigured');
    expect(reasonOf(outcome)).toMatch(/HTTP 403 code 4 "Invalid token".*check that splunk\.token/);
    expect(reasonOf(outcome)).not.toContain(wrong);
    expect(JSON.stringify(logs)).not.toContain(wrong);
  });

  it('an index the token may not write → misconfigured', async () => {
    const { hec, target } = await setup({ allowedIndexes: ['security'] }, { index: 'main' });
    const outcome = await target.send(batch(1), signal());
    expect(outcome.kind).toBe('misconfigured');
    expect(reasonOf(outcome)).toMatch(/code 7 "Incorrect index".*splunk\.index/);
    expect(hec.events).toHaveLength(0);
  });

  it('down → retry; up again → delivered', async () => {
    const { hec, target } = await setup();
    await expect(target.send(batch(1), signal())).resolves.toEqual({ kind: 'delivered' });
    await hec.setMode('down');
    const outcome = await target.send(batch(1), signal());
    expect(outcome.kind).toBe('retry');
    expect(reasonOf(outcome)).toMatch(/could not reach Splunk HEC.*ECONNREFUSED/);
    await hec.setMode('up');
    await expect(target.send(batch(1), signal())).resolves.toEqual({ kind: 'delivered' });
    expect(hec.events).toHaveLength(2);
  });

  it('a server that never answers → retry after the request timeout', async () => {
    const { hec, target } = await setup({}, { timeoutMs: 150 });
    await hec.setMode('hang');
    const started = Date.now();
    const outcome = await target.send(batch(1), signal());
    expect(outcome.kind).toBe('retry');
    expect(reasonOf(outcome)).toMatch(/did not answer in time/);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('honours the abort signal while waiting for an answer and while polling acks', async () => {
    const { hec, target } = await setup({ requireChannel: true }, { ack: { pollIntervalMs: 10, timeoutMs: 60_000 } });
    await hec.setMode('hang');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    expect(reasonOf(await target.send(batch(1), controller.signal))).toMatch(/aborted \(shutting down\)/);

    await hec.setMode('unacked');
    const polling = new AbortController();
    setTimeout(() => polling.abort(), 100);
    const outcome = await target.send(batch(1), polling.signal);
    expect(outcome).toEqual({ kind: 'retry', reason: expect.stringMatching(/aborted/) });
    expect(Date.now() - started).toBeLessThan(2_000);

    const already = new AbortController();
    already.abort();
    const before = hec.requests.length;
    expect((await target.send(batch(1), already.signal)).kind).toBe('retry');
    expect(hec.requests.length).toBe(before);
  });

  it('an empty batch is delivered without a request', async () => {
    const { hec, target } = await setup();
    await expect(target.send([], signal())).resolves.toEqual({ kind: 'delivered' });
    expect(hec.requests).toHaveLength(0);
  });

  it('scrubs the token from a transport error that quotes it', async () => {
    const leaky: typeof fetch = async () => {
      throw new TypeError('fetch failed', { cause: new Error(`proxy refused header Authorization: Splunk ${TOKEN}`) });
    };
    const { target } = await setup({}, {}, leaky);
    const outcome = await target.send(batch(1), signal());
    expect(outcome.kind).toBe('retry');
    expect(reasonOf(outcome)).toContain('Splunk [redacted]');
    expect(reasonOf(outcome)).not.toContain(TOKEN);
  });

  it('never puts the token in a reason or a log line across failure modes', async () => {
    const { hec, target } = await setup(
      { requireChannel: true, maxContentLength: 30_000 },
      { ack: { pollIntervalMs: 10, timeoutMs: 100 }, timeoutMs: 100, gzip: false },
    );
    const reasons: string[] = [];
    await target.start?.();
    for (const mode of ['busy', 'throttle', 'error', 'hang', 'unacked', 'down', 'up'] as const) {
      await hec.setMode(mode);
      reasons.push(reasonOf(await target.send(batch(1), signal())));
    }
    reasons.push(reasonOf(await target.send(batch(100), signal())));
    expect(reasons.filter((r) => r !== '')).toHaveLength(7);
    for (const text of [...reasons, JSON.stringify(logs)]) expect(text).not.toContain(TOKEN);
  });

  it('health check: healthy, busy, down', async () => {
    const { hec, target } = await setup();
    await expect(target.healthCheck()).resolves.toEqual({ healthy: true, status: 200, detail: 'HEC is healthy' });
    await hec.setMode('busy');
    await expect(target.healthCheck()).resolves.toEqual({ healthy: false, status: 503, detail: 'HTTP 503 code 18: HEC is unhealthy, queues are full' });
    await hec.setMode('down');
    const down = await target.healthCheck();
    expect(down.healthy).toBe(false);
    expect(down.detail).toMatch(/ECONNREFUSED/);
  });

  it('start() warns about a token that is not a GUID, without printing it', async () => {
    hec = await startFakeSplunkHec({ token: TOKEN });
    logs = [];
    const odd = 'my-handwritten-token';
    const target = createSplunkHecTarget(validateSplunkHecConfig({ url: hec.url, token: odd }), { logger: recordingLogger(logs), clock: systemClock });
    await target.start?.();
    expect(logs.filter((l) => l.level === 'warn').map((l) => l.message)).toEqual([expect.stringMatching(/does not look like a HEC token/)]);
    expect(logs.find((l) => l.level === 'info')?.fields).toMatchObject({ sink: 'splunk', kind: 'splunk_hec', url: hec.url, ack: false, gzip: true });
    expect(JSON.stringify(logs)).not.toContain(odd);
  });
});
