import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WardenError, type Logger } from '@warden/core';
import { encodeExportTraceResponse, encodeRpcStatus, type OtlpEncoding, type PartialSuccess } from '@warden/otlp';
import type { ReceiverConfig } from './config';
import { httpStatusFor, rpcStatusFor, type ExportFailure } from './export-failure';
import { BODY_ABORTED, BODY_BAD_COMPRESSION, BODY_TOO_LARGE, readRequestBody } from './http-body';
import { contentCodingFor, otlpEncodingFor } from './http-media';
import { InFlight } from './in-flight';
import type { ReceiverCounters } from './stats';
import type { TenantAuthenticator } from './tenant-auth';
import { describeError, internalFailure, type TraceIngest } from './trace-ingest';

export const TRACES_PATH = '/v1/traces';
/** After the last answer, how long its connection gets to flush before being cut. */
const FLUSH_GRACE_MS = 1_000;
const OTHER_SIGNAL_PATHS = new Set(['/v1/logs', '/v1/metrics']);

const CONTENT_TYPES: Readonly<Record<OtlpEncoding, string>> = {
  protobuf: 'application/x-protobuf',
  json: 'application/json',
};

export interface HttpReceiverDeps {
  readonly config: ReceiverConfig;
  readonly ingest: TraceIngest;
  readonly auth: TenantAuthenticator;
  readonly counters: ReceiverCounters;
  readonly logger: Logger;
}

/** What a refusal needs besides the failure itself. */
interface ReplyContext {
  /** The request's encoding when known; errors are answered in it (JSON otherwise). */
  readonly encoding?: OtlpEncoding;
  /** True while unread body bytes may still be on the way: the connection cannot be reused. */
  readonly bodyPending: boolean;
}

/** OTLP/HTTP on node:http: `POST /v1/traces`, protobuf or JSON, optionally gzip/deflate. */
export class OtlpHttpReceiver {
  private server: http.Server | undefined;
  private readonly inFlight = new InFlight();
  private stopping = false;

  constructor(private readonly deps: HttpReceiverDeps) {}

