/**
 * A strict fake of Splunk's HTTP Event Collector for tests: a real HTTP server on 127.0.0.1 that
 * enforces the documented HEC contract and records what it accepted, so a test can ask "did the
 * SIEM get every finding exactly once, as valid OCSF?".
 *
 *   const hec = await startFakeSplunkHec({ token: '…guid…', allowedIndexes: ['security'] });
 *   // point a Splunk target at hec.url, deliver, then:
 *   expect(hec.byUid().get('fnd-…:1')).toBe(1);
 *   expect(hec.schemaErrors).toEqual([]);
 *   await hec.setMode('down');   // connections refused until setMode('up')
 *   await hec.close();
 *
 * What it enforces (answers are Splunk's HTTP status + `{"text","code"}` bodies):
 * - Paths: POST /services/collector, /services/collector/event, /services/collector/event/1.0
 *   (events), POST /services/collector/ack, GET /services/collector/health[/1.0]. Anything else
 *   404; a known path with the wrong method 405.
 * - `Authorization` exactly `Splunk <token>`: missing → 401 code 2, another scheme or shape →
 *   401 code 3, an unknown token → 403 code 4.
 * - Bodies over `maxContentLength` bytes on the wire → 413. `Content-Encoding: gzip` is decoded;
 *   any other encoding, or a broken gzip stream → 400 code 6.
 * - The body is concatenated JSON objects (a JSON array is refused): empty → 400 code 5; an
 *   unparsable or non-object envelope → 400 code 6; no `event` → 400 code 12; a blank `event` →
 *   400 code 13; `time` not numeric seconds, or above 1e11 (milliseconds sent by mistake) →
 *   400 code 6; `index` outside `allowedIndexes` → 400 code 7; `fields` not a flat object of
 *   strings / string arrays → 400 code 15. Each carries `invalid-event-number`. A refused request
 *   stores nothing (all or nothing; real Splunk may keep earlier envelopes, which is undocumented).
 * - Ack mode (`requireChannel`): `X-Splunk-Request-Channel` (or `?channel=`) is required on event
 *   and ack requests (missing → 400 code 10, not a GUID → 400 code 11); success answers carry an
 *   `ackId`, and POST /services/collector/ack `{"acks":[…]}` answers `{"acks":{"<id>":true|false}}`.
 *   Without ack mode the ack endpoint answers 400 code 14.
 * - Every accepted event is checked with the OCSF schema validator; problems land in `schemaErrors`.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { OcsfSchemaValidator, type OcsfValidationError } from '@warden/ocsf';

/**
 * How the fake answers requests that pass authentication:
 * - `up`: normally.
 * - `busy`: 503 code 9 "Server is busy" (health: 503 code 18), as when indexing queues are full.
 * - `throttle`: 429 with `Retry-After: <retryAfterSeconds>` (as a load balancer in front of HEC does).
 * - `error`: 500 code 8 "Internal server error".
 * - `hang`: reads the request, never answers (until `close()`); exercises client timeouts.
 * - `unacked`: accepts and stores events but their acks stay false forever, as when an indexer
 *   restarts after indexing; an ack-mode client times out and resends, producing duplicates.
 * - `down`: the port is closed and open connections are cut, so clients see ECONNREFUSED.
 *   `setMode('up')` listens again on the same port.
 */
export type FakeSplunkHecMode = 'up' | 'busy' | 'throttle' | 'error' | 'hang' | 'unacked' | 'down';

/** Modes that can be applied to a number of upcoming requests with `failNext`. */
export type FakeSplunkHecFault = 'busy' | 'throttle' | 'error' | 'hang';

