import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeResponderControl, pendingApproval, TEST_TOKENS } from '../admin-api/__tests__/fake-responder-control';
import { runCli } from '../admin-api/__tests__/run-cli';
import { startTestAdminServer } from '../admin-api/__tests__/test-admin-server';
import { formatApprovalsTable, shortDuration } from './approvals';

const NOW = 1_795_340_000_000;

describe('formatApprovalsTable', () => {
  it('shows id, action, agent, session, severity/risk, status, age, deadline and votes, aligned', () => {
    const pending = pendingApproval('f-1', { requestedAtMs: NOW - 5 * 60_000, approvers: 2 });
    const voted = { ...pending, approvals: [{ by: 'alice', reason: 'r', atMs: NOW }] };
    const denied = { ...pendingApproval('f-22', { requestedAtMs: NOW - 3 * 3_600_000, kind: 'memory_rollback' }), status: 'denied' as const, denial: { by: 'bob', reason: 'fp', atMs: NOW } };
    const lines = formatApprovalsTable([voted, denied], NOW).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+ACTION\s+AGENT\s+SESSION\s+SEVERITY\/RISK\s+STATUS\s+AGE\s+DEADLINE\s+VOTES$/);
    expect(lines[1]?.split(/\s{2,}/)).toEqual(['f-1/quarantine', 'quarantine', 'acme/support-bot-7', 'sess-42', 'critical/93', 'pending', '5m', 'in 10m', '1/2 alice']);
    expect(lines[2]?.split(/\s{2,}/)).toEqual(['f-22/memory_rollback', 'memory_rollback', 'acme/support-bot-7', 'sess-42', 'critical/93', 'denied', '3h', '-', 'denied by bob']);
    // Columns line up: each cell starts where its header does.
    const at = (header: string) => lines[0]?.indexOf(header) ?? -1;
    expect([lines[1]?.slice(at('ACTION')), lines[2]?.slice(at('ACTION'))]).toEqual([expect.stringMatching(/^quarantine /), expect.stringMatching(/^memory_rollback /)]);
    expect([lines[1]?.slice(at('STATUS')), lines[2]?.slice(at('STATUS'))]).toEqual([expect.stringMatching(/^pending /), expect.stringMatching(/^denied /)]);
  });

  it('says a deadline has passed rather than counting down below zero', () => {
    const late = pendingApproval('f-1', { requestedAtMs: NOW - 20 * 60_000 });
    expect(formatApprovalsTable([late], NOW)).toMatch(/\b20m\s+passed\s+0\/1/);
    expect([shortDuration(45_000), shortDuration(3 * 86_400_000)]).toEqual(['45s', '3d']);
  });
});

