/**
 * The receiver's counters, kept in one place so the shell can expose them (Prometheus) without
 * the receiver knowing how. Label values come from closed sets so a client cannot grow them.
 */

export type ReceiverProtocol = 'grpc' | 'http';

export const RECEIVER_PROTOCOLS: readonly ReceiverProtocol[] = ['grpc', 'http'];

/** How a request ended; one count per request. */
export const REQUEST_OUTCOMES = [
  'accepted',
  'partially_accepted',
  'malformed',
  'unauthenticated',
  'too_large',
  'unsupported_media_type',
  'not_found',
  'method_not_allowed',
  'backpressure',
  'unavailable',
  'internal',
  /** The client went away before the request was read. */
  'aborted',
] as const;
export type RequestOutcome = (typeof REQUEST_OUTCOMES)[number];

/** Why a decoded span did not reach the bus. */
export const SPAN_REJECT_REASONS = [
  /** The normalizer refused it (bad ids, missing fields); reported to the client as partial success. */
  'invalid_span',
  /** The bus was full; the client was told to retry the whole request. */
  'backpressure',
  /** The bus was down or stopping; the client was told to retry. */
  'unavailable',
  /** A bug or unexpected failure; the client was told it failed. */
  'internal',
] as const;
export type SpanRejectReason = (typeof SPAN_REJECT_REASONS)[number];

export interface ProtocolStats {
  readonly requests: Readonly<Record<RequestOutcome, number>>;
  readonly spansReceived: number;
  readonly spansAccepted: number;
  readonly spansRejected: Readonly<Record<SpanRejectReason, number>>;
  /** Request body bytes as they arrived (compressed when the client compressed). */
  readonly wireBytes: number;
  /** Request body bytes after decompression, i.e. what was decoded. */
  readonly decodedBytes: number;
}

export type ReceiverStats = Readonly<Record<ReceiverProtocol, ProtocolStats>>;

interface MutableProtocolStats {
  requests: Record<RequestOutcome, number>;
  spansReceived: number;
  spansAccepted: number;
  spansRejected: Record<SpanRejectReason, number>;
  wireBytes: number;
  decodedBytes: number;
}

export class ReceiverCounters {
  private readonly byProtocol: Record<ReceiverProtocol, MutableProtocolStats> = {
    grpc: emptyStats(),
    http: emptyStats(),
  };

  request(protocol: ReceiverProtocol, outcome: RequestOutcome): void {
    this.byProtocol[protocol].requests[outcome] += 1;
  }

  bytes(protocol: ReceiverProtocol, wireBytes: number, decodedBytes: number): void {
    const s = this.byProtocol[protocol];
    s.wireBytes += wireBytes;
    s.decodedBytes += decodedBytes;
  }

  spansReceived(protocol: ReceiverProtocol, count: number): void {
    this.byProtocol[protocol].spansReceived += count;
  }

  spansAccepted(protocol: ReceiverProtocol, count: number): void {
    this.byProtocol[protocol].spansAccepted += count;
  }

  spansRejected(protocol: ReceiverProtocol, reason: SpanRejectReason, count: number): void {
    this.byProtocol[protocol].spansRejected[reason] += count;
  }

  /** A copy: callers cannot change the counters, and later counts do not change what they hold. */
  snapshot(): ReceiverStats {
    return { grpc: copy(this.byProtocol.grpc), http: copy(this.byProtocol.http) };
  }
}

function emptyStats(): MutableProtocolStats {
  return {
    requests: Object.fromEntries(REQUEST_OUTCOMES.map((o) => [o, 0])) as Record<RequestOutcome, number>,
    spansReceived: 0,
    spansAccepted: 0,
    spansRejected: Object.fromEntries(SPAN_REJECT_REASONS.map((r) => [r, 0])) as Record<SpanRejectReason, number>,
    wireBytes: 0,
    decodedBytes: 0,
  };
}

function copy(s: MutableProtocolStats): ProtocolStats {
  return { ...s, requests: { ...s.requests }, spansRejected: { ...s.spansRejected } };
}