export interface FakeSplunkHecOptions {
  /** The one token the fake accepts. */
  readonly token: string;
  /** Indexes the token may write to; unset: any. */
  readonly allowedIndexes?: readonly string[];
  /** Index recorded for envelopes without one (the token's default index). Default `main`. */
  readonly defaultIndex?: string;
  /** Ack mode: the token has indexer acknowledgement on. */
  readonly requireChannel?: boolean;
  /** Largest request body accepted, in bytes as sent (compressed). Default Splunk's 838860800. */
  readonly maxContentLength?: number;
  /** Port to listen on; default 0 (a free one). */
  readonly port?: number;
  /** `Retry-After` seconds in `throttle` mode; default 1. */
  readonly retryAfterSeconds?: number;
  /** Validator for received events; default the vendored OCSF schema. */
  readonly validator?: OcsfSchemaValidator;
}

/** One envelope the fake accepted, as parsed. */
export interface ReceivedHecEvent {
  /** The event's OCSF `metadata.uid`, when it has one. */
  readonly uid: string | undefined;
  /** Envelope `time` in epoch seconds, as sent. */
  readonly time: number | undefined;
  readonly host: string | undefined;
  readonly source: string | undefined;
  readonly sourcetype: string | undefined;
  /** The envelope's index, or `defaultIndex`. */
  readonly index: string;
  readonly fields: Readonly<Record<string, string | readonly string[]>> | undefined;
  readonly event: unknown;
  readonly channel: string | undefined;
}

/** Every request the fake answered (or, in `hang` mode, held), in arrival order. */
export interface ReceivedHecRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<http.IncomingHttpHeaders>;
  /** Body bytes as sent (compressed, when gzipped). */
  readonly wireBytes: number;
  readonly gzip: boolean;
  /** 0 while held in `hang` mode. */
  status: number;
  /** The JSON the fake answered with, if any. */
  reply: unknown;
}

export interface FakeSchemaProblem {
  readonly uid: string | undefined;
  readonly issues: readonly OcsfValidationError[];
}

export interface FakeSplunkHec {
  /** Base URL, e.g. `http://127.0.0.1:43121`; give it to the target as `url`. */
  readonly url: string;
  readonly port: number;
  readonly mode: FakeSplunkHecMode;
  /** Accepted envelopes, in arrival order (duplicates included). */
  readonly events: readonly ReceivedHecEvent[];
  readonly requests: readonly ReceivedHecRequest[];
  /** Number of requests to the event endpoints (accepted or not). */
  readonly eventRequestCount: number;
  /** Schema errors (severity `error` only) of accepted events. */
  readonly schemaErrors: readonly FakeSchemaProblem[];
  /** How many times each `metadata.uid` was accepted. */
  byUid(): Map<string, number>;
  /** `metadata.uid`s accepted more than once. */
  duplicates(): string[];
  /** Switches behaviour for all following requests; `down`/`up` close and reopen the port. */
  setMode(mode: FakeSplunkHecMode, options?: { retryAfterSeconds?: number }): Promise<void>;
  /** The next `count` authenticated collector requests fail as `fault`, then the current mode applies again. */
  failNext(count: number, fault: FakeSplunkHecFault): void;
  /** Resolves once at least `count` events were accepted; rejects after `timeoutMs` (default 5000). */
  waitForEvents(count: number, timeoutMs?: number): Promise<void>;
  /** Forgets recorded events, requests and schema errors (not acks or mode). */
  reset(): void;
  /** Stops listening and cuts every connection, including held ones. Safe to call twice. */
  close(): Promise<void>;
}

const DEFAULT_MAX_CONTENT_LENGTH = 838_860_800;
const EVENT_PATHS = new Set(['/services/collector', '/services/collector/event', '/services/collector/event/1.0']);
const ACK_PATH = '/services/collector/ack';
const HEALTH_PATHS = new Set(['/services/collector/health', '/services/collector/health/1.0']);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Envelope times above this are epoch milliseconds (year 5138+ as seconds): a client bug. */
const MAX_PLAUSIBLE_SECONDS = 1e11;

let sharedValidator: OcsfSchemaValidator | undefined;

interface Answer {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers?: Record<string, string>;
}

class Refusal {
  constructor(readonly answer: Answer) {}
}

