import type { FindingActivity, Severity } from '@warden/core';
import type { OcsfDetectionFinding } from '@warden/ocsf';
import type { OutboundRecord } from '../../delivery/delivery-target';

/** Envelope metadata that is the same for every event a target sends. */
export interface SplunkHecEnvelopeMetadata {
  readonly source: string;
  readonly sourcetype: string;
  readonly index?: string;
  readonly host?: string;
}

/**
 * Index-time fields: searchable without parsing the event (`finding_uid::fnd-...`), and HEC
 * only accepts string values here.
 */
export interface SplunkHecIndexedFields {
  readonly finding_uid: string;
  readonly activity: FindingActivity;
  readonly severity: Severity;
}

/** One HEC `/services/collector/event` envelope, keys in the order they are written. */
export interface SplunkHecEnvelope {
  /** Epoch seconds with millisecond decimals: HEC reads `time` as seconds, OCSF keeps ms. */
  readonly time: number;
  readonly host?: string;
  readonly source: string;
  readonly sourcetype: string;
  readonly index?: string;
  readonly fields: SplunkHecIndexedFields;
  /** The whole OCSF object, unchanged (its own `time` stays in ms). */
  readonly event: OcsfDetectionFinding;
}

/** OCSF timestamp_t (epoch ms) → HEC `time` (epoch seconds, ms as decimals: 1795340010.123). */
export function hecTimeFromEpochMs(epochMs: number): number {
  // Division of an integer by 1000 rounds to the double nearest the exact decimal, so it prints
  // with at most three decimals.
  return Math.round(epochMs) / 1000;
}

export function toSplunkHecEnvelope(record: OutboundRecord, metadata: SplunkHecEnvelopeMetadata): SplunkHecEnvelope {
  return {
    time: hecTimeFromEpochMs(record.ocsf.time),
    ...(metadata.host === undefined ? {} : { host: metadata.host }),
    source: metadata.source,
    sourcetype: metadata.sourcetype,
    ...(metadata.index === undefined ? {} : { index: metadata.index }),
    fields: { finding_uid: record.findingId, activity: record.activity, severity: record.severity },
    event: record.ocsf,
  };
}

/**
 * The request body for `/services/collector/event`: envelopes back to back, one per line. HEC's
 * batch format is concatenated objects, not a JSON array (an array is answered with code 6).
 */
export function encodeSplunkHecBatch(records: readonly OutboundRecord[], metadata: SplunkHecEnvelopeMetadata): string {
  return records.map((record) => JSON.stringify(toSplunkHecEnvelope(record, metadata))).join('\n');
}
