import type { Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import { WardenError, abortableSleep, type Logger, type TopicName } from '@warden/core';
import type { BatchHandler, BusRecord, RecordPosition, Subscription } from '@warden/bus';
import type { KafkaBusConfig } from './kafka-bus-config';
import { unpackRecords } from './envelope';
import { kafkaGroupId, kafkaTopicName } from './topic-layout';

/** Where the subscription sends what it can never handle (the bus's dead-letter publish). */
export type DeadLetterSink = (topic: TopicName, group: string, reason: string, records: readonly BusRecord<unknown>[]) => Promise<void>;

export interface KafkaSubscriptionOptions {
  readonly kafka: Kafka;
  readonly config: KafkaBusConfig;
  readonly logger: Logger;
  readonly topic: TopicName;
  readonly group: string;
  readonly maxBatch: number;
  readonly handler: BatchHandler<unknown>;
  readonly deadLetter: DeadLetterSink;
  /** See `SubscribeOptions.retainedPositions`: commits stop at the oldest of these per partition. */
  readonly retainedPositions?: () => Iterable<RecordPosition>;
  /** See `SubscribeOptions.onRevoked`. */
  readonly onRevoked?: (partitions: readonly number[]) => void;
}

/** One record with the Kafka message it came in; `endsMessage` marks the message's last record. */
interface Unpacked {
  readonly record: BusRecord<unknown>;
  readonly offset: string;
  readonly endsMessage: boolean;
}

/** A message that is no envelope: dead-lettered whole, in its place in the partition's order. */
interface Undecodable {
  readonly offset: string;
  readonly message: KafkaMessage;
  readonly reason: string;
}

type Entry =
  | { readonly kind: 'record'; readonly item: Unpacked }
  | { readonly kind: 'undecodable'; readonly item: Undecodable }
  /** An envelope with no records: nothing to hand over, but committed past like any other. */
  | { readonly kind: 'empty'; readonly offset: string };

type Delivery = 'acknowledged' | 'abandoned';

/**
 * One consumer group member on one topic: a kafkajs consumer of its own whose offsets advance only
 * after the handler resolved (or the batch was dead-lettered), so a crash anywhere redelivers
 * instead of losing. Handler calls never overlap within a subscription, as on the memory bus.
 */
export class KafkaSubscription implements Subscription {
  private readonly consumer: Consumer;
  private readonly logger: Logger;
  private readonly kafkaTopic: string;
  /** Aborted by close(): ends a retry backoff at once instead of after it. */
  private readonly closing = new AbortController();
  private closed: Promise<void> | undefined;
  /**
   * The last offset this member committed per partition. Retention can hold the commit point
   * still while batches are handled; this skips the commits that would not move it.
   */
  private readonly committed = new Map<number, bigint>();
  /** Partitions of the topic this member holds, as of the last group join. */
  private assigned = new Set<number>();

  private constructor(private readonly options: KafkaSubscriptionOptions) {
    const { config } = options;
    this.kafkaTopic = kafkaTopicName(config.topicPrefix, options.topic);
    this.logger = options.logger.child({ topic: options.topic, group: options.group });
    this.consumer = options.kafka.consumer({
      groupId: kafkaGroupId(config.topicPrefix, options.group),
      sessionTimeout: config.consumer.sessionTimeoutMs,
      heartbeatInterval: config.consumer.heartbeatIntervalMs,
      rebalanceTimeout: config.consumer.rebalanceTimeoutMs,
      maxWaitTimeInMs: config.consumer.fetchMaxWaitMs,
      // start() created every topic; a consumer that creates one would hide a wrong prefix.
      allowAutoTopicCreation: false,
    });
    this.consumer.on(this.consumer.events.GROUP_JOIN, (event) => {
      // After a rebalance the group's commit point may be another member's: start over from it.
      this.committed.clear();
      const now = new Set(event.payload.memberAssignment[this.kafkaTopic] ?? []);
      const revoked = [...this.assigned].filter((p) => !now.has(p));
      this.assigned = now;
      if (revoked.length === 0 || options.onRevoked === undefined) return;
      this.logger.info({ revoked, assigned: [...now] }, 'partitions moved to another member');
      try {
        options.onRevoked(revoked);
      } catch (err) {
        this.logger.error({ err: (err as Error).message }, 'the handler failed to let go of revoked partitions');
      }
    });
  }

  /** Joins the group and starts consuming; resolves once the member has its partitions. */
  static async open(options: KafkaSubscriptionOptions): Promise<KafkaSubscription> {
    const subscription = new KafkaSubscription(options);
    await subscription.run();
    return subscription;
  }

  close(): Promise<void> {
    this.closed ??= (async () => {
      this.closing.abort();
      // stop() ends fetching and waits for eachBatch to return; eachBatch commits what it finished.
      await this.consumer.stop();
      await this.consumer.disconnect();
      this.logger.debug({}, 'subscription closed');
    })();
    return this.closed;
  }

  private async run(): Promise<void> {
    const { consumer } = this;
    const removers: (() => void)[] = [];
    const joined = new Promise<void>((resolve, reject) => {
      removers.push(consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
      removers.push(
        consumer.on(consumer.events.CRASH, (event) => {
          if (!event.payload.restart) reject(event.payload.error);
        }),
      );
    });
    // The race below may start after a crash has already rejected it.
    joined.catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), this.options.config.consumer.joinTimeoutMs)));
    try {
      await consumer.connect();
      // A group without committed offsets starts at the oldest record, so nothing published before
      // its first member joined is lost and a late subscriber to a compacted topic gets every key.
      await consumer.subscribe({ topics: [this.kafkaTopic], fromBeginning: true });
      await consumer.run({
        autoCommit: false,
        eachBatchAutoResolve: false,
        partitionsConsumedConcurrently: 1,
        eachBatch: (payload) => this.eachBatch(payload),
      });
      if ((await Promise.race([joined, timeout])) === 'timeout') {
        this.logger.warn(
          { waitedMs: this.options.config.consumer.joinTimeoutMs },
          'the consumer has not joined its group yet; it keeps trying in the background',
        );
      }
    } catch (err) {
      await consumer.disconnect().catch(() => undefined);
      throw new WardenError(
        'WARDEN_KAFKA_BUS_SUBSCRIBE_FAILED',
        `could not consume Kafka topic "${this.kafkaTopic}" as group "${this.options.group}": ${(err as Error).message ?? String(err)}`,
        { retriable: true, cause: err },
      );
    } finally {
      clearTimeout(timer);
      for (const remove of removers) remove();
    }
  }

  private async eachBatch(payload: EachBatchPayload): Promise<void> {
    const { batch, resolveOffset, heartbeat, isRunning, isStale, commitOffsetsIfNecessary } = payload;
    const entries = unpackBatch(batch.messages);
    const commitThrough = async (offset: string): Promise<void> => {
      // Handled, so not fetched again by this member; committed only as far as nothing retained.
      resolveOffset(offset);
      const next = this.committable(batch.partition, BigInt(offset) + 1n);
      if (next <= (this.committed.get(batch.partition) ?? -1n)) return;
      await commitOffsetsIfNecessary({
        topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: next.toString() }] }],
      });
      this.committed.set(batch.partition, next);
    };

    let i = 0;
    while (i < entries.length) {
      if (!isRunning() || isStale() || this.closing.signal.aborted) return;
      const entry = entries[i]!;
      if (entry.kind === 'empty') {
        await commitThrough(entry.offset);
        i += 1;
        continue;
      }
      if (entry.kind === 'undecodable') {
        const raw = entry.item.message;
        const record = { key: raw.key?.toString('utf8') ?? '', value: raw.value?.toString('utf8') ?? null };
        if ((await this.deadLetter([record], entry.item.reason)) === 'abandoned') return;
        await commitThrough(entry.item.offset);
        i += 1;
        continue;
      }
      const chunk: Unpacked[] = [];
      while (i < entries.length && chunk.length < this.options.maxBatch) {
        const next = entries[i]!;
        if (next.kind !== 'record') break;
        chunk.push(next.item);
        i += 1;
      }
      const delivered = chunk.map((c) => ({ ...c.record, position: { partition: batch.partition, offset: c.offset } }));
      if ((await this.deliver(delivered, heartbeat, isRunning)) === 'abandoned') return;
      // Only whole messages can be committed: a chunk that ends inside one leaves that message to
      // be redelivered whole if the member stops before the next chunk.
      const lastWhole = lastWholeMessage(chunk);
      if (lastWhole !== undefined) await commitThrough(lastWhole);
      await heartbeat();
    }
  }

  /**
   * The offset to commit after handling everything before `next`: no further than the oldest
   * position the handler still retains in this partition (its message is then read again).
   */
  private committable(partition: number, next: bigint): bigint {
    let point = next;
    for (const p of this.options.retainedPositions?.() ?? []) {
      if (p.partition !== partition) continue;
      const offset = BigInt(p.offset);
      if (offset < point) point = offset;
    }
    return point;
  }

  /** The memory bus's retry policy: retriable errors retry until they pass, others dead-letter after maxAttempts. */
  private async deliver(records: readonly BusRecord<unknown>[], heartbeat: () => Promise<void>, isRunning: () => boolean): Promise<Delivery> {
    const { maxAttempts, retryBackoffMs } = this.options.config;
    let attempt = 0;
    for (;;) {
      try {
        await this.options.handler(records);
        return 'acknowledged';
      } catch (err) {
        attempt += 1;
        const retriable = err instanceof WardenError ? err.retriable : false;
        const reason = err instanceof Error ? err.message : String(err);
        if (!retriable && attempt >= maxAttempts) {
          this.logger.error({ records: records.length, attempts: attempt, err: reason }, 'batch failed permanently; moved to the dead-letter topic');
          return this.deadLetter(records, reason);
        }
        this.logger.warn({ records: records.length, attempt, retriable, err: reason }, 'batch handler failed; retrying the same batch');
        await abortableSleep(Math.min(retryBackoffMs * 2 ** (attempt - 1), retryBackoffMs * 30), this.closing.signal);
        // Closing mid-retry leaves the batch uncommitted: the group's next member gets it again.
        if (this.closing.signal.aborted || !isRunning()) return 'abandoned';
        await heartbeat();
      }
    }
  }

  /** Publishes to the dead-letter topic, trying again until it is written or the subscription closes. */
  private async deadLetter(records: readonly BusRecord<unknown>[], reason: string): Promise<Delivery> {
    const { retryBackoffMs } = this.options.config;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.options.deadLetter(this.options.topic, this.options.group, reason, records);
        return 'acknowledged';
      } catch (err) {
        this.logger.warn({ records: records.length, attempt, err: (err as Error).message }, 'could not write to the dead-letter topic; trying again');
        await abortableSleep(Math.min(retryBackoffMs * 2 ** (attempt - 1), retryBackoffMs * 30), this.closing.signal);
        if (this.closing.signal.aborted) return 'abandoned';
      }
    }
  }
}

/** Every record of a fetched batch in partition order, each with the offset of its message. */
function unpackBatch(messages: readonly KafkaMessage[]): Entry[] {
  const entries: Entry[] = [];
  for (const message of messages) {
    let records: BusRecord<unknown>[];
    try {
      records = unpackRecords(message.value);
    } catch (err) {
      entries.push({ kind: 'undecodable', item: { offset: message.offset, message, reason: (err as Error).message } });
      continue;
    }
    if (records.length === 0) {
      entries.push({ kind: 'empty', offset: message.offset });
      continue;
    }
    records.forEach((record, i) => entries.push({ kind: 'record', item: { record, offset: message.offset, endsMessage: i === records.length - 1 } }));
  }
  return entries;
}

/** The offset of the last message whose every record is in the chunk. */
function lastWholeMessage(chunk: readonly Unpacked[]): string | undefined {
  for (let i = chunk.length - 1; i >= 0; i--) if (chunk[i]!.endsMessage) return chunk[i]!.offset;
  return undefined;
}
