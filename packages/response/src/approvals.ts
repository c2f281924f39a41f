import { InvalidInputError } from '@warden/core';
import { isMoreDisruptive, isReversible } from './action-order';
import { fallbackReason } from './decision-reason';
import { decisionId } from './plan-response';
import { DEFAULT_RESPONSE_POLICY } from './response-policy';
import type { PendingApproval, ResponseDecision } from './response-types';

export interface Vote {
  readonly verdict: 'approve' | 'deny';
  /** The voter's admin token name; the API never takes it from the request body. */
  readonly by: string;
  readonly reason: string;
  readonly atMs: number;
}

export type VoteRefusal = { ok: false; code: 'NOT_PENDING' | 'ALREADY_VOTED' | 'REASON_REQUIRED'; message: string };
export type CastVoteResult = { ok: true; pending: PendingApproval } | VoteRefusal;

/** Opens the wait for people on a decision that needs approval. */
export function requestApproval(decision: ResponseDecision, nowMs: number): PendingApproval {
  if (decision.approval === undefined) {
    throw new InvalidInputError(
      'WARDEN_RESPONSE_NO_APPROVAL_RULE',
      `Decision ${decision.id} does not need approval (it has no approval rule); execute or shadow it directly.`,
    );
  }
  return {
    decision,
    requestedAtMs: nowMs,
    deadlineMs: nowMs + decision.approval.timeoutSeconds * 1000,
    approvals: [],
    status: 'pending',
  };
}

// Token names are compared the way people read them, so "Alice" and "alice " are one person
// and cannot make up a two-person approval between them.
function samePerson(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * One person's say. A single deny settles it (stopping is always safe); approval needs as many
 * distinct people as the rule asks. Anyone may still deny while it is pending, including someone
 * who approved earlier and changed their mind.
 */
export function castVote(p: PendingApproval, vote: Vote): CastVoteResult {
  if (vote.by.trim() === '') {
    throw new InvalidInputError('WARDEN_RESPONSE_ANONYMOUS_VOTE', 'A vote needs the voter\'s name (the admin token name); anonymous approvals are not allowed.');
  }
  if (p.status !== 'pending') {
    return { ok: false, code: 'NOT_PENDING', message: `Decision ${p.decision.id} is already ${p.status}; nothing to vote on.` };
  }
  if (vote.atMs >= p.deadlineMs) {
    return {
      ok: false,
      code: 'NOT_PENDING',
      message: `Decision ${p.decision.id} timed out at ${new Date(p.deadlineMs).toISOString()}; its fallback applies, a vote can no longer change it.`,
    };
  }
  const reason = vote.reason.trim();
  if (reason === '') {
    return { ok: false, code: 'REASON_REQUIRED', message: `Say why you ${vote.verdict} decision ${p.decision.id}: the reason goes into the audit log and the SIEM.` };
  }
  const cast = { by: vote.by.trim(), reason, atMs: vote.atMs };
  if (vote.verdict === 'deny') {
    return { ok: true, pending: { ...p, denial: cast, status: 'denied' } };
  }
  if (p.approvals.some((a) => samePerson(a.by, vote.by))) {
    return {
      ok: false,
      code: 'ALREADY_VOTED',
      message: `${cast.by} already approved decision ${p.decision.id}; it needs a second, different approver.`,
    };
  }
  const approvals = [...p.approvals, cast];
  const needed = p.decision.approval?.approvers ?? 1;
  return { ok: true, pending: { ...p, approvals, status: approvals.length >= needed ? 'approved' : 'pending' } };
}

/**
 * Past the deadline a pending approval expires. The fallback, if the rule names one, is a new
 * decision that needs nobody (it is milder by construction, and checked again here so a hand-made
 * or stale rule can never turn silence into escalation).
 */
export function expireIfDue(p: PendingApproval, nowMs: number): { pending: PendingApproval; fallback?: ResponseDecision } {
  if (p.status !== 'pending' || nowMs < p.deadlineMs) return { pending: p };
  const expired: PendingApproval = { ...p, status: 'expired' };
  const original = p.decision;
  const kind = original.approval?.onTimeout ?? 'none';
  if (kind === 'none' || !isMoreDisruptive(original.kind, kind)) return { pending: expired };

  const expiresAfterSeconds = isReversible(kind)
    ? (original.timeoutFallback?.expiresAfterSeconds ?? DEFAULT_RESPONSE_POLICY.defaultExpirySeconds[kind])
    : undefined;
  const rollbackBeforeMs = kind === 'memory_rollback' ? original.timeoutFallback?.rollbackBeforeMs : undefined;
  const fallback: ResponseDecision = {
    id: decisionId(original.findingId, kind),
    kind,
    playbook: original.playbook,
    findingId: original.findingId,
    tenant: original.tenant,
    agentId: original.agentId,
    sessionId: original.sessionId,
    criticality: original.criticality,
    severity: original.severity,
    riskScore: original.riskScore,
    reason: fallbackReason(original, kind, expiresAfterSeconds, rollbackBeforeMs),
    mode: original.mode,
    ...(expiresAfterSeconds === undefined ? {} : { expiresAfterSeconds }),
    ...(rollbackBeforeMs === undefined ? {} : { rollbackBeforeMs }),
    detectedAtMs: original.detectedAtMs,
  };
  return { pending: expired, fallback };
}
