import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { RiskFinding } from '@warden/core';
import { toDetectionFinding, type OcsfDetectionFinding } from '@warden/ocsf';
import type { OutboundRecord } from '../../../delivery/delivery-target';
import type { SentinelConfig } from '../sentinel-config';

export const FIXTURE_NOW_MS = 1_795_340_010_000;
const PRODUCT = { name: 'Warden', vendorName: 'Warden', version: '0.0.0-test' };

export const fixtureFinding: RiskFinding = JSON.parse(
  readFileSync(path.join(__dirname, '../../../../testdata/finding-create.json'), 'utf8'),
) as RiskFinding;

export function fixtureOcsf(overrides: Partial<RiskFinding> = {}): OcsfDetectionFinding {
  return toDetectionFinding({ ...fixtureFinding, ...overrides }, { nowMs: FIXTURE_NOW_MS, product: PRODUCT });
}

export function recordOf(ocsf: OcsfDetectionFinding): OutboundRecord {
  return {
    id: ocsf.metadata.uid,
    findingId: ocsf.finding_info.uid,
    revision: ocsf.unmapped.revision,
    activity: ocsf.activity_name === 'Create' ? 'create' : ocsf.activity_name === 'Update' ? 'update' : 'close',
    severity: 'critical',
    ocsf,
  };
}

/** `count` distinct records of the fixture finding (one incident each). */
export function fixtureRecords(count: number, prefix = 'fnd'): OutboundRecord[] {
  return Array.from({ length: count }, (_, i) => recordOf(fixtureOcsf({ findingId: `${prefix}-${i}` })));
}

/** Records whose descriptions are random, so gzip cannot shrink them much. */
export function incompressibleRecords(count: number, descChars: number): OutboundRecord[] {
  return fixtureRecords(count, 'noise').map((r) => {
    const ocsf = { ...r.ocsf, finding_info: { ...r.ocsf.finding_info, desc: randomBytes(descChars).toString('base64').slice(0, descChars) } };
    return { ...r, ocsf };
  });
}

export const CREDENTIALS = {
  tenantId: '11111111-2222-4333-8444-555555555555',
  clientId: '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
  clientSecret: 'Xy8Q~super.secret-value_123',
} as const;

export const DCR_ID = 'dcr-0123456789abcdef0123456789abcdef';
export const STREAM = 'Custom-WardenFindings_CL';

export function sentinelConfig(url: string, overrides: Partial<SentinelConfig> = {}): SentinelConfig {
  return {
    name: 'sentinel',
    ...CREDENTIALS,
    endpoint: url,
    dcrImmutableId: DCR_ID,
    streamName: STREAM,
    authorityHost: url,
    scope: 'https://monitor.azure.com//.default',
    minSeverity: 'low',
    timeoutMs: 10_000,
    batch: { maxRecords: 500, maxBytes: 1_000_000, maxWaitMs: 1_000 },
    gzip: true,
    ...overrides,
  };
}

/** A clock tests move by hand. */
export function manualClock(startMs = FIXTURE_NOW_MS): { nowMs(): number; advance(ms: number): void } {
  let now = startMs;
  return {
    nowMs: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}
