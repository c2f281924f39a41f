/**
 * OTLP/gRPC with a raw grpc-js client (identity serializers, so it can send anything): each
 * refusal's code and status details, and after each one a good request is still accepted.
 */
import { status as GrpcStatus } from '@grpc/grpc-js';
import { ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { RETRY_INFO_TYPE_URL } from '@warden/otlp';
import {
  RawGrpcClient,
  RecordingPublisher,
  makeSpans,
  startReceiver,
  statusDetails,
  type Running,
} from './__tests__/harness';

const MAX_BYTES = 256 * 1024;
const AUTH = { authorization: 'Bearer tok-acme-1' };

const goodSpans = () =>
  makeSpans([
    { name: 'invoke_agent support', agentId: 'support-7', startOffsetMs: 0 },
    { name: 'execute_tool tickets.get', agentId: 'support-7', startOffsetMs: 10 },
  ]);
const encode = (spans = goodSpans()) => Buffer.from(ProtobufTraceSerializer.serializeRequest(spans) ?? new Uint8Array());

let running: Running;
let client: RawGrpcClient;
const publisher = new RecordingPublisher();

beforeAll(async () => {
  running = await startReceiver({ tokens: { 'tok-acme-1': 'acme' }, maxRequestBytes: MAX_BYTES, retryAfterSeconds: 4 }, { publisher });
  client = new RawGrpcClient(running.receiver.grpcPort());
});

afterAll(async () => {
  client.close();
  await running.receiver.stop();
});

beforeEach(() => {
  publisher.calls.length = 0;
});

afterEach(async () => {
  const before = publisher.calls.length;
  const reply = await client.export(encode(), AUTH);
  expect(reply.code).toBe(GrpcStatus.OK);
  expect(publisher.calls.length).toBe(before + 1);
});

describe('accepted calls', () => {
  test('OK with an empty ExportTraceServiceResponse; events for the token tenant', async () => {
    const reply = await client.export(encode(), AUTH);
    expect(reply.code).toBe(GrpcStatus.OK);
    expect(reply.response?.length).toBe(0);
    expect(publisher.events.map((e) => [e.tenant, e.name])).toEqual([
      ['acme', 'invoke_agent support'],
      ['acme', 'execute_tool tickets.get'],
    ]);
  });

  test('gzip-compressed messages (grpc-encoding) are accepted', async () => {
    const gzipClient = new RawGrpcClient(running.receiver.grpcPort(), { 'grpc.default_compression_algorithm': 2 });
    try {
      const reply = await gzipClient.export(encode(), AUTH);
      expect(reply.code).toBe(GrpcStatus.OK);
      expect(publisher.events).toHaveLength(2);
    } finally {
      gzipClient.close();
    }
  });

  test('an empty request is OK and publishes nothing', async () => {
    const reply = await client.export(Buffer.alloc(0), AUTH);
    expect(reply.code).toBe(GrpcStatus.OK);
    expect(publisher.calls).toHaveLength(0);
  });

  test('a span with an invalid id among valid ones: OK with rejected_spans = 1', async () => {
    const spans = goodSpans();
    const body = encode(spans);
    const id = Buffer.from(spans[1]?.spanContext().spanId ?? '', 'hex');
    body.fill(0, body.indexOf(id), body.indexOf(id) + id.length);
    const reply = await client.export(body, AUTH);
    expect(reply.code).toBe(GrpcStatus.OK);
    const response = ProtobufTraceSerializer.deserializeResponse(reply.response ?? Buffer.alloc(0));
    expect(Number(response.partialSuccess?.rejectedSpans)).toBe(1);
    expect(response.partialSuccess?.errorMessage).toContain('rejected');
    expect(publisher.events.map((e) => e.name)).toEqual(['invoke_agent support']);
    expect(running.receiver.stats().grpc.requests.partially_accepted).toBeGreaterThanOrEqual(1);
  });
});

describe('refused calls', () => {
  test('garbage protobuf → INVALID_ARGUMENT with a BadRequest detail', async () => {
    const reply = await client.export(Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]), AUTH);
    expect(reply.code).toBe(GrpcStatus.INVALID_ARGUMENT);
    const details = statusDetails(reply);
    expect(details?.code).toBe(GrpcStatus.INVALID_ARGUMENT);
    expect(details?.message).toBe(reply.details);
    expect(details?.fieldViolations).toHaveLength(1);
    expect(details?.retryDelayMs).toBeUndefined();
    expect(publisher.calls).toHaveLength(0);
  });

  test.each([
    ['no credentials', {}],
    ['an unknown token', { authorization: 'Bearer tok-nope' }],
  ])('%s → UNAUTHENTICATED', async (_name, metadata) => {
    const reply = await client.export(encode(), metadata);
    expect(reply.code).toBe(GrpcStatus.UNAUTHENTICATED);
    expect(publisher.calls).toHaveLength(0);
  });

  test('a message over the size limit → RESOURCE_EXHAUSTED without RetryInfo (permanent), counted', async () => {
    const before = running.receiver.stats().grpc.requests.too_large;
    const reply = await client.export(Buffer.alloc(MAX_BYTES + 1024, 0x0a), AUTH);
    expect(reply.code).toBe(GrpcStatus.RESOURCE_EXHAUSTED);
    expect(statusDetails(reply)?.retryDelayMs).toBeUndefined();
    expect(running.receiver.stats().grpc.requests.too_large).toBe(before + 1);
  });

  test('backpressure → UNAVAILABLE with google.rpc.RetryInfo in grpc-status-details-bin', async () => {
    publisher.refuseNextWithBackpressure(1_500);
    const reply = await client.export(encode(), AUTH);
    expect(reply.code).toBe(GrpcStatus.UNAVAILABLE);
    const raw = reply.trailers.get('grpc-status-details-bin')[0];
    expect(Buffer.isBuffer(raw)).toBe(true);
    expect((raw as Buffer).toString('latin1')).toContain(RETRY_INFO_TYPE_URL);
    const details = statusDetails(reply);
    expect(details?.code).toBe(GrpcStatus.UNAVAILABLE);
    // 1.5 s rounds up to whole seconds, like the HTTP Retry-After.
    expect(details?.retryDelayMs).toBe(2_000);
    expect(publisher.calls).toHaveLength(0);
    expect(running.receiver.stats().grpc.spansRejected.backpressure).toBeGreaterThanOrEqual(2);
  });

  test('an unexpected publish error → INTERNAL', async () => {
    publisher.refuseNext(new Error('kaput (test)'));
    const reply = await client.export(encode(), AUTH);
    expect(reply.code).toBe(GrpcStatus.INTERNAL);
    expect(reply.details).toMatch(/internal error/);
  });

  test('another service on the port (LogsService) → UNIMPLEMENTED', async () => {
    const reply = await client.export(Buffer.alloc(0), AUTH, '/opentelemetry.proto.collector.logs.v1.LogsService/Export');
    expect(reply.code).toBe(GrpcStatus.UNIMPLEMENTED);
  });
});
