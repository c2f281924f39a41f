import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Clock, Logger, RiskFinding } from '@warden/core';
import { OcsfSchemaValidator, toDetectionFinding } from '@warden/ocsf';
import { startFakeWebhookReceiver, type FakeWebhookReceiver } from '../../../testkit/fake-webhook-receiver';
import type { DeliveryOutcome, OutboundRecord } from '../../delivery/delivery-target';
import { validateWebhookConfig } from './webhook-config';
import { createWebhookTarget } from './webhook-target';

const SECRET = `whsec_${randomBytes(32).toString('base64')}`;
const OLD_SECRET = `whsec_${randomBytes(32).toString('base64')}`;
const START_MS = 1_795_340_010_000;
// Webhook URLs often embed a token in the path; it must never reach logs or reasons.
const PATH_TOKEN = '/hooks/T0KEN-9f8e7d';

const finding = JSON.parse(readFileSync(path.join(__dirname, '../../../testdata/finding-create.json'), 'utf8')) as RiskFinding;

function recordFor(f: RiskFinding): OutboundRecord {
  const ocsf = toDetectionFinding(f, { nowMs: START_MS, product: { name: 'Warden', vendorName: 'Warden', version: '0.0.0-test' } });
  return { id: ocsf.metadata.uid, findingId: f.findingId, revision: f.revision, activity: f.activity, severity: f.severity, ocsf };
}

const createRecord = recordFor(finding);
const updateRecord = recordFor({ ...finding, activity: 'update', revision: 2 });

class FakeClock implements Clock {
  constructor(public ms: number) {}
  nowMs(): number {
    return this.ms;
  }
}

/** Keeps every log line, so tests can prove what never appears in one. */
function recordingLogger(lines: string[], bindings: Record<string, unknown> = {}): Logger {
  const write = (level: string) => (fields: Record<string, unknown>, message: string) => {
    lines.push(JSON.stringify({ level, ...bindings, ...fields, message }));
  };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    child: (more) => recordingLogger(lines, { ...bindings, ...more }),
  };
}

const never = new AbortController().signal;

