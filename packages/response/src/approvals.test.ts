import { InvalidInputError } from '@warden/core';
import { T0, aFinding } from '../testdata/findings';
import { castVote, expireIfDue, requestApproval, type CastVoteResult } from './approvals';
import { planResponse } from './plan-response';
import { DEFAULT_RESPONSE_POLICY, validateResponsePolicy } from './response-policy';
import type { ApprovalRule, PendingApproval, ResponseDecision } from './response-types';

const NOW = T0 + 10_000;

function quarantine(approval?: Partial<ApprovalRule> | 'not_required', extra: object = {}): ResponseDecision {
  const policy = validateResponsePolicy({
    playbooks: [{ name: 'contain', match: {}, actions: [{ kind: 'quarantine' }], ...(approval === undefined ? {} : { approval }), ...extra }],
  });
  const [decision] = planResponse(aFinding(), policy, { nowMs: NOW, detectedAtMs: NOW - 1000, alreadyPlanned: new Set() });
  if (decision === undefined) throw new Error('no decision planned');
  return decision;
}

function accepted(result: CastVoteResult): PendingApproval {
  if (!result.ok) throw new Error(`vote refused: ${result.code} ${result.message}`);
  return result.pending;
}

describe('requestApproval', () => {
  it('opens a pending approval with the rule’s deadline', () => {
    const decision = quarantine();
    expect(requestApproval(decision, NOW)).toEqual({ decision, requestedAtMs: NOW, deadlineMs: NOW + 900_000, approvals: [], status: 'pending' });
  });

  it('refuses a decision that needs nobody', () => {
    expect(() => requestApproval(quarantine('not_required'), NOW)).toThrow(InvalidInputError);
  });
});

describe('castVote', () => {
  it('approves with one approver', () => {
    const p = accepted(castVote(requestApproval(quarantine(), NOW), { verdict: 'approve', by: 'alice', reason: 'Confirmed exfiltration', atMs: NOW + 60_000 }));
    expect(p.status).toBe('approved');
    expect(p.approvals).toEqual([{ by: 'alice', reason: 'Confirmed exfiltration', atMs: NOW + 60_000 }]);
  });

  it('needs two different people under the two-person rule', () => {
    let p = requestApproval(quarantine({ approvers: 2 }), NOW);
    p = accepted(castVote(p, { verdict: 'approve', by: 'alice', reason: 'Looks real', atMs: NOW + 1 }));
    expect(p.status).toBe('pending');

    for (const by of ['alice', 'Alice', ' alice ']) {
      const again = castVote(p, { verdict: 'approve', by, reason: 'Really sure', atMs: NOW + 2 });
      expect(again).toEqual({ ok: false, code: 'ALREADY_VOTED', message: expect.stringContaining('second, different approver') });
    }

    p = accepted(castVote(p, { verdict: 'approve', by: 'bob', reason: 'Agreed', atMs: NOW + 3 }));
    expect(p.status).toBe('approved');
    expect(p.approvals.map((a) => a.by)).toEqual(['alice', 'bob']);
  });

  it('lets one deny settle it, even after a first approval', () => {
    let p = requestApproval(quarantine({ approvers: 2 }), NOW);
    p = accepted(castVote(p, { verdict: 'approve', by: 'alice', reason: 'Looks real', atMs: NOW + 1 }));
    p = accepted(castVote(p, { verdict: 'deny', by: 'bob', reason: 'Known test traffic', atMs: NOW + 2 }));
    expect(p.status).toBe('denied');
    expect(p.denial).toEqual({ by: 'bob', reason: 'Known test traffic', atMs: NOW + 2 });
  });

  it('refuses votes once decided', () => {
    const approved = accepted(castVote(requestApproval(quarantine(), NOW), { verdict: 'approve', by: 'alice', reason: 'Yes', atMs: NOW + 1 }));
    const denied = accepted(castVote(requestApproval(quarantine(), NOW), { verdict: 'deny', by: 'alice', reason: 'No', atMs: NOW + 1 }));
    const expired = expireIfDue(requestApproval(quarantine(), NOW), NOW + 900_000).pending;
    for (const [p, status] of [[approved, 'approved'], [denied, 'denied'], [expired, 'expired']] as const) {
      for (const verdict of ['approve', 'deny'] as const) {
        const r = castVote(p, { verdict, by: 'carol', reason: 'Late', atMs: NOW + 2 });
        expect(r).toEqual({ ok: false, code: 'NOT_PENDING', message: expect.stringContaining(`already ${status}`) });
      }
    }
  });

  it('refuses a vote cast after the deadline even before the expiry was recorded', () => {
    const p = requestApproval(quarantine(), NOW);
    expect(castVote(p, { verdict: 'approve', by: 'alice', reason: 'Yes', atMs: p.deadlineMs })).toMatchObject({ ok: false, code: 'NOT_PENDING' });
    expect(castVote(p, { verdict: 'approve', by: 'alice', reason: 'Yes', atMs: p.deadlineMs - 1 })).toMatchObject({ ok: true });
  });

  it('requires a reason', () => {
    const p = requestApproval(quarantine(), NOW);
    for (const reason of ['', '   ']) {
      expect(castVote(p, { verdict: 'approve', by: 'alice', reason, atMs: NOW })).toMatchObject({ ok: false, code: 'REASON_REQUIRED' });
      expect(castVote(p, { verdict: 'deny', by: 'alice', reason, atMs: NOW })).toMatchObject({ ok: false, code: 'REASON_REQUIRED' });
    }
  });

  it('refuses an anonymous vote', () => {
    expect(() => castVote(requestApproval(quarantine(), NOW), { verdict: 'approve', by: ' ', reason: 'Yes', atMs: NOW })).toThrow(/anonymous/);
  });
});

