import { InvalidInputError } from '@warden/core';

/**
 * Bounds on what one request may decode into. The byte-size cap (the receiver's job) is not enough
 * on its own: an empty span is 2 bytes of protobuf or 3 of JSON but a few hundred bytes of heap, so
 * a 20 MiB body of empty spans would decode into gigabytes.
 */
export interface DecodeLimits {
  /** Spans, span events and span links together, per request. */
  readonly maxRecords?: number;
}

/**
 * Far above real batches (SDK batch processors export 512 spans, collectors a few thousand) and
 * small enough that the worst case stays under ~100 MB of heap.
 */
export const DEFAULT_MAX_RECORDS = 200_000;

/** Counts decoded records and stops the decode once the limit is passed. */
export class RecordBudget {
  private remaining: number;

  constructor(private readonly max: number) {
    this.remaining = max;
  }

  static of(limits: DecodeLimits | undefined): RecordBudget {
    return new RecordBudget(limits?.maxRecords ?? DEFAULT_MAX_RECORDS);
  }

  take(): void {
    if (--this.remaining < 0) {
      throw new InvalidInputError(
        'OTLP_TOO_MANY_RECORDS',
        `Request holds more than ${this.max} spans, span events and links together; split it into smaller batches.`,
        { maxRecords: this.max },
      );
    }
  }
}
