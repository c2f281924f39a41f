import * as fs from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { RiskFinding } from '@warden/core';
import { toDetectionFinding } from '@warden/ocsf';
import { startFakeSplunkHec, type FakeSplunkHec } from './fake-splunk-hec';

const TOKEN = '6f1c2b3a-4d5e-4f60-8a9b-0c1d2e3f4a5b';
const CHANNEL = '0f3b7a52-5bd4-4c57-9a3e-2c4b1d7e8a90';
const finding = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', 'testdata', 'finding-create.json'), 'utf8')) as RiskFinding;
const ocsf = toDetectionFinding(finding, { nowMs: 1_795_340_010_000, product: { name: 'Warden', vendorName: 'Warden', version: '0.0.0-test' } });
const envelope = (over: Record<string, unknown> = {}) => JSON.stringify({ time: 1_795_340_010.5, sourcetype: 'ocsf:warden:detection_finding', event: ocsf, ...over });

let hec: FakeSplunkHec;
afterEach(async () => {
  await hec?.close();
});

async function post(
  body: string | Uint8Array,
  headers: Record<string, string> = {},
  p = '/services/collector/event',
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const res = await fetch(`${hec.url}${p}`, { method: 'POST', headers: { authorization: `Splunk ${TOKEN}`, ...headers }, body });
  return { status: res.status, body: (await res.json()) as Record<string, unknown>, headers: res.headers };
}

