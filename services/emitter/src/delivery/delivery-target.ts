import type { FindingActivity, Severity } from '@warden/core';
import type { OcsfDetectionFinding } from '@warden/ocsf';

/**
 * One finding record on its way to one sink: the OCSF object exactly as it will be sent, plus the
 * identity a receiver dedupes on. Records are what the spool stores, so this shape is the on-disk
 * format: add fields, never rename them.
 */
export interface OutboundRecord {
  /** Unique per record and stable across retries and restarts: OCSF `metadata.uid` (`findingId:revision`). */
  readonly id: string;
  /** The incident (OCSF `finding_info.uid`), stable across Create/Update/Close. */
  readonly findingId: string;
  readonly revision: number;
  readonly activity: FindingActivity;
  readonly severity: Severity;
  readonly ocsf: OcsfDetectionFinding;
}

/**
 * What one send attempt came to, decided by the sink's pure classifier from the response (or the
 * transport error). The delivery core acts on it; sinks never retry or sleep themselves.
 *
 * - `delivered`: the destination durably has the whole batch.
 * - `retry`: transient (5xx, 429, 503 busy, timeout, connection refused); the same batch is sent
 *   again after jittered exponential backoff, or after `retryAfterMs` when the server named it.
 * - `too_large`: the request was over the destination's size limit (413): the core halves the
 *   batch; a single record that is still too large is dead-lettered.
 * - `rejected`: the destination refuses these records and will refuse them again (400 bad data).
 *   The core bisects a batch to isolate the bad record(s) and dead-letters only those.
 * - `misconfigured`: the destination refuses us, not the data (401/403 bad token, 404 wrong URL or
 *   stream, 410 gone). Nothing is dead-lettered: the core keeps the batch and retries at the
 *   longest backoff, reporting the sink unhealthy, so fixing the configuration delivers everything.
 */
export type DeliveryOutcome =
  | { readonly kind: 'delivered' }
  | { readonly kind: 'retry'; readonly reason: string; readonly retryAfterMs?: number }
  | { readonly kind: 'too_large'; readonly reason: string }
  | { readonly kind: 'rejected'; readonly reason: string }
  | { readonly kind: 'misconfigured'; readonly reason: string };

export interface BatchLimits {
  /** Most records in one request. */
  readonly maxRecords: number;
  /** Most bytes of encoded records in one request (before compression). */
  readonly maxBytes: number;
  /** How long a partial batch may wait for more records before it is sent. */
  readonly maxWaitMs: number;
}

/**
 * A destination for findings (Splunk HEC, Sentinel, webhook, file, Kafka topic). It only encodes
 * and sends; batching, retries, backoff, the disk spool, dead letters and metrics live once, in
 * the delivery core (the Vector sink pattern).
 */
export interface DeliveryTarget {
  /** Unique among configured sinks; names the spool directory and the metric label. */
  readonly name: string;
  /** Kind of destination, for logs and `warden test-sinks` (`splunk_hec`, `sentinel`, `webhook`, `file`, `kafka`). */
  readonly kind: string;
  /** Records below this severity are never sent here. */
  readonly minSeverity: Severity;
  readonly batch: BatchLimits;
  /** Connects or checks credentials; a rejection is a configuration error reported at start. */
  start?(): Promise<void>;
  /**
   * One attempt to deliver `records` (in order, within `batch` limits). Resolves with the
   * classified outcome; it rejects only on a programming error. `signal` aborts on shutdown.
   */
  send(records: readonly OutboundRecord[], signal: AbortSignal): Promise<DeliveryOutcome>;
  stop?(): Promise<void>;
}
