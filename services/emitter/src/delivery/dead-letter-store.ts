import { mkdir, open, type FileHandle } from 'node:fs/promises';
import * as path from 'node:path';
import { WardenError } from '@warden/core';
import type { OutboundRecord } from './delivery-target';

/** One line of `<dir>/<sink>.jsonl`: a record a sink gave up on, and why. */
export interface DeadLetter {
  /** When it was given up on (epoch ms). */
  readonly at: number;
  readonly sink: string;
  /** The destination's own words (the classifier's reason), never a credential. */
  readonly reason: string;
  readonly record: OutboundRecord;
}

/**
 * Records that can never be delivered to a sink (refused as bad data, or too large alone) are
 * kept here instead of being dropped: one append-only JSON-lines file per sink, fsynced per write,
 * so an operator can inspect them, fix the cause and replay them.
 */
export class DeadLetterStore {
  private readonly dir: string;
  private readonly files = new Map<string, FileHandle>();
  private readonly counts = new Map<string, number>();
  private tail: Promise<unknown> = Promise.resolve();

  constructor(dir: string) {
    this.dir = dir;
  }

  /** The file a sink's dead letters go to. */
  fileFor(sink: string): string {
    return path.join(this.dir, `${sink}.jsonl`);
  }

  /** Resolves once the records are on disk. */
  write(sink: string, reason: string, records: readonly OutboundRecord[], atMs: number): Promise<void> {
    const run = this.tail.then(async () => {
      if (records.length === 0) return;
      const text = records.map((record) => `${JSON.stringify({ at: atMs, sink, reason, record } satisfies DeadLetter)}\n`).join('');
      try {
        const fh = await this.handle(sink);
        await fh.write(text);
        await fh.datasync();
      } catch (err) {
        throw new WardenError('SINK_DEAD_LETTER_WRITE_FAILED', `cannot write dead letters of sink "${sink}" to ${this.fileFor(sink)}: ${(err as Error).message}. Check that the directory is writable.`, {
          retriable: true,
          cause: err,
        });
      }
      this.counts.set(sink, (this.counts.get(sink) ?? 0) + records.length);
    });
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Records dead-lettered for `sink` since this store was created. */
  count(sink: string): number {
    return this.counts.get(sink) ?? 0;
  }

  async close(): Promise<void> {
    await this.tail;
    for (const fh of this.files.values()) await fh.close();
    this.files.clear();
  }

  private async handle(sink: string): Promise<FileHandle> {
    let fh = this.files.get(sink);
    if (!fh) {
      await mkdir(this.dir, { recursive: true });
      fh = await open(this.fileFor(sink), 'a');
      this.files.set(sink, fh);
    }
    return fh;
  }
}
