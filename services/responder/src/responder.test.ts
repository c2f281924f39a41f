import { readdir, rm } from 'node:fs/promises';
import * as path from 'node:path';
import { STANDARD_WEBHOOK_HEADERS, verifyStandardWebhook } from '@warden/core';
import { DEFAULT_RESPONSE_POLICY, type ResponsePolicy } from '@warden/response';
import { CONTROL_PLANE_SECRET, criticalFinding, highFinding, startHarness, type Harness } from '../testkit/responder-harness';
import { promptly } from '../../../test/support/eventually';

const MIN = 60_000;
let h: Harness | undefined;

afterEach(async () => {
  await h?.dispose();
  h = undefined;
});

/** A critical finding with its notify done and its quarantine waiting for people. */
async function pendingQuarantine(harness: Harness): Promise<string> {
  const f = await criticalFinding();
  await harness.publish(f);
  await harness.auditEntry('approval_requested');
  return `${f.findingId}/quarantine`;
}

describe('responder: approvals', () => {
  it('turns a critical finding into an executed notify and a pending quarantine, with evidence', async () => {
    h = await startHarness();
    const f = await criticalFinding();
    const id = await pendingQuarantine(h);

    await promptly(() => h!.plane!.calls.length === 1, 'the notify call');
    expect(h.plane!.calls[0]!.body).toMatchObject({ type: 'warden.action.execute', action: 'notify', actionId: `${f.findingId}/notify`, approvedBy: [] });
    expect(h.plane!.calls[0]!.body.expiresAt).toBeUndefined();

    const pending = await h.responder.listApprovals({ status: 'pending' });
    expect(pending.map((p) => p.decision.id)).toEqual([id]);
    expect(pending[0]!.decision.approval).toMatchObject({ approvers: 1, onTimeout: 'read_only' });
    expect(pending[0]!.evidence).toMatchObject({ findingId: f.findingId, signals: f.signals });
    expect(h.responder.status()).toMatchObject({ pendingApprovals: 1, controlPlane: 'configured', killSwitch: { engaged: false } });

    const types = (await h.audit()).map((e) => e.type);
    expect(types).toEqual(['finding', 'forensic_bundle', 'decision', 'action_executed', 'decision', 'approval_requested']);
    await promptly(() => h!.notes.length === 2, 'two response notes');
    expect(h.notes.map((n) => [n.response!.seq, n.response!.action, n.response!.status])).toEqual([
      [1, 'notify', 'executed'],
      [2, 'quarantine', 'pending_approval'],
    ]);
    expect(h.notes[0]).toMatchObject({ findingId: f.findingId, activity: 'update', revision: f.revision });
    // The notes came back on the findings topic: they were not taken for new findings.
    expect((await h.audit()).filter((e) => e.type === 'finding')).toHaveLength(1);
  });

  it('executes an approved quarantine once, signed, audited with who approved, and counts time to contain', async () => {
    h = await startHarness();
    const id = await pendingQuarantine(h);
    h.clock.ms += 2 * MIN;

    const result = await h.responder.vote(id, { verdict: 'approve', by: 'alice', reason: 'confirmed exfiltration' });
    expect(result).toMatchObject({ ok: true, approval: { status: 'approved', approvals: [{ by: 'alice', reason: 'confirmed exfiltration' }] } });

    const quarantines = h.plane!.calls.filter((c) => c.body.action === 'quarantine');
    expect(quarantines).toHaveLength(1);
    const call = quarantines[0]!;
    expect(call.webhookId).toBe(`${id}:execute`);
    expect(call.body).toMatchObject({ approvedBy: ['alice'], agent: { tenant: 'acme', id: 'support-7' }, session: 'conv-8812' });
    expect(Date.parse(call.body.expiresAt!)).toBe(h.clock.ms + 86_400_000);
    // Independently of the fake's own check: the signature verifies with the shared secret.
    const headers = { [STANDARD_WEBHOOK_HEADERS.id]: call.webhookId, [STANDARD_WEBHOOK_HEADERS.timestamp]: String(call.timestampSeconds), [STANDARD_WEBHOOK_HEADERS.signature]: call.signature };
    expect(verifyStandardWebhook(headers, call.rawBody, [CONTROL_PLANE_SECRET], { toleranceSeconds: 5, nowSeconds: Math.floor(h.clock.ms / 1000) }).ok).toBe(true);
    expect(h.plane!.rejected).toEqual([]);

    const executed = await h.auditEntry('action_executed', (d) => d.action === 'quarantine');
    expect(executed.data).toMatchObject({ decisionId: id, approvedBy: ['alice'], attempts: 1 });
    expect((await h.auditEntry('approval_vote')).actor).toBe('alice');
    expect(h.contained).toEqual([{ seconds: 120, action: 'quarantine' }]);
    await promptly(() => h!.notes.some((n) => n.response!.status === 'executed' && n.response!.action === 'quarantine'), 'the executed note');
    expect(h.notes.find((n) => n.response!.action === 'quarantine' && n.response!.status === 'executed')!.response!.by).toEqual(['alice']);

    expect(await h.responder.vote(id, { verdict: 'approve', by: 'bob', reason: 'me too' })).toMatchObject({ ok: false, code: 'NOT_PENDING' });
    expect(await h.responder.vote('nope/quarantine', { verdict: 'approve', by: 'bob', reason: 'x' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(h.plane!.calls.filter((c) => c.body.action === 'quarantine')).toHaveLength(1);
    expect(h.responder.stats().actions).toEqual(expect.arrayContaining([{ action: 'quarantine', outcome: 'executed', count: 1 }]));
  });

  it('does nothing on a denial, and audits who denied and why', async () => {
    h = await startHarness();
    const id = await pendingQuarantine(h);
    expect(await h.responder.vote(id, { verdict: 'deny', by: 'bob', reason: '' })).toMatchObject({ ok: false, code: 'REASON_REQUIRED' });

    const result = await h.responder.vote(id, { verdict: 'deny', by: 'bob', reason: 'pen test in progress' });
    expect(result).toMatchObject({ ok: true, approval: { status: 'denied', denial: { by: 'bob' } } });
    const denied = await h.auditEntry('approval_denied');
    expect(denied).toMatchObject({ actor: 'bob', data: { decisionId: id, reason: 'pen test in progress' } });
    await promptly(() => h!.notes.some((n) => n.response!.status === 'denied'), 'the denied note');
    expect(h.notes.find((n) => n.response!.status === 'denied')!.response!.by).toEqual(['bob']);

    // Past the deadline too: a denied approval never times out into its fallback.
    h.clock.ms += 20 * MIN;
    await new Promise((r) => setTimeout(r, 50));
    expect(h.plane!.calls.map((c) => c.body.action)).toEqual(['notify']);
    expect((await h.audit()).some((e) => e.type === 'approval_expired')).toBe(false);
    expect(await h.responder.listApprovals({ status: 'denied' })).toHaveLength(1);
  });

  it('needs two different people when the policy asks for two', async () => {
    const policy: ResponsePolicy = {
      ...DEFAULT_RESPONSE_POLICY,
      defaultApproval: { approvers: 2, timeoutSeconds: 900, onTimeout: 'read_only' },
    };
    h = await startHarness({ policy });
    const id = await pendingQuarantine(h);

    expect(await h.responder.vote(id, { verdict: 'approve', by: 'alice', reason: 'looks real' })).toMatchObject({ ok: true, approval: { status: 'pending' } });
    expect(await h.responder.vote(id, { verdict: 'approve', by: 'Alice ', reason: 'again' })).toMatchObject({ ok: false, code: 'ALREADY_VOTED' });
    expect(h.plane!.calls.filter((c) => c.body.action === 'quarantine')).toHaveLength(0);

    expect(await h.responder.vote(id, { verdict: 'approve', by: 'bob', reason: 'agreed' })).toMatchObject({ ok: true, approval: { status: 'approved' } });
    const call = h.plane!.calls.find((c) => c.body.action === 'quarantine');
    expect(call?.body.approvedBy).toEqual(['alice', 'bob']);
  });

  it('falls back to the milder step the policy names when nobody decides in time', async () => {
    h = await startHarness();
    const f = await criticalFinding();
    const id = await pendingQuarantine(h);
    h.clock.ms += 15 * MIN;

    const expired = await h.auditEntry('approval_expired');
    expect(expired.data).toMatchObject({ decisionId: id, fallback: 'read_only' });
    await promptly(() => h!.plane!.calls.some((c) => c.body.action === 'read_only'), 'the read-only fallback');
    const call = h.plane!.calls.find((c) => c.body.action === 'read_only')!;
    expect(call.body).toMatchObject({ actionId: `${f.findingId}/read_only`, approvedBy: [] });
    expect(Date.parse(call.body.expiresAt!)).toBe(h.clock.ms + 3_600_000);
    expect(h.plane!.calls.some((c) => c.body.action === 'quarantine')).toBe(false);

    expect(await h.responder.vote(id, { verdict: 'approve', by: 'alice', reason: 'late' })).toMatchObject({ ok: false, code: 'NOT_PENDING' });
    await promptly(() => h!.notes.some((n) => n.response!.status === 'expired'), 'the expired note');
    expect((await h.responder.getApproval(id))?.status).toBe('expired');
    // Containment is counted once the control plane's answer is back, after the call itself.
    await promptly(() => h!.contained.length > 0, 'the fallback counted as containment');
    expect(h.contained.map((c) => c.action)).toEqual(['read_only']);
  });

  it('without a control plane still audits and approves, and records executions as shadowed', async () => {
    h = await startHarness({ controlPlane: false });
    const id = await pendingQuarantine(h);
    expect(h.responder.status().controlPlane).toBe('not_configured');
    await h.responder.vote(id, { verdict: 'approve', by: 'alice', reason: 'go' });
    const shadowed = await h.auditEntry('action_shadowed', (d) => d.action === 'quarantine');
    expect(String(shadowed.data.reason)).toContain('WARDEN_CONTROL_PLANE_URL');
    expect(shadowed.data.wouldSend).toMatchObject({ type: 'warden.action.execute', action: 'quarantine', approvedBy: ['alice'] });
    expect((await h.audit()).some((e) => e.type === 'action_executed' && e.data.action !== 'record')).toBe(false);
  });
});

describe('responder: a benign review', () => {
  it('refuses an unknown or still-open finding and an empty reason, and changes nothing', async () => {
    h = await startHarness();
    const f = await criticalFinding();
    await pendingQuarantine(h);
    expect(await h.responder.reviewBenign('nope', { by: 'alice', reason: 'fine' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await h.responder.reviewBenign(f.findingId, { by: 'alice', reason: 'fine' })).toMatchObject({ ok: false, code: 'NOT_CLOSED', message: expect.stringMatching(/WARDEN_SESSION_IDLE_SECONDS/) });
    expect(await h.responder.reviewBenign(f.findingId, { by: 'alice', reason: '  ' })).toMatchObject({ ok: false, code: 'REASON_REQUIRED' });
    await expect(h.responder.reviewBenign(f.findingId, { by: ' ', reason: 'fine' })).rejects.toThrow(/anonymous reviews are refused/);
    expect((await h.audit()).some((e) => e.type === 'finding_reviewed')).toBe(false);
    expect(await h.responder.listApprovals({ status: 'pending' })).toHaveLength(1);
    expect(h.responder.stats().findingsReviewedBenign).toBe(0);
  });

  it('on a closed finding: audits the reviewer, denies its pending approvals, tells the SIEM and sends the baseline a review verdict', async () => {
    h = await startHarness();
    const f = await criticalFinding();
    const id = await pendingQuarantine(h);
    const verdicts: unknown[] = [];
    await h.bus.subscribe('verdicts', { group: 'test-verdicts' }, async (batch) => void verdicts.push(...batch.map((r) => r.value)));
    await h.publish({ ...f, activity: 'close', revision: f.revision + 1 });
    await h.auditEntry('finding', (d) => d.activity === 'close');

    const result = await h.responder.reviewBenign(f.findingId, { by: 'alice', reason: 'the quarterly filing the tax team asked for' });
    expect(result).toMatchObject({ ok: true, review: { findingId: f.findingId, disposition: 'benign', by: 'alice', approvalsDenied: [id] } });
    expect(await h.auditEntry('finding_reviewed')).toMatchObject({
      actor: 'alice',
      data: { findingId: f.findingId, disposition: 'benign', reason: 'the quarterly filing the tax team asked for', sessionId: f.sessionId },
    });
    expect(await h.responder.listApprovals({ status: 'denied' })).toMatchObject([{ decision: { id }, denial: { by: 'alice' } }]);
    await promptly(() => verdicts.length === 1, 'the review verdict');
    expect(verdicts[0]).toEqual({
      tenant: f.tenant,
      agentId: f.agentId,
      sessionId: f.sessionId,
      lastEventMs: f.lastSeenMs,
      exclude: false,
      review: { findingId: f.findingId, by: 'alice', reason: 'the quarterly filing the tax team asked for', atMs: h.clock.ms },
    });
    await promptly(() => h!.notes.some((n) => n.response!.status === 'reviewed_benign'), 'the review note');
    expect(h.notes.find((n) => n.response!.status === 'reviewed_benign')!.response).toMatchObject({ action: 'review', by: ['alice'] });
    // Nothing was sent to the agent platform for it: a review is not an action.
    expect(h.plane!.calls.map((c) => c.body.action)).toEqual(['notify']);
    expect(await h.responder.reviewBenign(f.findingId, { by: 'bob', reason: 'agreed' })).toMatchObject({ ok: false, code: 'ALREADY_REVIEWED', message: expect.stringMatching(/by alice/) });
    expect(h.responder.stats().findingsReviewedBenign).toBe(1);
  });

  it('lifts the throttle still in force on a reviewed High finding, once, with the review as the reason', async () => {
    h = await startHarness();
    const f = await highFinding({ findingId: 'fnd-h-review' });
    await h.publish(f);
    const execute = (await h.auditEntry('action_executed', (d) => d.action === 'throttle')).data;
    await h.publish({ ...f, activity: 'close', revision: f.revision + 1 });
    await h.auditEntry('finding', (d) => d.activity === 'close');
    h.clock.ms += 10 * MIN;

    const result = await h.responder.reviewBenign(f.findingId, { by: 'alice', reason: 'the supplier onboarding finance announced' });
    expect(result).toMatchObject({ ok: true, review: { actionsLifted: [execute.decisionId], approvalsDenied: [] } });
    const undo = h.plane!.calls.find((c) => c.body.type === 'warden.action.undo')!;
    expect(undo).toMatchObject({ webhookId: 'fnd-h-review/throttle:undo', body: { actionId: 'fnd-h-review/throttle', action: 'throttle' } });
    expect(await h.auditEntry('action_undone')).toMatchObject({ data: { decisionId: execute.decisionId, reason: 'the finding was reviewed as benign by alice: the supplier onboarding finance announced' } });
    await promptly(() => h!.notes.some((n) => n.response!.status === 'undone'), 'the undone note');

    // Its expiry comes and goes: nothing is lifted twice.
    h.clock.ms += 2 * 60 * MIN;
    await new Promise((r) => setTimeout(r, 50));
    expect(h.plane!.calls.filter((c) => c.body.type === 'warden.action.undo')).toHaveLength(1);
  });

  it('reviews a High or Critical finding closed before a restart (from its bundle), and remembers the review', async () => {
    h = await startHarness();
    const f = await criticalFinding({ activity: 'close' });
    await h.publish(f);
    await h.auditEntry('forensic_bundle');
    const { dataDir, plane, clock } = h;
    await h.stop();
    h = await startHarness({ dataDir, plane, clock });
    expect(await h.responder.reviewBenign(f.findingId, { by: 'alice', reason: 'expected' })).toMatchObject({ ok: true, review: { sessionId: f.sessionId } });
    await promptly(() => h!.notes.some((n) => n.response!.status === 'reviewed_benign'), 'the review note');
    await h.stop();
    h = await startHarness({ dataDir, plane, clock });
    expect(await h.responder.reviewBenign(f.findingId, { by: 'bob', reason: 'again' })).toMatchObject({ ok: false, code: 'ALREADY_REVIEWED' });
  });

  it('reviews a Medium finding closed before a restart (from its kept Close), and keeps no Medium finding still open', async () => {
    h = await startHarness();
    const closed = await criticalFinding({ findingId: 'fnd-m-closed', sessionId: 'conv-m1', severity: 'medium', riskScore: 45, activity: 'close' });
    const open = await criticalFinding({ findingId: 'fnd-m-open', sessionId: 'conv-m2', severity: 'medium', riskScore: 45 });
    await h.publish(closed, open);
    await h.auditEntry('finding', (d) => d.findingId === 'fnd-m-open');
    const { dataDir, plane, clock } = h;
    await h.stop();
    expect(await readdir(path.join(dataDir, 'closed-findings'))).toEqual(['fnd-m-closed.json']);
    // A fresh state file, as when the incident record itself was dropped: the kept Close is enough.
    await rm(path.join(dataDir, 'response', 'state.json'));

    h = await startHarness({ dataDir, plane, clock });
    expect(await h.responder.reviewBenign('fnd-m-open', { by: 'alice', reason: 'expected' })).toMatchObject({ ok: false, code: 'NOT_FOUND', message: expect.stringMatching(/closed Medium/) });
    expect(await h.responder.reviewBenign('fnd-m-closed', { by: 'alice', reason: 'the new portal payroll uses' })).toMatchObject({ ok: true, review: { sessionId: 'conv-m1' } });
    await promptly(() => h!.notes.some((n) => n.findingId === 'fnd-m-closed' && n.response!.status === 'reviewed_benign'), 'the review note');
    // The copy served its purpose; the incident record remembers the review.
    expect(await readdir(path.join(dataDir, 'closed-findings'))).toEqual([]);
    expect(await h.responder.reviewBenign('fnd-m-closed', { by: 'bob', reason: 'again' })).toMatchObject({ ok: false, code: 'ALREADY_REVIEWED' });
  });
});
