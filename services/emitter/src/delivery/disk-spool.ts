import { mkdir, open, readdir, readFile, rename, rm, type FileHandle } from 'node:fs/promises';
import * as path from 'node:path';
import { WardenError, type Logger } from '@warden/core';
import type { OutboundRecord } from './delivery-target';

export interface DiskSpoolOptions {
  /** This sink's own directory (`<spoolDir>/<sink>`); created when missing. */
  readonly dir: string;
  /** The sink's name, for messages. */
  readonly sink: string;
  /** Most bytes of records waiting at once; beyond it `append` refuses (backpressure). */
  readonly maxBytes: number;
  /** A segment file is closed and a new one started once it would grow past this. */
  readonly segmentBytes?: number;
  /** Parsed records kept in memory so a healthy sink never reads back what it just wrote. */
  readonly cacheBytes?: number;
  readonly logger: Logger;
}

export interface SpoolStats {
  /** Records appended and not yet acknowledged. */
  readonly records: number;
  /** Their size as stored (JSON lines). */
  readonly bytes: number;
}

/** Where a record lives: its segment, its byte offset there, and its line length with the newline. */
interface Entry {
  readonly segment: number;
  readonly offset: number;
  readonly bytes: number;
  record?: OutboundRecord;
}

/** Everything before `offset` in `segment`, and every earlier segment, is acknowledged. */
interface Cursor {
  readonly segment: number;
  readonly offset: number;
}

const SEGMENT_NAME = /^seg-(\d{16})\.jsonl$/;
const CURSOR_FILE = 'cursor.json';
const DEFAULT_SEGMENT_BYTES = 8 * 1024 * 1024;
const DEFAULT_CACHE_BYTES = 4 * 1024 * 1024;

const segmentFile = (id: number): string => `seg-${String(id).padStart(16, '0')}.jsonl`;

/**
 * A durable FIFO of outbound records for one sink: JSON lines in numbered segment files, and a
 * cursor file naming the first unacknowledged byte. Appends are fsynced before they resolve, the
 * cursor is replaced atomically (temp file, fsync, rename), and fully acknowledged segments are
 * deleted. After a crash it reopens at the first unacknowledged record; a record half-written
 * when the process died is dropped (it was never acknowledged to anyone, so its source still has
 * it and sends it again).
 *
 * One consumer: `peek` then `ack` from the head. `append` may run concurrently with both.
 */
export class DiskSpool {
  private readonly dir: string;
  private readonly sink: string;
  private readonly maxBytes: number;
  private readonly segmentBytes: number;
  private readonly cacheBytes: number;
  private readonly logger: Logger;
  /** Pending entries, oldest first, from `head` on. */
  private entries: Entry[] = [];
  private head = 0;
  private pendingBytes = 0;
  private cachedBytes = 0;
  /** Segment ids with a file on disk, ascending. */
  private segments: number[] = [];
  private writeSegment = 0;
  private writeSize = 0;
  private writer: FileHandle | undefined;
  private readonly readers = new Map<number, FileHandle>();
  /** Serializes appends, acks and close: each touches files and shared bookkeeping. */
  private tail: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(options: DiskSpoolOptions) {
    this.dir = options.dir;
    this.sink = options.sink;
    this.maxBytes = options.maxBytes;
    this.segmentBytes = options.segmentBytes ?? DEFAULT_SEGMENT_BYTES;
    this.cacheBytes = options.cacheBytes ?? DEFAULT_CACHE_BYTES;
    this.logger = options.logger;
  }

  /** Opens (or creates) the spool in `options.dir`, recovering from whatever a crash left. */
  static async open(options: DiskSpoolOptions): Promise<DiskSpool> {
    const spool = new DiskSpool(options);
    try {
      await spool.recover();
    } catch (err) {
      if (err instanceof WardenError) throw err;
      throw new WardenError(
        'SINK_SPOOL_UNREADABLE',
        `cannot open the spool of sink "${options.sink}" in ${options.dir}: ${(err as Error).message}. Check that WARDEN_DATA_DIR is writable by Warden.`,
        { cause: err },
      );
    }
    return spool;
  }

