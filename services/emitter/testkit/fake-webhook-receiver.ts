import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
  STANDARD_WEBHOOK_HEADERS,
  systemClock,
  verifyStandardWebhook,
  webhookSigningKey,
  type Clock,
} from '@warden/core';

/**
 * A strict Standard Webhooks receiver for tests: it accepts only what a careful production
 * receiver would (POST to its path, JSON, all three webhook headers, a valid v1 signature inside
 * the replay window), dedupes on `webhook-id` and counts duplicates, and can be switched into the
 * failure modes senders must survive.
 *
 * - `up`: verify and accept (200).
 * - `busy`: 503 with `Retry-After`.
 * - `throttle`: 429 with `Retry-After`.
 * - `gone`: 410 (the receiver asks the sender to stop).
 * - `down`: not listening at all: connections are refused. Leaving `down` listens again on the same port.
 */
export type FakeWebhookMode = 'up' | 'busy' | 'throttle' | 'gone' | 'down';

export interface FakeWebhookReceiverOptions {
  /** The receiver's signing secret; two during a rotation (a signature by either is accepted). */
  readonly secret: string | readonly string[];
  /** Replay window around the receiver's clock (default 300 s). */
  readonly toleranceSeconds?: number;
  /** The receiver's clock, so tests can put sender and receiver at the same fake time (default: system). */
  readonly clock?: Clock;
  /** `Retry-After` seconds sent in `busy` and `throttle` modes (default 1). */
  readonly retryAfterSeconds?: number;
  /** Bodies above this get 413 (default 1 MiB). */
  readonly maxBodyBytes?: number;
  /** The path webhooks are accepted on (default `/hooks/warden`); anything else is 404. */
  readonly path?: string;
}

/** One verified webhook as the receiver's application would see it. */
export interface ReceivedWebhook {
  readonly id: string;
  readonly timestampSeconds: number;
  /** The `webhook-signature` header as sent (one or more space-separated signatures). */
  readonly signature: string;
  readonly rawBody: string;
  readonly body: unknown;
  /** All request headers, lower-cased. */
  readonly headers: Readonly<Record<string, string>>;
}

/** Every request that reached the receiver, whatever it answered. */
export interface WebhookAttempt {
  readonly mode: FakeWebhookMode;
  readonly status: number;
  readonly id?: string;
  readonly timestampSeconds?: number;
  readonly signature?: string;
  /** Why the request was refused (verification failure, bad JSON, ...); absent when accepted or refused by mode. */
  readonly refusal?: string;
}

export interface FakeWebhookReceiver {
  /** Absolute URL of the webhook path. */
  readonly url: string;
  /** Verified webhooks, the first delivery of each `webhook-id` only, in arrival order. */
  readonly received: readonly ReceivedWebhook[];
  /** Verified deliveries per `webhook-id`, duplicates included (a count above 1 is a duplicate). */
  byId(): ReadonlyMap<string, number>;
  /** Verified deliveries of an id already received (acknowledged with 200, not processed again). */
  readonly duplicates: number;
  /** Requests refused by the receiver's checks (signature, timestamp, headers, method, path, JSON, size). */
  readonly rejected: number;
  readonly attempts: readonly WebhookAttempt[];
  readonly mode: FakeWebhookMode;
  setMode(mode: FakeWebhookMode): Promise<void>;
  close(): Promise<void>;
}

