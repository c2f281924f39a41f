import { classifyWebhookResponse } from './classify-webhook-response';

const NOW = 1_795_340_010_000;
const noHeaders = new Headers();

describe('classifyWebhookResponse', () => {
  it.each([
    [200, 'delivered'],
    [201, 'delivered'],
    [202, 'delivered'],
    [204, 'delivered'],
    [299, 'delivered'],
    [301, 'misconfigured'],
    [302, 'misconfigured'],
    [307, 'misconfigured'],
    [308, 'misconfigured'],
    [400, 'rejected'],
    [401, 'misconfigured'],
    [403, 'misconfigured'],
    [404, 'misconfigured'],
    [405, 'misconfigured'],
    [408, 'retry'],
    [409, 'rejected'],
    [410, 'misconfigured'],
    [413, 'too_large'],
    [415, 'rejected'],
    [422, 'rejected'],
    [429, 'retry'],
    [500, 'retry'],
    [501, 'misconfigured'],
    [502, 'retry'],
    [503, 'retry'],
    [504, 'retry'],
    [599, 'retry'],
    [600, 'misconfigured'],
  ])('%i → %s', (status, kind) => {
    const outcome = classifyWebhookResponse(status, noHeaders, '', NOW);
    expect(outcome.kind).toBe(kind);
    if (outcome.kind !== 'delivered') expect(outcome.reason).toContain(`answered ${status}`);
  });

  it.each([429, 502, 503, 504])('%i passes Retry-After on (seconds)', (status) => {
    expect(classifyWebhookResponse(status, new Headers({ 'retry-after': '7' }), '', NOW)).toEqual({
      kind: 'retry',
      reason: `the webhook receiver answered ${status}`,
      retryAfterMs: 7000,
    });
  });

  it('passes an HTTP-date Retry-After on as the time left', () => {
    const at = new Date(NOW + 90_000).toUTCString();
    expect(classifyWebhookResponse(429, new Headers({ 'retry-after': at }), '', NOW)).toMatchObject({ kind: 'retry', retryAfterMs: 90_000 });
  });

  it('omits retryAfterMs when the header is absent or unreadable', () => {
    expect(classifyWebhookResponse(503, noHeaders, '', NOW)).not.toHaveProperty('retryAfterMs');
    expect(classifyWebhookResponse(503, new Headers({ 'retry-after': 'soon' }), '', NOW)).not.toHaveProperty('retryAfterMs');
  });

  it('says what to fix for endpoint problems', () => {
    expect(classifyWebhookResponse(401, noHeaders, '', NOW)).toMatchObject({ reason: expect.stringMatching(/webhook\.secret.*clock/) });
    expect(classifyWebhookResponse(410, noHeaders, '', NOW)).toMatchObject({ reason: expect.stringMatching(/gone.*webhook\.url/) });
    expect(classifyWebhookResponse(302, noHeaders, '', NOW)).toMatchObject({ reason: expect.stringMatching(/Redirects are not followed/) });
  });

  it('quotes the start of the body on one line, with signatures and secrets removed', () => {
    const echoed = `bad request\n  got webhook-signature: v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4= with whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw`;
    const outcome = classifyWebhookResponse(400, noHeaders, echoed, NOW);
    expect(outcome).toEqual({
      kind: 'rejected',
      reason: 'the webhook receiver answered 400: bad request got webhook-signature: v1,[redacted] with whsec_[redacted] (the receiver refuses this finding)',
    });
    const long = classifyWebhookResponse(500, noHeaders, 'x'.repeat(5000), NOW);
    expect(long.kind === 'retry' && long.reason.length).toBeLessThan(260);
  });
});
