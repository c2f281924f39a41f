import * as grpc from '@grpc/grpc-js';
import type { Logger } from '@warden/core';
import { encodeExportTraceResponse, encodeRpcStatus, type PartialSuccess } from '@warden/otlp';
import type { ReceiverConfig } from './config';
import { grpcCodeFor, GrpcCode, rpcStatusFor, type ExportFailure } from './export-failure';
import { InFlight } from './in-flight';
import type { ReceiverCounters, RequestOutcome } from './stats';
import type { TenantAuthenticator } from './tenant-auth';
import { describeError, internalFailure, type TraceIngest } from './trace-ingest';

export const TRACE_EXPORT_PATH = '/opentelemetry.proto.collector.trace.v1.TraceService/Export';
export const STATUS_DETAILS_TRAILER = 'grpc-status-details-bin';
/** After the last answer, how long connections get to close on their own before being cut. */
const FLUSH_GRACE_MS = 1_000;

/** What the Export handler answers; serialized to ExportTraceServiceResponse by the codec. */
interface ExportReply {
  readonly partialSuccess: PartialSuccess | undefined;
}

type ExportCall = grpc.ServerUnaryCall<Buffer, ExportReply>;

/**
 * TraceService without proto-loader. The request deserializer hands the raw bytes through, so a
 * malformed message reaches our decoder and becomes INVALID_ARGUMENT with a BadRequest detail;
 * a throwing deserializer would make grpc-js answer INTERNAL with its own text.
 */
const traceService: grpc.ServiceDefinition = {
  Export: {
    path: TRACE_EXPORT_PATH,
    requestStream: false,
    responseStream: false,
    requestSerialize: (bytes: Buffer) => bytes,
    requestDeserialize: (bytes: Buffer) => bytes,
    responseSerialize: (reply: ExportReply) => Buffer.from(encodeExportTraceResponse(reply.partialSuccess, 'protobuf')),
    // A server never reads responses; the client side of this definition is not offered.
    responseDeserialize: (bytes: Buffer) => bytes,
  },
};

export interface GrpcReceiverDeps {
  readonly config: ReceiverConfig;
  readonly ingest: TraceIngest;
  readonly auth: TenantAuthenticator;
  readonly counters: ReceiverCounters;
  readonly logger: Logger;
}

/** OTLP/gRPC on @grpc/grpc-js: unary TraceService/Export, identity or gzip/deflate messages. */
export class OtlpGrpcReceiver {
  private server: grpc.Server | undefined;
  private boundPort: number | undefined;
  private readonly inFlight = new InFlight();

  constructor(private readonly deps: GrpcReceiverDeps) {}

  async listen(): Promise<number> {
    const { config } = this.deps;
    const server = new grpc.Server({
      // grpc-js applies this to the message after decompression too, stopping the inflater as soon
      // as it passes the limit: that is what keeps a gzip bomb from expanding in memory. Its 4 MiB
      // default would also refuse ordinary batches the HTTP side accepts.
      'grpc.max_receive_message_length': config.maxRequestBytes,
      interceptors: [this.countLibraryRefusals],
    });
    server.addService(traceService, { Export: (call: ExportCall, callback: grpc.sendUnaryData<ExportReply>) => this.export(call, callback) });
    const address = config.host.includes(':') ? `[${config.host}]:${config.grpcPort}` : `${config.host}:${config.grpcPort}`;
    this.boundPort = await new Promise<number>((resolve, reject) => {
      server.bindAsync(address, grpc.ServerCredentials.createInsecure(), (err, port) => (err ? reject(err) : resolve(port)));
    });
    this.server = server;
    return this.boundPort;
  }

  port(): number | undefined {
    return this.boundPort;
  }

