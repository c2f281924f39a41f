import {
  BackpressureError,
  InvalidInputError,
  WardenError,
  type Clock,
  type Logger,
} from '@warden/core';
import type { Publisher } from '@warden/bus';
import { TraceContextCache, type NormalizeContext, type NormalizeResult } from '@warden/normalize';
import {
  countSpans,
  decodeTraceRequestJson,
  decodeTraceRequestProtobuf,
  type ExportTraceRequest,
  type OtlpEncoding,
  type PartialSuccess,
} from '@warden/otlp';
import type { ExportFailure } from './export-failure';
import { partialSuccessFor } from './partial-success';
import { orderForPublish } from './publish-order';
import type { ReceiverCounters, ReceiverProtocol } from './stats';

/** The normalizer's signature, injectable so tests (and other conventions) can supply their own. */
export type NormalizeFn = (request: ExportTraceRequest, context: NormalizeContext) => NormalizeResult;

export type DecodeResult =
  | { readonly ok: true; readonly request: ExportTraceRequest }
  | { readonly ok: false; readonly failure: ExportFailure };

export type IngestResult =
  | { readonly ok: true; readonly partialSuccess: PartialSuccess | undefined }
  | { readonly ok: false; readonly failure: ExportFailure };

export interface TraceIngestDeps {
  readonly publisher: Publisher;
  readonly normalize: NormalizeFn;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly counters: ReceiverCounters;
  /** Used when a retryable refusal does not say how long to wait. */
  readonly retryAfterSeconds: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * What both protocols do with a request body once it is read and the caller is known: decode,
 * normalize, order, publish in one call. All or nothing: when the bus refuses, no span of the
 * request counts as accepted and the client is told to retry the whole request.
 */
export class TraceIngest {
  /**
   * Agent identity and session usually sit on a trace's root span, which ends (and is exported)
   * after its children: remembering them per trace across requests keeps a child that arrived
   * first under the right agent once any span of its trace has named it.
   */
  private readonly traceContext = new TraceContextCache();

  constructor(private readonly deps: TraceIngestDeps) {}

  decode(body: Uint8Array, encoding: OtlpEncoding): DecodeResult {
    try {
      const request = encoding === 'protobuf' ? decodeTraceRequestProtobuf(body) : decodeTraceRequestJson(toText(body));
      return { ok: true, request };
    } catch (err) {
      if (err instanceof InvalidInputError && err.code === 'OTLP_TOO_MANY_RECORDS') {
        // Re-sending the same request cannot succeed; the client has to send smaller batches.
        return { ok: false, failure: { kind: 'too_large', message: `${err.message} Send smaller batches.` } };
      }
      if (err instanceof InvalidInputError) {
        const field = fieldOf(err);
        return {
          ok: false,
          failure: {
            kind: 'malformed',
            // The decoder's message already says where and what, and how to fix it.
            message: err.message,
            fieldViolations: [{ field, description: err.message }],
          },
        };
      }
      this.deps.logger.error({ encoding, bytes: body.byteLength, error: describeError(err) }, 'decoding an OTLP trace request failed unexpectedly');
      return { ok: false, failure: internalFailure() };
    }
  }

  async ingest(protocol: ReceiverProtocol, request: ExportTraceRequest, tenant: string): Promise<IngestResult> {
    const { counters, logger } = this.deps;
    const received = countSpans(request);
    counters.spansReceived(protocol, received);

    let normalized: NormalizeResult;
    try {
      normalized = this.deps.normalize(request, { tenant, receivedAtMs: this.deps.clock.nowMs(), traceContext: this.traceContext });
    } catch (err) {
      counters.spansRejected(protocol, 'internal', received);
      logger.error({ protocol, tenant, spans: received, error: describeError(err) }, 'normalizing an OTLP trace request failed');
      return { ok: false, failure: internalFailure() };
    }
    counters.spansRejected(protocol, 'invalid_span', normalized.rejected.length);

    const records = orderForPublish(normalized.events);
    if (records.length > 0) {
      try {
        await this.deps.publisher.publish('events', records);
      } catch (err) {
        return { ok: false, failure: this.publishFailure(protocol, tenant, records.length, err) };
      }
    }
    counters.spansAccepted(protocol, records.length);
    return { ok: true, partialSuccess: partialSuccessFor(normalized.rejected) };
  }

  private publishFailure(protocol: ReceiverProtocol, tenant: string, spans: number, err: unknown): ExportFailure {
    const { counters, logger } = this.deps;
    if (isBackpressure(err)) {
      counters.spansRejected(protocol, 'backpressure', spans);
      // Routine under load and counted in stats; a log line per refused request would flood.
      logger.debug({ protocol, tenant, spans, retryAfterMs: err.retryAfterMs }, 'event bus is full; asking the client to retry');
      return {
        kind: 'backpressure',
        message: 'Warden is busy: the event queue is full. Retry after the delay given; nothing from this request was kept.',
        retryAfterSeconds: this.secondsFrom(err.retryAfterMs),
      };
    }
    if (err instanceof WardenError && err.retriable) {
      counters.spansRejected(protocol, 'unavailable', spans);
      logger.warn({ protocol, tenant, spans, code: err.code }, 'event bus refused a publish; asking the client to retry');
      return {
        kind: 'unavailable',
        message: 'Warden cannot store events right now. Retry later; nothing from this request was kept.',
        retryAfterSeconds: this.deps.retryAfterSeconds,
      };
    }
    counters.spansRejected(protocol, 'internal', spans);
    logger.error({ protocol, tenant, spans, error: describeError(err) }, 'publishing events failed');
    return internalFailure();
  }

  private secondsFrom(ms: number): number {
    return Number.isFinite(ms) && ms > 0 ? Math.ceil(ms / 1000) : this.deps.retryAfterSeconds;
  }
}

function toText(body: Uint8Array): string {
  try {
    return utf8.decode(body);
  } catch {
    throw new InvalidInputError('OTLP_MALFORMED_JSON', 'the body is not valid UTF-8; OTLP/JSON must be UTF-8 encoded');
  }
}

function isBackpressure(err: unknown): err is BackpressureError {
  // The code check also catches a BackpressureError from a second copy of @warden/core.
  return (
    err instanceof BackpressureError ||
    (err instanceof Error && (err as { code?: unknown }).code === 'WARDEN_BACKPRESSURE' && typeof (err as { retryAfterMs?: unknown }).retryAfterMs === 'number')
  );
}

function fieldOf(err: InvalidInputError): string {
  for (const key of ['field', 'path']) {
    const value = err.context[key];
    if (typeof value === 'string') return value;
  }
  return '';
}

export function internalFailure(): ExportFailure {
  return { kind: 'internal', message: 'Warden failed to process this request because of an internal error; it has been logged.' };
}

/** For logs: what failed, never the payload (error messages of our own code name no content). */
export function describeError(err: unknown): Record<string, unknown> {
  if (err instanceof WardenError) return { name: err.name, code: err.code, message: clip(err.message) };
  if (err instanceof Error) return { name: err.name, message: clip(err.message), stack: err.stack?.split('\n').slice(1, 4).join('\n') };
  return { type: typeof err };
}

function clip(text: string): string {
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
