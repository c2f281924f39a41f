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

/**
 * Where a delivered record sits in its topic, on transports that keep records across restarts
 * (Kafka: partition and the offset of the message that carried it). Opaque to handlers except
 * as something to hand back through `SubscribeOptions.retainedPositions`.
 */
export interface RecordPosition {
  readonly partition: number;
  readonly offset: string;
}

/** A record as a handler receives it. */
export interface DeliveredRecord<T> extends BusRecord<T> {
  /** Absent on transports that keep nothing across restarts (the memory bus). */
  readonly position?: RecordPosition;
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
export type BatchHandler<T> = (records: readonly DeliveredRecord<T>[]) => Promise<void>;

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
  /**
   * Positions of records the subscriber has handled but still needs to see again if it restarts,
   * because state built from them lives only in its memory (the scorer's open sessions). The
   * transport acknowledges nothing at or past the oldest of them in each partition, so a member
   * that takes the partition over re-reads from there and rebuilds that state: Kafka Streams'
   * replay-to-restore, without a changelog topic. Asked after each handled batch; transports that
   * keep nothing across restarts ignore it.
   */
  readonly retainedPositions?: () => Iterable<RecordPosition>;
  /**
   * Partitions a rebalance took from this member. State built from their records belongs to the
   * member that has them now, which re-reads from the retained position; keeping it here would
   * report the same sessions twice. Transports with one member per group never call it.
   */
  readonly onRevoked?: (partitions: readonly number[]) => void;
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
