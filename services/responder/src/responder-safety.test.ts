import { DEFAULT_RESPONSE_POLICY, type ResponsePolicy } from '@warden/response';
import { criticalFinding, highFinding, startHarness, type Harness } from '../testkit/responder-harness';
import { promptly } from '../../../test/support/eventually';

const HOUR = 3_600_000;
let h: Harness | undefined;

afterEach(async () => {
  await h?.dispose();
  h = undefined;
});

const settle = () => new Promise((r) => setTimeout(r, 50));

describe('responder: shadow mode', () => {
  it('in global shadow mode records what it would do and never calls the control plane', async () => {
    h = await startHarness({ policy: { ...DEFAULT_RESPONSE_POLICY, shadow: true } });
    await h.publish(await criticalFinding(), await highFinding({ findingId: 'fnd-high-1' }));
    await h.auditEntry('action_shadowed', (d) => d.action === 'throttle');

    const shadowed = (await h.audit()).filter((e) => e.type === 'action_shadowed');
    expect(shadowed.map((e) => e.data.action).sort()).toEqual(['notify', 'notify', 'quarantine', 'throttle']);
    expect(shadowed.every((e) => e.data.reason === 'shadow mode is on for the whole policy')).toBe(true);
    expect(shadowed.find((e) => e.data.action === 'quarantine')!.data.wouldSend).toMatchObject({ type: 'warden.action.execute', action: 'quarantine' });
    // Shadow mode asks nobody: there is nothing to approve.
    expect(await h.responder.listApprovals()).toEqual([]);
    expect(h.responder.status().shadow).toBe(true);
    await settle();
    expect(h.plane!.requests()).toBe(0);
    await promptly(() => h!.notes.length === 4, 'four shadowed notes');
    expect(h.notes.every((n) => n.response!.status === 'shadowed')).toBe(true);
    expect(h.responder.stats().decisions).toEqual(expect.arrayContaining([{ action: 'quarantine', mode: 'shadow', count: 1 }]));
  });

  it('shadows only the playbook marked shadow and acts on the others', async () => {
    const policy: ResponsePolicy = {
      ...DEFAULT_RESPONSE_POLICY,
      playbooks: DEFAULT_RESPONSE_POLICY.playbooks.map((p) => (p.name === 'critical-quarantine' ? { ...p, shadow: true } : p)),
    };
    h = await startHarness({ policy });
    await h.publish(await criticalFinding(), await highFinding({ findingId: 'fnd-high-1' }));
    await h.auditEntry('action_executed', (d) => d.action === 'throttle');
    await h.auditEntry('action_shadowed', (d) => d.action === 'quarantine');

    const shadowed = (await h.audit()).filter((e) => e.type === 'action_shadowed');
    expect(shadowed.map((e) => e.data.action).sort()).toEqual(['notify', 'quarantine']);
    expect(shadowed[0]!.data.reason).toBe('playbook "critical-quarantine" is in shadow mode');
    expect(h.plane!.calls.map((c) => `${c.body.findingId}/${c.body.action}`).sort()).toEqual(['fnd-high-1/notify', 'fnd-high-1/throttle']);
    expect(h.responder.status().shadow).toBe(false);
  });
});

