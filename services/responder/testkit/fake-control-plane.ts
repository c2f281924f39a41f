import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_WEBHOOK_TOLERANCE_SECONDS, systemClock, verifyStandardWebhook, type Clock } from '@warden/core';

/**
 * A strict agent-platform control plane for tests: it accepts only what docs/control-plane.md
 * promises (POST, JSON, a valid Standard Webhooks signature inside the replay window, a
 * `webhook-id` of `<actionId>:execute|undo`, exactly the documented body fields), and can fail the way
 * real platforms do.
 *
 * - `up`: verify and answer 200.
 * - `busy`: 503 with `Retry-After: 1`.
 * - `down`: the connection is dropped without an answer (a network error for the sender).
 */
export type FakeControlPlaneMode = 'up' | 'down' | 'busy';

export interface FakeControlPlaneOptions {
  readonly secret: string;
  /** Answer 503 to this many verified requests before accepting any (default 0). */
  readonly failFirst?: number;
  /** The platform's clock for the replay window (default: system); share the sender's fake clock. */
  readonly clock?: Clock;
  readonly toleranceSeconds?: number;
}

/** A verified, accepted request, as the platform's handler would see it. */
export interface ControlPlaneCall {
  readonly webhookId: string;
  readonly timestampSeconds: number;
  readonly signature: string;
  readonly rawBody: string;
  readonly body: ReceivedAction;
}

export interface ReceivedAction {
  readonly type: 'warden.action.execute' | 'warden.action.undo';
  readonly actionId: string;
  readonly action: string;
  readonly agent: { readonly tenant: string; readonly id: string };
  readonly session: string;
  readonly findingId: string;
  readonly reason: string;
  readonly expiresAt?: string;
  readonly rollbackBefore?: string;
  readonly approvedBy: readonly string[];
  readonly requestedAt: string;
}

export interface FakeControlPlane {
  readonly url: string;
  /** Accepted requests (200), in arrival order, duplicates included. */
  readonly calls: readonly ControlPlaneCall[];
  /** Requests refused by the checks (status and why). */
  readonly rejected: readonly { readonly status: number; readonly reason: string }[];
  /** Every request that arrived, whatever it was answered. */
  readonly requests: () => number;
  /** Every verified request with the status it got (503 while failing first, 200 once accepted). */
  readonly answered: readonly { readonly webhookId: string; readonly status: number }[];
  setMode(mode: FakeControlPlaneMode): void;
  close(): Promise<void>;
}

