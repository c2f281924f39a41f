import type { RpcStatus } from '@warden/otlp';

/**
 * Why an export request was refused, independent of the protocol it came in on. Each kind maps
 * to one gRPC code and one HTTP status chosen so that OTLP clients retry exactly the refusals
 * that can succeed later (telemetry.md §1.4).
 */
export type ExportFailureKind =
  | 'malformed'
  | 'unauthenticated'
  | 'too_large'
  | 'unsupported_media_type'
  | 'not_found'
  | 'method_not_allowed'
  | 'backpressure'
  | 'unavailable'
  | 'internal';

export interface ExportFailure {
  readonly kind: ExportFailureKind;
  /** Said to the client: what was wrong and what to do. Never carries payload contents. */
  readonly message: string;
  /** For retryable kinds: how long the client should wait. */
  readonly retryAfterSeconds?: number;
  /** For `malformed`: becomes a google.rpc.BadRequest detail. */
  readonly fieldViolations?: readonly { readonly field: string; readonly description: string }[];
}

/** google.rpc.Code numbers (the same as gRPC status codes). */
export const GrpcCode = {
  OK: 0,
  INVALID_ARGUMENT: 3,
  NOT_FOUND: 5,
  RESOURCE_EXHAUSTED: 8,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  UNAUTHENTICATED: 16,
} as const;

const GRPC_CODES: Readonly<Record<ExportFailureKind, number>> = {
  malformed: GrpcCode.INVALID_ARGUMENT,
  unauthenticated: GrpcCode.UNAUTHENTICATED,
  // Without RetryInfo RESOURCE_EXHAUSTED is permanent: re-sending the same oversized batch cannot work.
  too_large: GrpcCode.RESOURCE_EXHAUSTED,
  unsupported_media_type: GrpcCode.INVALID_ARGUMENT,
  not_found: GrpcCode.UNIMPLEMENTED,
  method_not_allowed: GrpcCode.UNIMPLEMENTED,
  // The current OTLP spec throttles with UNAVAILABLE (+RetryInfo), which every client retries.
  backpressure: GrpcCode.UNAVAILABLE,
  unavailable: GrpcCode.UNAVAILABLE,
  internal: GrpcCode.INTERNAL,
};

const HTTP_STATUSES: Readonly<Record<ExportFailureKind, number>> = {
  malformed: 400,
  unauthenticated: 401,
  too_large: 413,
  unsupported_media_type: 415,
  not_found: 404,
  method_not_allowed: 405,
  // 503 rather than 429: both are retryable, and 503 is what the Collector sends for UNAVAILABLE.
  backpressure: 503,
  unavailable: 503,
  internal: 500,
};

export function grpcCodeFor(kind: ExportFailureKind): number {
  return GRPC_CODES[kind];
}

export function httpStatusFor(kind: ExportFailureKind): number {
  return HTTP_STATUSES[kind];
}

/** The google.rpc.Status body (HTTP) or `grpc-status-details-bin` trailer (gRPC) for a failure. */
export function rpcStatusFor(failure: ExportFailure): RpcStatus {
  return {
    code: grpcCodeFor(failure.kind),
    message: failure.message,
    ...(failure.retryAfterSeconds === undefined ? {} : { retryDelayMs: failure.retryAfterSeconds * 1000 }),
    ...(failure.fieldViolations === undefined ? {} : { fieldViolations: failure.fieldViolations }),
  };
}
