import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { systemClock, type Clock } from '@warden/core';
import { OcsfSchemaValidator } from '@warden/ocsf';

/**
 * A strict stand-in for Microsoft Entra (token endpoint) and the Azure Monitor Logs Ingestion API
 * on one local HTTP server. Point a Sentinel target's `authorityHost` and `endpoint` at `url`.
 * It refuses anything the real services would refuse that a client could get wrong: the form and
 * credentials of the token request, the bearer token and its expiry, path and api-version, body
 * size as received (1,000,000 bytes), gzip, JSON array shape, columns not in the stream
 * declaration, column types, and OCSF validity of the `Ocsf` column. `x-ms-error-code` values
 * are the fake's own names, not a copy of Azure's catalogue.
 */

export type FakeAzureMonitorMode = 'up' | 'throttle' | 'busy' | 'down';

export interface FakeAzureMonitorColumn {
  readonly name: string;
  /** DCR stream declaration type: string, int, long, real, boolean, datetime, dynamic. */
  readonly type: string;
}

export interface FakeAzureMonitorOptions {
  readonly tenantId: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly dcrImmutableId: string;
  readonly streamName: string;
  readonly columns: readonly FakeAzureMonitorColumn[];
  /** Lifetime of issued tokens; Entra's are about an hour. Default 3599. */
  readonly tokenLifetimeSeconds?: number;
  /** Scope a token request must name exactly. Default https://monitor.azure.com//.default. */
  readonly scope?: string;
  /** Decides token expiry; share the target's fake clock to move time for both. */
  readonly clock?: Clock;
  /** Sent with 429 (throttle) and 503 (busy). Default 7. */
  readonly retryAfterSeconds?: number;
  /** Column validated as an OCSF event; null to skip. Default `Ocsf`. */
  readonly ocsfColumn?: string | null;
}

export interface FakeIngestionRequest {
  readonly status: number;
  /** Body size as received (compressed, when gzipped). */
  readonly bytesReceived: number;
  readonly contentEncoding: string | undefined;
  readonly clientRequestId: string | undefined;
  readonly rowCount: number;
  readonly errorCode: string | undefined;
}

export interface FakeAzureMonitor {
  readonly url: string;
  /** Accepted rows, in arrival order (duplicates kept, as the real API keeps them). */
  readonly rows: Record<string, unknown>[];
  /** Every ingestion request, accepted or not. */
  readonly requests: FakeIngestionRequest[];
  /** Accepted rows grouped by their `RecordUid`. */
  byRecordUid(): Map<string, Record<string, unknown>[]>;
  readonly tokensIssued: number;
  /** Token requests refused (bad form or credentials). */
  readonly tokenRefusals: number;
  setMode(mode: FakeAzureMonitorMode): void;
  /** Every token issued so far stops working, as if it had expired. */
  expireTokens(): void;
  close(): Promise<void>;
}

export const FAKE_LOGS_INGESTION_MAX_BODY_BYTES = 1_000_000;
const API_VERSION = '2023-01-01';
const READ_CAP_BYTES = 16 * 1024 * 1024;

let validator: OcsfSchemaValidator | undefined;