const ACTIONS = ['notify', 'throttle', 'read_only', 'memory_rollback', 'quarantine'];
const REVERSIBLE = ['throttle', 'read_only', 'quarantine'];
const TYPES = ['warden.action.execute', 'warden.action.undo'];
const REQUIRED = ['type', 'actionId', 'action', 'agent', 'session', 'findingId', 'reason', 'approvedBy', 'requestedAt'];
const OPTIONAL = ['expiresAt', 'rollbackBefore'];
const RFC3339_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** Why the body breaks the contract, or undefined when it keeps it. */
function contractProblem(body: unknown, webhookId: string): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'the body is not a JSON object';
  const b = body as Record<string, unknown>;
  for (const key of Object.keys(b)) if (!REQUIRED.includes(key) && !OPTIONAL.includes(key)) return `unknown field "${key}"`;
  for (const key of REQUIRED) if (!(key in b)) return `missing field "${key}"`;
  if (!TYPES.includes(b.type as string)) return `type ${JSON.stringify(b.type)} is not one of ${TYPES.join(', ')}`;
  if (!ACTIONS.includes(b.action as string)) return `action ${JSON.stringify(b.action)} is not one of ${ACTIONS.join(', ')}`;
  for (const key of ['actionId', 'session', 'findingId', 'reason']) {
    if (typeof b[key] !== 'string' || b[key] === '') return `"${key}" must be a non-empty string`;
  }
  const agent = b.agent as Record<string, unknown> | null;
  if (typeof agent !== 'object' || agent === null || Object.keys(agent).sort().join() !== 'id,tenant' || typeof agent.id !== 'string' || typeof agent.tenant !== 'string') {
    return '"agent" must be exactly { "tenant": string, "id": string }';
  }
  if (!Array.isArray(b.approvedBy) || b.approvedBy.some((x) => typeof x !== 'string')) return '"approvedBy" must be an array of strings';
  if (typeof b.requestedAt !== 'string' || !RFC3339_UTC.test(b.requestedAt)) return '"requestedAt" must be an RFC 3339 UTC time';
  const reversible = REVERSIBLE.includes(b.action as string);
  if (reversible !== ('expiresAt' in b)) return reversible ? `"expiresAt" is required for ${String(b.action)}` : `"expiresAt" is only for reversible actions, not ${String(b.action)}`;
  if ('expiresAt' in b && (typeof b.expiresAt !== 'string' || !RFC3339_UTC.test(b.expiresAt))) return '"expiresAt" must be an RFC 3339 UTC time';
  if ('rollbackBefore' in b && (b.action !== 'memory_rollback' || typeof b.rollbackBefore !== 'string' || !RFC3339_UTC.test(b.rollbackBefore))) {
    return '"rollbackBefore" must be an RFC 3339 UTC time, on memory_rollback only';
  }
  if (b.type === 'warden.action.undo' && !reversible) return `${String(b.action)} cannot be undone`;
  if (b.actionId !== `${String(b.findingId)}/${String(b.action)}`) return '"actionId" must be "<findingId>/<action>"';
  const verb = b.type === 'warden.action.undo' ? 'undo' : 'execute';
  if (webhookId !== `${String(b.actionId)}:${verb}`) return `webhook-id must be "<actionId>:${verb}"`;
  return undefined;
}

export async function startFakeControlPlane(options: FakeControlPlaneOptions): Promise<FakeControlPlane> {
  const clock = options.clock ?? systemClock;
  const calls: ControlPlaneCall[] = [];
  const rejected: { status: number; reason: string }[] = [];
  const answered: { webhookId: string; status: number }[] = [];
  let mode: FakeControlPlaneMode = 'up';
  let failuresLeft = options.failFirst ?? 0;
  let requests = 0;

  const refuse = (res: ServerResponse, status: number, reason: string): void => {
    rejected.push({ status, reason });
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: reason }));
  };

  const handle = (req: IncomingMessage, res: ServerResponse, rawBody: string): void => {
    requests += 1;
    if (mode === 'down') {
      req.socket.destroy();
      return;
    }
    if (mode === 'busy') {
      res.writeHead(503, { 'retry-after': '1' }).end('busy');
      return;
    }
    if (req.method !== 'POST') return refuse(res, 405, `method ${req.method ?? ''} not allowed`);
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415, 'content-type must be application/json');
    const verified = verifyStandardWebhook(req.headers, rawBody, [options.secret], {
      toleranceSeconds: options.toleranceSeconds ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
      nowSeconds: Math.floor(clock.nowMs() / 1000),
    });
    if (!verified.ok) return refuse(res, 401, `${verified.failure}: ${verified.message}`);
    let body: unknown;
    try {
      body = JSON.parse(rawBody);
    } catch {
      return refuse(res, 400, 'the body is not JSON');
    }
    const problem = contractProblem(body, verified.id);
    if (problem) return refuse(res, 400, problem);
    if (failuresLeft > 0) {
      failuresLeft -= 1;
      answered.push({ webhookId: verified.id, status: 503 });
      res.writeHead(503, { 'retry-after': '1' }).end('warming up');
      return;
    }
    answered.push({ webhookId: verified.id, status: 200 });
    calls.push({
      webhookId: verified.id,
      timestampSeconds: verified.timestampSeconds,
      signature: String(req.headers['webhook-signature']),
      rawBody,
      body: body as ReceivedAction,
    });
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/warden/actions`,
    calls,
    rejected,
    requests: () => requests,
    answered,
    setMode(next) {
      mode = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
