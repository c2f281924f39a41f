import { retryAfter, type HeaderLookup } from './classify-logs-ingestion-response';

export type EntraTokenResponse =
  | { readonly kind: 'token'; readonly accessToken: string; readonly expiresInSeconds: number }
  | { readonly kind: 'retry'; readonly reason: string; readonly retryAfterMs?: number }
  /** `setting` names what the operator must fix. */
  | { readonly kind: 'misconfigured'; readonly reason: string; readonly setting: string };

/**
 * What Entra's AADSTS codes mean for our settings. Codes are stable and documented by Microsoft
 * ("Microsoft Entra authentication and authorization error codes").
 */
const AADSTS_HINTS: Readonly<Record<string, { readonly setting: string; readonly fix: string }>> = {
  AADSTS7000215: {
    setting: 'clientSecret',
    fix: 'the client secret is wrong; set sentinel.clientSecret to the Value of a current secret of the app registration (not its Secret ID)',
  },
  AADSTS7000222: {
    setting: 'clientSecret',
    fix: 'the client secret has expired; create a new secret on the app registration and set sentinel.clientSecret to its Value',
  },
  AADSTS700016: {
    setting: 'clientId',
    fix: 'no application with this id exists in the tenant; check sentinel.clientId (the Application (client) ID) and sentinel.tenantId',
  },
  AADSTS90002: { setting: 'tenantId', fix: 'the tenant was not found; check sentinel.tenantId (the Directory (tenant) ID) and sentinel.authorityHost' },
  AADSTS900023: { setting: 'tenantId', fix: 'the tenant id is not valid; check sentinel.tenantId' },
  AADSTS90023: { setting: 'tenantId', fix: 'the request was refused for this tenant; check sentinel.tenantId and sentinel.authorityHost' },
  AADSTS70011: { setting: 'scope', fix: 'the scope is not valid; set sentinel.scope to https://monitor.azure.com//.default (or your cloud\'s audience + /.default)' },
  AADSTS500011: {
    setting: 'scope',
    fix: 'the scope names a resource this tenant does not know; check sentinel.scope matches the cloud of sentinel.authorityHost',
  },
};

/** OAuth2 error codes (RFC 6749 §5.2) when no AADSTS code says more. */
const OAUTH_HINTS: Readonly<Record<string, { readonly setting: string; readonly fix: string }>> = {
  invalid_client: { setting: 'clientSecret', fix: 'the client credentials were refused; check sentinel.clientId and sentinel.clientSecret' },
  unauthorized_client: { setting: 'clientId', fix: 'this client may not use the client-credentials flow here; check sentinel.clientId and sentinel.tenantId' },
  invalid_scope: { setting: 'scope', fix: 'the scope was refused; set sentinel.scope to https://monitor.azure.com//.default (or your cloud\'s audience + /.default)' },
  invalid_request: { setting: 'tenantId', fix: 'the token request was refused; check sentinel.tenantId and sentinel.authorityHost' },
};

/**
 * Turns a token endpoint response into a token or a reason. Pure. Reasons carry Entra's error
 * and AADSTS codes and which setting to fix, never the request (which holds the secret).
 */
export function classifyEntraTokenResponse(status: number, headers: HeaderLookup, bodyText: string): EntraTokenResponse {
  const body = parseObject(bodyText);
  if (status === 200) {
    const accessToken = body?.['access_token'];
    const expiresIn = Number(body?.['expires_in']);
    if (typeof accessToken !== 'string' || accessToken === '' || !Number.isFinite(expiresIn) || expiresIn <= 0) {
      return {
        kind: 'misconfigured',
        setting: 'authorityHost',
        reason: 'the token endpoint answered 200 without access_token and expires_in; check sentinel.authorityHost is a Microsoft Entra sign-in host',
      };
    }
    return { kind: 'token', accessToken, expiresInSeconds: expiresIn };
  }
  if (status === 429 || status >= 500) {
    const retryAfterMs = retryAfter(headers);
    return {
      kind: 'retry',
      reason: `Microsoft Entra token endpoint unavailable (HTTP ${status}${codes(body)})`,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    };
  }
  if (status === 404) {
    return {
      kind: 'misconfigured',
      setting: 'authorityHost',
      reason: `the token endpoint was not found (HTTP 404${codes(body)}); check sentinel.authorityHost and sentinel.tenantId`,
    };
  }
  const aadsts = aadstsCode(body);
  const error = typeof body?.['error'] === 'string' ? body['error'] : undefined;
  const hint = (aadsts === undefined ? undefined : AADSTS_HINTS[aadsts]) ?? (error === undefined ? undefined : OAUTH_HINTS[error]);
  if (hint !== undefined) {
    return { kind: 'misconfigured', setting: hint.setting, reason: `Microsoft Entra refused the token request (HTTP ${status}${codes(body)}): ${hint.fix}` };
  }
  return {
    kind: 'misconfigured',
    setting: 'clientSecret',
    reason: `Microsoft Entra refused the token request (HTTP ${status}${codes(body)}); check sentinel.tenantId, sentinel.clientId, sentinel.clientSecret and sentinel.scope`,
  };
}

function codes(body: Record<string, unknown> | undefined): string {
  const parts: string[] = [];
  if (typeof body?.['error'] === 'string') parts.push(body['error']);
  const aadsts = aadstsCode(body);
  if (aadsts !== undefined) parts.push(aadsts);
  return parts.length === 0 ? '' : `, ${parts.join(' ')}`;
}

function aadstsCode(body: Record<string, unknown> | undefined): string | undefined {
  const fromList = Array.isArray(body?.['error_codes']) ? (body['error_codes'] as unknown[]).find((c) => typeof c === 'number') : undefined;
  if (typeof fromList === 'number') return `AADSTS${fromList}`;
  const description = body?.['error_description'];
  const match = typeof description === 'string' ? /AADSTS\d+/.exec(description) : null;
  return match?.[0];
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
