import { classifyEntraTokenResponse } from './classify-entra-token-response';

const none = new Headers();
const entra = (error: string, aadsts: number, description: string) =>
  JSON.stringify({ error, error_description: `AADSTS${aadsts}: ${description} Trace ID: abc`, error_codes: [aadsts] });

describe('classifyEntraTokenResponse', () => {
  it('reads access_token and expires_in (number or string)', () => {
    expect(classifyEntraTokenResponse(200, none, JSON.stringify({ token_type: 'Bearer', expires_in: 3599, access_token: 'eyJ0' }))).toEqual({
      kind: 'token',
      accessToken: 'eyJ0',
      expiresInSeconds: 3599,
    });
    expect(classifyEntraTokenResponse(200, none, JSON.stringify({ expires_in: '3600', access_token: 'eyJ1' }))).toHaveProperty('expiresInSeconds', 3600);
  });

  it('a 200 that is not a token response points at authorityHost', () => {
    expect(classifyEntraTokenResponse(200, none, '<html>login</html>')).toEqual({
      kind: 'misconfigured',
      setting: 'authorityHost',
      reason: expect.stringContaining('check sentinel.authorityHost'),
    });
  });

  it.each([
    [401, 'invalid_client', 7000215, 'clientSecret', /the client secret is wrong; set sentinel\.clientSecret to the Value/],
    [401, 'invalid_client', 7000222, 'clientSecret', /the client secret has expired/],
    [400, 'unauthorized_client', 700016, 'clientId', /check sentinel\.clientId/],
    [400, 'invalid_request', 90002, 'tenantId', /the tenant was not found; check sentinel\.tenantId/],
    [400, 'invalid_scope', 70011, 'scope', /set sentinel\.scope to https:\/\/monitor\.azure\.com\/\/\.default/],
  ])('HTTP %i %s AADSTS%i names sentinel.%s', (status, error, aadsts, setting, fix) => {
    const result = classifyEntraTokenResponse(status, none, entra(error, aadsts, 'details'));
    expect(result).toEqual({ kind: 'misconfigured', setting, reason: expect.stringMatching(fix) });
    expect(result).toHaveProperty('reason', expect.stringContaining(`(HTTP ${status}, ${error} AADSTS${aadsts})`));
  });

  it('falls back on the OAuth error code, then on a generic hint', () => {
    expect(classifyEntraTokenResponse(400, none, JSON.stringify({ error: 'invalid_client' }))).toHaveProperty('setting', 'clientSecret');
    expect(classifyEntraTokenResponse(400, none, 'bad')).toEqual({
      kind: 'misconfigured',
      setting: 'clientSecret',
      reason: expect.stringContaining('check sentinel.tenantId, sentinel.clientId, sentinel.clientSecret and sentinel.scope'),
    });
  });

  it('never quotes the error description, which is free text', () => {
    const result = classifyEntraTokenResponse(401, none, entra('invalid_client', 7000215, 'secret was Xy8Q~leaked'));
    expect(JSON.stringify(result)).not.toContain('Xy8Q~leaked');
  });

  it('retries when Entra is throttling or failing, with its Retry-After', () => {
    expect(classifyEntraTokenResponse(429, new Headers({ 'retry-after': '3' }), '')).toEqual({
      kind: 'retry',
      reason: 'Microsoft Entra token endpoint unavailable (HTTP 429)',
      retryAfterMs: 3000,
    });
    expect(classifyEntraTokenResponse(503, none, '').kind).toBe('retry');
    expect(classifyEntraTokenResponse(404, none, '')).toHaveProperty('setting', 'authorityHost');
  });
});
