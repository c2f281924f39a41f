import {
  BackpressureError,
  Topics,
  WardenError,
  silentLogger,
  type Logger,
  type TopicName,
  type TopicPayloads,
} from '@warden/core';
import type { BatchHandler, Bus, BusRecord, SubscribeOptions, Subscription } from './bus';

export interface MemoryBusOptions {
  /** Most unacknowledged records one consumer group may hold per topic before publish pushes back. */
  readonly capacityPerGroup?: number;
  /** Topics that keep the latest record per key and replay it to groups that subscribe later. */
  readonly compactedTopics?: readonly TopicName[];
  /** Attempts for a batch whose handler throws a non-retriable error before it is dead-lettered. */
  readonly maxAttempts?: number;
  /** Backoff between attempts: doubles from this, capped at 30 times this. */
  readonly retryBackoffMs?: number;
  /** How long publish tells callers to wait when a group is full. */
  readonly retryAfterMs?: number;
  readonly logger?: Logger;
}

export interface MemoryBusGroupStats {
  readonly topic: TopicName;
  readonly group: string;
  /** Records published and not yet acknowledged by the group (its lag). */
  readonly depth: number;
  readonly delivered: number;
  readonly deadLettered: number;
}

type AnyRecord = BusRecord<unknown>;

/**
 * The embedded transport: one process, every topic a set of per-group queues. It keeps the
 * contract the Kafka bus keeps — per-key order, at-least-once with acknowledged batches, bounded
 * queues that push back instead of dropping, compacted topics replayed to late subscribers — so
 * components behave the same on either.
 */
export class MemoryBus implements Bus {
  readonly name = 'memory-bus';
  private readonly capacity: number;
  private readonly compacted: ReadonlySet<TopicName>;
  private readonly maxAttempts: number;
  private readonly retryBackoffMs: number;
  private readonly retryAfterMs: number;
  private readonly logger: Logger;
  private readonly groups = new Map<TopicName, Map<string, GroupQueue>>();
  private broadcasts = 0;
  /** Records published before any group subscribed; handed to the groups that come first. */
  private readonly backlog = new Map<TopicName, AnyRecord[]>();
  private readonly latestByKey = new Map<TopicName, Map<string, AnyRecord>>();
  private stopped = false;

  constructor(options: MemoryBusOptions = {}) {
    this.capacity = options.capacityPerGroup ?? 200_000;
    this.compacted = new Set(options.compactedTopics ?? [Topics.profiles]);
    this.maxAttempts = options.maxAttempts ?? 3;
    this.retryBackoffMs = options.retryBackoffMs ?? 100;
    this.retryAfterMs = options.retryAfterMs ?? 1_000;
    this.logger = options.logger ?? silentLogger;
  }

  async start(): Promise<void> {
    this.stopped = false;
  }

  async publish<K extends TopicName>(topic: K, records: readonly BusRecord<TopicPayloads[K]>[]): Promise<void> {
    if (this.stopped) {
      throw new WardenError('BUS_STOPPED', `cannot publish to "${topic}": the bus is stopped`, { retriable: true });
    }
    if (records.length === 0) return;
    const groups = this.groups.get(topic);
    // All-or-nothing: check every group's room before appending anywhere, so a rejected publish
    // leaves no group with half the batch.
    if (groups && groups.size > 0) {
      for (const [group, queue] of groups) {
        if (queue.depth() + records.length > this.capacity) {
          throw new BackpressureError(
            `consumer group "${group}" on topic "${topic}" is full (${queue.depth()} records pending, capacity ${this.capacity}); retry later`,
            this.retryAfterMs,
            { topic, group },
          );
        }
      }
      for (const queue of groups.values()) queue.append(records);
    } else {
      const pending = this.backlog.get(topic) ?? [];
      if (pending.length + records.length > this.capacity) {
        throw new BackpressureError(
          `topic "${topic}" has no consumer yet and its backlog is full (${pending.length} records); retry later`,
          this.retryAfterMs,
          { topic },
        );
      }
      pending.push(...records);
      this.backlog.set(topic, pending);
    }
    if (this.compacted.has(topic)) {
      const latest = this.latestByKey.get(topic) ?? new Map<string, AnyRecord>();
      for (const r of records) latest.set(r.key, r);
      this.latestByKey.set(topic, latest);
    }
  }

