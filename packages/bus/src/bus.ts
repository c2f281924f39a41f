import type { Component, TopicName, TopicPayloads } from '@warden/core';

/**
 * The one transport interface between Warden components. The in-memory bus (embedded mode) and
 * the Kafka bus implement it; components never know which one they run on.
 */

export interface BusRecord<T> {
  /** Partitioning key: records with the same key are delivered in the order they were published. */
  readonly key: string;
  readonly value: T;
}

export interface Publisher {
  /**
   * Resolves once the records are durable for this transport (memory: queued for every group;
   * Kafka: acknowledged by the broker). Rejects with a BackpressureError when the transport is
   * full, so the caller can tell its own client to retry later; nothing is half-published.
   */
  publish<K extends TopicName>(topic: K, records: readonly BusRecord<TopicPayloads[K]>[]): Promise<void>;
}

/**
 * Handles one batch. Resolving acknowledges the whole batch (offsets advance); throwing leaves it
 * unacknowledged and it is delivered again (at-least-once), unless the error is not retriable
 * and the retries are spent, in which case the batch goes to the dead-letter topic.
 */
export type BatchHandler<T> = (records: readonly BusRecord<T>[]) => Promise<void>;

export interface SubscribeOptions {
  /** Consumer group: each group sees every record once; instances of one group share the work. */
  readonly group: string;
  /** Most records per handler call. */
  readonly maxBatch?: number;
  /**
   * Every subscriber reads the whole topic from its start instead of sharing it with the other
   * members of `group`: what each scorer needs of the profiles topic, whichever partitions of the
   * events it was given, and what stays correct across rebalances. Nothing is shared, so nothing
   * of it needs committing: a restarted subscriber reads the (compacted) topic again.
   */
  readonly broadcast?: boolean;
}

export interface Subscription {
  /** Stops fetching, waits for the batch in flight to finish and be acknowledged. */
  close(): Promise<void>;
}

export interface Bus extends Publisher, Component {
  subscribe<K extends TopicName>(
    topic: K,
    options: SubscribeOptions,
    handler: BatchHandler<TopicPayloads[K]>,
  ): Promise<Subscription>;
}
