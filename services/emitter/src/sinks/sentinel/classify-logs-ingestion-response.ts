import type { DeliveryOutcome } from '../../delivery/delivery-target';

/** The one thing the classifiers need from response headers (a fetch `Headers` fits). */
export interface HeaderLookup {
  get(name: string): string | null;
}

export interface LogsIngestionContext {
  /**
   * The bearer token was issued for this very attempt. A 401 on a cached token is an expired or
   * revoked token (refresh and try again); on a fresh one, no refresh can help.
   */
  readonly tokenWasFresh?: boolean;
  /** For `Retry-After` given as an HTTP date; without it only the seconds form is read. */
  readonly nowMs?: number;
}

/** Longest wait we take from a server's retry hint; anything longer is more likely a bug than advice. */
const MAX_RETRY_AFTER_MS = 60 * 60 * 1000;
const DETAIL_CHARS = 300;

/**
 * Turns one Logs Ingestion API response into a delivery outcome. Pure.
 *
 * 204 delivered; 400 rejected (the body does not match the DCR stream); 401 retry once with a new
 * token, then misconfigured; 403 misconfigured (role missing); 404 misconfigured (endpoint, DCR or
 * stream wrong); 413 too_large; 408/429/5xx retry, honouring Retry-After.
 */
export function classifyLogsIngestionResponse(
  status: number,
  headers: HeaderLookup,
  bodyText: string,
  context: LogsIngestionContext = {},
): DeliveryOutcome {
  if (status >= 200 && status < 300) return { kind: 'delivered' };
  const detail = errorDetail(status, headers, bodyText);

  if (status === 400 || status === 422) {
    return { kind: 'rejected', reason: `the service refused the rows (${detail}); they do not match the DCR stream declaration or are malformed` };
  }
  if (status === 401) {
    if (context.tokenWasFresh === true) {
      return {
        kind: 'misconfigured',
        reason: `a token just issued by Microsoft Entra was refused (${detail}); check that sentinel.scope is the audience of sentinel.endpoint's cloud (https://monitor.azure.com//.default for public Azure) and that tenantId is the tenant of the DCR`,
      };
    }
    return { kind: 'retry', reason: `the bearer token was refused (${detail}), probably expired or revoked; a new one is requested for the next attempt` };
  }
  if (status === 403) {
    return {
      kind: 'misconfigured',
      reason: `access denied (${detail}); give the app registration (sentinel.clientId) the "Monitoring Metrics Publisher" role on the data collection rule, then allow up to 30 minutes for it to apply`,
    };
  }
  if (status === 404) {
    return {
      kind: 'misconfigured',
      reason: `not found (${detail}); check sentinel.endpoint (the DCR's or DCE's logs ingestion endpoint), sentinel.dcrImmutableId (the DCR's immutableId) and sentinel.streamName (a stream declared in that DCR)`,
    };
  }
  if (status === 413) {
    return { kind: 'too_large', reason: `request body over the 1 MB limit (${detail})` };
  }
  if (status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505)) {
    const retryAfterMs = retryAfter(headers, context.nowMs);
    const why = status === 429 ? 'throttled by the DCR limits' : status === 408 ? 'the service timed out reading the request' : 'the service failed';
    return { kind: 'retry', reason: `${why} (${detail})`, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
  }
  // 3xx, 405, 410, 415, 501...: not the data's fault and not transient; keep the records.
  return { kind: 'misconfigured', reason: `unexpected response (${detail}); check sentinel.endpoint points at a Logs Ingestion API endpoint` };
}

/**
 * A request that got no response: retry, except for failures that will recur until someone
 * fixes the endpoint (unknown host, bad certificate). Pure.
 */
export function classifyLogsIngestionTransportError(err: unknown, context: { readonly timedOutAfterMs?: number; readonly aborted?: boolean } = {}): DeliveryOutcome {
  if (context.aborted === true) return { kind: 'retry', reason: 'request aborted (shutting down)' };
  if (context.timedOutAfterMs !== undefined) {
    return { kind: 'retry', reason: `no response within ${context.timedOutAfterMs} ms (sentinel.timeoutMs)` };
  }
  const code = errorCode(err);
  if (code === 'ENOTFOUND') {
    return { kind: 'misconfigured', reason: 'the host of sentinel.endpoint does not resolve (ENOTFOUND); check the endpoint URL' };
  }
  if (code !== undefined && /CERT|SELF_SIGNED|TLS|SSL/.test(code)) {
    return { kind: 'misconfigured', reason: `TLS failure talking to sentinel.endpoint (${code}); check the endpoint URL and any TLS-intercepting proxy` };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { kind: 'retry', reason: `request failed: ${code ?? message}` };
}

/** `HTTP 403, x-ms-error-code=…, <error message from the body>`: what an operator needs to search for. */
function errorDetail(status: number, headers: HeaderLookup, bodyText: string): string {
  const parts = [`HTTP ${status}`];
  const code = headers.get('x-ms-error-code');
  if (code) parts.push(`x-ms-error-code=${code}`);
  const message = bodyMessage(bodyText, code);
  if (message) parts.push(message);
  return parts.join(', ');
}

function bodyMessage(bodyText: string, headerCode: string | null): string | undefined {
  const text = bodyText.trim();
  if (text === '') return undefined;
  let message = text;
  try {
    const parsed = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    const error = parsed?.error;
    if (error && typeof error === 'object') {
      const code = typeof error.code === 'string' && error.code !== headerCode ? `${error.code}: ` : '';
      message = `${code}${typeof error.message === 'string' ? error.message : ''}`;
    }
  } catch {
    // Not JSON: an HTML error page from a proxy, say; its start is still worth showing.
  }
  message = message.replace(/\s+/g, ' ').trim();
  if (message === '') return undefined;
  return message.length > DETAIL_CHARS ? `${message.slice(0, DETAIL_CHARS)}…` : message;
}

/** Azure services may give milliseconds (`retry-after-ms`, `x-ms-retry-after-ms`) besides the standard header. */
export function retryAfter(headers: HeaderLookup, nowMs?: number): number | undefined {
  for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
    const raw = headers.get(name);
    const ms = raw === null || raw.trim() === '' ? NaN : Number(raw);
    if (Number.isFinite(ms) && ms >= 0) return Math.min(Math.round(ms), MAX_RETRY_AFTER_MS);
  }
  const value = headers.get('retry-after');
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value.trim());
  if (Number.isFinite(seconds)) return seconds < 0 ? undefined : Math.min(Math.round(seconds * 1000), MAX_RETRY_AFTER_MS);
  if (nowMs === undefined) return undefined;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(0, at - nowMs), MAX_RETRY_AFTER_MS);
}

function errorCode(err: unknown): string | undefined {
  // undici reports `TypeError: fetch failed` with the socket error as its cause.
  for (let e: unknown = err, depth = 0; e !== null && typeof e === 'object' && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}
