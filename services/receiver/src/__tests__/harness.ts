/**
 * Shared test kit for the receiver: a recording publisher (the bus has its own tests), a small
 * normalizer stand-in, span factories built with the official SDK, and raw HTTP / gRPC clients.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as http from 'node:http';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import * as grpc from '@grpc/grpc-js';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BackpressureError, type AgentEvent, type Clock, type Logger, type TopicName, type TopicPayloads } from '@warden/core';
import type { BusRecord, Publisher } from '@warden/bus';
import type { NormalizeContext, NormalizeResult, RejectedSpan } from '@warden/normalize';
import { decodeRpcStatus, type ExportTraceRequest, type RpcStatus } from '@warden/otlp';
import { validateReceiverConfig, type ReceiverConfig } from '../config';
import { TRACE_EXPORT_PATH } from '../grpc-receiver';
import { createOtlpReceiver, type OtlpReceiver } from '../otlp-receiver';
import type { NormalizeFn } from '../trace-ingest';

export const FIXED_NOW_MS = 1_763_700_000_000;
export const fixedClock: Clock = { nowMs: () => FIXED_NOW_MS };

/** Records every publish; can be told to refuse the next ones or to hold them. */
export class RecordingPublisher implements Publisher {
  readonly calls: { topic: TopicName; records: BusRecord<AgentEvent>[] }[] = [];
  private refusals: Error[] = [];
  private gate: Promise<void> | undefined;

  /** Publishes currently waiting at the gate set by hold(). */
  held = 0;

  async publish<K extends TopicName>(topic: K, records: readonly BusRecord<TopicPayloads[K]>[]): Promise<void> {
    if (this.gate) {
      this.held += 1;
      await this.gate;
      this.held -= 1;
    }
    const refusal = this.refusals.shift();
    if (refusal) throw refusal;
    this.calls.push({ topic, records: [...records] as unknown as BusRecord<AgentEvent>[] });
  }

  /** The next publish rejects with this error (once per call). */
  refuseNext(err: Error): void {
    this.refusals.push(err);
  }

  refuseNextWithBackpressure(retryAfterMs: number): void {
    this.refuseNext(new BackpressureError('events topic is full (test)', retryAfterMs));
  }

  /** Holds every publish until the returned function is called. */
  hold(): () => void {
    let release!: () => void;
    this.gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    return () => {
      this.gate = undefined;
      release();
    };
  }

