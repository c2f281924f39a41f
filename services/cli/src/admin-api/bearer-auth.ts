import { createHash, timingSafeEqual } from 'node:crypto';
import type { AdminIdentity, AdminTokens } from './admin-tokens';

export type Authentication =
  | { readonly kind: 'authenticated'; readonly identity: AdminIdentity }
  /** No tokens are configured: the API is off, whatever the caller sends. */
  | { readonly kind: 'api_off' }
  | { readonly kind: 'missing' }
  | { readonly kind: 'unknown' };

export type Authenticator = (authorizationHeader: string | undefined) => Authentication;

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/**
 * Checks `Authorization: Bearer <token>` against every configured token. Comparing SHA-256
 * digests with `timingSafeEqual`, and never stopping at the first match, keeps the answer time
 * independent of how much of a token a caller guessed right, and of its length.
 */
export function createBearerAuthenticator(tokens: AdminTokens | undefined): Authenticator {
  const known = [...(tokens ?? new Map<string, AdminIdentity>()).entries()].map(([token, identity]) => ({ digest: digest(token), identity }));
  return (header) => {
    if (known.length === 0) return { kind: 'api_off' };
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
    if (!match?.[1]) return { kind: 'missing' };
    const presented = digest(match[1]);
    let found: AdminIdentity | undefined;
    for (const k of known) {
      if (timingSafeEqual(presented, k.digest)) found = k.identity;
    }
    return found ? { kind: 'authenticated', identity: found } : { kind: 'unknown' };
  };
}
