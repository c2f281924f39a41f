import { mkdir, open, type FileHandle } from 'node:fs/promises';
import * as path from 'node:path';
import { WardenError, type Severity } from '@warden/core';
import type { BatchLimits, DeliveryOutcome, DeliveryTarget } from './delivery/delivery-target';

export interface FileTargetOptions {
  /** The JSON-lines file SIEM forwarders tail. */
  readonly file: string;
  readonly minSeverity: Severity;
  /** Defaults to `file`. */
  readonly name?: string;
  readonly batch?: Partial<BatchLimits>;
}

// A local file needs no waiting for fuller batches: each write is one fsync either way.
const FILE_BATCH: BatchLimits = { maxRecords: 1000, maxBytes: 8 * 1024 * 1024, maxWaitMs: 0 };

/** Errors only an operator can fix (permissions, a read-only or missing mount, a file too big). */
const CONFIG_FILE_ERRORS = new Set(['EACCES', 'EPERM', 'EROFS', 'EISDIR', 'ENOTDIR', 'ENOENT', 'ELOOP', 'ENAMETOOLONG', 'EFBIG']);

/** Classifies a failed write of the findings file (pure: tested without a broken disk). */
export function classifyFileWriteError(err: unknown): Extract<DeliveryOutcome, { kind: 'retry' | 'misconfigured' }> {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const reason = `${code ?? 'error'}: ${(err as Error | undefined)?.message ?? String(err)}`;
  if (code !== undefined && CONFIG_FILE_ERRORS.has(code)) return { kind: 'misconfigured', reason };
  // A full disk (ENOSPC, EDQUOT), EIO, EAGAIN and the unknown may pass: keep trying with backoff.
  return { kind: 'retry', reason };
}

/**
 * Appends each OCSF finding as one JSON line (the format SIEM forwarders tail). A batch counts
 * as delivered once it is written and synced to disk.
 */
export function createFileTarget(options: FileTargetOptions): DeliveryTarget {
  let handle: FileHandle | undefined;
  /** Bytes in the file we know end in a whole line: a failed write is cut back to it. */
  let size = 0;
  const ensureOpen = async (): Promise<FileHandle> => {
    if (!handle) {
      await mkdir(path.dirname(options.file), { recursive: true });
      const fh = await open(options.file, 'a');
      size = (await fh.stat()).size;
      handle = fh;
    }
    return handle;
  };
  const release = async (): Promise<void> => {
    const fh = handle;
    handle = undefined;
    await fh?.close().catch(() => undefined);
  };
  return {
    name: options.name ?? 'file',
    kind: 'file',
    minSeverity: options.minSeverity,
    batch: { ...FILE_BATCH, ...options.batch },
    async start() {
      try {
        await ensureOpen();
      } catch (err) {
        throw new WardenError(
          'SINK_FILE_UNWRITABLE',
          `cannot open the findings file ${options.file} for appending: ${(err as Error).message}. Set WARDEN_ALERTS_FILE (or WARDEN_DATA_DIR) to a writable path.`,
          { cause: err },
        );
      }
    },
    async send(records) {
      if (records.length === 0) return { kind: 'delivered' };
      const text = Buffer.from(records.map((r) => `${JSON.stringify(r.ocsf)}\n`).join(''), 'utf8');
      let fh: FileHandle | undefined;
      try {
        fh = await ensureOpen();
        let written = 0;
        while (written < text.length) written += (await fh.write(text, written, text.length - written)).bytesWritten;
        await fh.datasync();
        size += text.length;
        return { kind: 'delivered' };
      } catch (err) {
        // A half-written batch would glue its tail to the retry's first line; cut it off.
        await fh?.truncate(size).catch(() => undefined);
        // Reopen next time: the file may have been rotated, or its disk remounted.
        await release();
        return classifyFileWriteError(err);
      }
    },
    async stop() {
      await release();
    },
  };
}