  /** Resolves once `count` publishes are waiting at the gate. */
  async untilHeld(count: number): Promise<void> {
    while (this.held < count) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  get events(): AgentEvent[] {
    return this.calls.flatMap((c) => c.records.map((r) => r.value));
  }
}

/**
 * A normalizer stand-in with the real one's contract: one event per span with a valid trace and
 * span id, the others rejected with a reason. The agent is the `gen_ai.agent.id` span attribute,
 * else the resource's service.name.
 */
export const idCheckingNormalize: NormalizeFn = (request: ExportTraceRequest, ctx: NormalizeContext): NormalizeResult => {
  const events: AgentEvent[] = [];
  const rejected: RejectedSpan[] = [];
  for (const rs of request.resourceSpans) {
    const service = rs.resource.attributes['service.name'];
    for (const ss of rs.scopeSpans) {
      for (const span of ss.spans) {
        if (!validId(span.traceId, 32) || !validId(span.spanId, 16)) {
          rejected.push({ traceId: span.traceId, spanId: span.spanId, reason: 'invalid trace or span id' });
          continue;
        }
        const agent = span.attributes['gen_ai.agent.id'] ?? service ?? 'unknown';
        events.push({
          tenant: ctx.tenant,
          agentId: String(agent),
          agentType: 'test-agent',
          sessionId: span.traceId,
          sessionIdSource: 'trace',
          traceId: span.traceId,
          spanId: span.spanId,
          kind: 'other',
          name: span.name,
          convention: 'unknown',
          startTimeMs: Number(span.startTimeUnixNano / 1_000_000n),
          endTimeMs: Number(span.endTimeUnixNano / 1_000_000n),
          status: 'unset',
          contents: [],
          resources: [],
          attributes: {},
          receivedAtMs: ctx.receivedAtMs,
        });
      }
    }
  }
  return { events, rejected };
};

function validId(id: string, length: number): boolean {
  return id.length === length && /^[0-9a-f]+$/.test(id) && !/^0+$/.test(id);
}

/** Captures warnings and errors so tests can check what was (not) logged. */
export class RecordingLogger implements Logger {
  readonly lines: { level: string; fields: Record<string, unknown>; message: string }[] = [];
  debug(): void {}
  info(fields: Record<string, unknown>, message: string): void {
    this.lines.push({ level: 'info', fields, message });
  }
  warn(fields: Record<string, unknown>, message: string): void {
    this.lines.push({ level: 'warn', fields, message });
  }
  error(fields: Record<string, unknown>, message: string): void {
    this.lines.push({ level: 'error', fields, message });
  }
  child(): Logger {
    return this;
  }
}

export interface Running {
  readonly receiver: OtlpReceiver;
  readonly publisher: RecordingPublisher;
  readonly logger: RecordingLogger;
}

export async function startReceiver(
  settings: Record<string, unknown> = {},
  options: { normalize?: NormalizeFn | 'real'; publisher?: RecordingPublisher } = {},
): Promise<Running> {
  const config: ReceiverConfig = validateReceiverConfig({ grpcPort: 0, httpPort: 0, shutdownTimeoutMs: 2_000, ...settings });
  const publisher = options.publisher ?? new RecordingPublisher();
  const logger = new RecordingLogger();
  const normalize = options.normalize === 'real' ? undefined : (options.normalize ?? idCheckingNormalize);
  const receiver = createOtlpReceiver(config, {
    publisher,
    logger,
    clock: fixedClock,
    ...(normalize ? { normalize } : {}),
  });
  await receiver.start();
  return { receiver, publisher, logger };
}

// ---- spans -------------------------------------------------------------------------------

export interface SpanSpec {
  readonly name: string;
  readonly agentId?: string;
  /** Start offset from a fixed base time, ms. */
  readonly startOffsetMs: number;
  readonly attributes?: Record<string, string | number | boolean>;
}

export const BASE_TIME_MS = 1_763_600_000_000;

/** Finished spans made by the official SDK, as an instrumented agent would produce them. */
export function makeSpans(specs: readonly SpanSpec[], serviceName = 'support-agent'): ReadableSpan[] {
  const memory = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName }),
    spanProcessors: [new SimpleSpanProcessor(memory)],
  });
  const tracer = provider.getTracer('warden-receiver-test');
  for (const spec of specs) {
    const start = BASE_TIME_MS + spec.startOffsetMs;
    const span = tracer.startSpan(spec.name, {
      startTime: start,
      attributes: { ...(spec.agentId ? { 'gen_ai.agent.id': spec.agentId } : {}), ...spec.attributes },
    });
    span.end(start + 5);
  }
  return memory.getFinishedSpans() as ReadableSpan[];
}

// ---- raw HTTP ------------------------------------------------------------------------------

export interface HttpReply {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

export function httpRequest(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string | number>; body?: Buffer | string },
): Promise<HttpReply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'POST', path: options.path ?? '/v1/traces', headers: options.headers ?? {}, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Reads a google.rpc.Status error body in the encoding the reply declares. */
export function statusFromHttp(reply: HttpReply): RpcStatus {
  const type = String(reply.headers['content-type'] ?? '');
  if (type.startsWith('application/x-protobuf')) return decodeRpcStatus(reply.body);
  const json = JSON.parse(reply.body.toString('utf8')) as {
    code?: number;
    message?: string;
    details?: { '@type'?: string; retryDelay?: string; fieldViolations?: { field: string; description: string }[] }[];
  };
  const retry = json.details?.find((d) => d['@type']?.endsWith('google.rpc.RetryInfo'));
  const badRequest = json.details?.find((d) => d['@type']?.endsWith('google.rpc.BadRequest'));
  return {
    code: json.code ?? 0,
    message: json.message ?? '',
    ...(retry?.retryDelay ? { retryDelayMs: Math.round(parseFloat(retry.retryDelay) * 1000) } : {}),
    ...(badRequest?.fieldViolations ? { fieldViolations: badRequest.fieldViolations } : {}),
  };
}