  /** Refuses new calls, lets calls in flight finish for up to `timeoutMs`, then cuts the rest. */
  async close(timeoutMs: number): Promise<void> {
    const server = this.server;
    if (!server) return;
    const shutdown = new Promise<void>((resolve) => server.tryShutdown(() => resolve()));
    const drained = await this.inFlight.drain(timeoutMs);
    if (!drained) {
      this.deps.logger.warn({ calls: this.inFlight.size }, 'OTLP/gRPC calls still in flight at shutdown; cancelling them');
      server.forceShutdown();
    }
    // tryShutdown also waits for clients to close their idle connections; give them a moment only.
    const closed = await Promise.race([shutdown.then(() => true), delay(drained ? FLUSH_GRACE_MS : 0).then(() => false)]);
    if (!closed) server.forceShutdown();
  }

  private export(call: ExportCall, callback: grpc.sendUnaryData<ExportReply>): void {
    this.inFlight.track(
      this.handle(call).then(
        (outcome) => {
          if ('failure' in outcome) this.refuse(callback, outcome.failure);
          else {
            this.deps.counters.request('grpc', outcome.reply.partialSuccess ? 'partially_accepted' : 'accepted');
            callback(null, outcome.reply);
          }
        },
        (err: unknown) => {
          this.deps.logger.error({ error: describeError(err) }, 'OTLP/gRPC export failed unexpectedly');
          this.refuse(callback, internalFailure());
        },
      ),
    );
  }

  private async handle(call: ExportCall): Promise<{ reply: ExportReply } | { failure: ExportFailure }> {
    const { auth, counters, ingest } = this.deps;
    const caller = auth.authenticate(firstString(call.metadata.get('authorization')));
    if (!caller.ok) return { failure: { kind: 'unauthenticated', message: caller.message } };
    const body = call.request;
    // grpc-js has already undone the grpc-encoding, so both counts are the decompressed size.
    counters.bytes('grpc', body.length, body.length);
    const decoded = ingest.decode(body, 'protobuf');
    if (!decoded.ok) return { failure: decoded.failure };
    const result = await ingest.ingest('grpc', decoded.request, caller.tenant);
    if (!result.ok) return { failure: result.failure };
    return { reply: { partialSuccess: result.partialSuccess } };
  }

  private refuse(callback: grpc.sendUnaryData<ExportReply>, failure: ExportFailure): void {
    this.deps.counters.request('grpc', failure.kind);
    const metadata = new grpc.Metadata();
    try {
      // The rich status (RetryInfo, BadRequest) travels in this trailer by gRPC convention.
      metadata.set(STATUS_DETAILS_TRAILER, Buffer.from(encodeRpcStatus(rpcStatusFor(failure), 'protobuf')));
    } catch (err) {
      this.deps.logger.error({ error: describeError(err) }, 'encoding a google.rpc.Status failed; answering without details');
    }
    callback({ code: grpcCodeFor(failure.kind), details: failure.message, metadata });
  }

  /**
   * Counts calls that grpc-js itself refuses before the handler gets the message (oversized or
   * gzip-bomb messages, unknown grpc-encoding). Those statuses come from grpc-js's innermost call
   * object, not through the interceptor chain, so the interceptor watches that object's
   * sendStatus. Calls whose message reached the handler are counted by the handler, once.
   */
  private readonly countLibraryRefusals: grpc.ServerInterceptor = (_method, call) => {
    let delivered = false;
    let counted = false;
    const send = call.sendStatus.bind(call);
    call.sendStatus = (status) => {
      if (!delivered && !counted) {
        counted = true;
        this.deps.counters.request('grpc', libraryOutcome(status.code));
      }
      send(status);
    };
    return new grpc.ServerInterceptingCall(call, {
      start: (next) =>
        next({
          onReceiveMessage: (message, nextMessage) => {
            delivered = true;
            nextMessage(message);
          },
        }),
    });
  };
}

function libraryOutcome(code: number): RequestOutcome {
  if (code === GrpcCode.RESOURCE_EXHAUSTED) return 'too_large';
  if (code === GrpcCode.UNIMPLEMENTED) return 'unsupported_media_type';
  if (code === GrpcCode.INTERNAL) return 'internal';
  // Deadline passed or the client cancelled before the message arrived.
  return 'aborted';
}

function firstString(values: grpc.MetadataValue[]): string | undefined {
  for (const value of values) if (typeof value === 'string') return value;
  return undefined;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