export async function startFakeAzureMonitor(options: FakeAzureMonitorOptions): Promise<FakeAzureMonitor> {
  const clock = options.clock ?? systemClock;
  const lifetimeSeconds = options.tokenLifetimeSeconds ?? 3599;
  const scope = options.scope ?? 'https://monitor.azure.com//.default';
  const retryAfterSeconds = options.retryAfterSeconds ?? 7;
  const ocsfColumn = options.ocsfColumn === undefined ? 'Ocsf' : options.ocsfColumn;
  const columnTypes = new Map(options.columns.map((c) => [c.name, c.type.toLowerCase()]));
  const ingestionPath = `/dataCollectionRules/${options.dcrImmutableId}/streams/${options.streamName}`;
  const tokenPath = `/${options.tenantId}/oauth2/v2.0/token`;
  if (ocsfColumn !== null) validator ??= OcsfSchemaValidator.load();

  const tokens = new Map<string, number>(); // token → expiresAtMs
  const rows: Record<string, unknown>[] = [];
  const requests: FakeIngestionRequest[] = [];
  const sockets = new Set<Socket>();
  let mode: FakeAzureMonitorMode = 'up';
  let tokensIssued = 0;
  let tokenRefusals = 0;

  const entraError = (res: ServerResponse, status: number, error: string, aadsts: number, description: string): void => {
    tokenRefusals++;
    json(res, status, {
      error,
      error_description: `AADSTS${aadsts}: ${description} Trace ID: 00000000-0000-0000-0000-000000000000`,
      error_codes: [aadsts],
    });
  };

  const handleToken = (req: IncomingMessage, res: ServerResponse, body: Buffer): void => {
    if (req.method !== 'POST') return entraError(res, 405, 'invalid_request', 900561, 'The endpoint only accepts POST requests.');
    if (!(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
      return entraError(res, 400, 'invalid_request', 900144, 'The request body must be form-encoded (application/x-www-form-urlencoded).');
    }
    const form = new URLSearchParams(body.toString('utf8'));
    if (form.get('grant_type') !== 'client_credentials') {
      return entraError(res, 400, 'unsupported_grant_type', 70003, 'The app requested an unsupported grant type; use client_credentials.');
    }
    if (form.get('client_id') !== options.clientId) {
      return entraError(res, 400, 'unauthorized_client', 700016, 'Application was not found in the directory.');
    }
    if (form.get('client_secret') !== options.clientSecret) {
      // Entra answers a wrong secret with 401 invalid_client.
      return entraError(res, 401, 'invalid_client', 7000215, 'Invalid client secret provided.');
    }
    if (form.get('scope') !== scope) {
      return entraError(res, 400, 'invalid_scope', 70011, `The provided value for scope is not valid; expected ${scope}.`);
    }
    const token = randomBytes(32).toString('base64url');
    tokens.set(token, clock.nowMs() + lifetimeSeconds * 1000);
    tokensIssued++;
    json(res, 200, { token_type: 'Bearer', expires_in: lifetimeSeconds, ext_expires_in: lifetimeSeconds, access_token: token });
  };

  const handleIngestion = (req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): void => {
    const contentEncoding = header(req, 'content-encoding');
    let rowCount = 0;
    const answer = (status: number, errorCode?: string, message?: string, extraHeaders: Record<string, string> = {}): void => {
      requests.push({ status, bytesReceived: body.length, contentEncoding, clientRequestId: header(req, 'x-ms-client-request-id'), rowCount, errorCode });
      const headers: Record<string, string> = { ...extraHeaders };
      if (errorCode !== undefined) headers['x-ms-error-code'] = errorCode;
      if (status === 204) {
        res.writeHead(204, headers).end();
      } else {
        json(res, status, { error: { code: errorCode, message } }, headers);
      }
    };

    if (url.pathname !== ingestionPath) {
      return answer(404, 'NotFound', `No data collection rule stream at ${url.pathname}; expected ${ingestionPath}.`);
    }
    if (url.searchParams.get('api-version') !== API_VERSION) {
      return answer(404, 'NotFound', `api-version must be ${API_VERSION}.`);
    }
    if (req.method !== 'POST') return answer(405, 'MethodNotAllowed', 'Only POST is supported.');
    const auth = header(req, 'authorization') ?? '';
    const token = auth.startsWith('Bearer ') ? auth.slice('Bearer '.length) : undefined;
    const expiresAtMs = token === undefined ? undefined : tokens.get(token);
    if (expiresAtMs === undefined || clock.nowMs() >= expiresAtMs) {
      return answer(401, 'InvalidToken', 'The bearer token is missing, unknown or expired.');
    }
    if (mode === 'throttle') {
      return answer(429, 'TooManyRequests', 'Rate limit of the data collection rule exceeded.', { 'retry-after': String(retryAfterSeconds) });
    }
    if (mode === 'busy') {
      return answer(503, 'ServiceUnavailable', 'The service is busy.', { 'retry-after': String(retryAfterSeconds) });
    }
    if (body.length > FAKE_LOGS_INGESTION_MAX_BODY_BYTES) {
      return answer(413, 'ContentLengthLimitExceeded', `Body of ${body.length} bytes is over ${FAKE_LOGS_INGESTION_MAX_BODY_BYTES}.`);
    }
    if (!(header(req, 'content-type') ?? '').startsWith('application/json')) {
      return answer(415, 'UnsupportedMediaType', 'Content-Type must be application/json.');
    }
    let text: string;
    if (contentEncoding === undefined || contentEncoding === 'identity') {
      text = body.toString('utf8');
    } else if (contentEncoding === 'gzip') {
      try {
        text = gunzipSync(body, { maxOutputLength: READ_CAP_BYTES }).toString('utf8');
      } catch {
        return answer(400, 'InvalidContentEncoding', 'Content-Encoding is gzip but the body is not valid gzip.');
      }
    } else {
      return answer(400, 'InvalidContentEncoding', `Content-Encoding ${contentEncoding} is not supported; use gzip or none.`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return answer(400, 'InvalidJson', 'The body is not valid JSON.');
    }
    if (!Array.isArray(parsed)) return answer(400, 'InvalidPayload', 'The body must be a JSON array of objects.');
    rowCount = parsed.length;
    for (const [i, row] of parsed.entries()) {
      const problem = rowProblem(row, columnTypes, ocsfColumn);
      if (problem !== undefined) return answer(400, 'InvalidPayload', `Row ${i}: ${problem}`);
    }
    rows.push(...(parsed as Record<string, unknown>[]));
    answer(204);
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    if (mode === 'down' && !url.pathname.endsWith('/oauth2/v2.0/token')) {
      req.socket.destroy();
      return;
    }
    readBody(req)
      .then((body) => {
        if (url.pathname.endsWith('/oauth2/v2.0/token')) {
          if (url.pathname !== tokenPath) return entraError(res, 400, 'invalid_request', 90002, 'Tenant not found.');
          return handleToken(req, res, body);
        }
        return handleIngestion(req, res, url, body);
      })
      .catch(() => req.socket.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    rows,
    requests,
    byRecordUid() {
      const out = new Map<string, Record<string, unknown>[]>();
      for (const row of rows) {
        const uid = String(row['RecordUid']);
        out.set(uid, [...(out.get(uid) ?? []), row]);
      }
      return out;
    },
    get tokensIssued() {
      return tokensIssued;
    },
    get tokenRefusals() {
      return tokenRefusals;
    },
    setMode(next) {
      mode = next;
    },
    expireTokens() {
      for (const token of tokens.keys()) tokens.set(token, Number.NEGATIVE_INFINITY);
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function rowProblem(row: unknown, columnTypes: ReadonlyMap<string, string>, ocsfColumn: string | null): string | undefined {
  if (row === null || typeof row !== 'object' || Array.isArray(row)) return 'each element must be a JSON object';
  for (const [name, value] of Object.entries(row as Record<string, unknown>)) {
    const type = columnTypes.get(name);
    if (type === undefined) return `column "${name}" is not declared in the stream`;
    if (value !== null && !fitsType(value, type)) return `column "${name}" is declared ${type} but got ${JSON.stringify(value)?.slice(0, 80)}`;
  }
  if (ocsfColumn !== null && validator !== undefined) {
    const ocsf = (row as Record<string, unknown>)[ocsfColumn];
    if (ocsf === undefined) return `column "${ocsfColumn}" is missing`;
    const errors = validator.validate(ocsf).filter((issue) => issue.severity === 'error');
    if (errors.length > 0) return `"${ocsfColumn}" is not a valid OCSF event: ${errors.slice(0, 3).map((e) => `${e.path}: ${e.message}`).join('; ')}`;
  }
  return undefined;
}

function fitsType(value: unknown, type: string): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'int':
      return Number.isInteger(value) && (value as number) >= -2147483648 && (value as number) <= 2147483647;
    case 'long':
      return Number.isInteger(value);
    case 'real':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'datetime':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value));
    case 'dynamic':
      return true;
    default:
      return false;
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > READ_CAP_BYTES) {
        reject(new Error('body too large for the fake'));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));
}