  stats(): SpoolStats {
    return { records: this.entries.length - this.head, bytes: this.pendingBytes };
  }

  /**
   * Resolves once every record is on disk. Refuses with a retriable SINK_SPOOL_FULL when the
   * spool would exceed its bound, so the caller leaves its own input unacknowledged; an empty
   * spool always accepts, so one oversized batch cannot wedge it.
   */
  append(records: readonly OutboundRecord[]): Promise<void> {
    return this.serial(async () => {
      this.assertOpen();
      if (records.length === 0) return;
      const lines = records.map((r) => Buffer.from(`${JSON.stringify(r)}\n`, 'utf8'));
      const total = lines.reduce((n, l) => n + l.length, 0);
      if (this.pendingBytes > 0 && this.pendingBytes + total > this.maxBytes) {
        throw new WardenError(
          'SINK_SPOOL_FULL',
          `the spool of sink "${this.sink}" is full (${this.pendingBytes} bytes waiting, limit ${this.maxBytes}): the destination has not accepted findings for a while. ` +
            'New findings wait upstream until it recovers; check the sink errors in the log, or raise the spool limit.',
          { retriable: true, context: { sink: this.sink, pendingBytes: this.pendingBytes, maxBytes: this.maxBytes } },
        );
      }
      if (this.writer && this.writeSize > 0 && this.writeSize + total > this.segmentBytes) await this.rollSegment();
      const writer = await this.ensureWriter();
      const start = this.writeSize;
      try {
        const buffer = Buffer.concat(lines, total);
        let written = 0;
        while (written < buffer.length) {
          const { bytesWritten } = await writer.write(buffer, written, buffer.length - written);
          written += bytesWritten;
        }
        await writer.datasync();
      } catch (err) {
        // Leave no partial line behind for the next append to be glued onto.
        await writer.truncate(start).catch(() => undefined);
        throw new WardenError('SINK_SPOOL_WRITE_FAILED', `writing to the spool of sink "${this.sink}" in ${this.dir} failed: ${(err as Error).message}`, {
          retriable: true,
          cause: err,
        });
      }
      let offset = start;
      records.forEach((record, i) => {
        const bytes = lines[i]!.length;
        const entry: Entry = { segment: this.writeSegment, offset, bytes };
        if (this.cachedBytes + bytes <= this.cacheBytes) {
          entry.record = record;
          this.cachedBytes += bytes;
        }
        this.entries.push(entry);
        offset += bytes;
      });
      this.writeSize = offset;
      this.pendingBytes += total;
    });
  }

  /**
   * The oldest unacknowledged records: at most `max`, within `maxBytes` (as stored), but always
   * at least one when any wait, so a record larger than the limit still reaches the sink (which
   * can then call it too large).
   */
  async peek(max: number, maxBytes: number): Promise<OutboundRecord[]> {
    this.assertOpen();
    const chosen: Entry[] = [];
    let bytes = 0;
    for (let i = this.head; i < this.entries.length && chosen.length < max; i++) {
      const e = this.entries[i]!;
      if (chosen.length > 0 && bytes + e.bytes > maxBytes) break;
      chosen.push(e);
      bytes += e.bytes;
    }
    const loaded = await this.load(chosen.filter((e) => e.record === undefined));
    return chosen.map((e) => e.record ?? loaded.get(e)!);
  }

  /** Acknowledges the `n` oldest records: they are never returned again, even after a restart. */
  ack(n: number): Promise<void> {
    return this.serial(async () => {
      this.assertOpen();
      if (n <= 0) return;
      const pending = this.entries.length - this.head;
      if (n > pending) throw new WardenError('SINK_SPOOL_ACK_INVALID', `cannot acknowledge ${n} records in the spool of sink "${this.sink}": only ${pending} wait`);
      let last: Entry | undefined;
      for (let i = 0; i < n; i++) {
        last = this.entries[this.head]!;
        this.pendingBytes -= last.bytes;
        if (last.record) this.cachedBytes -= last.bytes;
        this.entries[this.head] = undefined as unknown as Entry;
        this.head += 1;
      }
      if (this.head > 1024 && this.head * 2 > this.entries.length) {
        this.entries = this.entries.slice(this.head);
        this.head = 0;
      }
      const next = this.entries[this.head];
      const cursor: Cursor = next ? { segment: next.segment, offset: next.offset } : { segment: last!.segment, offset: last!.offset + last!.bytes };
      await this.writeCursor(cursor);
      // Segments wholly before the cursor hold nothing anyone will read again.
      const obsolete = this.segments.filter((s) => s < cursor.segment && s !== this.writeSegment);
      for (const s of obsolete) await this.removeSegment(s);
    });
  }

