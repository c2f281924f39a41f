import { signStandardWebhook } from '@warden/core';
import { startFakeControlPlane, type FakeControlPlane } from './fake-control-plane';

const SECRET = `whsec_${Buffer.alloc(32, 9).toString('base64')}`;
const valid = {
  type: 'warden.action.execute',
  actionId: 'fnd-1/throttle',
  action: 'throttle',
  agent: { tenant: 'acme', id: 'support-7' },
  session: 'conv-1',
  findingId: 'fnd-1',
  reason: 'Throttle agent support-7 for 1 h.',
  expiresAt: '2026-06-01T13:00:00.000Z',
  approvedBy: [],
  requestedAt: '2026-06-01T12:00:00.000Z',
};

async function post(plane: FakeControlPlane, body: unknown, opts: { id?: string; secret?: string; ts?: number } = {}): Promise<number> {
  const raw = JSON.stringify(body);
  const ts = opts.ts ?? Math.floor(Date.now() / 1000);
  const id = opts.id ?? 'fnd-1/throttle:execute';
  const res = await fetch(plane.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': String(ts),
      'webhook-signature': signStandardWebhook({ id, timestampSeconds: ts, body: raw, secret: opts.secret ?? SECRET }),
    },
    body: raw,
  });
  await res.text();
  return res.status;
}

describe('fake control plane', () => {
  let plane: FakeControlPlane;
  beforeEach(async () => {
    plane = await startFakeControlPlane({ secret: SECRET });
  });
  afterEach(() => plane.close());

  it('accepts exactly the documented request', async () => {
    expect(await post(plane, valid)).toBe(200);
    expect(plane.calls.map((c) => c.body)).toEqual([valid]);
  });

  it('refuses bad signatures, stale timestamps and bodies outside the contract', async () => {
    expect(await post(plane, valid, { secret: `whsec_${Buffer.alloc(32, 1).toString('base64')}` })).toBe(401);
    expect(await post(plane, valid, { ts: Math.floor(Date.now() / 1000) - 3600 })).toBe(401);
    expect(await post(plane, { ...valid, extra: 1 })).toBe(400);
    const { expiresAt: _dropped, ...noExpiry } = valid;
    expect(await post(plane, noExpiry)).toBe(400);
    expect(await post(plane, { ...valid, action: 'notify', actionId: 'fnd-1/notify' }, { id: 'fnd-1/notify:execute' })).toBe(400);
    expect(await post(plane, valid, { id: 'fnd-1/throttle:undo' })).toBe(400);
    expect(plane.calls).toHaveLength(0);
    expect(plane.rejected.map((r) => r.status)).toEqual([401, 401, 400, 400, 400, 400]);
  });

  it('answers 503 while busy and drops the connection while down', async () => {
    plane.setMode('busy');
    expect(await post(plane, valid)).toBe(503);
    plane.setMode('down');
    await expect(post(plane, valid)).rejects.toThrow();
    plane.setMode('up');
    expect(await post(plane, valid)).toBe(200);
    expect(plane.requests()).toBe(3);
  });
});