describe('warden approvals (against a real admin server)', () => {
  let responder: FakeResponderControl;
  let server: { url: string; stop: () => Promise<void> };

  beforeEach(async () => {
    responder = new FakeResponderControl([pendingApproval('f-1'), pendingApproval('f-2', { approvers: 2 })]);
    server = await startTestAdminServer(responder);
  });
  afterEach(async () => server.stop());

  const as = (token: string) => ['--url', server.url, '--token', token];

  it('lists pending approvals as a table, and as JSON with --json', async () => {
    await responder.vote('f-2/quarantine', { verdict: 'deny', by: 'bob', reason: 'fp' });
    const table = await runCli(['approvals', 'list', ...as(TEST_TOKENS.viewer)]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^ID\s+ACTION/);
    expect(table.stdout).toMatch(/f-1\/quarantine\s+quarantine\s+acme\/support-bot-7\s+sess-42\s+critical\/93\s+pending\s+5m\s+in 9m\s+0\/1/);
    expect(table.stdout).not.toContain('f-2/quarantine');
    const json = await runCli(['approvals', 'list', '--status', 'all', '--json', ...as(TEST_TOKENS.viewer)]);
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as { decision: { id: string }; status: string }[]).map((a) => [a.decision.id, a.status])).toEqual([
      ['f-1/quarantine', 'pending'],
      ['f-2/quarantine', 'denied'],
    ]);
    const none = await runCli(['approvals', 'list', '--status', 'expired', ...as(TEST_TOKENS.viewer)]);
    expect(none.stdout).toBe('No expired approvals.\n');
  });

  it('approves as the token\'s person, reading WARDEN_ADMIN_URL and WARDEN_ADMIN_TOKEN', async () => {
    const r = await runCli(['approvals', 'approve', 'f-1/quarantine', '--reason', 'confirmed injection'], {
      WARDEN_ADMIN_URL: server.url,
      WARDEN_ADMIN_TOKEN: TEST_TOKENS.approver,
    });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe('approved: quarantine of acme/support-bot-7 (f-1/quarantine), by alice; the responder carries it out now\n');
    expect(responder.votes).toEqual([{ decisionId: 'f-1/quarantine', vote: { verdict: 'approve', by: 'alice', reason: 'confirmed injection' } }]);
    expect(responder.audited.at(-1)).toMatchObject({ actor: 'alice', path: '/api/v1/approvals/f-1%2Fquarantine/approve', status: 200 });
  });

  it('prints the resulting status of a deny and of a first vote under the two-person rule', async () => {
    const deny = await runCli(['approvals', 'deny', 'f-1/quarantine', '--reason', 'false positive', ...as(TEST_TOKENS.approver)]);
    expect(deny.stdout).toMatch(/^denied: quarantine .* by alice; nothing will be done/);
    const first = await runCli(['approvals', 'approve', 'f-2/quarantine', '--reason', 'seen', ...as(TEST_TOKENS.approver)]);
    expect(first.stdout).toMatch(/^still pending: .* has 1 of 2 approvals \(alice\)/);
    const again = await runCli(['approvals', 'approve', 'f-2/quarantine', '--reason', 'again', ...as(TEST_TOKENS.approver)]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/refused \(409\): alice has already approved .*\[ALREADY_VOTED\]/);
    const second = await runCli(['approvals', 'approve', 'f-2/quarantine', '--reason', 'agreed', ...as(TEST_TOKENS.approver2)]);
    expect(second.stdout).toMatch(/^approved: .* by alice and bob/);
  });

  it('shows the API\'s refusal and exits 1: role too low, no token, unknown id', async () => {
    const viewer = await runCli(['approvals', 'approve', 'f-1/quarantine', '--reason', 'r', ...as(TEST_TOKENS.viewer)]);
    expect(viewer.code).toBe(1);
    expect(viewer.stderr).toMatch(/needs the approver role; the token of "vera" has viewer.*\[FORBIDDEN\]/);
    const anonymous = await runCli(['approvals', 'approve', 'f-1/quarantine', '--reason', 'r', '--url', server.url], { WARDEN_ADMIN_TOKEN: undefined });
    expect(anonymous.code).toBe(1);
    expect(anonymous.stderr).toMatch(/no bearer token was sent.*--token.*\[UNAUTHENTICATED\]/);
    const unknown = await runCli(['approvals', 'show', 'f-9/quarantine', ...as(TEST_TOKENS.viewer)]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/\[NOT_FOUND\]/);
    expect(responder.votes).toEqual([]);
    expect(`${viewer.stderr}${anonymous.stderr}`).not.toContain(TEST_TOKENS.viewer);
  });

  it('exits 2 on bad usage without calling the API', async () => {
    const noReason = await runCli(['approvals', 'approve', 'f-1/quarantine', ...as(TEST_TOKENS.approver)]);
    expect(noReason.code).toBe(2);
    expect(noReason.stderr).toMatch(/needs --reason/);
    expect((await runCli(['approvals', 'deny', '--reason', 'r', ...as(TEST_TOKENS.approver)])).code).toBe(2);
    expect((await runCli(['approvals', 'list', '--status', 'maybe', ...as(TEST_TOKENS.viewer)])).code).toBe(2);
    expect((await runCli(['approvals', 'vote', ...as(TEST_TOKENS.viewer)])).code).toBe(2);
    expect((await runCli(['approvals', 'list', '--url', 'ftp://x', '--token', 'x'])).code).toBe(2);
    expect(responder.audited).toEqual([]);
  });

  it('shows one approval with its evidence as JSON', async () => {
    const r = await runCli(['approvals', 'show', 'f-1/quarantine', ...as(TEST_TOKENS.viewer)]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ decision: { id: 'f-1/quarantine', kind: 'quarantine' }, status: 'pending' });
  });
});

describe('warden approvals without a reachable Warden', () => {
  it('says where it tried and which setting to change, exit 1', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const r = await runCli(['approvals', 'list', '--url', `http://127.0.0.1:${port}`, '--token', TEST_TOKENS.viewer]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`cannot reach Warden's admin API at http://127.0.0.1:${port} \\(ECONNREFUSED\\).*WARDEN_ADMIN_URL.*\\[ADMIN_API_UNREACHABLE\\]`));
  });
});
