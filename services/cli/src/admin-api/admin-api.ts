import type * as http from 'node:http';
import type { Logger } from '@warden/core';
import type { ResponderControl } from '@warden/responder';
import { ADMIN_ROUTES } from './admin-routes';
import { roleAtLeast, type AdminIdentity, type AdminTokens } from './admin-tokens';
import { createBearerAuthenticator } from './bearer-auth';
import { ApiError, DEFAULT_BODY_LIMIT_BYTES, errorReply, readJsonObject, sendJson, type JsonReply } from './json-http';
import { matchRoute, pathSegments } from './route-matching';

export const ADMIN_API_PREFIX = '/api/v1/';

export interface AdminApiOptions {
  readonly tokens?: AdminTokens;
  readonly responder?: ResponderControl;
  readonly logger: Logger;
  readonly bodyLimitBytes?: number;
}

/** Answers one `/api/v1/*` request; `url` is the request URL already parsed by the server. */
export type AdminApiHandler = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => Promise<void>;

const ANONYMOUS = 'anonymous';

/**
 * The response API: authenticate, route, authorize, then ask the responder. Every call, refused
 * or not, is written to the audit log through the responder (a 401's actor is `anonymous`; the
 * presented token is never recorded or logged).
 */
export function createAdminApi(options: AdminApiOptions): AdminApiHandler {
  const authenticate = createBearerAuthenticator(options.tokens);
  const limit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const logger = options.logger.child({ component: 'admin-api' });

  const answer = async (req: http.IncomingMessage, url: URL, identity: AdminIdentity): Promise<JsonReply> => {
    const method = req.method ?? 'GET';
    const match = matchRoute(ADMIN_ROUTES, method, pathSegments(url.pathname.slice(ADMIN_API_PREFIX.length)));
    if (match.kind === 'not_found') {
      throw new ApiError(404, 'NOT_FOUND', `no such endpoint ${url.pathname}; the API serves /api/v1/approvals, /api/v1/forensics/<findingId> and /api/v1/response/status|kill-switch`);
    }
    if (match.kind === 'method_not_allowed') {
      throw new ApiError(405, 'METHOD_NOT_ALLOWED', `${url.pathname} takes ${match.allow.join(', ')}, not ${method}`, { allow: match.allow.join(', ') });
    }
    const { route, params } = match;
    if (!roleAtLeast(identity.role, route.role)) {
      throw new ApiError(403, 'FORBIDDEN', `${method} ${url.pathname} needs the ${route.role} role; the token of "${identity.name}" has ${identity.role} (roles are set in WARDEN_ADMIN_TOKENS)`);
    }
    const responder = options.responder;
    if (!responder) {
      throw new ApiError(503, 'RESPONDER_UNAVAILABLE', 'the responder is not running in this Warden, so there is nothing to approve or switch; enable response and restart');
    }
    return route.handle({ params, query: url.searchParams, identity, responder, body: () => readJsonObject(req, limit) });
  };

  return async (req, res, url) => {
    const auth = authenticate(req.headers.authorization);
    const identity = auth.kind === 'authenticated' ? auth.identity : undefined;
    let reply: JsonReply;
    try {
      if (auth.kind === 'api_off') {
        throw new ApiError(401, 'ADMIN_API_OFF', 'the admin API is off until WARDEN_ADMIN_TOKENS is set (token=name:role,..., roles viewer, approver, admin)', {
          'www-authenticate': 'Bearer realm="warden"',
        });
      }
      if (!identity) {
        const why = auth.kind === 'missing' ? 'no bearer token was sent' : 'the bearer token is not one of WARDEN_ADMIN_TOKENS';
        throw new ApiError(401, 'UNAUTHENTICATED', `${why}: send Authorization: Bearer <token> (the CLI reads WARDEN_ADMIN_TOKEN or --token)`, {
          'www-authenticate': 'Bearer realm="warden"',
        });
      }
      reply = await answer(req, url, identity);
    } catch (err) {
      if (err instanceof ApiError) {
        reply = errorReply(err);
      } else {
        logger.error({ err: err instanceof Error ? err.message : String(err), method: req.method, path: url.pathname }, 'admin API call failed');
        reply = errorReply(new ApiError(500, 'INTERNAL', 'Warden could not complete the call; see its log for the cause'));
      }
    }
    if (options.responder) {
      try {
        await options.responder.auditApiCall({
          actor: identity?.name ?? ANONYMOUS,
          method: req.method ?? 'GET',
          path: url.pathname,
          status: reply.status,
          ...(identity ? { role: identity.role } : {}),
        });
      } catch (err) {
        // The call itself has happened (a vote is recorded by the responder on its own); a missing
        // access entry is for the operator to fix, not a reason to hide the outcome from the caller.
        logger.error({ err: err instanceof Error ? err.message : String(err), method: req.method, path: url.pathname, status: reply.status }, 'admin API call could not be audited');
      }
    }
    sendJson(res, reply);
  };
}
