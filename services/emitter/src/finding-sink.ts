import type { RiskFinding, Severity } from '@warden/core';
import type { OcsfDetectionFinding } from '@warden/ocsf';

/** A finding on its way out: the domain record and its OCSF form. */
export interface EmittedFinding {
  readonly finding: RiskFinding;
  readonly ocsf: OcsfDetectionFinding;
}

/**
 * Where findings go (file, console, later Splunk HEC, Sentinel, webhook, Kafka). `write` resolves
 * only when the batch is durable at the destination; the emitter acknowledges its input after
 * every sink has resolved, so a failed write is retried, never dropped.
 */
export interface FindingSink {
  readonly name: string;
  /** Findings below this severity are not sent to this sink. */
  readonly minSeverity: Severity;
  start?(): Promise<void>;
  write(batch: readonly EmittedFinding[]): Promise<void>;
  stop?(): Promise<void>;
}
