import { WardenError, silentLogger, type Clock, type Logger } from '@warden/core';
import { classifyEntraTokenResponse } from './classify-entra-token-response';
import { requestDeadline } from './request-deadline';

export interface EntraCredentials {
  readonly tenantId: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** e.g. https://login.microsoftonline.com, without a trailing slash. */
  readonly authorityHost: string;
  readonly scope: string;
}

export interface AccessToken {
  readonly token: string;
  readonly expiresAtMs: number;
  /** Issued by a token request made for this call (a 401 on it cannot be cured by refreshing). */
  readonly fresh: boolean;
}

export interface EntraTokenProvider {
  /** A usable token; rejects with EntraTokenError, or with the signal's reason when aborted. */
  getToken(signal?: AbortSignal): Promise<AccessToken>;
  /** The API refused `token`: forget it so the next call asks for a new one. No-op for any other token. */
  invalidate(token: string): void;
}

export interface EntraTokenProviderDeps {
  readonly clock: Clock;
  readonly fetch?: typeof fetch;
  readonly logger?: Logger;
  /** Per token request. */
  readonly timeoutMs?: number;
}

/**
 * No token: `outcome` says whether trying later can help (`retry`: Entra down or throttled) or the
 * settings must change first (`misconfigured`; `setting` names which). Never carries the secret.
 */
export class EntraTokenError extends WardenError {
  readonly outcome: 'retry' | 'misconfigured';
  readonly setting: string | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(outcome: 'retry' | 'misconfigured', message: string, options: { setting?: string; retryAfterMs?: number; cause?: unknown } = {}) {
    super(outcome === 'retry' ? 'SENTINEL_TOKEN_UNAVAILABLE' : 'SENTINEL_TOKEN_REFUSED', message, {
      retriable: outcome === 'retry',
      ...(options.cause === undefined ? {} : { cause: options.cause }),
      ...(options.setting === undefined ? {} : { context: { setting: options.setting } }),
    });
    this.outcome = outcome;
    this.setting = options.setting;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** After a failed early refresh, keep using the old token and ask again this much later. */
const REFRESH_RETRY_MS = 30_000;
const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * When to replace a token of `lifetimeSeconds` issued at `issuedAtMs`: at 80% of its life but no
 * later than 5 minutes before expiry, and never before half of it (so very short lifetimes are
 * still used). An hour-long Entra token is replaced after 48 minutes.
 */
export function tokenRefreshAtMs(issuedAtMs: number, lifetimeSeconds: number): number {
  const lifeMs = lifetimeSeconds * 1000;
  return issuedAtMs + Math.max(lifeMs / 2, Math.min(lifeMs * 0.8, lifeMs - 5 * 60_000));
}

interface CachedToken {
  readonly token: string;
  readonly expiresAtMs: number;
  readonly refreshAtMs: number;
}

/**
 * OAuth2 client-credentials tokens from Microsoft Entra for the Logs Ingestion API: cached,
 * replaced before they expire, one request at a time however many callers wait for it.
 */
export function createEntraTokenProvider(credentials: EntraCredentials, deps: EntraTokenProviderDeps): EntraTokenProvider {
  const fetchImpl = deps.fetch ?? fetch;
  const logger = deps.logger ?? silentLogger;
  const timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const tokenUrl = `${credentials.authorityHost}/${encodeURIComponent(credentials.tenantId)}/oauth2/v2.0/token`;
  let cached: CachedToken | undefined;
  let inflight: Promise<CachedToken> | undefined;
  let nextRefreshAttemptMs = 0;

  // Entra does not echo secrets, but a message must never be the place one leaks from.
  const scrub = (text: string): string => (credentials.clientSecret === '' ? text : text.split(credentials.clientSecret).join('[redacted]'));

  const requestToken = async (): Promise<CachedToken> => {
    const issuedAtMs = deps.clock.nowMs();
    let response: Response;
    let bodyText: string;
    const deadline = requestDeadline(timeoutMs);
    try {
      response = await fetchImpl(tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: credentials.clientId,
          client_secret: credentials.clientSecret,
          scope: credentials.scope,
        }).toString(),
        signal: deadline.signal,
      });
      bodyText = await response.text();
    } catch (err) {
      const code = causeCode(err);
      if (code === 'ENOTFOUND') {
        throw new EntraTokenError('misconfigured', 'cannot resolve the host of sentinel.authorityHost (ENOTFOUND); check the URL', {
          setting: 'authorityHost',
          cause: err,
        });
      }
      const why = deadline.timedOut() ? `no response within ${timeoutMs} ms` : (code ?? scrub(err instanceof Error ? err.message : String(err)));
      throw new EntraTokenError('retry', `cannot reach the Microsoft Entra token endpoint at sentinel.authorityHost: ${why}`, { cause: err });
    } finally {
      deadline.dispose();
    }
    const result = classifyEntraTokenResponse(response.status, response.headers, bodyText);
    if (result.kind === 'retry') {
      throw new EntraTokenError('retry', scrub(result.reason), result.retryAfterMs === undefined ? {} : { retryAfterMs: result.retryAfterMs });
    }
    if (result.kind === 'misconfigured') throw new EntraTokenError('misconfigured', scrub(result.reason), { setting: result.setting });
    const token: CachedToken = {
      token: result.accessToken,
      expiresAtMs: issuedAtMs + result.expiresInSeconds * 1000,
      refreshAtMs: tokenRefreshAtMs(issuedAtMs, result.expiresInSeconds),
    };
    cached = token;
    nextRefreshAttemptMs = 0;
    logger.debug({ expiresInSeconds: result.expiresInSeconds }, 'Microsoft Entra token acquired');
    return token;
  };

  return {
    async getToken(signal) {
      signal?.throwIfAborted();
      const now = deps.clock.nowMs();
      const current = cached;
      if (current !== undefined && now < current.refreshAtMs) return { token: current.token, expiresAtMs: current.expiresAtMs, fresh: false };
      const stillValid = current !== undefined && now < current.expiresAtMs ? current : undefined;
      if (stillValid !== undefined && now < nextRefreshAttemptMs) return { token: stillValid.token, expiresAtMs: stillValid.expiresAtMs, fresh: false };

      if (inflight === undefined) {
        inflight = requestToken().finally(() => {
          inflight = undefined;
        });
      }
      try {
        const token = await abortable(inflight, signal);
        return { token: token.token, expiresAtMs: token.expiresAtMs, fresh: true };
      } catch (err) {
        if (signal?.aborted === true || !(err instanceof EntraTokenError)) throw err;
        // An early refresh failed but the old token has life left: deliver with it meanwhile.
        if (stillValid !== undefined && cached === stillValid && deps.clock.nowMs() < stillValid.expiresAtMs) {
          nextRefreshAttemptMs = deps.clock.nowMs() + REFRESH_RETRY_MS;
          logger.warn({ code: err.code, setting: err.setting }, `token refresh failed, using the current token until it expires: ${err.message}`);
          return { token: stillValid.token, expiresAtMs: stillValid.expiresAtMs, fresh: false };
        }
        throw err;
      }
    },
    invalidate(token) {
      if (cached?.token !== token) return;
      cached = undefined;
      nextRefreshAttemptMs = 0;
    },
  };
}

/** Waits for a shared promise without letting one caller's abort cancel it for the others. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}

function causeCode(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e !== null && typeof e === 'object' && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}
