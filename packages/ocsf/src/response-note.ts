import type { FindingResponseNote } from '@warden/core';
import { oneLine } from './redact';

/**
 * How one step of Warden's response appears in OCSF: the `security_control` profile's
 * `action_id` (what the control did to the agent's activity) and `disposition_id` (the outcome),
 * the profile being the schema's place for "a security control observed or intervened".
 * Only an executed step changes the agent, so every other status is Observed with a disposition
 * saying why nothing changed yet; a SIEM searching for Quarantined agents finds only real ones.
 */
export interface OcsfResponseControl {
  /** 1 Allowed, 2 Denied, 3 Observed, 4 Modified, 99 Other (the profile extends the dictionary's enum). */
  readonly action_id: 1 | 2 | 3 | 4 | 99;
  readonly action: string;
  readonly disposition_id: number;
  readonly disposition: string;
}

export type ResponseStatus = FindingResponseNote['status'];

export const RESPONSE_STATUSES: readonly ResponseStatus[] = [
  'pending_approval',
  'approved',
  'denied',
  'executed',
  'failed',
  'shadowed',
  'suppressed',
  'expired',
  'undone',
  'reviewed_benign',
];

/** A person's review of the finding rather than a step a control took: no control outcome to report. */
export function isReview(note: FindingResponseNote): boolean {
  return note.status === 'reviewed_benign';
}

const ALLOWED = { action_id: 1, action: 'Allowed' } as const;
const DENIED = { action_id: 2, action: 'Denied' } as const;
const OBSERVED = { action_id: 3, action: 'Observed' } as const;
const MODIFIED = { action_id: 4, action: 'Modified' } as const;

/** What an executed action did, in the schema's own words (dispositions are the dictionary's). */
const EXECUTED: Readonly<Record<string, OcsfResponseControl>> = {
  record: { ...OBSERVED, disposition_id: 17, disposition: 'Logged' },
  notify: { ...OBSERVED, disposition_id: 19, disposition: 'Alert' },
  throttle: { ...MODIFIED, disposition_id: 14, disposition: 'Delayed' },
  // Read-only mode blocks the agent's writes; its reads go on.
  read_only: { ...DENIED, disposition_id: 2, disposition: 'Blocked' },
  // Memory restored to the last known-good checkpoint: the poisoned state is corrected.
  memory_rollback: { ...MODIFIED, disposition_id: 11, disposition: 'Corrected' },
  quarantine: { ...DENIED, disposition_id: 3, disposition: 'Quarantined' },
};

/** Statuses in which the agent was not (or no longer) changed. */
const NOT_EXECUTED: Readonly<Record<Exclude<ResponseStatus, 'executed' | 'reviewed_benign'>, OcsfResponseControl>> = {
  // The schema has no "awaiting approval" outcome; 99 carries Warden's own caption.
  pending_approval: { ...OBSERVED, disposition_id: 99, disposition: 'Pending Approval' },
  approved: { ...OBSERVED, disposition_id: 8, disposition: 'Approved' },
  denied: { ...OBSERVED, disposition_id: 25, disposition: 'Rejected' },
  failed: { ...OBSERVED, disposition_id: 27, disposition: 'Error' },
  shadowed: { ...OBSERVED, disposition_id: 17, disposition: 'Logged' },
  suppressed: { ...OBSERVED, disposition_id: 16, disposition: 'No Action' },
  expired: { ...OBSERVED, disposition_id: 16, disposition: 'No Action' },
  undone: { ...ALLOWED, disposition_id: 9, disposition: 'Restored' },
};

const ACTION_LABEL: Readonly<Record<string, string>> = {
  record: 'Record',
  notify: 'Notification',
  throttle: 'Throttle',
  read_only: 'Read-only mode',
  memory_rollback: 'Memory rollback',
  quarantine: 'Quarantine',
  review: 'Review',
};

/** Names listed in status_detail before "and N more": approvals are one or two people in practice. */
const MAX_NAMES = 5;