  /** Binds and serves; resolves with the port actually bound. */
  async listen(): Promise<number> {
    const { config } = this.deps;
    const server = http.createServer({
      headersTimeout: config.httpHeadersTimeoutMs,
      requestTimeout: config.httpRequestTimeoutMs,
      // Timeouts are only checked this often; the Node default (30 s) would let them overrun.
      connectionsCheckingInterval: Math.min(1_000, config.httpHeadersTimeoutMs),
    });
    server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => this.serve(req, res, false));
    // Answering `Expect: 100-continue` ourselves lets an oversized or unauthenticated upload be
    // refused before the client sends the body.
    server.on('checkContinue', (req: http.IncomingMessage, res: http.ServerResponse) => this.serve(req, res, true));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      const onError = (err: Error) => reject(err);
      server.once('error', onError);
      server.listen(config.httpPort, config.host, () => {
        server.off('error', onError);
        resolve();
      });
    });
    return (server.address() as AddressInfo).port;
  }

  port(): number | undefined {
    const address = this.server?.address();
    return address !== null && typeof address === 'object' ? address.port : undefined;
  }

  /** Stops accepting, lets requests in flight finish for up to `timeoutMs`, then cuts what is left. */
  async close(timeoutMs: number): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.stopping = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const drained = await this.inFlight.drain(timeoutMs);
    if (!drained) {
      this.deps.logger.warn({ requests: this.inFlight.size }, 'OTLP/HTTP requests still in flight at shutdown; closing their connections');
    }
    // Connections whose last response went out before the stop began are idle now; the others
    // were answered with `Connection: close` and end once that answer is flushed.
    server.closeIdleConnections();
    await Promise.race([closed, delay(drained ? FLUSH_GRACE_MS : 0)]);
    server.closeAllConnections();
    await closed;
  }

  private serve(req: http.IncomingMessage, res: http.ServerResponse, expectsContinue: boolean): void {
    this.inFlight.track(
      this.handle(req, res, expectsContinue).catch((err: unknown) => {
        this.deps.logger.error({ method: req.method, error: describeError(err) }, 'OTLP/HTTP request failed unexpectedly');
        this.deps.counters.request('http', 'internal');
        if (!res.headersSent) this.replyFailure(res, internalFailure(), { bodyPending: !req.complete });
        else res.destroy();
      }),
    );
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse, expectsContinue: boolean): Promise<void> {
    const { config, counters, auth, ingest } = this.deps;
    const bodyPending = mayHaveBody(req);
    const contentType = header(req, 'content-type');
    const media = otlpEncodingFor(contentType);
    const replyEncoding = media.ok ? media.encoding : undefined;
    const refuse = (failure: ExportFailure, headers: Record<string, string> = {}) => {
      counters.request('http', failure.kind);
      this.replyFailure(res, failure, { ...(replyEncoding ? { encoding: replyEncoding } : {}), bodyPending }, headers);
    };

    const path = pathOf(req.url);
    if (path !== TRACES_PATH) {
      const message = OTHER_SIGNAL_PATHS.has(path)
        ? `Warden receives traces only: send OTLP traces to POST ${TRACES_PATH}; ${path} is not served`
        : `no OTLP endpoint at ${clip(path)}: send OTLP traces to POST ${TRACES_PATH}`;
      return refuse({ kind: 'not_found', message });
    }
    if (req.method !== 'POST') {
      return refuse({ kind: 'method_not_allowed', message: `${clip(req.method ?? '')} is not allowed on ${TRACES_PATH}: use POST` }, { Allow: 'POST' });
    }
    if (this.stopping) {
      return refuse({ kind: 'unavailable', message: 'Warden is shutting down; retry shortly', retryAfterSeconds: config.retryAfterSeconds });
    }
    const caller = auth.authenticate(header(req, 'authorization'));
    if (!caller.ok) {
      return refuse({ kind: 'unauthenticated', message: caller.message }, { 'WWW-Authenticate': 'Bearer' });
    }
    if (!media.ok) return refuse({ kind: 'unsupported_media_type', message: media.message });
    const coding = contentCodingFor(header(req, 'content-encoding'));
    if (!coding.ok) return refuse({ kind: 'unsupported_media_type', message: coding.message });
    const declaredLength = Number(header(req, 'content-length') ?? '0');
    if (declaredLength > config.maxRequestBytes) {
      return refuse({
        kind: 'too_large',
        message: `Content-Length ${declaredLength} is over the ${config.maxRequestBytes}-byte limit; send smaller batches`,
      });
    }

    if (expectsContinue) res.writeContinue();
    let body;
    try {
      body = await readRequestBody(req, coding.coding, config.maxRequestBytes);
    } catch (err) {
      if (err instanceof WardenError && err.code === BODY_ABORTED) {
        counters.request('http', 'aborted');
        return;
      }
      if (err instanceof WardenError && (err.code === BODY_TOO_LARGE || err.code === BODY_BAD_COMPRESSION)) {
        return refuse({ kind: err.code === BODY_TOO_LARGE ? 'too_large' : 'malformed', message: err.message });
      }
      throw err;
    }
    counters.bytes('http', body.wireBytes, body.bytes.length);

    const decoded = ingest.decode(body.bytes, media.encoding);
    if (!decoded.ok) return this.refuseRead(res, decoded.failure, media.encoding);
    const result = await ingest.ingest('http', decoded.request, caller.tenant);
    if (!result.ok) return this.refuseRead(res, result.failure, media.encoding);
    counters.request('http', result.partialSuccess ? 'partially_accepted' : 'accepted');
    this.replySuccess(res, result.partialSuccess, media.encoding);
  }

  /** A refusal after the whole body was read: the connection stays usable. */
  private refuseRead(res: http.ServerResponse, failure: ExportFailure, encoding: OtlpEncoding): void {
    this.deps.counters.request('http', failure.kind);
    this.replyFailure(res, failure, { encoding, bodyPending: false });
  }

  private replySuccess(res: http.ServerResponse, partial: PartialSuccess | undefined, encoding: OtlpEncoding): void {
    const body = encoding === 'protobuf' ? Buffer.from(encodeExportTraceResponse(partial, 'protobuf')) : encodeExportTraceResponse(partial, 'json');
    res.writeHead(200, this.headers({ 'Content-Type': CONTENT_TYPES[encoding], 'Content-Length': String(Buffer.byteLength(body)) }));
    res.end(body);
  }

  private replyFailure(res: http.ServerResponse, failure: ExportFailure, ctx: ReplyContext, extra: Record<string, string> = {}): void {
    const encoding = ctx.encoding ?? 'json';
    let body: Buffer | string;
    let contentType = CONTENT_TYPES[encoding];
    try {
      const status = rpcStatusFor(failure);
      body = encoding === 'protobuf' ? Buffer.from(encodeRpcStatus(status, 'protobuf')) : encodeRpcStatus(status, 'json');
    } catch (err) {
      // The client must still get the status code; plain text keeps the message readable.
      this.deps.logger.error({ error: describeError(err) }, 'encoding a google.rpc.Status failed; answering in plain text');
      body = failure.message;
      contentType = 'text/plain; charset=utf-8';
    }
    const headers: Record<string, string> = {
      ...extra,
      'Content-Type': contentType,
      'Content-Length': String(Buffer.byteLength(body)),
    };
    if (failure.retryAfterSeconds !== undefined) headers['Retry-After'] = String(failure.retryAfterSeconds);
    // Unread body bytes would be taken for the next request; the only safe reuse is none.
    res.writeHead(httpStatusFor(failure.kind), this.headers(headers, ctx.bodyPending));
    res.end(body);
  }

  private headers(headers: Record<string, string>, closeConnection = false): Record<string, string> {
    return closeConnection || this.stopping ? { ...headers, Connection: 'close' } : headers;
  }
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function mayHaveBody(req: http.IncomingMessage): boolean {
  if (req.complete) return false;
  if (req.headers['transfer-encoding'] !== undefined) return true;
  const length = Number(req.headers['content-length'] ?? '0');
  return !(length === 0);
}

function pathOf(url: string | undefined): string {
  const raw = url ?? '/';
  const query = raw.indexOf('?');
  const path = query === -1 ? raw : raw.slice(0, query);
  // Absolute-form request targets (`POST http://host/v1/traces`) are legal HTTP/1.1.
  if (!path.startsWith('/')) {
    try {
      return new URL(path).pathname;
    } catch {
      return path;
    }
  }
  return path;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
