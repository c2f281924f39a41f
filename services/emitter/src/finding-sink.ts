import type { RiskFinding, Severity } from '@warden/core';
import type { OcsfDetectionFinding } from '@warden/ocsf';

/** A finding on its way out: the domain record and its OCSF form. */
export interface EmittedFinding {
  readonly finding: RiskFinding;
  readonly ocsf: OcsfDetectionFinding;
}

/**
 * An in-process observer of findings (the console, the demo's scorecard, tests): handed each
 * finding at or above its minimum severity as the emitter handles the bus batch, shaped like a
 * delivery (Create before Update), but never spooled or retried. Destinations that must not
 * lose a finding (a file, a SIEM) are `DeliveryTarget`s instead. A `write` that throws is
 * logged; it does not hold the pipeline up.
 */
export interface FindingSink {
  readonly name: string;
  /** Findings below this severity are not handed to this observer. */
  readonly minSeverity: Severity;
  start?(): Promise<void>;
  write(batch: readonly EmittedFinding[]): Promise<void>;
  stop?(): Promise<void>;
}
