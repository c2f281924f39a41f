import { silentLogger, type Logger } from '@warden/core';
import { CREDENTIALS, manualClock } from './__tests__/fixtures';
import { EntraTokenError, createEntraTokenProvider, tokenRefreshAtMs, type EntraCredentials } from './entra-token-provider';

const credentials: EntraCredentials = {
  ...CREDENTIALS,
  authorityHost: 'https://login.example.test',
  scope: 'https://monitor.azure.com//.default',
};

interface Call {
  readonly url: string;
  readonly init: RequestInit;
}

/** A scripted token endpoint: each call answers with the next response (the last one repeats). */
function scriptedFetch(responses: (() => Response | Promise<Response>)[]) {
  const calls: Call[] = [];
  const impl = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    const next = responses[Math.min(calls.length - 1, responses.length - 1)]!;
    return next();
  }) as typeof fetch;
  return { impl, calls };
}

const tokenResponse = (token: string, expiresIn = 3600) =>
  () => new Response(JSON.stringify({ token_type: 'Bearer', expires_in: expiresIn, access_token: token }), { status: 200 });

describe('tokenRefreshAtMs', () => {
  it('refreshes at 80% of the life, at least 5 minutes early, never before half of it', () => {
    expect(tokenRefreshAtMs(0, 3600)).toBe(2_880_000); // 48 min of 60
    expect(tokenRefreshAtMs(0, 1200)).toBe(900_000); // 5 min early beats 80% (16 min)
    expect(tokenRefreshAtMs(0, 60)).toBe(30_000); // half of a very short life
  });
});

