import type { Message } from 'kafkajs';
import type { OutboundRecord } from '../../delivery/delivery-target';

/**
 * Header names on every finding message, so consumers can route and dedupe without parsing the
 * value: `record_uid` is unique per record (dedupe on it), `finding_uid` names the incident.
 */
export const KAFKA_HEADERS = {
  ocsfClassUid: 'ocsf_class_uid',
  findingUid: 'finding_uid',
  recordUid: 'record_uid',
  activity: 'activity',
} as const;

/**
 * Encodes records as Kafka messages. Keyed by finding id so every revision of one incident lands
 * on one partition, in order; the value is the OCSF object as JSON, exactly as other sinks send it.
 */
export function toKafkaMessages(records: readonly OutboundRecord[], nowMs: number): Message[] {
  const timestamp = String(nowMs);
  return records.map((record) => ({
    key: record.findingId,
    value: JSON.stringify(record.ocsf),
    timestamp,
    headers: {
      [KAFKA_HEADERS.ocsfClassUid]: String(record.ocsf.class_uid),
      [KAFKA_HEADERS.findingUid]: record.findingId,
      [KAFKA_HEADERS.recordUid]: record.id,
      [KAFKA_HEADERS.activity]: record.activity,
    },
  }));
}
