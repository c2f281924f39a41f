import type { ApprovalView, ForensicBundle, ResponderControl, ResponderStatus, ReviewResult, VoteResult } from '@warden/responder';
import type { ApprovalStatus, PendingApproval, ResponseDecision } from '@warden/response';

type AuditedCall = Parameters<ResponderControl['auditApiCall']>[0];
type Vote = Parameters<ResponderControl['vote']>[1];

/** A pending quarantine of the kind a critical finding raises; `approvers` 2 for the two-person rule. */
export function pendingApproval(findingId: string, opts: { approvers?: 1 | 2; requestedAtMs?: number; kind?: ResponseDecision['kind'] } = {}): ApprovalView {
  const kind = opts.kind ?? 'quarantine';
  // Half a minute off the minute, so ages and deadlines print the same however slow the test runs.
  const requestedAtMs = opts.requestedAtMs ?? Date.now() - 5 * 60_000 - 30_000;
  return {
    decision: {
      id: `${findingId}/${kind}`,
      kind,
      playbook: 'critical-containment',
      findingId,
      tenant: 'acme',
      agentId: 'support-bot-7',
      sessionId: 'sess-42',
      criticality: 'standard',
      severity: 'critical',
      riskScore: 93,
      reason: 'Critical prompt-injection finding: quarantine the agent until a person looks at it.',
      mode: 'execute',
      approval: { approvers: opts.approvers ?? 1, timeoutSeconds: 900, onTimeout: 'read_only' },
      expiresAfterSeconds: 86_400,
      detectedAtMs: requestedAtMs,
    },
    requestedAtMs,
    deadlineMs: requestedAtMs + 900_000,
    approvals: [],
    status: 'pending',
  };
}

/**
 * An in-memory responder with the voting rules of the design (distinct approvers, one denial
 * decides, reasons required), recording every call the admin API makes to it.
 */
export class FakeResponderControl implements ResponderControl {
  readonly audited: AuditedCall[] = [];
  readonly votes: { decisionId: string; vote: Vote }[] = [];
  readonly approvals = new Map<string, ApprovalView>();
  readonly bundles = new Map<string, ForensicBundle>();
  /** Findings on record by id: whether Warden has closed them (only closed ones can be reviewed). */
  readonly findings = new Map<string, { closed: boolean; reviewedBy?: string }>();
  readonly reviews: { findingId: string; by: string; reason: string }[] = [];
  killSwitch: ResponderStatus['killSwitch'] = { engaged: false };
  failAudit = false;

  constructor(approvals: readonly ApprovalView[] = []) {
    for (const a of approvals) this.approvals.set(a.decision.id, a);
  }

  async listApprovals(filter?: { readonly status?: ApprovalStatus }): Promise<ApprovalView[]> {
    return [...this.approvals.values()].filter((a) => filter?.status === undefined || a.status === filter.status);
  }

  async getApproval(decisionId: string): Promise<ApprovalView | undefined> {
    return this.approvals.get(decisionId);
  }

  async vote(decisionId: string, vote: Vote): Promise<VoteResult> {
    this.votes.push({ decisionId, vote });
    const current = this.approvals.get(decisionId);
    if (!current) return { ok: false, code: 'NOT_FOUND', message: `no decision ${decisionId}` };
    if (current.status !== 'pending') return { ok: false, code: 'NOT_PENDING', message: `decision ${decisionId} is already ${current.status}` };
    if (vote.reason.trim() === '') return { ok: false, code: 'REASON_REQUIRED', message: 'a reason is required' };
    if (current.approvals.some((a) => a.by === vote.by)) {
      return { ok: false, code: 'ALREADY_VOTED', message: `${vote.by} has already approved ${decisionId}; a second approver is needed` };
    }
    const cast = { by: vote.by, reason: vote.reason, atMs: Date.now() };
    let next: ApprovalView;
    if (vote.verdict === 'deny') {
      next = { ...current, denial: cast, status: 'denied' };
    } else {
      const approvals = [...current.approvals, cast];
      const needed = current.decision.approval?.approvers ?? 1;
      next = { ...current, approvals, status: approvals.length >= needed ? 'approved' : 'pending' };
    }
    this.approvals.set(decisionId, next);
    const { evidence: _evidence, ...approval } = next;
    return { ok: true, approval: approval as PendingApproval };
  }

  async setKillSwitch(engaged: boolean, by: string, reason: string): Promise<void> {
    this.killSwitch = engaged ? { engaged, by, reason, sinceMs: 1_795_340_000_000 } : { engaged: false, by, reason, sinceMs: 1_795_340_000_000 };
  }

  status(): ResponderStatus {
    return {
      killSwitch: this.killSwitch,
      shadow: false,
      circuit: { open: false },
      pendingApprovals: [...this.approvals.values()].filter((a) => a.status === 'pending').length,
      controlPlane: 'configured',
    };
  }

  async forensicBundle(findingId: string): Promise<ForensicBundle | undefined> {
    return this.bundles.get(findingId);
  }

  async reviewBenign(findingId: string, review: { readonly by: string; readonly reason: string }): Promise<ReviewResult> {
    this.reviews.push({ findingId, ...review });
    const f = this.findings.get(findingId);
    if (!f) return { ok: false, code: 'NOT_FOUND', message: `no finding ${findingId}` };
    if (f.reviewedBy !== undefined) return { ok: false, code: 'ALREADY_REVIEWED', message: `finding ${findingId} was already reviewed by ${f.reviewedBy}` };
    if (!f.closed) return { ok: false, code: 'NOT_CLOSED', message: `finding ${findingId} is still open` };
    f.reviewedBy = review.by;
    return {
      ok: true,
      review: { findingId, tenant: 'acme', agentId: 'support-bot-7', sessionId: 'sess-42', disposition: 'benign', by: review.by, reason: review.reason, atMs: 1_795_340_000_000, approvalsDenied: [], actionsLifted: [] },
    };
  }

  async auditApiCall(entry: AuditedCall): Promise<void> {
    if (this.failAudit) throw new Error('disk full');
    this.audited.push(entry);
  }
}

export const TEST_TOKENS = {
  viewer: 'viewer-token-0123456789abcdef',
  approver: 'approver-token-0123456789abcdef',
  approver2: 'approver2-token-0123456789abcdef',
  admin: 'admin-token-0123456789abcdef',
} as const;
