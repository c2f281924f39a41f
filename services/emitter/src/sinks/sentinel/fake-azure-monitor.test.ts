import { gzipSync } from 'node:zlib';
import { FAKE_LOGS_INGESTION_MAX_BODY_BYTES, startFakeAzureMonitor, type FakeAzureMonitor } from '../../../testkit/fake-azure-monitor';
import { CREDENTIALS, DCR_ID, STREAM, fixtureOcsf } from './__tests__/fixtures';
import { SENTINEL_COLUMNS, toSentinelRow } from './sentinel-row';

/** The fake must refuse what Azure refuses, or the target tests prove nothing. */
describe('fake Azure Monitor', () => {
  let fake: FakeAzureMonitor;
  let token: string;
  const row = toSentinelRow(fixtureOcsf());

  beforeAll(async () => {
    fake = await startFakeAzureMonitor({ ...CREDENTIALS, dcrImmutableId: DCR_ID, streamName: STREAM, columns: SENTINEL_COLUMNS });
    token = ((await requestToken({})).body as { access_token: string }).access_token;
  });
  afterAll(() => fake.close());

  async function requestToken(overrides: Record<string, string>, contentType = 'application/x-www-form-urlencoded', tenant: string = CREDENTIALS.tenantId) {
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: CREDENTIALS.clientId,
      client_secret: CREDENTIALS.clientSecret,
      scope: 'https://monitor.azure.com//.default',
      ...overrides,
    });
    const res = await fetch(`${fake.url}/${tenant}/oauth2/v2.0/token`, { method: 'POST', headers: { 'content-type': contentType }, body: form.toString() });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  async function ingest(body: Buffer | string, headers: Record<string, string> = {}, path = `/dataCollectionRules/${DCR_ID}/streams/${STREAM}?api-version=2023-01-01`) {
    const res = await fetch(`${fake.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      body,
    });
    const text = await res.text();
    const message = text === '' ? '' : ((JSON.parse(text) as { error: { message: string } }).error.message);
    return { status: res.status, code: res.headers.get('x-ms-error-code'), message };
  }

  it('issues tokens only for the exact client-credentials form', async () => {
    expect((await requestToken({})).body).toMatchObject({ token_type: 'Bearer', expires_in: 3599 });
    expect(await requestToken({ client_secret: 'nope' })).toMatchObject({ status: 401, body: { error: 'invalid_client', error_codes: [7000215] } });
    expect(await requestToken({ client_id: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ status: 400, body: { error: 'unauthorized_client' } });
    expect(await requestToken({ scope: 'https://monitor.azure.com/.default' })).toMatchObject({ status: 400, body: { error: 'invalid_scope' } });
    expect(await requestToken({ grant_type: 'password' })).toMatchObject({ status: 400, body: { error: 'unsupported_grant_type' } });
    expect(await requestToken({}, 'application/json')).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    expect(await requestToken({}, undefined, 'contoso.onmicrosoft.com')).toMatchObject({ status: 400, body: { error_codes: [90002] } });
  });

  it('accepts a gzipped JSON array of declared columns with 204', async () => {
    const before = fake.rows.length;
    expect(await ingest(gzipSync(JSON.stringify([row])), { 'content-encoding': 'gzip' })).toMatchObject({ status: 204 });
    expect(fake.rows.length).toBe(before + 1);
  });

  it.each([
    ['an unknown token', { authorization: 'Bearer forged' }, undefined, 401, 'InvalidToken'],
    ['a wrong api-version', {}, `/dataCollectionRules/${DCR_ID}/streams/${STREAM}?api-version=2021-11-01-preview`, 404, 'NotFound'],
    ['a wrong stream', {}, `/dataCollectionRules/${DCR_ID}/streams/Custom-Other_CL?api-version=2023-01-01`, 404, 'NotFound'],
    ['a non-JSON content type', { 'content-type': 'text/plain' }, undefined, 415, 'UnsupportedMediaType'],
  ])('refuses %s', async (_what, headers, path, status, code) => {
    expect(await ingest(JSON.stringify([row]), headers, path)).toMatchObject({ status, code });
  });

  it.each([
    ['a single object', JSON.stringify(row), /must be a JSON array/],
    ['broken JSON', '[{', /not valid JSON/],
    ['an undeclared column', JSON.stringify([{ ...row, Extra: 1 }]), /column "Extra" is not declared/],
    ['a wrongly typed column', JSON.stringify([{ ...row, RiskScore: '87' }]), /column "RiskScore" is declared int/],
    ['a bad datetime', JSON.stringify([{ ...row, TimeGenerated: 1795340010000 }]), /column "TimeGenerated" is declared datetime/],
    ['an invalid OCSF record', JSON.stringify([{ ...row, Ocsf: { ...row.Ocsf, class_uid: 9999 } }]), /"Ocsf" is not a valid OCSF event: class_uid/],
  ])('rejects %s with 400', async (_what, body, message) => {
    const res = await ingest(body);
    expect(res.status).toBe(400);
    expect(res.message).toMatch(message);
  });

  it('rejects a body that claims gzip but is not', async () => {
    expect(await ingest(JSON.stringify([row]), { 'content-encoding': 'gzip' })).toMatchObject({ status: 400, code: 'InvalidContentEncoding' });
  });

  it('answers 413 to a body over 1,000,000 bytes as received', async () => {
    const padded = (n: number) => Buffer.from(JSON.stringify([row]).padEnd(n, ' '));
    expect((await ingest(padded(FAKE_LOGS_INGESTION_MAX_BODY_BYTES))).status).toBe(204);
    expect(await ingest(padded(FAKE_LOGS_INGESTION_MAX_BODY_BYTES + 1))).toMatchObject({ status: 413, code: 'ContentLengthLimitExceeded' });
  });

  it('stops honouring tokens after expireTokens', async () => {
    fake.expireTokens();
    expect(await ingest(JSON.stringify([row]))).toMatchObject({ status: 401 });
  });
});
