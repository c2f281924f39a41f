import { gunzipSync } from 'node:zlib';
import { fixtureRecords, incompressibleRecords } from './__tests__/fixtures';
import { LOGS_INGESTION_MAX_BODY_BYTES } from './sentinel-config';
import { encodeSentinelBatch } from './sentinel-encoder';
import { SENTINEL_FIELD_VALUE_LIMIT_BYTES, toSentinelRow } from './sentinel-row';

const rowsOf = (records: ReturnType<typeof fixtureRecords>) => records.map((r) => toSentinelRow(r.ocsf));
const limit = { maxBodyBytes: LOGS_INGESTION_MAX_BODY_BYTES };

describe('encodeSentinelBatch', () => {
  it('gzips one JSON array of the rows, in order', () => {
    const rows = rowsOf(fixtureRecords(3));
    const encoded = encodeSentinelBatch(rows, { gzip: true, ...limit });
    if (encoded.kind !== 'encoded') throw new Error(encoded.reason);
    expect(encoded.contentEncoding).toBe('gzip');
    const json = gunzipSync(encoded.body).toString('utf8');
    expect(json.length).toBe(encoded.jsonBytes);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(rows)));
    expect(encoded.oversized).toEqual([]);
  });

  it('sends plain JSON when gzip is off', () => {
    const rows = rowsOf(fixtureRecords(2));
    const encoded = encodeSentinelBatch(rows, { gzip: false, ...limit });
    if (encoded.kind !== 'encoded') throw new Error(encoded.reason);
    expect(encoded.contentEncoding).toBeUndefined();
    expect(encoded.body.toString('utf8')).toBe(JSON.stringify(rows));
  });

  it('fits several MB of findings JSON under 1 MB once gzipped', () => {
    const encoded = encodeSentinelBatch(rowsOf(fixtureRecords(500)), { gzip: true, ...limit });
    if (encoded.kind !== 'encoded') throw new Error(encoded.reason);
    expect(encoded.jsonBytes).toBeGreaterThan(3 * LOGS_INGESTION_MAX_BODY_BYTES);
    expect(encoded.body.length).toBeLessThan(LOGS_INGESTION_MAX_BODY_BYTES);
  });

  it('reports a body at or over the limit as too_large instead of producing it', () => {
    const rows = rowsOf(incompressibleRecords(80, 20_000));
    const gz = encodeSentinelBatch(rows, { gzip: true, ...limit });
    expect(gz).toEqual({ kind: 'too_large', bodyBytes: expect.any(Number), reason: expect.stringMatching(/^80 row\(s\) encode to \d+ bytes gzipped \(\d+ bytes of JSON\); a Logs Ingestion API call must stay under 1000000 bytes$/) });
    expect((gz as { bodyBytes: number }).bodyBytes).toBeGreaterThanOrEqual(LOGS_INGESTION_MAX_BODY_BYTES);

    const plain = rowsOf(fixtureRecords(150));
    const size = Buffer.byteLength(JSON.stringify(plain));
    expect(encodeSentinelBatch(plain, { gzip: false, maxBodyBytes: size }).kind).toBe('too_large');
    expect(encodeSentinelBatch(plain, { gzip: false, maxBodyBytes: size + 1 }).kind).toBe('encoded');
  });

  it('names the records whose values Sentinel would truncate', () => {
    const [a, b] = fixtureRecords(2);
    const big = { ...b!.ocsf, message: 'm'.repeat(SENTINEL_FIELD_VALUE_LIMIT_BYTES) };
    const encoded = encodeSentinelBatch([toSentinelRow(a!.ocsf), toSentinelRow(big)], { gzip: true, ...limit });
    if (encoded.kind !== 'encoded') throw new Error(encoded.reason);
    expect(encoded.oversized).toEqual([{ recordUid: 'fnd-1:1', columns: ['Ocsf'] }]);
  });
});