// ---- raw gRPC ------------------------------------------------------------------------------

export interface GrpcReply {
  readonly code: number;
  readonly details: string;
  readonly response?: Buffer;
  readonly trailers: grpc.Metadata;
}

/** A grpc-js client with identity serializers: sends exactly the bytes given. */
export class RawGrpcClient {
  private readonly client: grpc.Client;

  constructor(port: number, options: grpc.ClientOptions = {}) {
    this.client = new grpc.Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), options);
  }

  /** Calls TraceService/Export (or another method, to probe what else the port serves). */
  export(body: Buffer, metadata: Record<string, string> = {}, method = TRACE_EXPORT_PATH): Promise<GrpcReply> {
    const md = new grpc.Metadata();
    for (const [k, v] of Object.entries(metadata)) md.set(k, v);
    return new Promise((resolve) => {
      let response: Buffer | undefined;
      const call = this.client.makeUnaryRequest(
        method,
        (b: Buffer) => b,
        (b: Buffer) => b,
        body,
        md,
        { deadline: Date.now() + 15_000 },
        // Only the response bytes are taken here; the status event below has the code and trailers.
        (_err, value) => {
          response = value;
        },
      );
      call.on('status', (status: grpc.StatusObject) => {
        resolve({ code: status.code, details: status.details, trailers: status.metadata, ...(response ? { response } : {}) });
      });
    });
  }

  close(): void {
    this.client.close();
  }
}

export function statusDetails(reply: GrpcReply): RpcStatus | undefined {
  const [bin] = reply.trailers.get('grpc-status-details-bin');
  return bin instanceof Buffer ? decodeRpcStatus(bin) : undefined;
}

// ---- official OTLP/HTTP exporters, in a child process ----------------------------------------

export interface ChildExportResult {
  readonly code: number;
  readonly error: string | null;
  readonly spanIds: string[];
}

/**
 * The OTLP/HTTP exporters load node:http through a dynamic import(), which Jest's sandbox cannot
 * run; a plain Node child process runs them exactly as an agent would.
 */
export class HttpExporterProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting = new Map<number, (r: ChildExportResult) => void>();
  private nextId = 1;

  constructor() {
    this.child = spawn(process.execPath, [path.join(__dirname, 'http-exporter-process.js')], { stdio: 'pipe' });
    createInterface({ input: this.child.stdout }).on('line', (line) => {
      const result = JSON.parse(line) as ChildExportResult & { id: number };
      this.waiting.get(result.id)?.(result);
      this.waiting.delete(result.id);
    });
  }

  export(command: {
    encoding: 'protobuf' | 'json';
    url: string;
    headers?: Record<string, string>;
    gzip?: boolean;
    service?: string;
    spans: readonly SpanSpec[];
  }): Promise<ChildExportResult> {
    const id = this.nextId++;
    const spans = command.spans.map((s) => ({
      name: s.name,
      startMs: BASE_TIME_MS + s.startOffsetMs,
      attributes: { ...(s.agentId ? { 'gen_ai.agent.id': s.agentId } : {}), ...s.attributes },
    }));
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.child.stdin.write(`${JSON.stringify({ ...command, id, spans })}\n`);
    });
  }

  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.stdin.end();
    const timer = setTimeout(() => this.child.kill(), 5_000);
    await exited;
    clearTimeout(timer);
  }
}
