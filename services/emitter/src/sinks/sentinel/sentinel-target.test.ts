import { ConfigError, silentLogger, type Logger } from '@warden/core';
import { startFakeAzureMonitor, type FakeAzureMonitor } from '../../../testkit/fake-azure-monitor';
import type { DeliveryTarget } from '../../delivery/delivery-target';
import { CREDENTIALS, DCR_ID, STREAM, fixtureOcsf, fixtureRecords, incompressibleRecords, manualClock, recordOf, sentinelConfig } from './__tests__/fixtures';
import type { EntraTokenProvider } from './entra-token-provider';
import { LOGS_INGESTION_MAX_BODY_BYTES, type SentinelConfig } from './sentinel-config';
import { SENTINEL_COLUMNS } from './sentinel-row';
import { createSentinelTarget, logsIngestionUrl } from './sentinel-target';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A logger that keeps every call, to prove what is (and is not) logged. */
function recordingLogger(): Logger & { lines: unknown[] } {
  const lines: unknown[] = [];
  const logger: Logger & { lines: unknown[] } = {
    lines,
    debug: (f, m) => lines.push(['debug', f, m]),
    info: (f, m) => lines.push(['info', f, m]),
    warn: (f, m) => lines.push(['warn', f, m]),
    error: (f, m) => lines.push(['error', f, m]),
    child: () => logger,
  };
  return logger;
}

