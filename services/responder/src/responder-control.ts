import type { AgentEvent, ProfileSnapshotMessage, RiskFinding, RiskSignal } from '@warden/core';
import type { ApprovalStatus, PendingApproval } from '@warden/response';

/**
 * What an analyst gets to decide on: the session's spans (bounded), the profile the session was
 * scored against, and the signals. Stored as `$WARDEN_DATA_DIR/forensics/<findingId>.json`.
 */
export interface ForensicBundle {
  readonly findingId: string;
  readonly createdAtMs: number;
  /** The latest revision of the finding when the bundle was written. */
  readonly finding: RiskFinding;
  /** The session's events, oldest first, at most 200. */
  readonly spans: readonly AgentEvent[];
  /** How many of the session's events did not fit. */
  readonly spansOmitted: number;
  /** The agent's profile as the responder last saw it (what the scorer compared with); absent for a new agent. */
  readonly profile?: ProfileSnapshotMessage;
  readonly signals: readonly RiskSignal[];
}

export interface ApprovalView extends PendingApproval {
  readonly evidence?: ForensicBundle;
}

export type VoteResult =
  | { readonly ok: true; readonly approval: PendingApproval }
  | { readonly ok: false; readonly code: 'NOT_FOUND' | 'NOT_PENDING' | 'ALREADY_VOTED' | 'REASON_REQUIRED'; readonly message: string };

export type ReviewResult =
  | { readonly ok: true; readonly review: FindingReviewView }
  | { readonly ok: false; readonly code: 'NOT_FOUND' | 'NOT_CLOSED' | 'ALREADY_REVIEWED' | 'REASON_REQUIRED'; readonly message: string };

/** What a benign review did, as the admin API returns it. */
export interface FindingReviewView {
  readonly findingId: string;
  readonly tenant: string;
  readonly agentId: string;
  readonly sessionId: string;
  readonly disposition: 'benign';
  readonly by: string;
  readonly reason: string;
  readonly atMs: number;
  /** Approvals of this finding's actions that were still pending and are now denied by the review. */
  readonly approvalsDenied: readonly string[];
  /** Reversible actions of this finding still in force (a throttle, read-only mode, a quarantine), lifted by the review. */
  readonly actionsLifted: readonly string[];
}

export interface ResponderStatus {
  readonly killSwitch: { readonly engaged: boolean; readonly by?: string; readonly reason?: string; readonly sinceMs?: number };
  readonly shadow: boolean;
  readonly circuit: { readonly open: boolean; readonly reason?: string; readonly untilMs?: number };
  readonly pendingApprovals: number;
  readonly controlPlane: 'configured' | 'not_configured';
}

/** Counters for the metrics (cumulative since start). */
export interface ResponderStats {
  readonly decisions: readonly { readonly action: string; readonly mode: 'execute' | 'shadow'; readonly count: number }[];
  /** outcome: executed, failed, shadowed, suppressed (kill switch or circuit breaker), denied, expired, undone. */
  readonly actions: readonly { readonly action: string; readonly outcome: string; readonly count: number }[];
  readonly pendingApprovals: number;
  readonly killSwitchEngaged: boolean;
  readonly circuitOpen: boolean;
  /** Findings a person reviewed as benign (their sessions go to the baseline to be learned). */
  readonly findingsReviewedBenign: number;
  readonly auditEntries: number;
}
// Time to contain is pushed, not polled: `createResponder`'s deps take
// `onContained?: (seconds: number, action: string) => void`, called once per executed containment action.

/** The responder as the admin API and the CLI see it; nothing else of it is reachable from outside. */
export interface ResponderControl {
  listApprovals(filter?: { readonly status?: ApprovalStatus }): Promise<ApprovalView[]>;
  getApproval(decisionId: string): Promise<ApprovalView | undefined>;
  vote(decisionId: string, vote: { readonly verdict: 'approve' | 'deny'; readonly by: string; readonly reason: string }): Promise<VoteResult>;
  setKillSwitch(engaged: boolean, by: string, reason: string): Promise<void>;
  status(): ResponderStatus;
  forensicBundle(findingId: string): Promise<ForensicBundle | undefined>;
  /**
   * A person judged the finding benign: the SIEM is told (OCSF status Suppressed), its pending
   * approvals are denied, and its session goes to the baseline to be learned.
   */
  reviewBenign(findingId: string, review: { readonly by: string; readonly reason: string }): Promise<ReviewResult>;
  auditApiCall(entry: { readonly actor: string; readonly method: string; readonly path: string; readonly status: number; readonly role?: string }): Promise<void>;
}