  /** Waits for appends and acks in progress, then releases the files. Safe to call twice. */
  close(): Promise<void> {
    return this.serial(async () => {
      if (this.closed) return;
      this.closed = true;
      await this.writer?.close();
      this.writer = undefined;
      for (const r of this.readers.values()) await r.close();
      this.readers.clear();
    });
  }

  private async recover(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const names = await readdir(this.dir);
    this.segments = names
      .map((n) => SEGMENT_NAME.exec(n)?.[1])
      .filter((id): id is string => id !== undefined)
      .map(Number)
      .sort((a, b) => a - b);
    await rm(path.join(this.dir, `${CURSOR_FILE}.tmp`), { force: true });
    const cursor = await this.readCursor();
    for (const id of [...this.segments]) {
      if (id < cursor.segment) {
        await this.removeSegment(id);
        continue;
      }
      this.writeSize = await this.recoverSegment(id, id === cursor.segment ? cursor.offset : 0);
    }
    const newest = this.segments[this.segments.length - 1];
    // Appends continue in the newest segment (its size is the last writeSize read above).
    this.writeSegment = newest ?? cursor.segment + 1;
    if (newest === undefined) this.writeSize = 0;
  }

  private async readCursor(): Promise<Cursor> {
    let text: string;
    try {
      text = await readFile(path.join(this.dir, CURSOR_FILE), 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { segment: 0, offset: 0 };
      throw err;
    }
    try {
      const c = JSON.parse(text) as Partial<Cursor>;
      if (Number.isSafeInteger(c.segment) && Number.isSafeInteger(c.offset) && c.segment! >= 0 && c.offset! >= 0) return { segment: c.segment!, offset: c.offset! };
    } catch {
      // fall through: treated as no cursor
    }
    // The cursor is only ever replaced by rename, so this is outside damage. Resending is
    // recoverable (receivers dedupe on the record id); skipping records would not be.
    this.logger.error({ sink: this.sink, dir: this.dir }, 'spool cursor file is damaged; resending everything still in the spool');
    return { segment: 0, offset: 0 };
  }

  /** Indexes the unacknowledged records of one segment; returns its (repaired) size. */
  private async recoverSegment(id: number, ackedUpTo: number): Promise<number> {
    const file = path.join(this.dir, segmentFile(id));
    let content = await readFile(file);
    const end = content.lastIndexOf(0x0a) + 1;
    if (end < content.length) {
      // The process died mid-append: that append never resolved, so nobody counted on it.
      this.logger.warn(
        { sink: this.sink, segment: segmentFile(id), droppedBytes: content.length - end },
        'spool segment ended in a partially written record (the process stopped mid-write); dropped the partial record',
      );
      const fh = await open(file, 'r+');
      try {
        await fh.truncate(end);
        await fh.datasync();
      } finally {
        await fh.close();
      }
      content = content.subarray(0, end);
    }
    let offset = 0;
    while (offset < content.length) {
      const nl = content.indexOf(0x0a, offset);
      const bytes = nl + 1 - offset;
      if (offset >= ackedUpTo) {
        const record = parseRecord(content.toString('utf8', offset, nl));
        if (record) {
          const entry: Entry = { segment: id, offset, bytes };
          if (this.cachedBytes + bytes <= this.cacheBytes) {
            entry.record = record;
            this.cachedBytes += bytes;
          }
          this.entries.push(entry);
          this.pendingBytes += bytes;
        } else {
          this.logger.error({ sink: this.sink, segment: segmentFile(id), offset }, 'spool record is not readable (damaged on disk); skipped it');
        }
      }
      offset = nl + 1;
    }
    return content.length;
  }

  private async ensureWriter(): Promise<FileHandle> {
    if (this.writer) return this.writer;
    const isNew = !this.segments.includes(this.writeSegment);
    this.writer = await open(path.join(this.dir, segmentFile(this.writeSegment)), 'a');
    if (isNew) {
      this.segments.push(this.writeSegment);
      this.writeSize = 0;
      await this.syncDir();
    }
    return this.writer;
  }

  private async rollSegment(): Promise<void> {
    await this.writer?.close();
    this.writer = undefined;
    this.writeSegment += 1;
    this.writeSize = 0;
  }

  /** Reads the records of `entries` that are not in memory, keeping them while the cache has room. */
  private async load(entries: readonly Entry[]): Promise<Map<Entry, OutboundRecord>> {
    const loaded = new Map<Entry, OutboundRecord>();
    // Consecutive entries of one segment are contiguous on disk: one read per run.
    let i = 0;
    while (i < entries.length) {
      let j = i + 1;
      while (j < entries.length && entries[j]!.segment === entries[i]!.segment && entries[j]!.offset === entries[j - 1]!.offset + entries[j - 1]!.bytes) j++;
      const run = entries.slice(i, j);
      const first = run[0]!;
      const length = run.reduce((n, e) => n + e.bytes, 0);
      const buffer = Buffer.alloc(length);
      const reader = await this.reader(first.segment);
      let read = 0;
      while (read < length) {
        const { bytesRead } = await reader.read(buffer, read, length - read, first.offset + read);
        if (bytesRead === 0) break;
        read += bytesRead;
      }
      let at = 0;
      for (const e of run) {
        const record = read === length ? parseRecord(buffer.toString('utf8', at, at + e.bytes - 1)) : undefined;
        if (!record) {
          throw new WardenError('SINK_SPOOL_UNREADABLE', `a record in the spool of sink "${this.sink}" (${segmentFile(e.segment)} at byte ${e.offset}) changed on disk and cannot be read`, {
            retriable: true,
          });
        }
        loaded.set(e, record);
        if (this.cachedBytes + e.bytes <= this.cacheBytes) {
          e.record = record;
          this.cachedBytes += e.bytes;
        }
        at += e.bytes;
      }
      i = j;
    }
    return loaded;
  }

  private async reader(segment: number): Promise<FileHandle> {
    let r = this.readers.get(segment);
    if (!r) {
      r = await open(path.join(this.dir, segmentFile(segment)), 'r');
      this.readers.set(segment, r);
    }
    return r;
  }

  private async writeCursor(cursor: Cursor): Promise<void> {
    const tmp = path.join(this.dir, `${CURSOR_FILE}.tmp`);
    const fh = await open(tmp, 'w');
    try {
      await fh.writeFile(JSON.stringify(cursor));
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, path.join(this.dir, CURSOR_FILE));
    await this.syncDir();
  }

  private async removeSegment(id: number): Promise<void> {
    const r = this.readers.get(id);
    if (r) {
      this.readers.delete(id);
      await r.close();
    }
    await rm(path.join(this.dir, segmentFile(id)), { force: true });
    this.segments = this.segments.filter((s) => s !== id);
  }

  private async syncDir(): Promise<void> {
    // A new or renamed file is only durable once its directory entry is.
    const fh = await open(this.dir, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new WardenError('SINK_SPOOL_CLOSED', `the spool of sink "${this.sink}" is closed`, { retriable: true });
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.tail.then(work, work);
    this.tail = run.catch(() => undefined);
    return run;
  }
}

function parseRecord(line: string): OutboundRecord | undefined {
  try {
    const r = JSON.parse(line) as OutboundRecord;
    return r !== null && typeof r === 'object' && typeof r.id === 'string' && typeof r.ocsf === 'object' && r.ocsf !== null ? r : undefined;
  } catch {
    return undefined;
  }
}
