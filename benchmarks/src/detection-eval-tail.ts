import { open, stat } from 'node:fs/promises';
import type { SeenLine } from './detection-eval-findings';

/**
 * Follows a JSON-lines file as it grows, stamping each complete line with the time it was first
 * seen: that is when a SIEM forwarder tailing the file could have picked the finding up. Starts at
 * the file's current end, so what a Warden wrote before the run does not count; a file that
 * shrinks (rotated, truncated) is read again from its start.
 */
export class FileTail {
  private offset = 0;
  /** Bytes after the last newline: a line still being written (kept as bytes, so a character cut in two stays whole). */
  private partial: Buffer = Buffer.alloc(0);
  private readonly seen: SeenLine[] = [];
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> = Promise.resolve();
  private failure: Error | undefined;

  private constructor(
    private readonly file: string,
    private readonly pollMs: number,
  ) {}

  /** `pollMs` bounds how late a line can be stamped. */
  static async follow(file: string, pollMs = 20): Promise<FileTail> {
    const tail = new FileTail(file, pollMs);
    tail.offset = (await sizeOf(file)) ?? 0;
    tail.timer = setInterval(() => {
      tail.polling = tail.polling.then(() => tail.poll());
    }, pollMs);
    return tail;
  }

  /** Lines seen so far; throws if reading the file failed. */
  lines(): readonly SeenLine[] {
    if (this.failure) throw this.failure;
    return this.seen;
  }

  /** Reads what is there now; true when everything in the file has been seen. */
  async caughtUp(): Promise<boolean> {
    await (this.polling = this.polling.then(() => this.poll()));
    return this.partial.length === 0 && ((await sizeOf(this.file)) ?? 0) === this.offset;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.polling;
  }

  private async poll(): Promise<void> {
    if (this.failure) return;
    try {
      const size = await sizeOf(this.file);
      if (size === undefined) return;
      if (size < this.offset) [this.offset, this.partial] = [0, Buffer.alloc(0)];
      if (size === this.offset) return;
      const fh = await open(this.file, 'r');
      try {
        const buf = Buffer.alloc(size - this.offset);
        const { bytesRead } = await fh.read(buf, 0, buf.length, this.offset);
        this.offset += bytesRead;
        const now = Date.now();
        const data = Buffer.concat([this.partial, buf.subarray(0, bytesRead)]);
        const end = data.lastIndexOf(0x0a) + 1;
        this.partial = data.subarray(end);
        for (const text of data.subarray(0, end).toString('utf8').split('\n')) if (text.trim() !== '') this.seen.push({ text, seenAtMs: now });
      } finally {
        await fh.close();
      }
    } catch (err) {
      this.failure = new Error(`could not read the findings file ${this.file}: ${(err as Error).message}`);
    }
  }
}

async function sizeOf(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}
