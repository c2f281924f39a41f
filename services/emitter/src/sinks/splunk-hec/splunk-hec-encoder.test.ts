import * as fs from 'node:fs';
import * as path from 'node:path';
import type { RiskFinding } from '@warden/core';
import { toDetectionFinding } from '@warden/ocsf';
import type { OutboundRecord } from '../../delivery/delivery-target';
import { encodeSplunkHecBatch, hecTimeFromEpochMs, toSplunkHecEnvelope } from './splunk-hec-encoder';

const finding = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'testdata', 'finding-create.json'), 'utf8'),
) as RiskFinding;
const PRODUCT = { name: 'Warden', vendorName: 'Warden', version: '0.0.0-test' };

function record(revision: number, nowMs = 1_795_340_010_000): OutboundRecord {
  const ocsf = toDetectionFinding({ ...finding, revision }, { nowMs, product: PRODUCT });
  return { id: ocsf.metadata.uid, findingId: finding.findingId, revision, activity: finding.activity, severity: finding.severity, ocsf };
}

const META = { source: 'warden', sourcetype: 'ocsf:warden:detection_finding' };

describe('hecTimeFromEpochMs', () => {
  it.each([
    [1_795_340_010_000, 1_795_340_010, '1795340010'],
    [1_795_340_010_123, 1_795_340_010.123, '1795340010.123'],
    [1_795_340_010_001, 1_795_340_010.001, '1795340010.001'],
    [1_795_340_010_999, 1_795_340_010.999, '1795340010.999'],
    [0, 0, '0'],
  ])('%d ms → %d s, written as %s', (ms, seconds, written) => {
    expect(hecTimeFromEpochMs(ms)).toBe(seconds);
    expect(JSON.stringify(hecTimeFromEpochMs(ms))).toBe(written);
  });

  it('writes at most three decimals for any millisecond', () => {
    for (let ms = 1_795_340_010_000; ms < 1_795_340_011_000; ms++) {
      expect(String(hecTimeFromEpochMs(ms))).toMatch(/^\d{10}(\.\d{1,3})?$/);
    }
  });
});

describe('toSplunkHecEnvelope', () => {
  it('wraps the OCSF object with seconds, metadata and string indexed fields', () => {
    const r = record(1, 1_795_340_010_250);
    const envelope = toSplunkHecEnvelope(r, { ...META, index: 'security', host: 'warden-1' });
    expect(Object.keys(envelope)).toEqual(['time', 'host', 'source', 'sourcetype', 'index', 'fields', 'event']);
    expect(envelope.time).toBe(1_795_340_010.25);
    expect(envelope.fields).toEqual({ finding_uid: 'fnd-acme-support-7-conv-8812', activity: 'create', severity: 'critical' });
    expect(Object.values(envelope.fields).every((v) => typeof v === 'string')).toBe(true);
    // The payload is the record's OCSF object itself, still in ms.
    expect(envelope.event).toBe(r.ocsf);
    expect(envelope.event.time).toBe(1_795_340_010_250);
  });

  it('leaves out host and index when they are not configured', () => {
    const envelope = toSplunkHecEnvelope(record(1), META);
    expect(Object.keys(envelope)).toEqual(['time', 'source', 'sourcetype', 'fields', 'event']);
  });
});

describe('encodeSplunkHecBatch', () => {
  it('writes newline-separated envelopes, not a JSON array', () => {
    const records = [record(1), record(2), record(3)];
    const body = encodeSplunkHecBatch(records, META);
    expect(body.startsWith('{"time":')).toBe(true);
    const lines = body.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => (JSON.parse(l) as { event: { metadata: { uid: string } } }).event.metadata.uid)).toEqual([
      'fnd-acme-support-7-conv-8812:1',
      'fnd-acme-support-7-conv-8812:2',
      'fnd-acme-support-7-conv-8812:3',
    ]);
    expect(() => JSON.parse(body)).toThrow();
  });

  it('keeps newlines inside values escaped, so one envelope stays on one line', () => {
    const r = record(1);
    expect(r.ocsf.finding_info.desc).toContain('\n');
    const body = encodeSplunkHecBatch([r, record(2)], META);
    expect(body.split('\n')).toHaveLength(2);
  });

  it('encodes an empty batch as an empty body', () => {
    expect(encodeSplunkHecBatch([], META)).toBe('');
  });
});