describe('webhook target against a strict Standard Webhooks receiver', () => {
  let receiver: FakeWebhookReceiver;
  let clock: FakeClock;
  let logLines: string[];
  const reasons: string[] = [];

  beforeEach(async () => {
    clock = new FakeClock(START_MS);
    logLines = [];
    receiver = await startFakeWebhookReceiver({ secret: SECRET, clock, retryAfterSeconds: 2, path: PATH_TOKEN });
  });

  afterEach(async () => {
    await receiver.close();
  });

  function target(overrides: Record<string, unknown> = {}) {
    const config = validateWebhookConfig({ url: receiver.url, secret: SECRET, ...overrides });
    return createWebhookTarget(config, { clock, logger: recordingLogger(logLines) });
  }

  async function send(t: ReturnType<typeof target>, records: readonly OutboundRecord[]): Promise<DeliveryOutcome> {
    const outcome = await t.send(records, never);
    if (outcome.kind !== 'delivered') reasons.push(outcome.reason);
    return outcome;
  }

  it('delivers one finding as a signed Standard Webhooks event carrying schema-valid OCSF', async () => {
    const t = target({ headers: { 'x-warden-tenant': 'acme' } });
    await t.start?.();
    expect(t).toMatchObject({ name: 'webhook', kind: 'webhook', minSeverity: 'low', batch: { maxRecords: 1 } });

    expect(await send(t, [createRecord])).toEqual({ kind: 'delivered' });

    expect(receiver.received).toHaveLength(1);
    const got = receiver.received[0]!;
    expect(got.id).toBe('fnd-acme-support-7-conv-8812:1');
    expect(got.timestampSeconds).toBe(START_MS / 1000);
    expect(got.headers['content-type']).toBe('application/json');
    expect(got.headers['x-warden-tenant']).toBe('acme');
    // Recompute the signature here with node:crypto, independently of the signing module.
    const key = Buffer.from(SECRET.slice('whsec_'.length), 'base64');
    const expected = createHmac('sha256', key).update(`${got.id}.${got.timestampSeconds}.${got.rawBody}`).digest('base64');
    expect(got.signature).toBe(`v1,${expected}`);

    const body = got.body as { type: string; timestamp: string; data: unknown };
    expect(body.type).toBe('warden.finding.create');
    expect(body.timestamp).toBe(new Date(createRecord.ocsf.time).toISOString());
    const errors = OcsfSchemaValidator.load().validate(body.data).filter((i) => i.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('sends the bare OCSF record when payload is "ocsf"', async () => {
    expect(await send(target({ payload: 'ocsf' }), [updateRecord])).toEqual({ kind: 'delivered' });
    expect(receiver.received[0]!.body).toEqual(JSON.parse(JSON.stringify(updateRecord.ocsf)));
  });

  it('429 → retry with the receiver\'s Retry-After; the retry keeps webhook-id and is signed afresh', async () => {
    const t = target();
    await receiver.setMode('throttle');
    expect(await send(t, [createRecord])).toEqual({
      kind: 'retry',
      reason: 'the webhook receiver answered 429: throttle',
      retryAfterMs: 2000,
    });

    clock.ms += 5_000;
    await receiver.setMode('up');
    expect(await send(t, [createRecord])).toEqual({ kind: 'delivered' });

    const [throttled, accepted] = receiver.attempts;
    expect(throttled).toMatchObject({ status: 429, id: createRecord.id, timestampSeconds: START_MS / 1000 });
    expect(accepted).toMatchObject({ status: 200, id: createRecord.id, timestampSeconds: START_MS / 1000 + 5 });
    expect(accepted!.signature).not.toBe(throttled!.signature);
    expect(receiver.received).toHaveLength(1);
    expect(receiver.duplicates).toBe(0);
  });

  it('503 busy → retry with Retry-After', async () => {
    await receiver.setMode('busy');
    expect(await send(target(), [createRecord])).toMatchObject({ kind: 'retry', retryAfterMs: 2000 });
  });

  it('a delivery repeated after success reaches the receiver under the same id, which drops it', async () => {
    const t = target();
    await send(t, [createRecord]);
    await send(t, [createRecord]);
    expect(receiver.byId().get(createRecord.id)).toBe(2);
    expect(receiver.duplicates).toBe(1);
    expect(receiver.received).toHaveLength(1);
  });

  it('a secret the receiver does not know → misconfigured, nothing received', async () => {
    const outcome = await send(target({ secret: OLD_SECRET }), [createRecord]);
    expect(outcome).toMatchObject({ kind: 'misconfigured', reason: expect.stringMatching(/answered 401.*webhook\.secret/) });
    expect(receiver.rejected).toBe(1);
    expect(receiver.attempts[0]!.refusal).toMatch(/^no_matching_signature/);
    expect(receiver.received).toHaveLength(0);
  });

  it('a clock far behind the receiver\'s → 401 (stale timestamp) → misconfigured, pointing at the clock', async () => {
    const config = validateWebhookConfig({ url: receiver.url, secret: SECRET });
    const lateClock = { nowMs: () => clock.ms - 10 * 60_000 };
    const t = createWebhookTarget(config, { clock: lateClock, logger: recordingLogger(logLines) });
    expect(await t.send([createRecord], never)).toMatchObject({ kind: 'misconfigured', reason: expect.stringContaining('clock') });
    expect(receiver.attempts[0]!.refusal).toMatch(/^timestamp_too_old/);
  });

  it('while rotating, signs with both secrets so a receiver still on the old one verifies', async () => {
    await receiver.close();
    receiver = await startFakeWebhookReceiver({ secret: OLD_SECRET, clock, path: PATH_TOKEN });
    expect(await send(target({ previousSecret: OLD_SECRET }), [createRecord])).toEqual({ kind: 'delivered' });
    expect(receiver.received[0]!.signature.split(' ')).toHaveLength(2);
  });

  it('receiver down → retry; back up → delivered', async () => {
    const t = target();
    await receiver.setMode('down');
    expect(await send(t, [createRecord])).toMatchObject({ kind: 'retry', reason: expect.stringMatching(/cannot reach the webhook receiver \(\w+/) });
    await receiver.setMode('up');
    expect(await send(t, [createRecord])).toEqual({ kind: 'delivered' });
    expect(receiver.received.map((r) => r.id)).toEqual([createRecord.id]);
  });

  it('410 gone → misconfigured', async () => {
    await receiver.setMode('gone');
    expect(await send(target(), [createRecord])).toMatchObject({ kind: 'misconfigured', reason: expect.stringContaining('gone') });
  });

  it('a wrong path → 404 → misconfigured', async () => {
    const config = validateWebhookConfig({ url: receiver.url.replace(PATH_TOKEN, '/elsewhere'), secret: SECRET });
    const outcome = await createWebhookTarget(config, { clock, logger: recordingLogger(logLines) }).send([createRecord], never);
    expect(outcome).toMatchObject({ kind: 'misconfigured', reason: expect.stringContaining('404') });
  });

  it('a batch goes out as one request per finding, in order', async () => {
    expect(await send(target({ batch: { maxRecords: 10 } }), [createRecord, updateRecord])).toEqual({ kind: 'delivered' });
    expect(receiver.received.map((r) => (r.body as { type: string }).type)).toEqual(['warden.finding.create', 'warden.finding.update']);
  });

  it('never puts secrets, signatures or the URL path in reasons or logs', async () => {
    // `reasons` also holds every failure from the tests above when the whole file runs.
    const before = reasons.length;
    const t = target({ previousSecret: OLD_SECRET, url: receiver.url.replace('127.0.0.1', 'localhost') });
    await t.start?.();
    await send(t, [createRecord]);
    await receiver.setMode('throttle');
    await send(t, [updateRecord]);
    await receiver.setMode('down');
    await send(t, [updateRecord]);
    await send(target({ secret: `whsec_${randomBytes(32).toString('base64')}` }), [updateRecord]);

    expect(reasons.length - before).toBe(3);
    expect(logLines.length).toBeGreaterThan(3);
    const everything = [...reasons, ...logLines].join('\n');
    const forbidden = [
      SECRET,
      SECRET.slice('whsec_'.length),
      OLD_SECRET.slice('whsec_'.length),
      'T0KEN',
      ...receiver.attempts.flatMap((a) => (a.signature ?? '').split(' ').filter(Boolean).map((s) => s.slice(3))),
    ];
    for (const secret of forbidden) expect(everything).not.toContain(secret);
  });
});

describe('webhook target with a scripted transport', () => {
  const config = validateWebhookConfig({ url: 'https://hooks.example.com/warden', secret: SECRET, timeoutMs: 1000, batch: { maxRecords: 10 } });
  const clock = { nowMs: () => START_MS };
  const logger = recordingLogger([]);

  it('stops at the first failed record and reports it, so the core retries the batch', async () => {
    const statuses = [200, 500, 200];
    const seen: string[] = [];
    const fakeFetch = (async (_url: string, init: RequestInit) => {
      seen.push((init.headers as Record<string, string>)['webhook-id']!);
      return new Response('oops', { status: statuses.shift()! });
    }) as unknown as typeof fetch;
    const third = recordFor({ ...finding, activity: 'update', revision: 3 });
    const outcome = await createWebhookTarget(config, { fetch: fakeFetch, clock, logger }).send([createRecord, updateRecord, third], never);
    expect(outcome).toEqual({ kind: 'retry', reason: 'the webhook receiver answered 500: oops' });
    expect(seen).toEqual([createRecord.id, updateRecord.id]);
  });

  it('does not follow redirects: it asks fetch for manual redirects and reports 3xx as misconfigured', async () => {
    let redirect: RequestInit['redirect'];
    const fakeFetch = (async (_url: string, init: RequestInit) => {
      redirect = init.redirect;
      return new Response(null, { status: 301, headers: { location: 'https://elsewhere.example.com/' } });
    }) as unknown as typeof fetch;
    const outcome = await createWebhookTarget(config, { fetch: fakeFetch, clock, logger }).send([createRecord], never);
    expect(redirect).toBe('manual');
    expect(outcome).toMatchObject({ kind: 'misconfigured', reason: expect.stringContaining('Redirects are not followed') });
  });

  it('gives up on a receiver that does not answer within timeoutMs → retry', async () => {
    const hanging = ((_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) => {
        init.signal!.addEventListener('abort', () => reject(init.signal!.reason));
      })) as unknown as typeof fetch;
    const outcome = await createWebhookTarget(config, { fetch: hanging, clock, logger }).send([createRecord], never);
    expect(outcome).toEqual({ kind: 'retry', reason: 'the webhook receiver did not answer within 1000 ms' });
  });

  it('sends nothing once the shutdown signal has fired', async () => {
    const controller = new AbortController();
    controller.abort();
    let calls = 0;
    const fakeFetch = (async () => {
      calls++;
      return new Response(null, { status: 200 });
    }) as unknown as typeof fetch;
    const outcome = await createWebhookTarget(config, { fetch: fakeFetch, clock, logger }).send([createRecord], controller.signal);
    expect(outcome.kind).toBe('retry');
    expect(calls).toBe(0);
  });

  it('rejects a record whose id cannot be a webhook-id, without sending it', async () => {
    let calls = 0;
    const fakeFetch = (async () => {
      calls++;
      return new Response(null, { status: 200 });
    }) as unknown as typeof fetch;
    const bad = { ...createRecord, id: 'has.dots:1' };
    const outcome = await createWebhookTarget(config, { fetch: fakeFetch, clock, logger }).send([bad], never);
    expect(outcome).toMatchObject({ kind: 'rejected', reason: expect.stringContaining('without dots') });
    expect(calls).toBe(0);
  });
});
