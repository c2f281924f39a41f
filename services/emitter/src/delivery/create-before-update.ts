import { isAtLeast, type FindingActivity, type RiskFinding, type Severity } from '@warden/core';

/** How one finding record goes to one sink. */
export interface SinkShape {
  readonly activity: FindingActivity;
  /** This record is the sink's first of the incident: remember its revision as the Create. */
  readonly announces: boolean;
}

/**
 * What a sink is sent for `finding`, given the revision at which it was first told of the
 * incident (`createdAt`, undefined if never): nothing when below the sink's minimum severity or
 * when closing an incident the sink never saw; a Create when the incident first crosses the
 * sink's threshold, even on an Update, because a SIEM must see a Create before any Update. The
 * revision that announced the incident is shaped as a Create again when it comes back (a bus
 * redelivery), so a retried batch produces the same record, never a second, different one.
 */
export function shapeForSink(finding: RiskFinding, minSeverity: Severity, createdAt: number | undefined): SinkShape | undefined {
  if (!isAtLeast(finding.severity, minSeverity)) return undefined;
  // What was done about an incident only means something to a sink that knows the incident.
  if (finding.response) return createdAt === undefined ? undefined : { activity: 'update', announces: false };
  if (createdAt === undefined) return finding.activity === 'close' ? undefined : { activity: 'create', announces: true };
  if (createdAt === finding.revision) return { activity: 'create', announces: false };
  return { activity: finding.activity, announces: false };
}
