import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Topics, type AgentEvent } from '@warden/core';
import { verifyAuditLog } from '@warden/response';
import { startFakeControlPlane } from '../testkit/fake-control-plane';
import { CONTROL_PLANE_SECRET, criticalFinding, highFinding, startHarness, type Harness } from '../testkit/responder-harness';
import { promptly } from '../../../test/support/eventually';

const HOUR = 3_600_000;
let h: Harness | undefined;

afterEach(async () => {
  await h?.dispose();
  h = undefined;
});

function event(i: number, overrides: Partial<AgentEvent> = {}): AgentEvent {
  return {
    tenant: 'acme',
    agentId: 'support-7',
    agentType: 'support-agent',
    sessionId: 'conv-8812',
    sessionIdSource: 'conversation',
    traceId: '75f80d9046671856919b2a09e21bc08a',
    spanId: `span-${i}`,
    kind: 'tool',
    name: 'tickets.get',
    convention: 'otel_genai',
    startTimeMs: 1_795_340_000_000 + i,
    endTimeMs: 1_795_340_000_000 + i + 5,
    status: 'ok',
    toolName: 'tickets.get',
    toolResult: 'x'.repeat(10_000),
    contents: [{ origin: 'tool_result', text: 'y'.repeat(10_000) }],
    resources: [],
    attributes: {},
    ...overrides,
  };
}

describe('responder: restart', () => {
  it('keeps pending approvals, planned actions, note numbers and scheduled undos across a restart', async () => {
    const clock = { ms: Date.UTC(2026, 5, 1, 12) };
    const dataDir = await mkdtemp(path.join(tmpdir(), 'warden-responder-restart-'));
    const plane = await startFakeControlPlane({ secret: CONTROL_PLANE_SECRET, clock: { nowMs: () => clock.ms } });
    try {
      const f = await criticalFinding();
      const first = await startHarness({ dataDir, plane, clock });
      await first.publish(f, await highFinding({ findingId: 'fnd-h1' }));
      await first.auditEntry('approval_requested');
      await first.auditEntry('action_executed', (d) => d.action === 'throttle');
      await promptly(() => first.notes.length === 4, 'four notes before the restart');
      const before = await first.audit();
      await first.stop();

      h = await startHarness({ dataDir, plane, clock });
      const pending = await h.responder.listApprovals({ status: 'pending' });
      expect(pending.map((p) => p.decision.id)).toEqual([`${f.findingId}/quarantine`]);
      expect(pending[0]!.evidence?.findingId).toBe(f.findingId);
      expect(h.responder.status().pendingApprovals).toBe(1);

      // A later revision of the same incident plans nothing already planned before the restart.
      await h.publish({ ...f, activity: 'update', revision: 2, riskScore: 90 });
      await h.auditEntry('finding', (d) => d.revision === 2);
      await new Promise((r) => setTimeout(r, 50));
      expect((await h.audit()).slice(before.length).some((e) => e.type === 'decision')).toBe(false);

      await h.responder.vote(`${f.findingId}/quarantine`, { verdict: 'approve', by: 'alice', reason: 'confirmed' });
      expect(plane.calls.filter((c) => c.body.action === 'quarantine')).toHaveLength(1);
      await promptly(() => h!.notes.some((n) => n.response!.action === 'quarantine' && n.response!.status === 'executed'), 'the executed note');
      const executedNote = h.notes.find((n) => n.response!.action === 'quarantine')!;
      // Note numbers continue (1: notify, 2: pending), and the note carries the latest revision.
      expect(executedNote.response!.seq).toBe(3);
      expect(executedNote.revision).toBe(2);

      clock.ms += HOUR;
      await h.auditEntry('action_undone', (d) => d.findingId === 'fnd-h1');
      expect(plane.calls.filter((c) => c.body.type === 'warden.action.undo').map((c) => c.body.actionId)).toEqual(['fnd-h1/throttle']);

      const after = await h.audit();
      expect(after[before.length]!.seq).toBe(before[before.length - 1]!.seq + 1);
      expect(after[before.length]!.prevHash).toBe(before[before.length - 1]!.hash);
      const verdict = verifyAuditLog(await readFile(path.join(dataDir, 'audit', 'audit.jsonl'), 'utf8'));
      expect(verdict).toMatchObject({ ok: true, entries: after.length });
    } finally {
      await h?.dispose();
      h = undefined;
      await plane.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('sends an undo that fell due while Warden was down once it is back', async () => {
    const clock = { ms: Date.UTC(2026, 5, 1, 12) };
    const dataDir = await mkdtemp(path.join(tmpdir(), 'warden-responder-restart-'));
    const plane = await startFakeControlPlane({ secret: CONTROL_PLANE_SECRET, clock: { nowMs: () => clock.ms } });
    try {
      const first = await startHarness({ dataDir, plane, clock });
      await first.publish(await highFinding({ findingId: 'fnd-h1' }));
      await first.auditEntry('action_executed', (d) => d.action === 'throttle');
      await first.stop();
      clock.ms += 2 * HOUR;
      h = await startHarness({ dataDir, plane, clock });
      await h.auditEntry('action_undone');
      expect(plane.calls.filter((c) => c.body.type === 'warden.action.undo')).toHaveLength(1);
    } finally {
      await h?.dispose();
      h = undefined;
      await plane.close();
    }
  });
});

describe('responder: forensic bundles', () => {
  it('stores a bounded bundle for a High finding, with the profile it was scored against, and audits its hash', async () => {
    h = await startHarness({ config: { maxSessionEvents: 5 } });
    const events = Array.from({ length: 12 }, (_, i) => event(i));
    await h.bus.publish(Topics.events, [...events, event(99, { sessionId: 'other' })].map((value) => ({ key: 'acme/support-7', value })));
    await h.bus.publish(Topics.profiles, [{ key: 'acme/agent:support-7', value: { tenant: 'acme', subject: 'agent:support-7', profile: { tools: ['tickets.get'] } } }]);
    await new Promise((r) => setTimeout(r, 50));
    const f = await highFinding();
    await h.publish(f);
    const audited = await h.auditEntry('forensic_bundle');

    const bundle = (await h.responder.forensicBundle(f.findingId))!;
    expect(bundle.spans.map((s) => s.spanId)).toEqual(['span-7', 'span-8', 'span-9', 'span-10', 'span-11']);
    expect(bundle.spansOmitted).toBe(7);
    expect(bundle.spans[0]!.toolResult!.length).toBeLessThan(2_100);
    expect(bundle.spans[0]!.contents[0]!.text).toContain('more chars]');
    expect(bundle.profile).toMatchObject({ subject: 'agent:support-7', profile: { tools: ['tickets.get'] } });
    expect(bundle.signals).toEqual(f.signals);
    expect(bundle.finding.revision).toBe(f.revision);

    const file = await readFile(path.join(h.dataDir, 'forensics', `${f.findingId}.json`), 'utf8');
    expect(audited.data).toMatchObject({ findingId: f.findingId, sha256: createHash('sha256').update(file).digest('hex'), spans: 5, spansOmitted: 7, profile: true });
    expect(await h.responder.forensicBundle('../audit/audit')).toBeUndefined();
  });

  it('writes no bundle below High', async () => {
    h = await startHarness();
    const f = await criticalFinding({ findingId: 'fnd-medium', riskScore: 45, severity: 'medium' });
    await h.publish(f);
    await h.auditEntry('action_executed', (d) => d.action === 'notify');
    expect((await h.audit()).some((e) => e.type === 'forensic_bundle')).toBe(false);
    expect(await h.responder.forensicBundle('fnd-medium')).toBeUndefined();
  });
});