describe('startFakeSplunkHec', () => {
  it('accepts concatenated envelopes on every documented event path and records them', async () => {
    hec = await startFakeSplunkHec({ token: TOKEN });
    for (const p of ['/services/collector', '/services/collector/event', '/services/collector/event/1.0']) {
      expect(await post(`${envelope()}\n${envelope({ index: 'x' })}`, {}, p)).toMatchObject({ status: 200, body: { text: 'Success', code: 0 } });
    }
    expect(hec.events).toHaveLength(6);
    expect(hec.events[0]).toMatchObject({ uid: ocsf.metadata.uid, time: 1_795_340_010.5, index: 'main', sourcetype: 'ocsf:warden:detection_finding' });
    expect(hec.events[1]!.index).toBe('x');
    expect(hec.byUid().get(ocsf.metadata.uid)).toBe(6);
    expect(hec.duplicates()).toEqual([ocsf.metadata.uid]);
    expect(hec.schemaErrors).toEqual([]);
    expect(hec.eventRequestCount).toBe(3);
  });

  it.each<[string, Record<string, string>, number, Record<string, unknown>]>([
    ['no Authorization', { authorization: '' }, 401, { code: 2, text: 'Token is required' }],
    ['Bearer scheme', { authorization: `Bearer ${TOKEN}` }, 401, { code: 3 }],
    ['lower-case scheme', { authorization: `splunk ${TOKEN}` }, 401, { code: 3 }],
    ['token without scheme', { authorization: TOKEN }, 401, { code: 3 }],
    ['unknown token', { authorization: 'Splunk 11111111-2222-3333-4444-555555555555' }, 403, { code: 4, text: 'Invalid token' }],
  ])('refuses %s', async (_case, headers, status, body) => {
    hec = await startFakeSplunkHec({ token: TOKEN });
    expect(await post(envelope(), headers)).toMatchObject({ status, body });
    expect(hec.events).toHaveLength(0);
  });

  it.each<[string, string, Record<string, unknown>]>([
    ['an empty body', '  \n', { code: 5, text: 'No data' }],
    ['a JSON array', `[${envelope()}]`, { code: 6, 'invalid-event-number': 0 }],
    ['garbage after an envelope', `${envelope()}\nnot json`, { code: 6, 'invalid-event-number': 1 }],
    ['a truncated envelope', `${envelope()}${envelope().slice(0, 50)}`, { code: 6, 'invalid-event-number': 1 }],
    ['an envelope without event', `${envelope()}\n{"time":1}`, { code: 12, 'invalid-event-number': 1 }],
    ['a blank event', JSON.stringify({ event: '' }), { code: 13, 'invalid-event-number': 0 }],
    ['time in milliseconds', envelope({ time: 1_795_340_010_000 }), { code: 6, 'invalid-event-number': 0 }],
    ['time as words', envelope({ time: 'now' }), { code: 6 }],
    ['a numeric sourcetype', envelope({ sourcetype: 5 }), { code: 6 }],
    ['an index outside the allowed list', `${envelope({ index: 'security' })}${envelope({ index: 'main' })}`, { code: 7, text: 'Incorrect index', 'invalid-event-number': 1 }],
    ['nested indexed fields', envelope({ index: 'security', fields: { a: { b: 'c' } } }), { code: 15 }],
    ['numeric indexed fields', envelope({ index: 'security', fields: { a: 1 } }), { code: 15 }],
  ])('answers 400 to %s and stores nothing from it', async (_case, body, reply) => {
    hec = await startFakeSplunkHec({ token: TOKEN, allowedIndexes: ['security'], defaultIndex: 'security' });
    expect(await post(body)).toMatchObject({ status: 400, body: reply });
    expect(hec.events).toHaveLength(0);
  });

  it('keeps strings with braces and escaped quotes inside one envelope', async () => {
    hec = await startFakeSplunkHec({ token: TOKEN });
    expect((await post(`${JSON.stringify({ event: 'a } { "b\\" [' })}${envelope()}`)).status).toBe(200);
    expect(hec.events.map((e) => e.event)).toEqual(['a } { "b\\" [', ocsf]);
    // A string event is not OCSF: the SIEM got it, and the schema check says so.
    expect(hec.schemaErrors.map((p) => p.issues[0]!.code)).toEqual(['not_an_object']);
  });

  it('records schema errors of invalid OCSF events', async () => {
    hec = await startFakeSplunkHec({ token: TOKEN });
    const { severity_id: _dropped, ...broken } = ocsf;
    expect((await post(envelope({ event: broken }))).status).toBe(200);
    expect(hec.schemaErrors).toHaveLength(1);
    expect(hec.schemaErrors[0]!.uid).toBe(ocsf.metadata.uid);
    expect(hec.schemaErrors[0]!.issues.map((i) => i.path)).toContain('severity_id');
  });

  it('decodes gzip, refuses a broken gzip stream or another encoding, and enforces maxContentLength on the wire', async () => {
    hec = await startFakeSplunkHec({ token: TOKEN, maxContentLength: 4_000 });
    const plain = `${envelope()}\n${envelope()}`;
    expect(plain.length).toBeGreaterThan(4_000);
    expect((await post(plain)).status).toBe(413);
    expect((await post(gzipSync(plain), { 'content-encoding': 'gzip' })).status).toBe(200);
    expect(hec.requests.at(-1)).toMatchObject({ gzip: true, status: 200 });
    expect(await post('not gzip', { 'content-encoding': 'gzip' })).toMatchObject({ status: 400, body: { code: 6 } });
    expect(await post(envelope().slice(0, 100), { 'content-encoding': 'br' })).toMatchObject({ status: 400, body: { code: 6 } });
    expect(hec.events).toHaveLength(2);
  });

  it('answers 404 off the documented paths and 405 to the wrong method', async () => {
    hec = await startFakeSplunkHec({ token: TOKEN });
    expect((await post(envelope(), {}, '/services/collector/raw')).status).toBe(404);
    expect((await post(envelope(), {}, '/')).status).toBe(404);
    expect((await fetch(`${hec.url}/services/collector/event`, { headers: { authorization: `Splunk ${TOKEN}` } })).status).toBe(405);
    expect((await post('', {}, '/services/collector/health')).status).toBe(405);
  });

  it('in ack mode requires a GUID channel, hands out ackIds per channel and answers ack queries', async () => {
    hec = await startFakeSplunkHec({ token: TOKEN, requireChannel: true });
    expect(await post(envelope())).toMatchObject({ status: 400, body: { code: 10, text: 'Data channel is missing' } });
    expect(await post(envelope(), { 'x-splunk-request-channel': 'warden' })).toMatchObject({ status: 400, body: { code: 11 } });
    expect(await post(envelope(), { 'x-splunk-request-channel': CHANNEL })).toMatchObject({ status: 200, body: { code: 0, ackId: 0 } });
    expect(await post(envelope(), { 'x-splunk-request-channel': CHANNEL })).toMatchObject({ body: { ackId: 1 } });
    const other = '1e2d3c4b-5a69-4788-9a6b-5c4d3e2f1a0b';
    expect((await post(envelope(), {}, `/services/collector/event?channel=${other}`)).body).toMatchObject({ ackId: 0 });

    const ack = (acks: unknown, channel = CHANNEL) => post(JSON.stringify({ acks }), { 'x-splunk-request-channel': channel }, '/services/collector/ack');
    expect(await ack([0, 1, 7])).toMatchObject({ status: 200, body: { acks: { '0': true, '1': true, '7': false } } });
    expect(await ack('all')).toMatchObject({ status: 400, body: { code: 6 } });
    expect(await post(JSON.stringify({ acks: [0] }), {}, '/services/collector/ack')).toMatchObject({ status: 400, body: { code: 10 } });

    await hec.setMode('unacked');
    expect((await post(envelope(), { 'x-splunk-request-channel': CHANNEL })).body).toMatchObject({ ackId: 2 });
    expect((await ack([2])).body).toEqual({ acks: { '2': false } });
    expect(hec.events).toHaveLength(4);
  });

  it('answers ack queries with code 14 when the token has no acks', async () => {
    hec = await startFakeSplunkHec({ token: TOKEN });
    expect(await post('{"acks":[0]}', { 'x-splunk-request-channel': CHANNEL }, '/services/collector/ack')).toMatchObject({
      status: 400,
      body: { code: 14, text: 'ACK is disabled' },
    });
  });

  it('fails on command: busy, throttle, error, failNext, health', async () => {
    hec = await startFakeSplunkHec({ token: TOKEN, retryAfterSeconds: 3 });
    await hec.setMode('busy');
    expect(await post(envelope())).toMatchObject({ status: 503, body: { code: 9, text: 'Server is busy' } });
    expect((await fetch(`${hec.url}/services/collector/health`)).status).toBe(503);
    await hec.setMode('throttle');
    const throttled = await post(envelope());
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('3');
    await hec.setMode('error');
    expect(await post(envelope())).toMatchObject({ status: 500, body: { code: 8 } });
    await hec.setMode('up');
    hec.failNext(2, 'busy');
    expect((await post(envelope())).status).toBe(503);
    expect((await post(envelope())).status).toBe(503);
    expect((await post(envelope())).status).toBe(200);
    expect(await (await fetch(`${hec.url}/services/collector/health`)).json()).toEqual({ text: 'HEC is healthy', code: 17 });
    // Authentication is checked before faults: a bad token is never "busy".
    hec.failNext(1, 'busy');
    expect((await post(envelope(), { authorization: 'Splunk nope' })).status).toBe(403);
    expect(hec.events).toHaveLength(1);
  });

  it('down refuses connections on the same port until up', async () => {
    hec = await startFakeSplunkHec({ token: TOKEN });
    expect((await post(envelope())).status).toBe(200);
    await hec.setMode('down');
    await expect(post(envelope())).rejects.toMatchObject({ cause: { code: 'ECONNREFUSED' } });
    await hec.setMode('up');
    expect((await post(envelope())).status).toBe(200);
    expect(hec.url).toBe(`http://127.0.0.1:${hec.port}`);
    expect(hec.events).toHaveLength(2);
  });

  it('hang holds requests until close; waitForEvents and reset', async () => {
    hec = await startFakeSplunkHec({ token: TOKEN });
    await hec.setMode('hang');
    const held = post(envelope(), {}).then(
      () => 'answered',
      () => 'cut',
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(hec.requests.at(-1)!.status).toBe(0);
    await hec.setMode('up');
    const waiting = hec.waitForEvents(1, 2_000);
    await post(envelope());
    await waiting;
    await expect(hec.waitForEvents(5, 50)).rejects.toThrow(/expected at least 5 events within 50 ms, got 1/);
    hec.reset();
    expect([hec.events.length, hec.requests.length, hec.eventRequestCount]).toEqual([0, 0, 0]);
    await hec.close();
    await expect(held).resolves.toBe('cut');
    await hec.close();
  });
});
