import * as http from 'node:http';
import { silentLogger } from '@warden/core';
import { Counter, Registry } from 'prom-client';
import { FakeResponderControl, pendingApproval } from '../admin-api/__tests__/fake-responder-control';
import { parseAdminTokens } from '../admin-api/admin-tokens';
import { createAdminServer, type AdminServer } from './admin-server';

function get(port: number, path: string, method = 'GET'): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('admin endpoint', () => {
  const registry = new Registry();
  new Counter({ name: 'warden_test_total', help: 'test', registers: [registry] }).inc(3);
  const components: Record<string, boolean> = { receiver: false };
  let admin: AdminServer;

  beforeAll(async () => {
    admin = createAdminServer({ host: '127.0.0.1', port: 0 }, { registry, components: () => components, logger: silentLogger });
    await admin.start();
  });
  afterAll(async () => admin.stop());

  it('serves the registry in the Prometheus text format', async () => {
    const r = await get(admin.port(), '/metrics');
    expect(r.status).toBe(200);
    expect(r.type).toContain('text/plain');
    expect(r.body).toContain('warden_test_total 3');
  });

  it('is healthy at once, and ready only once every component has started', async () => {
    expect((await get(admin.port(), '/healthz')).status).toBe(200);
    const starting = await get(admin.port(), '/readyz');
    expect(starting.status).toBe(503);
    expect(JSON.parse(starting.body)).toEqual({ status: 'starting', components: { receiver: false } });
    components.receiver = true;
    expect((await get(admin.port(), '/readyz')).status).toBe(200);
  });

  it('answers unknown paths with 404 and other methods with 405', async () => {
    expect((await get(admin.port(), '/nope')).status).toBe(404);
    expect((await get(admin.port(), '/metrics', 'POST')).status).toBe(405);
  });

  it('names the setting to change when its port is taken', async () => {
    const second = createAdminServer({ host: '127.0.0.1', port: admin.port() }, { registry, components: () => components, logger: silentLogger });
    await expect(second.start()).rejects.toThrow(/WARDEN_ADMIN_PORT/);
    await second.stop();
  });
});

const VIEWER = 'viewer-token-0123456789abcdef';
const APPROVER = 'approver-token-0123456789abcdef';
const APPROVER_2 = 'approver2-token-0123456789abcdef';
const ADMIN = 'admin-token-0123456789abcdef==';
const TOKENS = parseAdminTokens(`${VIEWER}=vera:viewer, ${APPROVER}=alice:approver,${APPROVER_2}=bob:approver,${ADMIN}=root-ops:admin`);

interface ApiAnswer {
  status: number;
  headers: Headers;
  json: { error?: { code: string; message: string } } & Record<string, unknown>;
}

async function call(port: number, method: string, path: string, opts: { token?: string; body?: unknown; rawBody?: string } = {}): Promise<ApiAnswer> {
  const headers: Record<string, string> = {};
  if (opts.token !== undefined) headers.authorization = `Bearer ${opts.token}`;
  let body: string | undefined;
  if (opts.rawBody !== undefined || opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = opts.rawBody ?? JSON.stringify(opts.body);
  }
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: JSON.parse(text) as ApiAnswer['json'] };
}

const DECISION = 'f-critical-1/quarantine';
const DECISION_PATH = `/api/v1/approvals/${encodeURIComponent(DECISION)}`;

