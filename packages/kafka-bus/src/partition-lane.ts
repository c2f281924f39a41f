import type { Message } from 'kafkajs';
import { packEncoded, type EncodedRecord } from './envelope';

/** Sends one produce request for one partition and resolves when the broker acknowledged it. */
export type SendToPartition = (messages: Message[]) => Promise<void>;

interface Waiting {
  readonly records: readonly EncodedRecord[];
  readonly bytes: number;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * The producer's queue for one topic partition. It keeps one request in flight per partition, so
 * records of one key reach the broker in the order they were published even when kafkajs retries
 * a request; other partitions send meanwhile. Records published while a request is out are packed
 * together into the next one, so a busy partition sends fewer, fuller messages.
 */
export class PartitionLane {
  private readonly waiting: Waiting[] = [];
  private draining: Promise<void> | undefined;

  constructor(
    readonly partition: number,
    /** Compacted topics get one record per message, keyed, so compaction keeps the latest per key. */
    private readonly keyed: boolean,
    private readonly maxBytes: number,
    private readonly send: SendToPartition,
  ) {}

  /** Resolves once every one of these records is acknowledged; rejects with the send's error. */
  enqueue(records: readonly EncodedRecord[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const bytes = records.reduce((sum, r) => sum + r.bytes, 0);
      this.waiting.push({ records, bytes, resolve, reject });
      this.draining ??= this.drain().finally(() => (this.draining = undefined));
    });
  }

  /** Resolves when nothing is queued or in flight. */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private async drain(): Promise<void> {
    while (this.waiting.length > 0) {
      // Whole publishes only, up to one message's worth, so each publish settles with its request.
      const taken = [this.waiting.shift()!];
      let bytes = taken[0]!.bytes;
      while (this.waiting.length > 0 && bytes + this.waiting[0]!.bytes <= this.maxBytes) {
        const next = this.waiting.shift()!;
        bytes += next.bytes;
        taken.push(next);
      }
      try {
        for (const messages of this.requests(taken.flatMap((t) => t.records))) await this.send(messages);
        for (const t of taken) t.resolve();
      } catch (err) {
        for (const t of taken) t.reject(err);
      }
    }
  }

  /**
   * Each request carries at most `maxBytes` of records: kafkajs writes one partition's messages of a
   * request as one record batch, and the broker's message.max.bytes limits the whole batch.
   */
  private requests(records: readonly EncodedRecord[]): Message[][] {
    if (!this.keyed) return packEncoded(records, this.maxBytes).map((value) => [{ partition: this.partition, value }]);
    const requests: Message[][] = [];
    let current: Message[] = [];
    let bytes = 0;
    for (const record of records) {
      if (current.length > 0 && bytes + record.bytes > this.maxBytes) {
        requests.push(current);
        current = [];
        bytes = 0;
      }
      current.push({ partition: this.partition, key: record.key, value: packEncoded([record], Number.POSITIVE_INFINITY)[0]! });
      bytes += record.bytes;
    }
    if (current.length > 0) requests.push(current);
    return requests;
  }
}
