import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WardenError, type Component, type Logger } from '@warden/core';
import type { ResponderControl } from '@warden/responder';
import type { Registry } from 'prom-client';
import { ADMIN_API_PREFIX, createAdminApi } from '../admin-api/admin-api';
import type { AdminTokens } from '../admin-api/admin-tokens';

export interface AdminServerConfig {
  readonly host: string;
  /** 0 picks a free port (tests). */
  readonly port: number;
  /** Bearer token → who and which role (WARDEN_ADMIN_TOKENS); none: `/api/v1` answers 401 to everyone. */
  readonly tokens?: AdminTokens;
  /** Largest request body the API reads; 64 KiB unless set. */
  readonly bodyLimitBytes?: number;
}

export interface AdminServerDeps {
  readonly registry: Registry;
  /** Component name → started; ready when every one is. */
  readonly components: () => Readonly<Record<string, boolean>>;
  readonly logger: Logger;
  /** The responder behind `/api/v1`; absent, its endpoints answer 503 (after authentication). */
  readonly responder?: ResponderControl;
}

export interface AdminServer extends Component {
  port(): number;
}

/**
 * The operator's endpoint: Prometheus scrapes /metrics; orchestrators probe /healthz (the process
 * answers) and /readyz (every component has started, so spans sent now are processed). It starts
 * first and stops last, so probes see the whole lifecycle. The three probes stay open (the
 * Prometheus convention); the response API under /api/v1 needs a bearer token with a role.
 */
export function createAdminServer(config: AdminServerConfig, deps: AdminServerDeps): AdminServer {
  let server: http.Server | undefined;
  const api = createAdminApi({
    logger: deps.logger,
    ...(config.tokens ? { tokens: config.tokens } : {}),
    ...(deps.responder ? { responder: deps.responder } : {}),
    ...(config.bodyLimitBytes !== undefined ? { bodyLimitBytes: config.bodyLimitBytes } : {}),
  });

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = requestUrl(req.url);
    const path = url.pathname;
    if (path.startsWith(ADMIN_API_PREFIX) || path === ADMIN_API_PREFIX.slice(0, -1)) {
      await api(req, res, url);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('Only GET and HEAD are served here.\n');
      return;
    }
    switch (path) {
      case '/metrics': {
        const body = await deps.registry.metrics();
        res.writeHead(200, { 'content-type': deps.registry.contentType }).end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      case '/healthz':
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}\n');
        return;
      case '/readyz': {
        const components = deps.components();
        const ready = Object.values(components).every(Boolean);
        res
          .writeHead(ready ? 200 : 503, { 'content-type': 'application/json' })
          .end(`${JSON.stringify({ status: ready ? 'ready' : 'starting', components })}\n`);
        return;
      }
      default:
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found. Warden serves /metrics, /healthz, /readyz and the response API under /api/v1/ here.\n');
    }
  };

  return {
    name: 'admin',
    async start() {
      if (server) return;
      const s = http.createServer((req, res) => {
        handle(req, res).catch((err: unknown) => {
          deps.logger.error({ err: String(err), url: req.url }, 'admin endpoint failed to answer');
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
          res.end('internal error\n');
        });
      });
      s.headersTimeout = 10_000;
      s.requestTimeout = 30_000;
      await new Promise<void>((resolve, reject) => {
        s.once('error', (err: NodeJS.ErrnoException) =>
          reject(
            new WardenError(
              'ADMIN_LISTEN_FAILED',
              `the admin endpoint cannot listen on ${config.host}:${config.port} (${err.code ?? err.message}); set WARDEN_ADMIN_PORT or WARDEN_ADMIN_HOST`,
              { cause: err },
            ),
          ),
        );
        s.listen(config.port, config.host, () => resolve());
      });
      server = s;
    },
    async stop() {
      const s = server;
      if (!s) return;
      server = undefined;
      await new Promise<void>((resolve) => {
        s.close(() => resolve());
        s.closeAllConnections();
      });
    },
    port() {
      if (!server) throw new WardenError('ADMIN_NOT_STARTED', 'the admin endpoint is not listening; call start() first');
      return (server.address() as AddressInfo).port;
    },
  };
}

/** Parsed as a path on this server: a target like `//host/x` must not be read as another host. */
function requestUrl(target: string | undefined): URL {
  const raw = target ?? '/';
  try {
    return new URL(raw.startsWith('/') ? `http://admin.invalid${raw}` : raw);
  } catch {
    return new URL('http://admin.invalid/');
  }
}
