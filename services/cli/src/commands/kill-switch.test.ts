import { FakeResponderControl, pendingApproval, TEST_TOKENS } from '../admin-api/__tests__/fake-responder-control';
import { runCli } from '../admin-api/__tests__/run-cli';
import { startTestAdminServer } from '../admin-api/__tests__/test-admin-server';
import { formatResponderStatus } from './kill-switch';

describe('warden kill-switch (against a real admin server)', () => {
  let responder: FakeResponderControl;
  let server: { url: string; stop: () => Promise<void> };

  beforeEach(async () => {
    responder = new FakeResponderControl([pendingApproval('f-1')]);
    server = await startTestAdminServer(responder);
  });
  afterEach(async () => server.stop());

  const as = (token: string) => ['--url', server.url, '--token', token];

  it('engages and releases the switch in the admin\'s name and prints the new status', async () => {
    const on = await runCli(['kill-switch', 'on', '--reason', 'incident 12: runaway quarantines', ...as(TEST_TOKENS.admin)]);
    expect(on.code).toBe(0);
    expect(on.stdout).toMatch(/^Kill switch engaged: every automated action is stopped; detection and alerting go on\.\n/);
    expect(on.stdout).toMatch(/kill switch: +ENGAGED by root-ops since 2026-11-22T\d\d:\d\d:\d\d\.\d{3}Z: incident 12: runaway quarantines/);
    expect(responder.killSwitch).toMatchObject({ engaged: true, by: 'root-ops', reason: 'incident 12: runaway quarantines' });
    const off = await runCli(['kill-switch', 'off', '--reason', 'contained', ...as(TEST_TOKENS.admin)]);
    expect(off.code).toBe(0);
    expect(off.stdout).toMatch(/kill switch: +off\n/);
    expect(responder.killSwitch.engaged).toBe(false);
    expect(responder.audited.map((a) => [a.actor, a.path, a.status])).toEqual([
      ['root-ops', '/api/v1/response/kill-switch', 200],
      ['root-ops', '/api/v1/response/kill-switch', 200],
    ]);
  });

  it('refuses an approver (exit 1, naming the admin role) and a missing reason (exit 2)', async () => {
    const approver = await runCli(['kill-switch', 'on', '--reason', 'r', ...as(TEST_TOKENS.approver)]);
    expect(approver.code).toBe(1);
    expect(approver.stderr).toMatch(/needs the admin role.*\[FORBIDDEN\]/);
    const noReason = await runCli(['kill-switch', 'on', ...as(TEST_TOKENS.admin)]);
    expect(noReason.code).toBe(2);
    expect(noReason.stderr).toMatch(/needs --reason/);
    expect((await runCli(['kill-switch', 'toggle', ...as(TEST_TOKENS.admin)])).code).toBe(2);
    expect(responder.killSwitch.engaged).toBe(false);
  });

  it('prints the status for a viewer, and JSON with --json', async () => {
    const r = await runCli(['kill-switch', 'status', ...as(TEST_TOKENS.viewer)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      ['kill switch:       off', 'shadow mode:       off', 'circuit breaker:   closed', 'pending approvals: 1', 'control plane:     configured', ''].join('\n'),
    );
    const json = await runCli(['kill-switch', 'status', '--json', ...as(TEST_TOKENS.viewer)]);
    expect(JSON.parse(json.stdout)).toMatchObject({ killSwitch: { engaged: false }, pendingApprovals: 1 });
  });
});

describe('formatResponderStatus', () => {
  it('says when the breaker has stepped down to advisory, and which setting the control plane needs', () => {
    const text = formatResponderStatus({
      killSwitch: { engaged: false },
      shadow: true,
      circuit: { open: true, reason: '21 actions in 600 s (max 20)', untilMs: Date.UTC(2026, 10, 22, 10, 0, 0) },
      pendingApprovals: 0,
      controlPlane: 'not_configured',
    });
    expect(text).toContain('circuit breaker:   OPEN, advisory only until 2026-11-22T10:00:00.000Z: 21 actions in 600 s (max 20)');
    expect(text).toContain('shadow mode:       on (actions are recorded, not sent)');
    expect(text).toContain('not configured (set WARDEN_CONTROL_PLANE_URL)');
  });
});