describe('expireIfDue', () => {
  it('leaves a pending approval alone before the deadline', () => {
    const p = requestApproval(quarantine(), NOW);
    expect(expireIfDue(p, p.deadlineMs - 1)).toEqual({ pending: p });
  });

  it('expires at the deadline and falls back to the named milder step, needing nobody', () => {
    const decision = quarantine();
    const { pending, fallback } = expireIfDue(requestApproval(decision, NOW), NOW + 900_000);
    expect(pending.status).toBe('expired');
    expect(fallback).toEqual({
      id: 'fnd-acme-support-7-conv-8812/read_only',
      kind: 'read_only',
      playbook: 'contain',
      findingId: decision.findingId,
      tenant: 'acme',
      agentId: 'support-7',
      sessionId: 'conv-8812',
      criticality: 'standard',
      severity: 'critical',
      riskScore: 87,
      reason: expect.stringMatching(/^Put agent support-7 in read-only mode for 1 h .* in place of quarantine, which nobody approved or denied within 15 min/),
      mode: 'execute',
      expiresAfterSeconds: 3600,
      detectedAtMs: decision.detectedAtMs,
    });
  });

  it('keeps shadow mode for the fallback', () => {
    const { fallback } = expireIfDue(requestApproval(quarantine(undefined, { shadow: true }), NOW), NOW + 900_000);
    expect(fallback?.mode).toBe('shadow');
  });

  it('drops the action when the rule says none', () => {
    expect(expireIfDue(requestApproval(quarantine({ onTimeout: 'none' }), NOW), NOW + 900_000)).toEqual({
      pending: expect.objectContaining({ status: 'expired' }),
    });
  });

  it('never falls back to a step as or more disruptive, even from a hand-made rule', () => {
    const decision = quarantine();
    const harsh: ResponseDecision = { ...decision, kind: 'throttle', approval: { approvers: 1, timeoutSeconds: 60, onTimeout: 'quarantine' } };
    const same: ResponseDecision = { ...decision, approval: { approvers: 1, timeoutSeconds: 60, onTimeout: 'quarantine' } };
    for (const d of [harsh, same]) {
      const result = expireIfDue(requestApproval(d, NOW), NOW + 60_000);
      expect(result.pending.status).toBe('expired');
      expect(result.fallback).toBeUndefined();
    }
  });

  it('carries a memory rollback point to a rollback fallback', () => {
    const decision = quarantine({ onTimeout: 'memory_rollback' });
    const { fallback } = expireIfDue(requestApproval(decision, NOW), NOW + 900_000);
    expect(fallback?.kind).toBe('memory_rollback');
    expect(fallback?.rollbackBeforeMs).toBe(aFinding().firstSeenMs);
    expect(fallback?.expiresAfterSeconds).toBeUndefined();
  });

  it('does nothing to a decided approval', () => {
    const approved = accepted(castVote(requestApproval(quarantine(), NOW), { verdict: 'approve', by: 'alice', reason: 'Yes', atMs: NOW + 1 }));
    expect(expireIfDue(approved, NOW + 10_000_000)).toEqual({ pending: approved });
  });

  it('is what a critical finding with the default policy goes through', () => {
    const [, q] = planResponse(aFinding(), DEFAULT_RESPONSE_POLICY, { nowMs: NOW, detectedAtMs: NOW, alreadyPlanned: new Set() });
    expect(q?.kind).toBe('quarantine');
    expect(expireIfDue(requestApproval(q as ResponseDecision, NOW), NOW + 900_000).fallback?.kind).toBe('read_only');
  });
});
