/**
 * OTLP/HTTP with a raw node:http client: every refusal the protocol defines, and after each one a
 * well-formed request on a fresh connection is still accepted (afterEach).
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { JsonTraceSerializer, ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { WardenError } from '@warden/core';
import { GrpcCode } from './export-failure';
import {
  RecordingPublisher,
  httpRequest,
  idCheckingNormalize,
  makeSpans,
  startReceiver,
  statusFromHttp,
  type HttpReply,
  type Running,
} from './__tests__/harness';

const MAX_BYTES = 256 * 1024;
const AUTH = { Authorization: 'Bearer tok-acme-1' };
const PROTOBUF = { ...AUTH, 'Content-Type': 'application/x-protobuf' };
const JSON_TYPE = { ...AUTH, 'Content-Type': 'application/json' };
const TESTDATA = path.join(__dirname, '..', 'testdata');

const goodSpans = () =>
  makeSpans([
    { name: 'invoke_agent support', agentId: 'support-7', startOffsetMs: 0 },
    { name: 'execute_tool tickets.get', agentId: 'support-7', startOffsetMs: 10 },
  ]);
const goodProtobuf = () => Buffer.from(ProtobufTraceSerializer.serializeRequest(goodSpans()) ?? new Uint8Array());
const goodJson = () => Buffer.from(JsonTraceSerializer.serializeRequest(goodSpans()) ?? new Uint8Array());

let running: Running;
const publisher = new RecordingPublisher();

beforeAll(async () => {
  running = await startReceiver(
    { tokens: { 'tok-acme-1': 'acme' }, maxRequestBytes: MAX_BYTES, retryAfterSeconds: 3, httpHeadersTimeoutMs: 300, httpRequestTimeoutMs: 600 },
    { publisher },
  );
});

afterAll(async () => {
  await running.receiver.stop();
});

beforeEach(() => {
  publisher.calls.length = 0;
});

afterEach(async () => {
  // Whatever the test sent, the receiver still serves the next good request normally.
  const before = publisher.calls.length;
  const reply = await post(goodProtobuf(), PROTOBUF);
  expect(reply.status).toBe(200);
  expect(publisher.calls.length).toBe(before + 1);
  expect(publisher.calls.at(-1)?.records.every((r) => r.value.tenant === 'acme')).toBe(true);
});

const port = () => running.receiver.httpPort();
const post = (body: Buffer | string, headers: Record<string, string | number>, p = '/v1/traces') =>
  httpRequest(port(), { body, headers, path: p });

function expectStatusBody(reply: HttpReply, code: number, message: RegExp): void {
  const status = statusFromHttp(reply);
  expect(status.code).toBe(code);
  expect(status.message).toMatch(message);
}

describe('accepted requests', () => {
  test('protobuf in, protobuf out; full success leaves partial_success unset', async () => {
    const reply = await post(goodProtobuf(), PROTOBUF);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/x-protobuf');
    expect(ProtobufTraceSerializer.deserializeResponse(reply.body).partialSuccess).toBeUndefined();
    expect(publisher.events.map((e) => e.name)).toEqual(['invoke_agent support', 'execute_tool tickets.get']);
  });

  test('JSON with a charset parameter, answered in JSON', async () => {
    const reply = await post(goodJson(), { ...AUTH, 'Content-Type': 'application/json; charset=utf-8' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json');
    expect(JSON.parse(reply.body.toString())).toEqual({});
    expect(publisher.events).toHaveLength(2);
  });

  test.each([
    ['gzip', (b: Buffer) => zlib.gzipSync(b)],
    ['deflate (zlib)', (b: Buffer) => zlib.deflateSync(b)],
    ['deflate (raw)', (b: Buffer) => zlib.deflateRawSync(b)],
  ] as const)('Content-Encoding %s', async (name, compress) => {
    const reply = await post(compress(goodProtobuf()), { ...PROTOBUF, 'Content-Encoding': name.split(' ')[0] ?? name });
    expect(reply.status).toBe(200);
    expect(publisher.events).toHaveLength(2);
  });

  test('Expect: 100-continue (curl sends it for large bodies) → continue, then 200', async () => {
    const payload = goodProtobuf();
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request({
        host: '127.0.0.1',
        port: port(),
        method: 'POST',
        path: '/v1/traces',
        agent: false,
        headers: { ...PROTOBUF, 'Content-Length': payload.length, Expect: '100-continue' },
      });
      req.on('continue', () => req.end(payload));
      req.on('response', (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(status).toBe(200);
    expect(publisher.events).toHaveLength(2);
  });

  test('an empty request is a success and publishes nothing', async () => {
    const protobuf = await post(Buffer.alloc(0), PROTOBUF);
    const json = await post('{}', JSON_TYPE);
    expect([protobuf.status, json.status]).toEqual([200, 200]);
    expect(publisher.calls).toHaveLength(0);
  });

  test('a span with an invalid id among valid ones: 200 with rejected_spans = 1 (real normalizer)', async () => {
    const partial = await startReceiver({}, { normalize: 'real' });
    try {
      const body = fs.readFileSync(path.join(TESTDATA, 'partial-invalid-span-id.json'));
      const reply = await httpRequest(partial.receiver.httpPort(), { body, headers: { 'Content-Type': 'application/json' } });
      expect(reply.status).toBe(200);
      const response = JSON.parse(reply.body.toString()) as { partialSuccess?: { rejectedSpans?: string | number; errorMessage?: string } };
      expect(Number(response.partialSuccess?.rejectedSpans)).toBe(1);
      expect(response.partialSuccess?.errorMessage).toMatch(/span id/);
      // The two valid spans went out, in start order, for the default tenant (no tokens configured).
      expect(partial.publisher.events.map((e) => [e.tenant, e.spanId])).toEqual([
        ['default', 'eee19b7ec3c1b174'],
        ['default', 'b7ad6b7169203331'],
      ]);
      expect(partial.receiver.stats().http.spansRejected.invalid_span).toBe(1);
      expect(partial.receiver.stats().http.requests.partially_accepted).toBe(1);
    } finally {
      await partial.receiver.stop();
    }
  });

  test('partial success over protobuf names the rejected span', async () => {
    const spans = goodSpans();
    const body = Buffer.from(ProtobufTraceSerializer.serializeRequest(spans) ?? new Uint8Array());
    // Zero the first span id inside the encoded message (same length, so the framing stays valid).
    const id = Buffer.from(spans[0]?.spanContext().spanId ?? '', 'hex');
    body.fill(0, body.indexOf(id), body.indexOf(id) + id.length);
    const reply = await post(body, PROTOBUF);
    expect(reply.status).toBe(200);
    const response = ProtobufTraceSerializer.deserializeResponse(reply.body);
    expect(Number(response.partialSuccess?.rejectedSpans)).toBe(1);
    expect(response.partialSuccess?.errorMessage).toContain('0000000000000000');
    expect(publisher.events).toHaveLength(1);
  });
});

describe('refused requests', () => {
  test('garbage protobuf → 400 with a google.rpc.Status carrying a BadRequest', async () => {
    const reply = await post(Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x01, 0x02]), PROTOBUF);
    expect(reply.status).toBe(400);
    expect(reply.headers['content-type']).toBe('application/x-protobuf');
    const status = statusFromHttp(reply);
    expect(status.code).toBe(GrpcCode.INVALID_ARGUMENT);
    // The violation points at where decoding stopped (the first resource_spans entry here).
    expect(status.fieldViolations).toHaveLength(1);
    expect(status.fieldViolations?.[0]?.field).toMatch(/^resourceSpans/);
    expect(status.fieldViolations?.[0]?.description).toBe(status.message);
    expect(publisher.calls).toHaveLength(0);
  });

  test('truncated JSON → 400 answered in JSON', async () => {
    const json = goodJson();
    const reply = await post(json.subarray(0, Math.floor(json.length / 2)), JSON_TYPE);
    expect(reply.status).toBe(400);
    expect(reply.headers['content-type']).toBe('application/json');
    expectStatusBody(reply, GrpcCode.INVALID_ARGUMENT, /JSON/);
  });

  test('JSON that is not UTF-8 → 400', async () => {
    const reply = await post(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), JSON_TYPE);
    expect(reply.status).toBe(400);
    expectStatusBody(reply, GrpcCode.INVALID_ARGUMENT, /UTF-8/);
  });

  test('a body that is not what Content-Encoding says → 400', async () => {
    const reply = await post(goodProtobuf(), { ...PROTOBUF, 'Content-Encoding': 'gzip' });
    expect(reply.status).toBe(400);
    expectStatusBody(reply, GrpcCode.INVALID_ARGUMENT, /decompressed/);
  });

  test.each([
    ['text/plain', { 'Content-Type': 'text/plain' }],
    ['no Content-Type', {}],
    ['JSON in latin1', { 'Content-Type': 'application/json; charset=iso-8859-1' }],
    ['Content-Encoding br', { 'Content-Type': 'application/x-protobuf', 'Content-Encoding': 'br' }],
  ])('%s → 415', async (_name, headers) => {
    const reply = await post(goodProtobuf(), { ...AUTH, ...headers });
    expect(reply.status).toBe(415);
    expect(statusFromHttp(reply).message).toMatch(/unsupported|missing/);
    expect(publisher.calls).toHaveLength(0);
  });

  test.each(['GET', 'PUT', 'DELETE'])('%s /v1/traces → 405 with Allow: POST', async (method) => {
    const reply = await httpRequest(port(), { method, headers: AUTH });
    expect(reply.status).toBe(405);
    expect(reply.headers['allow']).toBe('POST');
  });

  test.each(['/v1/logs', '/v1/metrics'])('%s → 404 saying Warden takes traces only', async (p) => {
    const reply = await post(goodProtobuf(), PROTOBUF, p);
    expect(reply.status).toBe(404);
    expectStatusBody(reply, GrpcCode.UNIMPLEMENTED, /traces only/);
  });

  test('an unknown path → 404 naming the traces endpoint', async () => {
    const reply = await post(goodProtobuf(), PROTOBUF, '/v2/spans?x=1');
    expect(reply.status).toBe(404);
    expect(statusFromHttp(reply).message).toContain('/v1/traces');
  });

  test.each([
    ['no Authorization', {}],
    ['an unknown token', { Authorization: 'Bearer tok-nope' }],
    ['another scheme', { Authorization: 'Basic dG9rLWFjbWUtMTo=' }],
  ])('%s → 401 with WWW-Authenticate: Bearer', async (_name, auth) => {
    const reply = await post(goodProtobuf(), { 'Content-Type': 'application/x-protobuf', ...auth });
    expect(reply.status).toBe(401);
    expect(reply.headers['www-authenticate']).toBe('Bearer');
    expect(statusFromHttp(reply).code).toBe(GrpcCode.UNAUTHENTICATED);
    expect(publisher.calls).toHaveLength(0);
  });

  test('oversized by Content-Length → 413 before the body is read', async () => {
    const reply = await new Promise<number>((resolve, reject) => {
      const req = http.request({
        host: '127.0.0.1',
        port: port(),
        method: 'POST',
        path: '/v1/traces',
        agent: false,
        headers: { ...PROTOBUF, 'Content-Length': MAX_BYTES * 40 },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', reject);
      req.write(Buffer.alloc(1024));
    });
    expect(reply).toBe(413);
    expect(running.receiver.stats().http.requests.too_large).toBeGreaterThanOrEqual(1);
  });

  test('oversized with Expect: 100-continue → 413 and the body is never asked for', async () => {
    let continued = false;
    const reply = await new Promise<number>((resolve, reject) => {
      const req = http.request({
        host: '127.0.0.1',
        port: port(),
        method: 'POST',
        path: '/v1/traces',
        agent: false,
        headers: { ...PROTOBUF, 'Content-Length': MAX_BYTES * 40, Expect: '100-continue' },
      });
      req.on('continue', () => {
        continued = true;
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(reply).toBe(413);
    expect(continued).toBe(false);
  });

  test('oversized streamed (chunked) body → 413 once the cap is passed, without reading the rest', async () => {
    const chunk = Buffer.alloc(16 * 1024, 1);
    const limit = MAX_BYTES * 64;
    const { status, written } = await new Promise<{ status: number; written: number }>((resolve, reject) => {
      let written = 0;
      let answered = false;
      const req = http.request({ host: '127.0.0.1', port: port(), method: 'POST', path: '/v1/traces', agent: false, headers: PROTOBUF });
      req.on('response', (res) => {
        answered = true;
        res.resume();
        resolve({ status: res.statusCode ?? 0, written });
        req.destroy();
      });
      req.on('error', (err) => (answered ? undefined : reject(err)));
      const pump = () => {
        while (!answered && written < limit) {
          written += chunk.length;
          if (!req.write(chunk)) {
            req.once('drain', pump);
            return;
          }
        }
      };
      pump();
    });
    expect(status).toBe(413);
    expect(written).toBeLessThan(limit);
  });

  test('bytes that are not HTTP → 400 from the parser, nothing else happens', async () => {
    const answer = await new Promise<string>((resolve) => {
      const chunks: Buffer[] = [];
      const socket = net.connect(port(), '127.0.0.1', () => socket.write('\x16\x03\x01 not http at all\r\n\r\n'));
      socket.on('data', (c: Buffer) => chunks.push(c));
      socket.on('error', () => undefined);
      socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
  });

  test('a client that disconnects mid-body is counted as aborted', async () => {
    const before = running.receiver.stats().http.requests.aborted;
    await new Promise<void>((resolve) => {
      const req = http.request({
        host: '127.0.0.1',
        port: port(),
        method: 'POST',
        path: '/v1/traces',
        agent: false,
        headers: { ...PROTOBUF, 'Content-Length': 10_000 },
      });
      req.on('error', () => resolve());
      req.write(Buffer.alloc(100), () => setTimeout(() => req.destroy(), 50));
    });
    const deadline = Date.now() + 2_000;
    while (running.receiver.stats().http.requests.aborted === before && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(running.receiver.stats().http.requests.aborted).toBe(before + 1);
    expect(publisher.calls).toHaveLength(0);
  });

  test('a client that leaves while its request is being published: the answer goes nowhere, harmlessly', async () => {
    const release = publisher.hold();
    await new Promise<void>((resolve) => {
      const req = http.request({ host: '127.0.0.1', port: port(), method: 'POST', path: '/v1/traces', agent: false, headers: PROTOBUF });
      req.on('error', () => resolve());
      req.end(goodProtobuf());
      void publisher.untilHeld(1).then(() => req.destroy());
    });
    release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The publish itself completed: the events are kept (the client will re-send; duplicates are expected).
    expect(publisher.calls).toHaveLength(1);
  });

  test('a client slower than the request timeout is cut off', async () => {
    const closedAfterMs = await new Promise<number>((resolve) => {
      const started = Date.now();
      const socket = net.connect(port(), '127.0.0.1', () => {
        socket.write('POST /v1/traces HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-protobuf\r\n');
      });
      socket.on('data', () => undefined);
      socket.on('error', () => undefined);
      socket.on('close', () => resolve(Date.now() - started));
    });
    // headersTimeout 300 ms, checked every 300 ms: well under the 30 s a default server would allow.
    expect(closedAfterMs).toBeLessThan(5_000);
  });
});

describe('when the bus refuses', () => {
  test('backpressure → 503 with Retry-After and a Status carrying RetryInfo; nothing kept', async () => {
    for (const [body, headers] of [
      [goodProtobuf(), PROTOBUF],
      [goodJson(), JSON_TYPE],
    ] as const) {
      publisher.refuseNextWithBackpressure(2_500);
      const reply = await post(body, headers);
      expect(reply.status).toBe(503);
      expect(reply.headers['retry-after']).toBe('3');
      const status = statusFromHttp(reply);
      expect(status.code).toBe(GrpcCode.UNAVAILABLE);
      expect(status.retryDelayMs).toBe(3_000);
    }
    expect(publisher.calls).toHaveLength(0);
  });

  test('a stopped bus (retriable WardenError) → 503 with the configured Retry-After', async () => {
    publisher.refuseNext(new WardenError('BUS_STOPPED', 'bus stopped (test)', { retriable: true }));
    const reply = await post(goodProtobuf(), PROTOBUF);
    expect(reply.status).toBe(503);
    expect(reply.headers['retry-after']).toBe('3');
  });

  test('an unexpected publish error → 500, logged once without payload contents', async () => {
    const errorsBefore = running.logger.lines.filter((l) => l.level === 'error').length;
    publisher.refuseNext(new TypeError('boom (test)'));
    const reply = await post(goodJson(), JSON_TYPE);
    expect(reply.status).toBe(500);
    expectStatusBody(reply, GrpcCode.INTERNAL, /internal error/);
    const errors = running.logger.lines.filter((l) => l.level === 'error').slice(errorsBefore);
    expect(errors).toHaveLength(1);
    const logged = JSON.stringify(errors[0]);
    expect(logged).toContain('boom (test)');
    expect(logged).not.toContain('tickets.get');
  });
});

describe('a normalizer that throws', () => {
  test('→ 500, and the receiver keeps serving', async () => {
    let fail = true;
    const flaky = await startReceiver({}, {
      normalize: (req, ctx) => {
        if (fail) throw new RangeError('normalizer bug (test)');
        return idCheckingNormalize(req, ctx);
      },
    });
    try {
      const refused = await httpRequest(flaky.receiver.httpPort(), { body: goodProtobuf(), headers: { 'Content-Type': 'application/x-protobuf' } });
      expect(refused.status).toBe(500);
      fail = false;
      const accepted = await httpRequest(flaky.receiver.httpPort(), { body: goodProtobuf(), headers: { 'Content-Type': 'application/x-protobuf' } });
      expect(accepted.status).toBe(200);
      expect(flaky.publisher.events).toHaveLength(2);
      expect(flaky.receiver.stats().http.spansRejected.internal).toBe(2);
    } finally {
      await flaky.receiver.stop();
    }
  });
});
