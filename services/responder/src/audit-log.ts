import { mkdir, open, type FileHandle } from 'node:fs/promises';
import * as path from 'node:path';
import type { Logger } from '@warden/core';
import { chainAuditEntry, verifyAuditLog, type AuditEntry, type AuditEntryType } from '@warden/response';
import { readTextIfExists } from './atomic-file';

export interface AuditInput {
  readonly atMs: number;
  readonly type: AuditEntryType;
  readonly actor: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/**
 * The append-only, hash-chained audit log (`audit.jsonl`). Appends are serialised (one at a
 * time, in call order) and each is fsynced before it resolves, so an entry the caller saw
 * written survives a crash. The file is never rewritten: a damaged log is reported and the chain
 * continues from its last readable entry, leaving the damage for `warden audit verify` to show.
 */
export class AuditLog {
  private tail: { seq: number; hash: string } | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private appended = 0;

  private constructor(
    readonly file: string,
    private readonly handle: FileHandle,
    tail: { seq: number; hash: string } | undefined,
  ) {
    this.tail = tail;
  }

  static async open(file: string, logger: Logger): Promise<AuditLog> {
    await mkdir(path.dirname(file), { recursive: true });
    const text = (await readTextIfExists(file)) ?? '';
    const verdict = verifyAuditLog(text);
    if (!verdict.ok) {
      logger.error(
        { file, line: verdict.line, seq: verdict.seq, problem: verdict.problem },
        `the audit log is damaged at line ${verdict.line} (${verdict.problem}); appending continues from its last readable entry and the file is left as it is: investigate with \`warden audit verify --file ${file}\``,
      );
    }
    const handle = await open(file, 'a');
    // A crash mid-append can leave a line without its newline; start ours on a fresh line so the
    // torn one stays visible instead of being glued to the next entry.
    if (text.length > 0 && !text.endsWith('\n')) {
      await handle.appendFile('\n', 'utf8');
      await handle.sync();
    }
    return new AuditLog(file, handle, lastEntry(text));
  }

  /** Appends one entry after every earlier append; resolves once it is on disk. */
  append(input: AuditInput): Promise<AuditEntry> {
    const run = this.queue.then(async () => {
      const entry = chainAuditEntry(this.tail, input);
      await this.handle.appendFile(`${JSON.stringify(entry)}\n`, 'utf8');
      await this.handle.sync();
      this.tail = { seq: entry.seq, hash: entry.hash };
      this.appended += 1;
      return entry;
    });
    // A failed append must not wedge the ones after it; the caller of the failed one sees its error.
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Entries appended by this process. */
  appendedCount(): number {
    return this.appended;
  }

  async close(): Promise<void> {
    await this.queue;
    await this.handle.close();
  }
}

/** The last line that parses as a chained entry: where a resumed chain links on. */
function lastEntry(text: string): { seq: number; hash: string } | undefined {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i]?.trim();
    if (!line) continue;
    try {
      const parsed = JSON.parse(line) as Partial<AuditEntry>;
      if (typeof parsed.seq === 'number' && typeof parsed.hash === 'string') return { seq: parsed.seq, hash: parsed.hash };
    } catch {
      // A torn or edited line: look further back.
    }
  }
  return undefined;
}
