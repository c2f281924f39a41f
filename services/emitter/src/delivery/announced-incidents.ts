import { mkdir, open, readFile, rename, type FileHandle } from 'node:fs/promises';
import * as path from 'node:path';
import { dropOldest, type Logger } from '@warden/core';

/**
 * A number per incident, kept on disk next to a sink's spool. The emitter keeps two: the revision
 * that announced each incident to the sink (its Create), so a restart never turns an Update into
 * a second Create; and the highest record of each incident already spooled, so a record that
 * comes back (a bus redelivery, a scorer that restarted before committing) is not sent twice. Append-only JSON lines `["<findingId>",<revision>]`, fsynced per write, rewritten
 * (temp file, fsync, rename) when it has grown to twice the entries it keeps. Bounded: the least
 * recently announced incidents are forgotten first.
 */
export class AnnouncedIncidents {
  private readonly file: string;
  private readonly limit: number;
  /** findingId → announcing revision; insertion order is age order. */
  private readonly created = new Map<string, number>();
  private handle: FileHandle | undefined;
  private linesInFile = 0;

  private constructor(file: string, limit: number) {
    this.file = file;
    this.limit = limit;
  }

  static async open(file: string, options: { limit?: number; logger: Logger }): Promise<AnnouncedIncidents> {
    const store = new AnnouncedIncidents(file, options.limit ?? 100_000);
    await mkdir(path.dirname(file), { recursive: true });
    let text = '';
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    let unreadable = 0;
    for (const line of text.split('\n')) {
      if (line === '') continue;
      store.linesInFile += 1;
      try {
        const [id, revision] = JSON.parse(line) as [unknown, unknown];
        if (typeof id === 'string' && typeof revision === 'number') {
          store.remember(id, revision);
          continue;
        }
      } catch {
        // counted below
      }
      unreadable += 1;
    }
    // A torn last line is the expected trace of a crash mid-write; that write never resolved.
    if (unreadable > 0) options.logger.warn({ file, unreadable }, 'skipped unreadable lines of the announced-incidents file');
    store.handle = await open(file, 'a');
    if (!text.endsWith('\n') && text !== '') {
      await store.handle.write('\n');
    }
    return store;
  }

  /** The revision that announced `findingId` to this sink, if it was. */
  createdAt(findingId: string): number | undefined {
    return this.created.get(findingId);
  }

  /** The number kept for `key`, if any. */
  get(key: string): number | undefined {
    return this.created.get(key);
  }

  /** Resolves once the announcements are on disk. */
  async record(entries: readonly (readonly [findingId: string, revision: number])[]): Promise<void> {
    if (entries.length === 0) return;
    const fh = this.handle;
    if (!fh) throw new Error('announced-incidents store is closed');
    await fh.write(entries.map(([id, rev]) => `${JSON.stringify([id, rev])}\n`).join(''));
    await fh.datasync();
    for (const [id, rev] of entries) this.remember(id, rev);
    this.linesInFile += entries.length;
    if (this.linesInFile > 2 * this.limit) await this.compact();
  }

  get size(): number {
    return this.created.size;
  }

  async close(): Promise<void> {
    await this.handle?.close();
    this.handle = undefined;
  }

  private remember(id: string, revision: number): void {
    this.created.delete(id);
    this.created.set(id, revision);
    dropOldest(this.created, this.limit);
  }

  private async compact(): Promise<void> {
    const tmp = `${this.file}.tmp`;
    const fh = await open(tmp, 'w');
    try {
      await fh.writeFile([...this.created].map(([id, rev]) => `${JSON.stringify([id, rev])}\n`).join(''));
      await fh.sync();
    } finally {
      await fh.close();
    }
    await this.handle?.close();
    await rename(tmp, this.file);
    const dir = await open(path.dirname(this.file), 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
    this.handle = await open(this.file, 'a');
    this.linesInFile = this.created.size;
  }
}