describe('responder: kill switch', () => {
  it('stops every action while findings are still audited, and new findings act again once released', async () => {
    h = await startHarness();
    await h.responder.setKillSwitch(true, 'carol', 'incident drill');
    expect(h.responder.status().killSwitch).toMatchObject({ engaged: true, by: 'carol', reason: 'incident drill', sinceMs: h.clock.ms });
    expect(await h.auditEntry('kill_switch')).toMatchObject({ actor: 'carol', data: { engaged: true, reason: 'incident drill' } });

    await h.publish(await criticalFinding(), await highFinding({ findingId: 'fnd-high-1' }));
    await h.auditEntry('action_suppressed', (d) => d.action === 'throttle');
    const entries = await h.audit();
    expect(entries.filter((e) => e.type === 'finding')).toHaveLength(2);
    const suppressed = entries.filter((e) => e.type === 'action_suppressed');
    expect(suppressed.map((e) => e.data.action).sort()).toEqual(['notify', 'notify', 'quarantine', 'throttle']);
    expect(String(suppressed[0]!.data.reason)).toContain('kill switch is engaged by carol (incident drill)');
    expect(await h.responder.listApprovals()).toEqual([]);
    await settle();
    expect(h.plane!.requests()).toBe(0);
    expect(h.responder.stats().killSwitchEngaged).toBe(true);

    await h.responder.setKillSwitch(false, 'carol', 'drill over');
    // Already decided findings stay decided; a new one is acted on.
    await h.publish(await highFinding({ findingId: 'fnd-high-2' }));
    await h.auditEntry('action_executed', (d) => d.findingId === 'fnd-high-2' && d.action === 'throttle');
    expect(h.plane!.calls.map((c) => `${c.body.findingId}/${c.body.action}`).sort()).toEqual(['fnd-high-2/notify', 'fnd-high-2/throttle']);
  });

  it('suppresses even an approved action when engaged after the request, and can be engaged by config at start', async () => {
    h = await startHarness();
    const f = await criticalFinding();
    await h.publish(f);
    await h.auditEntry('approval_requested');
    await h.responder.setKillSwitch(true, 'carol', 'stop everything');
    await h.responder.vote(`${f.findingId}/quarantine`, { verdict: 'approve', by: 'alice', reason: 'go' });
    const suppressed = await h.auditEntry('action_suppressed', (d) => d.action === 'quarantine');
    expect(suppressed.data.approvedBy).toEqual(['alice']);
    expect(h.plane!.calls.some((c) => c.body.action === 'quarantine')).toBe(false);
    await h.dispose();

    h = await startHarness({ config: { killSwitch: true } });
    expect(h.responder.status().killSwitch).toMatchObject({ engaged: true, by: 'warden' });
    await h.publish(await highFinding({ findingId: 'fnd-high-3' }));
    await h.auditEntry('action_suppressed', (d) => d.action === 'throttle');
    expect(h.plane!.requests()).toBe(0);
  });
});

describe('responder: circuit breaker', () => {
  it('steps down to advisory-only when actions exceed the rate, says so, and keeps notifying', async () => {
    const policy: ResponsePolicy = {
      ...DEFAULT_RESPONSE_POLICY,
      circuitBreaker: { windowSeconds: 600, maxActions: 1, maxOverrides: 5, cooldownSeconds: 900 },
    };
    h = await startHarness({ policy });
    await h.publish(await highFinding({ findingId: 'fnd-h1' }), await highFinding({ findingId: 'fnd-h2' }));
    const opened = await h.auditEntry('circuit_breaker');
    expect(opened.data).toMatchObject({ open: true, untilMs: h.clock.ms + 900_000 });
    expect(String(opened.data.reason)).toContain('2 automated actions in the last 600 s');
    expect(h.responder.status().circuit).toMatchObject({ open: true });

    await h.publish(await highFinding({ findingId: 'fnd-h3' }));
    const suppressed = await h.auditEntry('action_suppressed', (d) => d.findingId === 'fnd-h3');
    expect(suppressed.data.action).toBe('throttle');
    expect(String(suppressed.data.reason)).toContain('advisory-only');
    await h.auditEntry('action_executed', (d) => d.findingId === 'fnd-h3' && d.action === 'notify');
    expect(h.plane!.calls.filter((c) => c.body.action === 'throttle')).toHaveLength(2);

    // After the cooldown the breaker closes, says so, and actions resume.
    h.clock.ms += 900_000;
    const closed = await h.auditEntry('circuit_breaker', (d) => d.open === false);
    expect(closed.data.reason).toContain('cooldown');
    expect(h.responder.stats().circuitOpen).toBe(false);
  });

  it('counts denials as overrides', async () => {
    const policy: ResponsePolicy = {
      ...DEFAULT_RESPONSE_POLICY,
      circuitBreaker: { windowSeconds: 600, maxActions: 20, maxOverrides: 0, cooldownSeconds: 900 },
    };
    h = await startHarness({ policy });
    const f = await criticalFinding();
    await h.publish(f);
    await h.auditEntry('approval_requested');
    await h.responder.vote(`${f.findingId}/quarantine`, { verdict: 'deny', by: 'bob', reason: 'false positive' });
    const opened = await h.auditEntry('circuit_breaker');
    expect(String(opened.data.reason)).toContain('human overrides');
  });
});

