/**
 * Decompression bombs: 1 GiB of zeros gzipped to about 1 MB, made here with streaming zlib (never
 * stored). Both protocols must refuse it quickly, holding no more than the size limit in memory,
 * and keep serving.
 */
import * as http2 from 'node:http2';
import * as zlib from 'node:zlib';
import { status as GrpcStatus } from '@grpc/grpc-js';
import { ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { TRACE_EXPORT_PATH } from './grpc-receiver';
import { RawGrpcClient, httpRequest, makeSpans, startReceiver, type Running } from './__tests__/harness';

const GIB = 1024 * 1024 * 1024;
const MAX_BYTES = 4 * 1024 * 1024;
/** Far below the 1 GiB a bomb would take if it were inflated whole. */
const MEMORY_BUDGET = 256 * 1024 * 1024;

let bomb: Buffer;
let running: Running;

/** Streams `total` zero bytes through gzip; only the compressed output is held. */
function gzipZeros(total: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // Run-length strategy: the same ~1 MB as the default for zeros, in a fraction of the CPU time.
    const gzip = zlib.createGzip({ level: 9, strategy: zlib.constants.Z_RLE });
    const out: Buffer[] = [];
    gzip.on('data', (c: Buffer) => out.push(c));
    gzip.on('end', () => resolve(Buffer.concat(out)));
    gzip.on('error', reject);
    const zeros = Buffer.alloc(16 * 1024 * 1024);
    let written = 0;
    const pump = () => {
      while (written < total) {
        written += zeros.length;
        if (!gzip.write(zeros)) {
          gzip.once('drain', pump);
          return;
        }
      }
      gzip.end();
    };
    pump();
  });
}

/** Runs `work` while sampling the process's resident memory; returns how far it rose. */
async function peakGrowth<T>(work: () => Promise<T>): Promise<{ result: T; growth: number; elapsedMs: number }> {
  const base = process.memoryUsage.rss();
  let peak = base;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 2);
  const started = Date.now();
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, growth: peak - base, elapsedMs: Date.now() - started };
  } finally {
    clearInterval(sampler);
  }
}

/** A raw HTTP/2 gRPC call, so the message can be sent already compressed with any grpc-encoding. */
function rawGrpcCall(port: number, message: Buffer, encoding: string): Promise<{ grpcStatus: number; message: string }> {
  return new Promise((resolve, reject) => {
    const session = http2.connect(`http://127.0.0.1:${port}`);
    session.on('error', reject);
    const req = session.request({
      ':method': 'POST',
      ':path': TRACE_EXPORT_PATH,
      'content-type': 'application/grpc',
      te: 'trailers',
      'grpc-encoding': encoding,
    });
    let headers: http2.IncomingHttpHeaders = {};
    req.on('response', (h) => {
      headers = { ...headers, ...h };
    });
    req.on('trailers', (t) => {
      headers = { ...headers, ...t };
    });
    req.on('data', () => undefined);
    req.on('error', () => undefined);
    req.on('close', () => {
      session.close();
      resolve({ grpcStatus: Number(headers['grpc-status']), message: decodeURIComponent(String(headers['grpc-message'] ?? '')) });
    });
    const prefix = Buffer.alloc(5);
    prefix.writeUInt8(1, 0); // compressed flag
    prefix.writeUInt32BE(message.length, 1);
    req.end(Buffer.concat([prefix, message]));
  });
}

beforeAll(async () => {
  bomb = await gzipZeros(GIB);
  running = await startReceiver({ maxRequestBytes: MAX_BYTES });
}, 60_000);

afterAll(async () => {
  await running.receiver.stop();
});

afterEach(async () => {
  // Still serving both protocols after the bomb.
  const body = Buffer.from(ProtobufTraceSerializer.serializeRequest(makeSpans([{ name: 'chat', agentId: 'a1', startOffsetMs: 0 }])) ?? []);
  const before = running.publisher.calls.length;
  const viaHttp = await httpRequest(running.receiver.httpPort(), { body, headers: { 'Content-Type': 'application/x-protobuf' } });
  expect(viaHttp.status).toBe(200);
  const client = new RawGrpcClient(running.receiver.grpcPort());
  const viaGrpc = await client.export(body);
  client.close();
  expect(viaGrpc.code).toBe(GrpcStatus.OK);
  expect(running.publisher.calls.length).toBe(before + 2);
});

test('the bomb is what it claims: about 1 MB on the wire, 1 GiB inflated', () => {
  expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
  // The gzip trailer's ISIZE: the uncompressed length (mod 2^32).
  expect(bomb.readUInt32LE(bomb.length - 4)).toBe(GIB);
  expect(bomb.length).toBeLessThan(MAX_BYTES);
});

test('HTTP: Content-Encoding gzip bomb → 413 quickly, memory bounded', async () => {
  const before = running.publisher.calls.length;
  const { result, growth, elapsedMs } = await peakGrowth(() =>
    httpRequest(running.receiver.httpPort(), {
      body: bomb,
      headers: { 'Content-Type': 'application/x-protobuf', 'Content-Encoding': 'gzip' },
    }),
  );
  expect(result.status).toBe(413);
  expect(growth).toBeLessThan(MEMORY_BUDGET);
  expect(elapsedMs).toBeLessThan(10_000);
  expect(running.receiver.stats().http.requests.too_large).toBe(1);
  expect(running.publisher.calls.length).toBe(before);
});

test('gRPC: grpc-encoding gzip bomb → RESOURCE_EXHAUSTED quickly, memory bounded', async () => {
  const before = running.publisher.calls.length;
  const { result, growth, elapsedMs } = await peakGrowth(() => rawGrpcCall(running.receiver.grpcPort(), bomb, 'gzip'));
  expect(result.grpcStatus).toBe(GrpcStatus.RESOURCE_EXHAUSTED);
  expect(result.message).toMatch(/larger than/);
  expect(growth).toBeLessThan(MEMORY_BUDGET);
  expect(elapsedMs).toBeLessThan(10_000);
  expect(running.receiver.stats().grpc.requests.too_large).toBe(1);
  expect(running.publisher.calls.length).toBe(before);
});

test('gRPC: an unknown grpc-encoding → UNIMPLEMENTED, counted as an unsupported media type', async () => {
  const result = await rawGrpcCall(running.receiver.grpcPort(), Buffer.from('not snappy'), 'snappy');
  expect(result.grpcStatus).toBe(GrpcStatus.UNIMPLEMENTED);
  expect(running.receiver.stats().grpc.requests.unsupported_media_type).toBe(1);
});