  async subscribe<K extends TopicName>(
    topic: K,
    options: SubscribeOptions,
    handler: BatchHandler<TopicPayloads[K]>,
  ): Promise<Subscription> {
    const groups = this.groups.get(topic) ?? new Map<string, GroupQueue>();
    this.groups.set(topic, groups);
    // One process has one member per group anyway; a broadcast reader only needs its own queue.
    if (options.broadcast) options = { ...options, group: `${options.group}#${++this.broadcasts}` };
    if (groups.has(options.group)) {
      throw new WardenError(
        'BUS_GROUP_TAKEN',
        `consumer group "${options.group}" already consumes "${topic}": the in-memory bus runs one consumer per group; run Warden on Kafka to scale a group out`,
      );
    }
    const queue = new GroupQueue(topic, options.group, options.maxBatch ?? 500, this, handler as BatchHandler<unknown>);
    if (this.compacted.has(topic)) {
      queue.append([...(this.latestByKey.get(topic)?.values() ?? [])]);
    } else {
      const pending = this.backlog.get(topic);
      if (pending) queue.append(pending);
    }
    this.backlog.delete(topic);
    groups.set(options.group, queue);
    queue.run();
    return {
      close: async () => {
        await queue.close();
        groups.delete(options.group);
      },
    };
  }

  /** Lag and delivery counts per topic and group. */
  stats(): MemoryBusGroupStats[] {
    const out: MemoryBusGroupStats[] = [];
    for (const [topic, groups] of this.groups) {
      for (const [group, q] of groups) {
        out.push({ topic, group, depth: q.depth(), delivered: q.delivered, deadLettered: q.deadLettered });
      }
    }
    return out;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const closing: Promise<void>[] = [];
    for (const groups of this.groups.values()) for (const q of groups.values()) closing.push(q.close());
    await Promise.all(closing);
    this.groups.clear();
  }

  /** @internal retry policy shared by every group */
  policy(): { maxAttempts: number; backoffMs: number; logger: Logger } {
    return { maxAttempts: this.maxAttempts, backoffMs: this.retryBackoffMs, logger: this.logger };
  }

  /** @internal where batches go that can never be handled */
  async deadLetter(topic: TopicName, group: string, reason: string, records: readonly AnyRecord[]): Promise<void> {
    if (topic === Topics.deadLetter) return; // never loop
    const dl = records.map((r) => ({ key: r.key, value: { topic, reason: `${group}: ${reason}`, payload: r.value } }));
    const groups = this.groups.get(Topics.deadLetter);
    if (groups && groups.size > 0) {
      for (const q of groups.values()) q.append(dl);
    } else {
      const pending = this.backlog.get(Topics.deadLetter) ?? [];
      pending.push(...dl);
      this.backlog.set(Topics.deadLetter, pending);
    }
  }
}

/** One consumer group's queue on one topic and the loop that feeds its handler. */
class GroupQueue {
  private items: AnyRecord[] = [];
  private head = 0;
  private wake: (() => void) | undefined;
  private closed = false;
  private loop: Promise<void> | undefined;
  private pauseTimer: NodeJS.Timeout | undefined;
  private pauseResolve: (() => void) | undefined;
  delivered = 0;
  deadLettered = 0;

  constructor(
    private readonly topic: TopicName,
    private readonly group: string,
    private readonly maxBatch: number,
    private readonly bus: MemoryBus,
    private readonly handler: BatchHandler<unknown>,
  ) {}

  depth(): number {
    return this.items.length - this.head;
  }

  append(records: readonly AnyRecord[]): void {
    for (const r of records) this.items.push(r);
    this.wake?.();
  }

  run(): void {
    this.loop = this.pump();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wake?.();
    if (this.pauseTimer) {
      clearTimeout(this.pauseTimer);
      this.pauseResolve?.();
    }
    await this.loop;
  }

  private async pump(): Promise<void> {
    const { maxAttempts, backoffMs, logger } = this.bus.policy();
    let attempt = 0;
    while (!this.closed) {
      if (this.depth() === 0) {
        await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = undefined;
        continue;
      }
      const batch = this.items.slice(this.head, this.head + this.maxBatch);
      try {
        await this.handler(batch);
        this.acknowledge(batch.length);
        attempt = 0;
      } catch (err) {
        attempt += 1;
        const retriable = err instanceof WardenError ? err.retriable : false;
        const reason = err instanceof Error ? err.message : String(err);
        if (!retriable && attempt >= maxAttempts) {
          logger.error(
            { topic: this.topic, group: this.group, records: batch.length, attempts: attempt, err: reason },
            'batch failed permanently; moved to the dead-letter topic',
          );
          await this.bus.deadLetter(this.topic, this.group, reason, batch);
          this.deadLettered += batch.length;
          this.acknowledge(batch.length, false);
          attempt = 0;
          continue;
        }
        logger.warn(
          { topic: this.topic, group: this.group, records: batch.length, attempt, retriable, err: reason },
          'batch handler failed; retrying the same batch',
        );
        await this.pause(Math.min(backoffMs * 2 ** (attempt - 1), backoffMs * 30));
      }
    }
  }

  private acknowledge(n: number, delivered = true): void {
    this.head += n;
    if (delivered) this.delivered += n;
    // Compact the array now and then so memory follows the depth, not the total ever seen.
    if (this.head > 4096 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      this.pauseResolve = resolve;
      this.pauseTimer = setTimeout(resolve, ms);
    });
  }
}
