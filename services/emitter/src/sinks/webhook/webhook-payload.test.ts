import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { RiskFinding } from '@warden/core';
import { toDetectionFinding } from '@warden/ocsf';
import type { OutboundRecord } from '../../delivery/delivery-target';
import { encodeWebhookPayload, webhookEventType } from './webhook-payload';

const finding = JSON.parse(readFileSync(path.join(__dirname, '../../../testdata/finding-create.json'), 'utf8')) as RiskFinding;
const ocsf = toDetectionFinding(finding, { nowMs: 1_795_340_010_000, product: { name: 'Warden', vendorName: 'Warden', version: '0.0.0-test' } });
const record: OutboundRecord = {
  id: ocsf.metadata.uid,
  findingId: finding.findingId,
  revision: finding.revision,
  activity: finding.activity,
  severity: finding.severity,
  ocsf,
};

describe('encodeWebhookPayload', () => {
  it('wraps the OCSF record in a Standard Webhooks event by default', () => {
    const body = JSON.parse(encodeWebhookPayload(record, 'envelope'));
    expect(Object.keys(body)).toEqual(['type', 'timestamp', 'data']);
    expect(body.type).toBe('warden.finding.create');
    expect(body.timestamp).toBe(new Date(ocsf.time).toISOString());
    expect(body.data).toEqual(JSON.parse(JSON.stringify(ocsf)));
    expect(body.data.metadata.uid).toBe('fnd-acme-support-7-conv-8812:1');
  });

  it('sends the bare OCSF record in ocsf mode', () => {
    expect(encodeWebhookPayload(record, 'ocsf')).toBe(JSON.stringify(ocsf));
  });

  it('is deterministic, so every retry carries the same bytes', () => {
    expect(encodeWebhookPayload(record, 'envelope')).toBe(encodeWebhookPayload({ ...record, ocsf: JSON.parse(JSON.stringify(ocsf)) }, 'envelope'));
  });

  it('names event types after the finding activity', () => {
    expect(['create', 'update', 'close'].map((a) => webhookEventType(a as OutboundRecord['activity']))).toEqual([
      'warden.finding.create',
      'warden.finding.update',
      'warden.finding.close',
    ]);
  });
});