/** What the control did; none for a review, which is a person's judgement, not an intervention. */
export function responseControl(note: FindingResponseNote): OcsfResponseControl | undefined {
  if (note.status === 'reviewed_benign') return undefined;
  if (note.status !== 'executed') return NOT_EXECUTED[note.status];
  return (
    EXECUTED[note.action] ?? {
      action_id: 99,
      action: oneLine(actionLabel(note.action), 64),
      disposition_id: 7,
      disposition: 'Custom Action',
    }
  );
}

export function actionLabel(action: string): string {
  return ACTION_LABEL[action] ?? action.replace(/_/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
}

/** "Quarantine approved by alice, bob and executed": what was done and by whom, without the reason. */
export function responseHeadline(note: FindingResponseNote, keep: ReadonlySet<string>): string {
  const label = oneLine(actionLabel(note.action), 64, keep);
  const by = names(note.by, keep);
  switch (note.status) {
    case 'pending_approval':
      return `${label} waiting for approval`;
    case 'approved':
      return by === undefined ? `${label} approved` : `${label} approved by ${by}`;
    case 'denied':
      return by === undefined ? `${label} denied` : `${label} denied by ${by}`;
    case 'executed':
      return by === undefined ? `${label} executed automatically` : `${label} approved by ${by} and executed`;
    case 'failed':
      return by === undefined ? `${label} failed` : `${label} approved by ${by} but failed`;
    case 'shadowed':
      return `${label} not executed (shadow mode)`;
    case 'suppressed':
      return `${label} suppressed, not executed`;
    case 'expired':
      return `${label} not decided before the approval deadline`;
    case 'undone':
      return by === undefined ? `${label} undone` : `${label} undone by ${by}`;
    case 'reviewed_benign':
      return by === undefined ? 'Reviewed as benign' : `Reviewed as benign by ${by}`;
  }
}

/** The headline and the reason, one line, masked and bounded. */
export function responseStatusDetail(note: FindingResponseNote, max: number, keep: ReadonlySet<string>): string {
  const reason = note.reason.trim();
  return oneLine(reason.length > 0 ? `${responseHeadline(note, keep)}: ${reason}` : responseHeadline(note, keep), max, keep);
}

/** What the analyst should do now that this step happened; the finding's own advice follows it. */
export function responseRemediation(note: FindingResponseNote): string {
  const label = actionLabel(note.action).toLowerCase();
  switch (note.status) {
    case 'pending_approval':
      return `A ${label} of this agent is waiting for a human decision: approve or deny it (warden approvals approve|deny ${note.decisionId} --reason "...").`;
    case 'approved':
      return `The ${label} was approved and is being sent to the agent platform.`;
    case 'denied':
      return `The ${label} was denied; the finding still needs triage.`;
    case 'executed':
      return `Warden has executed the ${label}; confirm the agent's state on its platform and investigate before lifting it.`;
    case 'failed':
      return `The agent platform did not carry out the ${label}: contain the agent by hand.`;
    case 'shadowed':
      return `Shadow mode: nothing was done; apply the ${label} by hand if the finding warrants it.`;
    case 'suppressed':
      return `Automated response is stopped (kill switch or circuit breaker): nothing was done; contain the agent by hand if the finding warrants it.`;
    case 'expired':
      return `Nobody decided on the ${label} in time; only the policy's safer fallback, if any, is applied.`;
    case 'undone':
      return `The ${label} has been lifted; watch the agent for renewed activity.`;
    case 'reviewed_benign':
      return 'A person reviewed this finding as benign: its session is learned into the agent\'s baseline, so the same work no longer raises a finding, and its pending approvals were denied.';
  }
}

function names(by: readonly string[] | undefined, keep: ReadonlySet<string>): string | undefined {
  if (by === undefined || by.length === 0) return undefined;
  const shown = by.slice(0, MAX_NAMES).map((n) => oneLine(n, 64, keep));
  return by.length > MAX_NAMES ? `${shown.join(', ')} and ${by.length - MAX_NAMES} more` : shown.join(', ');
}