const hecError = (status: number, code: number, text: string, eventNumber?: number): Answer => ({
  status,
  body: { text, code, ...(eventNumber === undefined ? {} : { 'invalid-event-number': eventNumber }) },
});

export async function startFakeSplunkHec(options: FakeSplunkHecOptions): Promise<FakeSplunkHec> {
  const validator = options.validator ?? (sharedValidator ??= OcsfSchemaValidator.load());
  const maxContentLength = options.maxContentLength ?? DEFAULT_MAX_CONTENT_LENGTH;
  const defaultIndex = options.defaultIndex ?? 'main';
  let retryAfterSeconds = options.retryAfterSeconds ?? 1;
  let mode: FakeSplunkHecMode = 'up';
  const faults: FakeSplunkHecFault[] = [];

  const events: ReceivedHecEvent[] = [];
  const requests: ReceivedHecRequest[] = [];
  const schemaErrors: FakeSchemaProblem[] = [];
  let eventRequestCount = 0;
  // Per channel: ackId → indexed. Splunk numbers ackIds per channel from 0.
  const acks = new Map<string, Map<number, boolean>>();
  const held = new Set<http.ServerResponse>();

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const wire = Buffer.concat(chunks);
      const record: ReceivedHecRequest = {
        method: req.method ?? '',
        path: (req.url ?? '').split('?')[0] ?? '',
        headers: req.headers,
        wireBytes: wire.length,
        gzip: req.headers['content-encoding'] === 'gzip',
        status: 0,
        reply: undefined,
      };
      requests.push(record);
      const answer = handle(req, wire);
      if (answer === 'hang') {
        held.add(res);
        res.on('close', () => held.delete(res));
        return;
      }
      record.status = answer.status;
      record.reply = answer.body;
      const body = JSON.stringify(answer.body);
      res.writeHead(answer.status, { 'content-type': 'application/json; charset=UTF-8', ...(answer.headers ?? {}) });
      res.end(body);
    });
  });

  function handle(req: http.IncomingMessage, wire: Buffer): Answer | 'hang' {
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = url.pathname.replace(/\/+$/, '');
    const isEvent = EVENT_PATHS.has(path);
    const isAck = path === ACK_PATH;
    const isHealth = HEALTH_PATHS.has(path);
    if (!isEvent && !isAck && !isHealth) return { status: 404, body: { text: 'The requested URL was not found on this server.', code: 404 } };
    if (isHealth) {
      if (req.method !== 'GET') return { status: 405, body: { text: 'Method not allowed' } };
      return mode === 'busy' ? hecError(503, 18, 'HEC is unhealthy, queues are full') : { status: 200, body: { text: 'HEC is healthy', code: 17 } };
    }
    if (req.method !== 'POST') return { status: 405, body: { text: 'Method not allowed' } };
    if (isEvent) eventRequestCount++;

    const auth = req.headers['authorization'];
    if (auth === undefined || auth === '') return hecError(401, 2, 'Token is required');
    const match = /^Splunk (\S+)$/.exec(auth);
    if (!match) return hecError(401, 3, 'Invalid authorization');
    if (match[1] !== options.token) return hecError(403, 4, 'Invalid token');

    const fault = faults.shift() ?? mode;
    switch (fault) {
      case 'busy':
        return hecError(503, 9, 'Server is busy');
      case 'throttle':
        return { status: 429, body: { text: 'Too many requests' }, headers: { 'retry-after': String(retryAfterSeconds) } };
      case 'error':
        return hecError(500, 8, 'Internal server error');
      case 'hang':
        return 'hang';
      default:
        break;
    }
    if (wire.length > maxContentLength) {
      return { status: 413, body: { text: `Content-Length of ${wire.length} too large (maximum is ${maxContentLength})` } };
    }
    const channel = req.headers['x-splunk-request-channel'] ?? url.searchParams.get('channel') ?? undefined;
    const channelId = Array.isArray(channel) ? channel[0] : channel;
    try {
      if (isAck) return answerAck(channelId, wire);
      return acceptEvents(req, channelId, wire, mode === 'unacked');
    } catch (err) {
      if (err instanceof Refusal) return err.answer;
      throw err;
    }
  }

  function requireChannel(channel: string | undefined): string {
    if (channel === undefined || channel === '') throw new Refusal(hecError(400, 10, 'Data channel is missing'));
    if (!GUID.test(channel)) throw new Refusal(hecError(400, 11, 'Invalid data channel'));
    return channel;
  }

  function answerAck(channel: string | undefined, wire: Buffer): Answer {
    if (!options.requireChannel) return hecError(400, 14, 'ACK is disabled');
    const id = requireChannel(channel);
    let ids: unknown;
    try {
      ids = (JSON.parse(wire.toString('utf8')) as { acks?: unknown }).acks;
    } catch {
      ids = undefined;
    }
    if (!Array.isArray(ids) || !ids.every((n) => Number.isInteger(n))) return hecError(400, 6, 'Invalid data format');
    const known = acks.get(id);
    const status: Record<string, boolean> = {};
    for (const n of ids as number[]) status[String(n)] = known?.get(n) ?? false;
    return { status: 200, body: { acks: status } };
  }

  function acceptEvents(req: http.IncomingMessage, channel: string | undefined, wire: Buffer, loseAck: boolean): Answer {
    const ackChannel = options.requireChannel ? requireChannel(channel) : undefined;
    const encoding = req.headers['content-encoding'];
    let body: Buffer = wire;
    if (encoding !== undefined && encoding !== 'identity') {
      if (encoding !== 'gzip') return hecError(400, 6, 'Invalid data format', 0);
      try {
        body = gunzipSync(wire);
      } catch {
        return hecError(400, 6, 'Invalid data format', 0);
      }
    }
    const text = body.toString('utf8');
    if (text.trim() === '') return hecError(400, 5, 'No data');
    const split = splitConcatenatedObjects(text);
    if (!split.ok) return hecError(400, 6, 'Invalid data format', split.eventNumber);

    const accepted: ReceivedHecEvent[] = [];
    split.objects.forEach((chunk, i) => {
      let envelope: unknown;
      try {
        envelope = JSON.parse(chunk);
      } catch {
        throw new Refusal(hecError(400, 6, 'Invalid data format', i));
      }
      accepted.push(readEnvelope(envelope as Record<string, unknown>, i, channel));
    });

    for (const event of accepted) {
      events.push(event);
      const issues = validator.validate(event.event).filter((issue) => issue.severity === 'error');
      if (issues.length > 0) schemaErrors.push({ uid: event.uid, issues });
    }
    if (ackChannel === undefined) return { status: 200, body: { text: 'Success', code: 0 } };
    const channelAcks = acks.get(ackChannel) ?? new Map<number, boolean>();
    acks.set(ackChannel, channelAcks);
    const ackId = channelAcks.size;
    channelAcks.set(ackId, !loseAck);
    return { status: 200, body: { text: 'Success', code: 0, ackId } };
  }

  function readEnvelope(envelope: Record<string, unknown>, i: number, channel: string | undefined): ReceivedHecEvent {
    const refuse = (code: number, text: string): never => {
      throw new Refusal(hecError(400, code, text, i));
    };
    if (!('event' in envelope)) refuse(12, 'Event field is required');
    const event = envelope['event'];
    if (event === null || (typeof event === 'string' && event.trim() === '')) refuse(13, 'Event field cannot be blank');

    let time: number | undefined;
    if (envelope['time'] !== undefined) {
      const raw = envelope['time'];
      const value = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : NaN;
      if (!Number.isFinite(value) || value < 0 || value > MAX_PLAUSIBLE_SECONDS) refuse(6, 'Invalid data format');
      time = value;
    }
    for (const key of ['host', 'source', 'sourcetype', 'index'] as const) {
      if (envelope[key] !== undefined && typeof envelope[key] !== 'string') refuse(6, 'Invalid data format');
    }
    const index = (envelope['index'] as string | undefined) ?? defaultIndex;
    if (options.allowedIndexes !== undefined && !options.allowedIndexes.includes(index)) refuse(7, 'Incorrect index');

    const fields = envelope['fields'];
    if (fields !== undefined) {
      const flat =
        fields !== null &&
        typeof fields === 'object' &&
        !Array.isArray(fields) &&
        Object.values(fields).every((v) => typeof v === 'string' || (Array.isArray(v) && v.every((s) => typeof s === 'string')));
      if (!flat) refuse(15, 'Error in handling indexed fields');
    }
    const uid = (event as { metadata?: { uid?: unknown } } | undefined)?.metadata?.uid;
    return {
      uid: typeof uid === 'string' ? uid : undefined,
      time,
      host: envelope['host'] as string | undefined,
      source: envelope['source'] as string | undefined,
      sourcetype: envelope['sourcetype'] as string | undefined,
      index,
      fields: fields as ReceivedHecEvent['fields'],
      event,
      channel,
    };
  }

  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve((server.address() as AddressInfo).port);
      });
    });
  const stopListening = async () => {
    if (!server.listening) return;
    for (const res of held) res.destroy();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    // Let clients see their pooled keep-alive sockets close, so the next request is refused
    // (ECONNREFUSED) rather than racing a half-closed socket.
    await new Promise((resolve) => setTimeout(resolve, 20));
  };

  const byUid = (): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const e of events) if (e.uid !== undefined) counts.set(e.uid, (counts.get(e.uid) ?? 0) + 1);
    return counts;
  };

  const port = await listen(options.port ?? 0);
  let closed = false;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    get mode() {
      return mode;
    },
    events,
    requests,
    get eventRequestCount() {
      return eventRequestCount;
    },
    schemaErrors,
    byUid,
    duplicates() {
      return [...byUid()].filter(([, n]) => n > 1).map(([uid]) => uid);
    },
    async setMode(next, modeOptions) {
      if (closed) throw new Error('fake Splunk HEC is closed; start a new one');
      if (modeOptions?.retryAfterSeconds !== undefined) retryAfterSeconds = modeOptions.retryAfterSeconds;
      if (next === 'down' && mode !== 'down') await stopListening();
      if (next !== 'down' && mode === 'down') await listen(port);
      mode = next;
    },
    failNext(count, fault) {
      for (let i = 0; i < count; i++) faults.push(fault);
    },
    async waitForEvents(count, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (events.length < count) {
        if (Date.now() > deadline) {
          throw new Error(`fake Splunk HEC: expected at least ${count} events within ${timeoutMs} ms, got ${events.length}`);
        }
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    reset() {
      events.length = 0;
      requests.length = 0;
      schemaErrors.length = 0;
      eventRequestCount = 0;
    },
    async close() {
      if (closed) return;
      closed = true;
      await stopListening();
    },
  };
}

/**
 * Splits HEC's batch format (JSON objects back to back, whitespace between) into one string per
 * object. Fails with the position of the first envelope that is not an object (e.g. an array).
 */
function splitConcatenatedObjects(text: string): { ok: true; objects: string[] } | { ok: false; eventNumber: number } {
  const objects: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') {
      i++;
      continue;
    }
    if (c !== '{') return { ok: false, eventNumber: objects.length };
    const start = i;
    let depth = 0;
    let inString = false;
    for (; i < text.length; i++) {
      const ch = text[i];
      if (inString) {
        if (ch === '\\') i++;
        else if (ch === '"') inString = false;
      } else if (ch === '"') {
        inString = true;
      } else if (ch === '{' || ch === '[') {
        depth++;
      } else if (ch === '}' || ch === ']') {
        depth--;
        if (depth === 0) {
          i++;
          break;
        }
      }
    }
    if (depth !== 0) return { ok: false, eventNumber: objects.length };
    objects.push(text.slice(start, i));
  }
  return { ok: true, objects };
}
