import { WardenError, type Clock, type Component, type Logger } from '@warden/core';
import type { Publisher } from '@warden/bus';
import { normalizeExportRequest } from '@warden/normalize';
import { DEFAULT_TENANT, type ReceiverConfig } from './config';
import { OtlpGrpcReceiver } from './grpc-receiver';
import { OtlpHttpReceiver } from './http-receiver';
import { ReceiverCounters, type ReceiverStats } from './stats';
import { TenantAuthenticator } from './tenant-auth';
import { describeError, TraceIngest, type NormalizeFn } from './trace-ingest';

export interface OtlpReceiverDeps {
  /** Where normalized events go (topic `events`, keyed tenant/agent). */
  readonly publisher: Publisher;
  readonly logger: Logger;
  /** Stamps `receivedAtMs` on events. */
  readonly clock: Clock;
  /** Defaults to @warden/normalize's normalizeExportRequest. */
  readonly normalize?: NormalizeFn;
}

export interface OtlpReceiver extends Component {
  /** The gRPC port actually bound (differs from the config when it asked for port 0). */
  grpcPort(): number;
  /** The HTTP port actually bound. */
  httpPort(): number;
  /** A snapshot of the counters. */
  stats(): ReceiverStats;
}

type State = 'new' | 'starting' | 'running' | 'stopping' | 'stopped';

/**
 * Creates the OTLP receiver from a validated config (see validateReceiverConfig): OTLP/gRPC and
 * OTLP/HTTP listeners that authenticate the caller's tenant, decode, normalize and publish each
 * request's events in one all-or-nothing publish.
 */
export function createOtlpReceiver(config: ReceiverConfig, deps: OtlpReceiverDeps): OtlpReceiver {
  const logger = deps.logger.child({ component: 'receiver' });
  const counters = new ReceiverCounters();
  const auth = new TenantAuthenticator(config.tokens);
  const ingest = new TraceIngest({
    publisher: deps.publisher,
    normalize: deps.normalize ?? normalizeExportRequest,
    clock: deps.clock,
    logger,
    counters,
    retryAfterSeconds: config.retryAfterSeconds,
  });
  const grpcReceiver = new OtlpGrpcReceiver({ config, ingest, auth, counters, logger: logger.child({ protocol: 'grpc' }) });
  const httpReceiver = new OtlpHttpReceiver({ config, ingest, auth, counters, logger: logger.child({ protocol: 'http' }) });

  let state: State = 'new';
  let starting: Promise<void> | undefined;
  let stopping: Promise<void> | undefined;
  let ports: { grpc: number; http: number } | undefined;

  const closeListeners = async (): Promise<void> => {
    await Promise.all([grpcReceiver.close(config.shutdownTimeoutMs), httpReceiver.close(config.shutdownTimeoutMs)]);
  };

  return {
    name: 'receiver',

    start(): Promise<void> {
      if (state !== 'new') {
        return Promise.reject(
          new WardenError('RECEIVER_ALREADY_STARTED', `the receiver cannot start: it is ${state}; create a new receiver to start again`),
        );
      }
      state = 'starting';
      starting = bind();
      return starting;
    },

    stop(): Promise<void> {
      if (stopping) return stopping;
      if (state === 'new') {
        state = 'stopped';
        return Promise.resolve();
      }
      state = 'stopping';
      // A stop that arrives while binding waits for the bind to end, so no listener is left behind.
      stopping = (starting ?? Promise.resolve())
        .catch(() => undefined)
        .then(closeListeners)
        .then(
          () => {
            state = 'stopped';
            logger.info({ stats: counters.snapshot() }, 'OTLP receiver stopped');
          },
          (err: unknown) => {
            state = 'stopped';
            logger.error({ error: describeError(err) }, 'OTLP receiver did not stop cleanly');
          },
        );
      return stopping;
    },

    grpcPort(): number {
      return boundPorts().grpc;
    },

    httpPort(): number {
      return boundPorts().http;
    },

    stats(): ReceiverStats {
      return counters.snapshot();
    },
  };

  async function bind(): Promise<void> {
    try {
      const grpc = await listenOrExplain(() => grpcReceiver.listen(), 'OTLP/gRPC', config.host, config.grpcPort, 'grpcPort');
      const http = await listenOrExplain(() => httpReceiver.listen(), 'OTLP/HTTP', config.host, config.httpPort, 'httpPort');
      ports = { grpc, http };
    } catch (err) {
      if (state === 'starting') state = 'stopped';
      await closeListeners().catch(() => undefined);
      throw err;
    }
    if (state !== 'starting') return; // stop() was called meanwhile and will close the listeners
    state = 'running';
    if (!auth.enabled) {
      logger.warn(
        { tenant: DEFAULT_TENANT },
        'no receiver tokens configured: every OTLP request is accepted as tenant "default" without authentication; configure receiver tokens before exposing the receiver beyond localhost',
      );
    }
    logger.info({ host: config.host, grpcPort: ports.grpc, httpPort: ports.http, maxRequestBytes: config.maxRequestBytes }, 'OTLP receiver listening');
  }

  function boundPorts(): { grpc: number; http: number } {
    if (!ports) throw new WardenError('RECEIVER_NOT_STARTED', 'the receiver has no ports yet: call start() first');
    return ports;
  }
}

async function listenOrExplain(
  listen: () => Promise<number>,
  protocol: string,
  host: string,
  port: number,
  setting: string,
): Promise<number> {
  try {
    return await listen();
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new WardenError(
      'RECEIVER_LISTEN_FAILED',
      `${protocol} could not listen on ${host}:${port} (${reason}); choose a free port with receiver.${setting} or stop what holds it`,
      { cause: err, context: { host, port, protocol } },
    );
  }
}