describe('responder: expiry and the control plane', () => {
  it('undoes a reversible action when it expires', async () => {
    h = await startHarness();
    await h.publish(await highFinding({ findingId: 'fnd-h1' }));
    await h.auditEntry('action_executed', (d) => d.action === 'throttle');
    const execute = h.plane!.calls.find((c) => c.body.action === 'throttle')!;
    expect(Date.parse(execute.body.expiresAt!)).toBe(h.clock.ms + HOUR);
    await promptly(() => h!.contained.length === 1, 'the time to contain');
    expect(h.contained).toEqual([{ seconds: 0, action: 'throttle' }]);

    h.clock.ms += HOUR - 1;
    await settle();
    expect(h.plane!.calls.some((c) => c.body.type === 'warden.action.undo')).toBe(false);
    h.clock.ms += 1;
    await h.auditEntry('action_undone');
    const undo = h.plane!.calls.find((c) => c.body.type === 'warden.action.undo')!;
    expect(undo).toMatchObject({ webhookId: 'fnd-h1/throttle:undo', body: { actionId: 'fnd-h1/throttle', action: 'throttle', expiresAt: execute.body.expiresAt } });
    await promptly(() => h!.notes.some((n) => n.response!.status === 'undone'), 'the undone note');
    await settle();
    expect(h.plane!.calls.filter((c) => c.body.type === 'warden.action.undo')).toHaveLength(1);
  });

  it('retries a busy control plane under one webhook-id, and reports an unreachable one as failed', async () => {
    h = await startHarness({ failFirst: 2 });
    await h.publish(await highFinding({ findingId: 'fnd-h1' }));
    const notify = await h.auditEntry('action_executed', (d) => d.action === 'notify');
    expect(notify.data.attempts).toBe(3);
    expect(h.plane!.answered.slice(0, 3)).toEqual([
      { webhookId: 'fnd-h1/notify:execute', status: 503 },
      { webhookId: 'fnd-h1/notify:execute', status: 503 },
      { webhookId: 'fnd-h1/notify:execute', status: 200 },
    ]);
    await h.auditEntry('action_executed', (d) => d.action === 'throttle');

    h.plane!.setMode('down');
    await h.publish(await highFinding({ findingId: 'fnd-h2' }));
    const failed = await h.auditEntry('action_failed', (d) => d.findingId === 'fnd-h2' && d.action === 'throttle');
    expect(failed.data.attempts).toBe(4);
    expect(String(failed.data.reason)).toContain('could not be reached');
    expect(String(failed.data.reason)).not.toContain('127.0.0.1');
    await promptly(() => h!.notes.some((n) => n.response!.status === 'failed'), 'the failed note');
    // Nothing to undo for an action that never happened.
    h.plane!.setMode('up');
    h.clock.ms += 2 * HOUR;
    await h.auditEntry('action_undone', (d) => d.findingId === 'fnd-h1');
    await settle();
    expect((await h.audit()).some((e) => e.type === 'action_undone' && e.data.findingId === 'fnd-h2')).toBe(false);
  });

  it('does not retry a control plane that refuses the request, and never shows the secret', async () => {
    const wrongSecret = `whsec_${Buffer.alloc(32, 2).toString('base64')}`;
    h = await startHarness({ responderSecret: wrongSecret });
    await h.publish(await highFinding({ findingId: 'fnd-h9' }));
    const failed = await h.auditEntry('action_failed', (d) => d.action === 'throttle');
    expect(failed.data.attempts).toBe(1);
    expect(String(failed.data.reason)).toContain('refused the request with 401');
    expect(String(failed.data.reason)).toContain('WARDEN_CONTROL_PLANE_SECRET');
    const log = JSON.stringify(await h.audit());
    expect(log).not.toContain(wrongSecret.slice(6));
    expect(h.plane!.requests()).toBe(2);
    expect(h.plane!.rejected.map((r) => r.status)).toEqual([401, 401]);
  });
});