export async function startFakeWebhookReceiver(options: FakeWebhookReceiverOptions): Promise<FakeWebhookReceiver> {
  const secrets = typeof options.secret === 'string' ? [options.secret] : [...options.secret];
  const toleranceSeconds = options.toleranceSeconds ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS;
  const clock = options.clock ?? systemClock;
  const retryAfterSeconds = options.retryAfterSeconds ?? 1;
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const path = options.path ?? '/hooks/warden';
  // A bad secret is the test's mistake: fail at start, not as a 500 on the first request.
  secrets.forEach(webhookSigningKey);

  const received: ReceivedWebhook[] = [];
  const counts = new Map<string, number>();
  const attempts: WebhookAttempt[] = [];
  let duplicates = 0;
  let rejected = 0;
  let mode: FakeWebhookMode = 'up';

  const server: Server = createServer((req, res) => {
    readBody(req, maxBodyBytes).then(
      (body) => {
        try {
          handle(req, res, body);
        } catch (err) {
          record(req, 500, `receiver crashed: ${(err as Error).message}`);
          res.writeHead(500).end();
        }
      },
      () => {
        // Drain the rest so the client reads our answer instead of a reset connection.
        req.resume();
        refuse(req, res, 413, 'body too large');
      },
    );
  });

  function headerOf(req: IncomingMessage, name: string): string | undefined {
    const value = req.headers[name];
    return typeof value === 'string' ? value : undefined;
  }

  function record(req: IncomingMessage, status: number, refusal?: string): void {
    const id = headerOf(req, STANDARD_WEBHOOK_HEADERS.id);
    const ts = headerOf(req, STANDARD_WEBHOOK_HEADERS.timestamp);
    const signature = headerOf(req, STANDARD_WEBHOOK_HEADERS.signature);
    attempts.push({
      mode,
      status,
      ...(id === undefined ? {} : { id }),
      ...(ts === undefined || !/^\d+$/.test(ts) ? {} : { timestampSeconds: Number(ts) }),
      ...(signature === undefined ? {} : { signature }),
      ...(refusal === undefined ? {} : { refusal }),
    });
  }

  function refuse(req: IncomingMessage, res: ServerResponse, status: number, why: string): void {
    rejected++;
    record(req, status, why);
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: why }));
  }

  function handle(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    if (mode === 'busy' || mode === 'throttle') {
      const status = mode === 'busy' ? 503 : 429;
      record(req, status);
      res.writeHead(status, { 'retry-after': String(retryAfterSeconds), 'content-type': 'text/plain' }).end(mode);
      return;
    }
    if (mode === 'gone') {
      record(req, 410);
      res.writeHead(410, { 'content-type': 'text/plain' }).end('gone');
      return;
    }
    if (new URL(req.url ?? '/', 'http://receiver').pathname !== path) return refuse(req, res, 404, `no webhook endpoint at ${req.url}`);
    if (req.method !== 'POST') return refuse(req, res, 405, `method ${req.method} not allowed; webhooks are POSTed`);
    const contentType = headerOf(req, 'content-type') ?? '';
    if (!/^application\/json(\s*;|$)/i.test(contentType)) return refuse(req, res, 415, `content-type must be application/json, got "${contentType}"`);

    const verification = verifyStandardWebhook(req.headers, body, secrets, {
      toleranceSeconds,
      nowSeconds: Math.floor(clock.nowMs() / 1000),
    });
    if (!verification.ok) return refuse(req, res, 401, `${verification.failure}: ${verification.message}`);

    const rawBody = body.toString('utf8');
    let parsed: unknown;
    try {
      parsed = JSON.parse(rawBody);
    } catch {
      return refuse(req, res, 400, 'body is not JSON');
    }

    const seen = (counts.get(verification.id) ?? 0) + 1;
    counts.set(verification.id, seen);
    if (seen > 1) {
      duplicates++;
    } else {
      received.push({
        id: verification.id,
        timestampSeconds: verification.timestampSeconds,
        signature: headerOf(req, STANDARD_WEBHOOK_HEADERS.signature) ?? '',
        rawBody,
        body: parsed,
        headers: Object.fromEntries(Object.entries(req.headers).filter((e): e is [string, string] => typeof e[1] === 'string')),
      });
    }
    record(req, 200);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  }

  await listen(server, 0);
  const port = (server.address() as AddressInfo).port;
  let listening = true;

  return {
    url: `http://127.0.0.1:${port}${path}`,
    get received() {
      return received;
    },
    byId: () => new Map(counts),
    get duplicates() {
      return duplicates;
    },
    get rejected() {
      return rejected;
    },
    get attempts() {
      return attempts;
    },
    get mode() {
      return mode;
    },
    async setMode(next) {
      if (next === 'down' && listening) {
        listening = false;
        await stopListening(server);
      } else if (next !== 'down' && !listening) {
        await listen(server, port);
        listening = true;
      }
      mode = next;
    },
    async close() {
      if (listening) {
        listening = false;
        await stopListening(server);
      }
    },
  };
}

function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => (tooLarge ? reject(new Error('too large')) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Stops accepting and drops kept-alive connections too, so clients really see the receiver go away. */
function stopListening(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