describe('Sentinel target against the fake Azure Monitor', () => {
  let fake: FakeAzureMonitor;
  let clock: ReturnType<typeof manualClock>;
  const signal = new AbortController().signal;

  beforeEach(async () => {
    clock = manualClock();
    fake = await startFakeAzureMonitor({ ...CREDENTIALS, dcrImmutableId: DCR_ID, streamName: STREAM, columns: SENTINEL_COLUMNS, tokenLifetimeSeconds: 3600, clock });
  });
  afterEach(() => fake.close());

  const target = (overrides: Partial<SentinelConfig> = {}, logger: Logger = silentLogger): DeliveryTarget =>
    createSentinelTarget(sentinelConfig(fake.url, overrides), { logger, clock });

  it('posts to the DCR stream URL with the api version', () => {
    expect(logsIngestionUrl(sentinelConfig('https://dce.eastus-1.ingest.monitor.azure.com'))).toBe(
      `https://dce.eastus-1.ingest.monitor.azure.com/dataCollectionRules/${DCR_ID}/streams/${STREAM}?api-version=2023-01-01`,
    );
  });

  it('delivers a batch as schema-valid rows, gzipped, with a client request id', async () => {
    const records = fixtureRecords(3);
    const sentinel = target();
    expect(sentinel).toMatchObject({ name: 'sentinel', kind: 'sentinel', minSeverity: 'low' });
    await sentinel.start?.();
    await expect(sentinel.send(records, signal)).resolves.toEqual({ kind: 'delivered' });

    expect(fake.rows).toHaveLength(3);
    const byUid = fake.byRecordUid();
    for (const r of records) {
      const [row] = byUid.get(r.id)!;
      expect(row).toMatchObject({ RecordUid: r.id, FindingUid: r.findingId, Severity: 'Critical' });
      expect(row!['Ocsf']).toEqual(JSON.parse(JSON.stringify(r.ocsf)));
    }
    expect(fake.requests).toEqual([
      { status: 204, bytesReceived: expect.any(Number), contentEncoding: 'gzip', clientRequestId: expect.stringMatching(UUID), rowCount: 3, errorCode: undefined },
    ]);
    expect(fake.tokensIssued).toBe(1); // start() fetched it; send reused it
  });

  it('fits a 500-record batch of several MB of JSON into one gzipped call under 1 MB', async () => {
    const records = fixtureRecords(500);
    await expect(target().send(records, signal)).resolves.toEqual({ kind: 'delivered' });
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]!.bytesReceived).toBeLessThan(LOGS_INGESTION_MAX_BODY_BYTES);
    expect(Buffer.byteLength(JSON.stringify(records.map((r) => r.ocsf)))).toBeGreaterThan(3 * LOGS_INGESTION_MAX_BODY_BYTES);
    expect(fake.byRecordUid().size).toBe(500);
  });

  it('sends plain JSON when gzip is off', async () => {
    await expect(target({ gzip: false }).send(fixtureRecords(2), signal)).resolves.toEqual({ kind: 'delivered' });
    expect(fake.requests[0]).toMatchObject({ status: 204, contentEncoding: undefined, rowCount: 2 });
  });

  it('replaces the token before it expires, without a 401', async () => {
    const sentinel = target();
    await sentinel.send(fixtureRecords(1, 'a'), signal);
    clock.advance(3600 * 1000 + 1); // the first token is now dead on the fake too
    await expect(sentinel.send(fixtureRecords(1, 'b'), signal)).resolves.toEqual({ kind: 'delivered' });
    expect(fake.tokensIssued).toBe(2);
    expect(fake.requests.map((r) => r.status)).toEqual([204, 204]);
  });

  it('a token the service refuses is refreshed once: retry, then delivered', async () => {
    const sentinel = target();
    await sentinel.send(fixtureRecords(1, 'a'), signal);
    fake.expireTokens();
    const outcome = await sentinel.send(fixtureRecords(1, 'b'), signal);
    expect(outcome).toEqual({ kind: 'retry', reason: expect.stringContaining('HTTP 401, x-ms-error-code=InvalidToken') });
    await expect(sentinel.send(fixtureRecords(1, 'b'), signal)).resolves.toEqual({ kind: 'delivered' });
    expect(fake.tokensIssued).toBe(2);
    expect(fake.requests.map((r) => r.status)).toEqual([204, 401, 204]);
  });

  it('a 401 on a freshly issued token is misconfigured, not an endless refresh loop', async () => {
    const provider: EntraTokenProvider = {
      getToken: async () => ({ token: 'issued-for-another-audience', expiresAtMs: Number.MAX_SAFE_INTEGER, fresh: true }),
      invalidate: () => {},
    };
    const sentinel = createSentinelTarget(sentinelConfig(fake.url), { logger: silentLogger, clock, tokenProvider: provider });
    await expect(sentinel.send(fixtureRecords(1), signal)).resolves.toEqual({
      kind: 'misconfigured',
      reason: expect.stringContaining('a token just issued by Microsoft Entra was refused'),
    });
  });

  it('429 retries after the server\'s Retry-After; 503 and a dead server retry too', async () => {
    const sentinel = target();
    fake.setMode('throttle');
    await expect(sentinel.send(fixtureRecords(1), signal)).resolves.toEqual({
      kind: 'retry',
      reason: expect.stringContaining('throttled by the DCR limits (HTTP 429, x-ms-error-code=TooManyRequests'),
      retryAfterMs: 7000,
    });
    fake.setMode('busy');
    await expect(sentinel.send(fixtureRecords(1), signal)).resolves.toMatchObject({ kind: 'retry', retryAfterMs: 7000 });
    fake.setMode('down');
    await expect(sentinel.send(fixtureRecords(1), signal)).resolves.toMatchObject({ kind: 'retry', reason: expect.stringMatching(/^request failed: /) });
    fake.setMode('up');
    await expect(sentinel.send(fixtureRecords(1), signal)).resolves.toEqual({ kind: 'delivered' });
    expect(fake.rows).toHaveLength(1);
  });

  it('a wrong client secret is misconfigured, refuses start, and never shows the secret', async () => {
    const logger = recordingLogger();
    const wrongSecret = 'Wr0ng~secret.value_456';
    const sentinel = target({ clientSecret: wrongSecret }, logger);
    const startError = await sentinel.start!().catch((e: unknown) => e);
    expect(startError).toBeInstanceOf(ConfigError);
    expect((startError as ConfigError).message).toContain('sentinel.clientSecret');
    const outcome = await sentinel.send(fixtureRecords(1), signal);
    expect(outcome).toEqual({ kind: 'misconfigured', reason: expect.stringContaining('HTTP 401, invalid_client AADSTS7000215') });
    expect(fake.tokenRefusals).toBe(2);
    expect(fake.requests).toHaveLength(0);
    const everything = JSON.stringify([(startError as Error).message, outcome, logger.lines]);
    expect(everything).not.toContain(wrongSecret);
    expect(everything).not.toContain(CREDENTIALS.clientSecret);
  });

  it('a stream or DCR the endpoint does not have is misconfigured (404)', async () => {
    await expect(target({ streamName: 'Custom-Other_CL' }).send(fixtureRecords(1), signal)).resolves.toEqual({
      kind: 'misconfigured',
      reason: expect.stringMatching(/^not found \(HTTP 404, x-ms-error-code=NotFound.*sentinel\.streamName/),
    });
    await expect(target({ dcrImmutableId: 'dcr-ffffffffffffffffffffffffffffffff' }).send(fixtureRecords(1), signal)).resolves.toMatchObject({
      kind: 'misconfigured',
    });
    expect(fake.rows).toHaveLength(0);
  });

  it('a batch too big for one call is too_large before anything is sent', async () => {
    const outcome = await target().send(incompressibleRecords(80, 20_000), signal);
    expect(outcome).toEqual({ kind: 'too_large', reason: expect.stringContaining('must stay under 1000000 bytes') });
    expect(fake.requests).toHaveLength(0);
  });

  it('rows the service refuses are rejected (400), naming the problem', async () => {
    const good = recordOf(fixtureOcsf({ findingId: 'good' }));
    const broken = recordOf({ ...fixtureOcsf({ findingId: 'broken' }), severity_id: 42 as never });
    const outcome = await target().send([good, broken], signal);
    expect(outcome).toEqual({ kind: 'rejected', reason: expect.stringContaining('Row 1: "Ocsf" is not a valid OCSF event: severity_id') });
    expect(fake.rows).toHaveLength(0);
  });

  it('gives up on a silent server after timeoutMs and retries', async () => {
    let calls = 0;
    const hanging = ((_url: string, init?: RequestInit) => {
      calls++;
      return new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    }) as typeof fetch;
    const provider: EntraTokenProvider = { getToken: async () => ({ token: 't', expiresAtMs: Infinity, fresh: false }), invalidate: () => {} };
    const sentinel = createSentinelTarget(sentinelConfig(fake.url, { timeoutMs: 1_000 }), { logger: silentLogger, clock, fetch: hanging, tokenProvider: provider });
    await expect(sentinel.send(fixtureRecords(1), signal)).resolves.toEqual({ kind: 'retry', reason: 'no response within 1000 ms (sentinel.timeoutMs)' });
    expect(calls).toBe(1);

    const controller = new AbortController();
    const pending = sentinel.send(fixtureRecords(1), controller.signal);
    await new Promise((r) => setImmediate(r)); // in flight
    expect(calls).toBe(2);
    controller.abort();
    await expect(pending).resolves.toEqual({ kind: 'retry', reason: 'request aborted (shutting down)' });
    // Already shutting down: nothing is sent.
    await expect(sentinel.send(fixtureRecords(1), controller.signal)).resolves.toEqual({ kind: 'retry', reason: 'request aborted (shutting down)' });
    expect(calls).toBe(2);
  });

  it('never logs the bearer token or the secret', async () => {
    const logger = recordingLogger();
    const bearers: string[] = [];
    const spyingFetch = ((url: string | URL | Request, init?: RequestInit) => {
      const auth = new Headers(init?.headers).get('authorization');
      if (auth !== null) bearers.push(auth.replace(/^Bearer /, ''));
      return fetch(url, init);
    }) as typeof fetch;
    const sentinel = createSentinelTarget(sentinelConfig(fake.url), { logger, clock, fetch: spyingFetch });
    await sentinel.send(fixtureRecords(1, 'a'), signal);
    fake.expireTokens();
    await sentinel.send(fixtureRecords(1, 'b'), signal);
    await sentinel.send(fixtureRecords(1, 'c'), signal);
    fake.setMode('throttle');
    await sentinel.send(fixtureRecords(1, 'd'), signal);
    expect(new Set(bearers).size).toBe(2);
    expect(logger.lines.length).toBeGreaterThanOrEqual(4);
    const text = JSON.stringify(logger.lines);
    for (const token of bearers) expect(text).not.toContain(token);
    expect(text).not.toContain(CREDENTIALS.clientSecret);
  });
});