describe('admin API (/api/v1)', () => {
  const registry = new Registry();
  let responder: FakeResponderControl;
  let admin: AdminServer;
  const port = () => admin.port();

  beforeEach(async () => {
    responder = new FakeResponderControl([pendingApproval('f-critical-1'), pendingApproval('f-critical-2', { approvers: 2 })]);
    admin = createAdminServer(
      { host: '127.0.0.1', port: 0, tokens: TOKENS },
      { registry, components: () => ({}), logger: silentLogger, responder },
    );
    await admin.start();
  });
  afterEach(async () => admin.stop());

  it('keeps /metrics, /healthz and /readyz open while the API needs a token', async () => {
    expect((await get(port(), '/metrics')).status).toBe(200);
    expect((await get(port(), '/healthz')).status).toBe(200);
    expect((await get(port(), '/readyz')).status).toBe(200);
    const r = await call(port(), 'GET', '/api/v1/approvals');
    expect(r.status).toBe(401);
  });

  it('refuses calls without a token or with an unknown one, audits them as anonymous, and never records the token', async () => {
    const none = await call(port(), 'GET', '/api/v1/approvals');
    expect(none.status).toBe(401);
    expect(none.json.error?.code).toBe('UNAUTHENTICATED');
    expect(none.json.error?.message).toMatch(/--token/);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const wrong = await call(port(), 'GET', '/api/v1/approvals', { token: `${VIEWER}x` });
    expect(wrong.status).toBe(401);
    expect(wrong.json.error?.message).toMatch(/WARDEN_ADMIN_TOKENS/);
    const prefix = await call(port(), 'GET', '/api/v1/approvals', { token: VIEWER.slice(0, -1) });
    expect(prefix.status).toBe(401);
    expect(responder.audited).toEqual([
      { actor: 'anonymous', method: 'GET', path: '/api/v1/approvals', status: 401 },
      { actor: 'anonymous', method: 'GET', path: '/api/v1/approvals', status: 401 },
      { actor: 'anonymous', method: 'GET', path: '/api/v1/approvals', status: 401 },
    ]);
    expect(JSON.stringify(responder.audited)).not.toContain('token');
  });

  it('allows no anonymous approval: a vote without a valid token never reaches the responder', async () => {
    const r = await call(port(), 'POST', `${DECISION_PATH}/approve`, { body: { reason: 'looks bad', by: 'alice' } });
    expect(r.status).toBe(401);
    const forged = await call(port(), 'POST', `${DECISION_PATH}/approve`, { token: 'alice', body: { reason: 'looks bad', by: 'alice' } });
    expect(forged.status).toBe(401);
    expect(responder.votes).toEqual([]);
    expect(responder.approvals.get(DECISION)?.status).toBe('pending');
    expect(responder.audited.map((a) => [a.actor, a.method, a.status])).toEqual([
      ['anonymous', 'POST', 401],
      ['anonymous', 'POST', 401],
    ]);
  });

  it.each([
    { role: 'viewer', token: VIEWER, method: 'GET', path: '/api/v1/approvals', body: undefined, expected: 200 },
    { role: 'viewer', token: VIEWER, method: 'GET', path: DECISION_PATH, body: undefined, expected: 200 },
    { role: 'viewer', token: VIEWER, method: 'GET', path: '/api/v1/response/status', body: undefined, expected: 200 },
    { role: 'viewer', token: VIEWER, method: 'POST', path: `${DECISION_PATH}/approve`, body: { reason: 'r' }, expected: 403 },
    { role: 'viewer', token: VIEWER, method: 'POST', path: `${DECISION_PATH}/deny`, body: { reason: 'r' }, expected: 403 },
    { role: 'viewer', token: VIEWER, method: 'POST', path: '/api/v1/response/kill-switch', body: { engaged: true, reason: 'r' }, expected: 403 },
    { role: 'approver', token: APPROVER, method: 'GET', path: '/api/v1/approvals', body: undefined, expected: 200 },
    { role: 'approver', token: APPROVER, method: 'POST', path: `${DECISION_PATH}/approve`, body: { reason: 'confirmed injection' }, expected: 200 },
    { role: 'approver', token: APPROVER, method: 'POST', path: `${DECISION_PATH}/deny`, body: { reason: 'false positive' }, expected: 200 },
    { role: 'approver', token: APPROVER, method: 'POST', path: '/api/v1/response/kill-switch', body: { engaged: true, reason: 'r' }, expected: 403 },
    { role: 'admin', token: ADMIN, method: 'POST', path: `${DECISION_PATH}/approve`, body: { reason: 'confirmed injection' }, expected: 200 },
    { role: 'admin', token: ADMIN, method: 'POST', path: '/api/v1/response/kill-switch', body: { engaged: true, reason: 'incident 12' }, expected: 200 },
  ] as const)('$role: $method $path → $expected', async ({ role, token, method, path, body, expected }) => {
    const r = await call(port(), method, path, { token, ...(body === undefined ? {} : { body }) });
    expect(r.status).toBe(expected);
    expect(responder.audited).toHaveLength(1);
    expect(responder.audited[0]).toMatchObject({ method, path, status: expected, role });
  });

  it('names the role a refused call needs, and leaves the responder untouched', async () => {
    const r = await call(port(), 'POST', '/api/v1/response/kill-switch', { token: APPROVER, body: { engaged: true, reason: 'r' } });
    expect(r.status).toBe(403);
    expect(r.json.error?.code).toBe('FORBIDDEN');
    expect(r.json.error?.message).toMatch(/needs the admin role/);
    expect(r.json.error?.message).toMatch(/"alice" has approver/);
    expect(responder.killSwitch.engaged).toBe(false);
    const v = await call(port(), 'POST', `${DECISION_PATH}/approve`, { token: VIEWER, body: { reason: 'r' } });
    expect(v.json.error?.message).toMatch(/needs the approver role/);
    expect(responder.votes).toEqual([]);
  });

  it('records the token\'s name as the voter and ignores a "by" in the body', async () => {
    const r = await call(port(), 'POST', `${DECISION_PATH}/approve`, { token: APPROVER, body: { reason: 'confirmed injection', by: 'mallory' } });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ status: 'approved', approvals: [{ by: 'alice', reason: 'confirmed injection' }] });
    expect(responder.votes).toEqual([{ decisionId: DECISION, vote: { verdict: 'approve', by: 'alice', reason: 'confirmed injection' } }]);
    expect(responder.audited).toEqual([{ actor: 'alice', method: 'POST', path: `${DECISION_PATH}/approve`, status: 200, role: 'approver' }]);
  });

  it('needs two distinct people under the two-person rule and reports the refusal codes', async () => {
    const path = `/api/v1/approvals/${encodeURIComponent('f-critical-2/quarantine')}/approve`;
    const first = await call(port(), 'POST', path, { token: APPROVER, body: { reason: 'seen it' } });
    expect(first.json).toMatchObject({ status: 'pending' });
    const again = await call(port(), 'POST', path, { token: APPROVER, body: { reason: 'really' } });
    expect(again.status).toBe(409);
    expect(again.json.error?.code).toBe('ALREADY_VOTED');
    const second = await call(port(), 'POST', path, { token: APPROVER_2, body: { reason: 'agreed' } });
    expect(second.json).toMatchObject({ status: 'approved' });
    const late = await call(port(), 'POST', path.replace(/approve$/, 'deny'), { token: ADMIN, body: { reason: 'too late' } });
    expect(late.status).toBe(409);
    expect(late.json.error?.code).toBe('NOT_PENDING');
    const missing = await call(port(), 'POST', `/api/v1/approvals/${encodeURIComponent('nope/quarantine')}/approve`, { token: APPROVER, body: { reason: 'r' } });
    expect(missing.status).toBe(404);
    expect(responder.audited.map((a) => a.status)).toEqual([200, 409, 200, 409, 404]);
  });

  it('requires a reason for votes and for the kill switch (400) without calling the responder', async () => {
    for (const body of [{}, { reason: '   ' }, { reason: 42 }]) {
      const r = await call(port(), 'POST', `${DECISION_PATH}/deny`, { token: APPROVER, body });
      expect(r.status).toBe(400);
      expect(r.json.error?.code).toBe('REASON_REQUIRED');
    }
    const ks = await call(port(), 'POST', '/api/v1/response/kill-switch', { token: ADMIN, body: { engaged: true } });
    expect(ks.status).toBe(400);
    expect(ks.json.error?.message).toMatch(/reason/);
    const notBool = await call(port(), 'POST', '/api/v1/response/kill-switch', { token: ADMIN, body: { engaged: 'yes', reason: 'r' } });
    expect(notBool.status).toBe(400);
    const notJson = await call(port(), 'POST', `${DECISION_PATH}/deny`, { token: APPROVER, rawBody: '{reason:' });
    expect(notJson.status).toBe(400);
    expect(notJson.json.error?.message).toMatch(/not valid JSON/);
    const array = await call(port(), 'POST', `${DECISION_PATH}/deny`, { token: APPROVER, rawBody: '["reason"]' });
    expect(array.status).toBe(400);
    expect(responder.votes).toEqual([]);
    expect(responder.killSwitch.engaged).toBe(false);
    expect(responder.audited.map((a) => a.status)).toEqual([400, 400, 400, 400, 400, 400, 400]);
  });

  it('takes a benign review of a closed finding from an approver, in the token\'s name, and reports each refusal', async () => {
    responder.findings.set('f-closed', { closed: true });
    responder.findings.set('f-open', { closed: false });
    const path = (id: string) => `/api/v1/findings/${encodeURIComponent(id)}/benign`;
    const viewer = await call(port(), 'POST', path('f-closed'), { token: VIEWER, body: { reason: 'expected' } });
    expect(viewer.status).toBe(403);
    const noReason = await call(port(), 'POST', path('f-closed'), { token: APPROVER, body: { reason: ' ' } });
    expect(noReason.json.error?.code).toBe('REASON_REQUIRED');
    expect(responder.reviews).toEqual([]);
    const ok = await call(port(), 'POST', path('f-closed'), { token: APPROVER, body: { reason: 'the monthly pension schedule', by: 'mallory' } });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ findingId: 'f-closed', disposition: 'benign', by: 'alice', reason: 'the monthly pension schedule' });
    const again = await call(port(), 'POST', path('f-closed'), { token: APPROVER_2, body: { reason: 'agreed' } });
    expect([again.status, again.json.error?.code]).toEqual([409, 'ALREADY_REVIEWED']);
    const open = await call(port(), 'POST', path('f-open'), { token: APPROVER, body: { reason: 'fine' } });
    expect([open.status, open.json.error?.code]).toEqual([409, 'NOT_CLOSED']);
    const missing = await call(port(), 'POST', path('nope'), { token: APPROVER, body: { reason: 'fine' } });
    expect([missing.status, missing.json.error?.code]).toEqual([404, 'NOT_FOUND']);
    expect(responder.reviews.map((r) => r.by)).toEqual(['alice', 'bob', 'alice', 'alice']);
    expect(responder.audited.map((a) => a.status)).toEqual([403, 400, 200, 409, 409, 404]);
  });

  it('engages and releases the kill switch in the admin\'s name and answers with the new status', async () => {
    const on = await call(port(), 'POST', '/api/v1/response/kill-switch', { token: ADMIN, body: { engaged: true, reason: 'incident 12', by: 'someone' } });
    expect(on.json).toMatchObject({ killSwitch: { engaged: true, by: 'root-ops', reason: 'incident 12' } });
    const off = await call(port(), 'POST', '/api/v1/response/kill-switch', { token: ADMIN, body: { engaged: false, reason: 'contained' } });
    expect(off.json).toMatchObject({ killSwitch: { engaged: false } });
    expect(responder.audited.map((a) => a.actor)).toEqual(['root-ops', 'root-ops']);
  });

  it('filters approvals by status and refuses an unknown status', async () => {
    await call(port(), 'POST', `${DECISION_PATH}/deny`, { token: APPROVER, body: { reason: 'false positive' } });
    const pending = await call(port(), 'GET', '/api/v1/approvals?status=pending', { token: VIEWER });
    expect((pending.json.approvals as { decision: { id: string } }[]).map((a) => a.decision.id)).toEqual(['f-critical-2/quarantine']);
    const all = await call(port(), 'GET', '/api/v1/approvals', { token: VIEWER });
    expect(all.json.approvals).toHaveLength(2);
    const bad = await call(port(), 'GET', '/api/v1/approvals?status=maybe', { token: VIEWER });
    expect(bad.status).toBe(400);
    expect(bad.json.error?.message).toMatch(/pending, approved, denied, expired/);
  });

  it('takes decision ids URL-encoded: an unencoded slash is another path', async () => {
    const one = await call(port(), 'GET', DECISION_PATH, { token: VIEWER });
    expect(one.json).toMatchObject({ decision: { id: DECISION } });
    expect((await call(port(), 'GET', '/api/v1/approvals/f-critical-1/quarantine', { token: VIEWER })).status).toBe(404);
    expect((await call(port(), 'GET', '/api/v1/approvals/%E0%A4%A', { token: VIEWER })).status).toBe(400);
  });

  it('serves forensic bundles to viewers and 404s a finding without one', async () => {
    responder.bundles.set('f-critical-1', { findingId: 'f-critical-1', createdAtMs: 1, finding: {} as never, spans: [], spansOmitted: 0, signals: [] });
    const r = await call(port(), 'GET', '/api/v1/forensics/f-critical-1', { token: VIEWER });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ findingId: 'f-critical-1', spansOmitted: 0 });
    const none = await call(port(), 'GET', '/api/v1/forensics/f-low-9', { token: VIEWER });
    expect(none.status).toBe(404);
    expect(none.json.error?.message).toMatch(/High and Critical/);
  });

  it('answers unknown endpoints with a JSON 404 and wrong methods with 405 and Allow', async () => {
    const unknown = await call(port(), 'GET', '/api/v1/nope', { token: VIEWER });
    expect(unknown.status).toBe(404);
    expect(unknown.json.error?.code).toBe('NOT_FOUND');
    const post = await call(port(), 'POST', '/api/v1/approvals', { token: ADMIN, body: {} });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET');
    const del = await call(port(), 'DELETE', `${DECISION_PATH}/approve`, { token: ADMIN });
    expect(del.status).toBe(405);
    expect(del.headers.get('allow')).toBe('POST');
    expect(responder.audited.map((a) => [a.method, a.status])).toEqual([
      ['GET', 404],
      ['POST', 405],
      ['DELETE', 405],
    ]);
  });

  it('refuses a body over the limit with 413 without reading it all', async () => {
    const r = await call(port(), 'POST', `${DECISION_PATH}/approve`, { token: APPROVER, body: { reason: 'x'.repeat(70 * 1024) } });
    expect(r.status).toBe(413);
    expect(r.json.error?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(responder.votes).toEqual([]);
    expect(responder.audited).toEqual([{ actor: 'alice', method: 'POST', path: `${DECISION_PATH}/approve`, status: 413, role: 'approver' }]);
    // The server still answers afterwards.
    expect((await call(port(), 'GET', '/api/v1/approvals', { token: VIEWER })).status).toBe(200);
  });

  it('refuses a chunked body (no Content-Length) once it grows past the limit', async () => {
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: port(), path: `${DECISION_PATH}/approve`, method: 'POST', headers: { authorization: `Bearer ${APPROVER}`, 'transfer-encoding': 'chunked' } },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.write(`{"reason":"${'x'.repeat(40 * 1024)}`);
      req.end(`${'y'.repeat(1024 * 1024)}"}`);
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(responder.votes).toEqual([]);
  });

  it('still answers when the audit log cannot be written', async () => {
    responder.failAudit = true;
    const r = await call(port(), 'GET', '/api/v1/response/status', { token: VIEWER });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ pendingApprovals: 2, controlPlane: 'configured' });
  });
});

