import { classifyWebhookTransportError } from './classify-webhook-transport-error';

/** fetch's shape: TypeError('fetch failed') with the socket error as cause. */
function fetchFailed(code: string, message = `connect ${code} https://hooks.example.com/T0KEN`): TypeError {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) });
}

describe('classifyWebhookTransportError', () => {
  it.each([
    ['ECONNREFUSED', 'retry'],
    ['ECONNRESET', 'retry'],
    ['EAI_AGAIN', 'retry'],
    ['UND_ERR_SOCKET', 'retry'],
    ['ENOTFOUND', 'misconfigured'],
    ['CERT_HAS_EXPIRED', 'misconfigured'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'misconfigured'],
  ])('%s → %s', (code, kind) => {
    const outcome = classifyWebhookTransportError(fetchFailed(code), 15_000);
    expect(outcome.kind).toBe(kind);
    expect(outcome.kind !== 'delivered' && outcome.reason).toContain(code);
    // Node's messages can carry the URL; reasons must not.
    expect(outcome.kind !== 'delivered' && outcome.reason).not.toContain('T0KEN');
  });

  it('retries timeouts and shutdown aborts, saying which', () => {
    expect(classifyWebhookTransportError(new DOMException('timed out', 'TimeoutError'), 15_000)).toEqual({
      kind: 'retry',
      reason: 'the webhook receiver did not answer within 15000 ms',
    });
    expect(classifyWebhookTransportError(new DOMException('aborted', 'AbortError'), 15_000)).toMatchObject({
      kind: 'retry',
      reason: expect.stringContaining('aborted'),
    });
  });

  it('retries errors it cannot identify', () => {
    expect(classifyWebhookTransportError(new TypeError('fetch failed'), 1000)).toEqual({
      kind: 'retry',
      reason: 'cannot reach the webhook receiver (network error)',
    });
    expect(classifyWebhookTransportError('weird', 1000).kind).toBe('retry');
  });
});
