import type { ResponseDecision } from '@warden/response';
import { classifyControlPlaneResponse, controlPlaneBody, controlPlaneWebhookId, parseRetryAfterMs } from './control-plane-request';

const headers = (h: Record<string, string> = {}) => new Headers(h);

const decision: ResponseDecision = {
  id: 'fnd-1/quarantine',
  kind: 'quarantine',
  playbook: 'critical-quarantine',
  findingId: 'fnd-1',
  tenant: 'acme',
  agentId: 'support-7',
  sessionId: 'conv-8812',
  criticality: 'standard',
  severity: 'critical',
  riskScore: 87,
  reason: 'Quarantine agent support-7 for 24 h.',
  mode: 'execute',
  expiresAfterSeconds: 86_400,
  detectedAtMs: 0,
};

describe('classifyControlPlaneResponse', () => {
  it('treats 2xx as done', () => {
    expect(classifyControlPlaneResponse(200, headers(), '')).toEqual({ kind: 'done' });
    expect(classifyControlPlaneResponse(204, headers(), '')).toEqual({ kind: 'done' });
  });

  it('retries 408, 429 and 5xx, honouring Retry-After in seconds', () => {
    expect(classifyControlPlaneResponse(429, headers({ 'retry-after': '7' }), 'slow down')).toEqual({
      kind: 'retry',
      reason: 'the control plane answered 429: slow down',
      retryAfterMs: 7000,
    });
    expect(classifyControlPlaneResponse(503, headers(), '')).toEqual({ kind: 'retry', reason: 'the control plane answered 503' });
    expect(classifyControlPlaneResponse(408, headers(), '').kind).toBe('retry');
  });

  it('gives up on other statuses, saying what to check, with a bounded excerpt of the answer', () => {
    const v = classifyControlPlaneResponse(400, headers(), `bad field ${'z'.repeat(500)}`);
    expect(v.kind).toBe('rejected');
    expect(v.kind === 'rejected' && v.reason).toContain('docs/control-plane.md');
    expect(v.kind === 'rejected' && v.reason.length).toBeLessThan(400);
    expect(classifyControlPlaneResponse(401, headers(), '').kind).toBe('rejected');
    expect(classifyControlPlaneResponse(302, headers(), '').kind).toBe('rejected');
  });

  it('ignores Retry-After dates and nonsense', () => {
    expect(parseRetryAfterMs('Wed, 21 Oct 2015 07:28:00 GMT')).toBeUndefined();
    expect(parseRetryAfterMs('-1')).toBeUndefined();
    expect(parseRetryAfterMs(null)).toBeUndefined();
    expect(parseRetryAfterMs(' 2 ')).toBe(2000);
  });
});

describe('controlPlaneBody', () => {
  it('carries the documented fields, with RFC 3339 times', () => {
    const body = controlPlaneBody({ type: 'warden.action.execute', decision, approvedBy: ['alice'], requestedAtMs: Date.UTC(2026, 0, 2, 3, 4, 5), expiresAtMs: Date.UTC(2026, 0, 3, 3, 4, 5) });
    expect(body).toEqual({
      type: 'warden.action.execute',
      actionId: 'fnd-1/quarantine',
      action: 'quarantine',
      agent: { tenant: 'acme', id: 'support-7' },
      session: 'conv-8812',
      findingId: 'fnd-1',
      reason: 'Quarantine agent support-7 for 24 h.',
      expiresAt: '2026-01-03T03:04:05.000Z',
      approvedBy: ['alice'],
      requestedAt: '2026-01-02T03:04:05.000Z',
    });
  });

  it('adds rollbackBefore to memory rollbacks only', () => {
    const rollback = { ...decision, id: 'fnd-1/memory_rollback', kind: 'memory_rollback' as const, rollbackBeforeMs: 0 };
    expect(controlPlaneBody({ type: 'warden.action.execute', decision: rollback, approvedBy: [], requestedAtMs: 0 }).rollbackBefore).toBe('1970-01-01T00:00:00.000Z');
    expect(controlPlaneBody({ type: 'warden.action.execute', decision: { ...decision, rollbackBeforeMs: 0 }, approvedBy: [], requestedAtMs: 0 }).rollbackBefore).toBeUndefined();
  });
});

describe('controlPlaneWebhookId', () => {
  it('is stable per action and request type, and signable (no dots or spaces)', () => {
    expect(controlPlaneWebhookId({ actionId: 'fnd-1/throttle', type: 'warden.action.execute' })).toBe('fnd-1/throttle:execute');
    expect(controlPlaneWebhookId({ actionId: 'fnd-1/throttle', type: 'warden.action.undo' })).toBe('fnd-1/throttle:undo');
    expect(controlPlaneWebhookId({ actionId: 'f.1 x/throttle', type: 'warden.action.undo' })).toBe('f_1_x/throttle:undo');
  });
});
