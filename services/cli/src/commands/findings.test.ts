import { FakeResponderControl, TEST_TOKENS } from '../admin-api/__tests__/fake-responder-control';
import { runCli } from '../admin-api/__tests__/run-cli';
import { startTestAdminServer } from '../admin-api/__tests__/test-admin-server';
import { describeReview } from './findings';

describe('warden findings benign (against a real admin server)', () => {
  let responder: FakeResponderControl;
  let server: { url: string; stop: () => Promise<void> };

  beforeEach(async () => {
    responder = new FakeResponderControl();
    responder.findings.set('f-closed', { closed: true });
    responder.findings.set('f-open', { closed: false });
    server = await startTestAdminServer(responder);
  });
  afterEach(async () => server.stop());

  const as = (token: string) => ['--url', server.url, '--token', token];

  it('reviews a closed finding as the token\'s person and says what follows', async () => {
    const r = await runCli(['findings', 'benign', 'f-closed', '--reason', 'the monthly pension schedule', ...as(TEST_TOKENS.approver)]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^reviewed as benign: finding f-closed of acme\/support-bot-7 \(session sess-42\), by alice\. .*Suppressed.*learned/);
    expect(responder.reviews).toEqual([{ findingId: 'f-closed', by: 'alice', reason: 'the monthly pension schedule' }]);
    const json = await runCli(['findings', 'benign', 'f-closed', '--reason', 'again', '--json', ...as(TEST_TOKENS.approver2)]);
    expect(json.code).toBe(1);
    expect(json.stderr).toMatch(/refused \(409\): finding f-closed was already reviewed by alice.*\[ALREADY_REVIEWED\]/);
  });

  it('shows the refusal of an open finding and of a viewer, exit 1', async () => {
    const open = await runCli(['findings', 'benign', 'f-open', '--reason', 'fine', ...as(TEST_TOKENS.approver)]);
    expect(open.code).toBe(1);
    expect(open.stderr).toMatch(/\[NOT_CLOSED\]/);
    const viewer = await runCli(['findings', 'benign', 'f-closed', '--reason', 'fine', ...as(TEST_TOKENS.viewer)]);
    expect(viewer.code).toBe(1);
    expect(viewer.stderr).toMatch(/needs the approver role.*\[FORBIDDEN\]/);
    expect(responder.reviews.map((r) => r.findingId)).toEqual(['f-open']);
  });

  it('exits 2 on bad usage without calling the API', async () => {
    const noReason = await runCli(['findings', 'benign', 'f-closed', ...as(TEST_TOKENS.approver)]);
    expect(noReason.code).toBe(2);
    expect(noReason.stderr).toMatch(/needs --reason/);
    const blank = await runCli(['findings', 'benign', 'f-closed', '--reason', '   ', ...as(TEST_TOKENS.approver)]);
    expect(blank.code).toBe(2);
    expect(blank.stderr).toMatch(/findings benign needs --reason "why": it goes into the audit log and to the SIEM/);
    expect((await runCli(['findings', 'benign', '--reason', 'r', ...as(TEST_TOKENS.approver)])).code).toBe(2);
    expect((await runCli(['findings', 'dismiss', 'f-closed', '--reason', 'r', ...as(TEST_TOKENS.approver)])).code).toBe(2);
    expect(responder.reviews).toEqual([]);
    expect(responder.audited).toEqual([]);
  });
});

describe('describeReview', () => {
  const review = { findingId: 'f-1', tenant: 'acme', agentId: 'ap-2', sessionId: 's-9', disposition: 'benign' as const, by: 'alice', reason: 'expected', atMs: 0 };

  it('names the approvals the review denied and the actions it lifted', () => {
    const text = describeReview({ ...review, approvalsDenied: ['f-1/quarantine'], actionsLifted: ['f-1/throttle', 'f-1/read_only'] });
    expect(text).toMatch(/^reviewed as benign: finding f-1 of acme\/ap-2 \(session s-9\), by alice; denied its pending approval f-1\/quarantine; lifted f-1\/throttle, f-1\/read_only\. /);
  });

  it('says neither when there was nothing to deny or lift', () => {
    expect(describeReview({ ...review, approvalsDenied: [], actionsLifted: [] })).toMatch(/by alice\. The SIEM/);
  });
});