describe('admin API without tokens or without a responder', () => {
  const registry = new Registry();

  it('is off (401 naming WARDEN_ADMIN_TOKENS) when no tokens are configured, and audits that', async () => {
    const responder = new FakeResponderControl([pendingApproval('f-1')]);
    const admin = createAdminServer({ host: '127.0.0.1', port: 0 }, { registry, components: () => ({}), logger: silentLogger, responder });
    await admin.start();
    try {
      const r = await call(admin.port(), 'POST', `/api/v1/approvals/${encodeURIComponent('f-1/quarantine')}/approve`, { token: APPROVER, body: { reason: 'r' } });
      expect(r.status).toBe(401);
      expect(r.json.error).toMatchObject({ code: 'ADMIN_API_OFF' });
      expect(r.json.error?.message).toMatch(/WARDEN_ADMIN_TOKENS/);
      expect(responder.votes).toEqual([]);
      expect(responder.audited).toEqual([{ actor: 'anonymous', method: 'POST', path: '/api/v1/approvals/f-1%2Fquarantine/approve', status: 401 }]);
    } finally {
      await admin.stop();
    }
  });

  it('answers 503 to authenticated calls when no responder runs, and 401 still comes first', async () => {
    const admin = createAdminServer({ host: '127.0.0.1', port: 0, tokens: TOKENS }, { registry, components: () => ({}), logger: silentLogger });
    await admin.start();
    try {
      const r = await call(admin.port(), 'GET', '/api/v1/response/status', { token: VIEWER });
      expect(r.status).toBe(503);
      expect(r.json.error?.code).toBe('RESPONDER_UNAVAILABLE');
      expect((await call(admin.port(), 'GET', '/api/v1/response/status')).status).toBe(401);
      expect((await call(admin.port(), 'POST', '/api/v1/response/kill-switch', { token: VIEWER, body: {} })).status).toBe(403);
    } finally {
      await admin.stop();
    }
  });
});