describe('createEntraTokenProvider', () => {
  it('posts the client-credentials form to {authorityHost}/{tenant}/oauth2/v2.0/token', async () => {
    const clock = manualClock();
    const fetch = scriptedFetch([tokenResponse('t1')]);
    const provider = createEntraTokenProvider(credentials, { clock, fetch: fetch.impl });
    await expect(provider.getToken()).resolves.toEqual({ token: 't1', expiresAtMs: clock.nowMs() + 3_600_000, fresh: true });
    expect(fetch.calls).toHaveLength(1);
    const [{ url, init }] = fetch.calls as [Call];
    expect(url).toBe(`https://login.example.test/${CREDENTIALS.tenantId}/oauth2/v2.0/token`);
    expect(init.method).toBe('POST');
    expect(new Headers(init.headers).get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(String(init.body)))).toEqual({
      grant_type: 'client_credentials',
      client_id: CREDENTIALS.clientId,
      client_secret: CREDENTIALS.clientSecret,
      scope: 'https://monitor.azure.com//.default',
    });
  });

  it('caches the token and replaces it before it expires', async () => {
    const clock = manualClock();
    const fetch = scriptedFetch([tokenResponse('t1'), tokenResponse('t2')]);
    const provider = createEntraTokenProvider(credentials, { clock, fetch: fetch.impl });
    await provider.getToken();
    clock.advance(47 * 60_000);
    await expect(provider.getToken()).resolves.toMatchObject({ token: 't1', fresh: false });
    expect(fetch.calls).toHaveLength(1);
    clock.advance(60_000 + 1); // past 48 min, still 12 min before expiry
    await expect(provider.getToken()).resolves.toMatchObject({ token: 't2', fresh: true });
    expect(fetch.calls).toHaveLength(2);
  });

  it('makes one request for many concurrent callers', async () => {
    let release: (r: Response) => void = () => {};
    const fetch = scriptedFetch([() => new Promise<Response>((resolve) => (release = resolve))]);
    const provider = createEntraTokenProvider(credentials, { clock: manualClock(), fetch: fetch.impl });
    const waiting = Array.from({ length: 5 }, () => provider.getToken());
    await new Promise((r) => setImmediate(r));
    release(tokenResponse('shared')());
    const tokens = await Promise.all(waiting);
    expect(tokens.map((t) => t.token)).toEqual(Array(5).fill('shared'));
    expect(fetch.calls).toHaveLength(1);
  });

  it("one caller's abort does not cancel the request the others wait for", async () => {
    let release: (r: Response) => void = () => {};
    const fetch = scriptedFetch([() => new Promise<Response>((resolve) => (release = resolve))]);
    const provider = createEntraTokenProvider(credentials, { clock: manualClock(), fetch: fetch.impl });
    const controller = new AbortController();
    const impatient = provider.getToken(controller.signal);
    const patient = provider.getToken();
    controller.abort(new Error('shutting down'));
    await expect(impatient).rejects.toThrow('shutting down');
    release(tokenResponse('t1')());
    await expect(patient).resolves.toMatchObject({ token: 't1' });
  });

  it('invalidate drops only the token it names', async () => {
    const fetch = scriptedFetch([tokenResponse('t1'), tokenResponse('t2')]);
    const provider = createEntraTokenProvider(credentials, { clock: manualClock(), fetch: fetch.impl });
    await provider.getToken();
    provider.invalidate('some-older-token');
    await expect(provider.getToken()).resolves.toMatchObject({ token: 't1', fresh: false });
    provider.invalidate('t1');
    await expect(provider.getToken()).resolves.toMatchObject({ token: 't2', fresh: true });
    expect(fetch.calls).toHaveLength(2);
  });

  it('a refused secret is misconfigured, names the setting and never the secret', async () => {
    const body = JSON.stringify({
      error: 'invalid_client',
      // Even if a server echoed the secret, it must not reach our message.
      error_description: `AADSTS7000215: Invalid client secret provided: ${CREDENTIALS.clientSecret}`,
      error_codes: [7000215],
    });
    const fetch = scriptedFetch([() => new Response(body, { status: 401 })]);
    const logged: unknown[] = [];
    const logger: Logger = { ...silentLogger, warn: (f, m) => logged.push([f, m]), error: (f, m) => logged.push([f, m]), debug: (f, m) => logged.push([f, m]) };
    const provider = createEntraTokenProvider(credentials, { clock: manualClock(), fetch: fetch.impl, logger });
    const err = await provider.getToken().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EntraTokenError);
    const tokenError = err as EntraTokenError;
    expect(tokenError.outcome).toBe('misconfigured');
    expect(tokenError.retriable).toBe(false);
    expect(tokenError.setting).toBe('clientSecret');
    expect(tokenError.message).toMatch(/sentinel\.clientSecret/);
    expect(JSON.stringify([tokenError.message, tokenError.context, logged])).not.toContain(CREDENTIALS.clientSecret);
  });

  it('an unreachable Entra is retriable and says where it tried', async () => {
    const refused = () => Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }));
    const provider = createEntraTokenProvider(credentials, { clock: manualClock(), fetch: scriptedFetch([refused]).impl });
    await expect(provider.getToken()).rejects.toMatchObject({
      outcome: 'retry',
      retriable: true,
      message: 'cannot reach the Microsoft Entra token endpoint at sentinel.authorityHost: ECONNREFUSED',
    });
  });

  it('keeps using a still-valid token when an early refresh fails, and stops at expiry', async () => {
    const clock = manualClock();
    const fetch = scriptedFetch([tokenResponse('t1'), () => new Response('', { status: 503 })]);
    const provider = createEntraTokenProvider(credentials, { clock, fetch: fetch.impl });
    await provider.getToken();
    clock.advance(50 * 60_000); // refresh due, 10 min of life left
    await expect(provider.getToken()).resolves.toMatchObject({ token: 't1', fresh: false });
    expect(fetch.calls).toHaveLength(2);
    await provider.getToken(); // no new attempt for a while after a failure
    expect(fetch.calls).toHaveLength(2);
    clock.advance(10 * 60_000); // expired
    await expect(provider.getToken()).rejects.toMatchObject({ outcome: 'retry' });
    expect(fetch.calls).toHaveLength(3);
  });
});
