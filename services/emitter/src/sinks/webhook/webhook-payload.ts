import type { FindingActivity } from '@warden/core';
import type { OutboundRecord } from '../../delivery/delivery-target';
import type { WebhookPayloadFormat } from './webhook-config';

/** Standard Webhooks event type: full-stop delimited, `[a-zA-Z0-9_]` segments, most general first. */
export function webhookEventType(activity: FindingActivity): string {
  return `warden.finding.${activity}`;
}

/**
 * The exact request body for one record. Deterministic (same record, same bytes), so every retry
 * carries the same payload under the same `webhook-id`; only the timestamp and signature change.
 * The envelope's `timestamp` is when the finding record was produced (OCSF `time`), not the attempt.
 */
export function encodeWebhookPayload(record: OutboundRecord, format: WebhookPayloadFormat): string {
  if (format === 'ocsf') return JSON.stringify(record.ocsf);
  return JSON.stringify({
    type: webhookEventType(record.activity),
    timestamp: new Date(record.ocsf.time).toISOString(),
    data: record.ocsf,
  });
}
