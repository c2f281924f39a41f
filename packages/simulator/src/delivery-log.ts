import type { DeliveredSpan } from './run-simulation';

/** How a delivered span is looked up: the same key for its acknowledgement and for a label's trigger. */
export const deliveryKey = (s: DeliveredSpan): string => `${s.traceId}/${s.spanId}`;

export interface DeliveryLog {
  /** `deliveryKey` → when the collector first acknowledged the span. */
  readonly atMs: ReadonlyMap<string, number>;
  /** Pass as runSimulation's `onDelivered`. */
  readonly record: (spans: readonly DeliveredSpan[], atMs: number) => void;
}

/**
 * When the collector had each span, for a caller timing detection (the demo's scorecard, the
 * evaluation harness): the clock starts at the span's first acknowledgement.
 */
export function deliveryLog(): DeliveryLog {
  const atMs = new Map<string, number>();
  return {
    atMs,
    record: (spans, at) => {
      for (const s of spans) if (!atMs.has(deliveryKey(s))) atMs.set(deliveryKey(s), at);
    },
  };
}
