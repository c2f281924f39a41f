import { createHash } from 'node:crypto';
import { DEFAULT_TENANT } from './config';

export type TenantAuthResult =
  | { readonly ok: true; readonly tenant: string }
  | { readonly ok: false; readonly message: string };

/** RFC 6750 §2.1: the scheme is case-insensitive, the credentials one b64token. */
const BEARER = /^bearer[ \t]+([A-Za-z0-9._~+/=-]+)[ \t]*$/i;

/**
 * Maps a bearer token to the tenant it belongs to. The same rules serve gRPC metadata and HTTP
 * headers. Without configured tokens every caller is the `default` tenant.
 */
export class TenantAuthenticator {
  // Keyed by the token's digest, not the token: a lookup's timing then says nothing useful
  // about how close a guess came to a real token.
  private readonly tenantsByDigest: ReadonlyMap<string, string> | undefined;

  constructor(tokens: ReadonlyMap<string, string> | undefined) {
    this.tenantsByDigest =
      tokens === undefined ? undefined : new Map([...tokens].map(([token, tenant]) => [digest(token), tenant]));
  }

  get enabled(): boolean {
    return this.tenantsByDigest !== undefined;
  }

  /** `authorization` is the header / metadata value, if the client sent one. */
  authenticate(authorization: string | undefined): TenantAuthResult {
    if (this.tenantsByDigest === undefined) return { ok: true, tenant: DEFAULT_TENANT };
    if (authorization === undefined || authorization === '') {
      return { ok: false, message: 'missing credentials: send "Authorization: Bearer <token>" with a token configured for your tenant' };
    }
    const match = BEARER.exec(authorization);
    if (!match?.[1]) {
      return { ok: false, message: 'unsupported credentials: the Authorization value must be "Bearer <token>"' };
    }
    const tenant = this.tenantsByDigest.get(digest(match[1]));
    if (tenant === undefined) {
      return { ok: false, message: 'unknown bearer token: check the token configured in your exporter (OTEL_EXPORTER_OTLP_HEADERS)' };
    }
    return { ok: true, tenant };
  }
}

function digest(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
