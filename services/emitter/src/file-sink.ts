import { mkdir, open, type FileHandle } from 'node:fs/promises';
import * as path from 'node:path';
import { WardenError, type Severity } from '@warden/core';
import type { EmittedFinding, FindingSink } from './finding-sink';

/**
 * Appends each OCSF finding as one JSON line (the format SIEM forwarders tail). Each batch is
 * written and synced to disk before it counts as delivered.
 */
export function createFileSink(options: { file: string; minSeverity: Severity }): FindingSink {
  let handle: FileHandle | undefined;
  const ensureOpen = async (): Promise<FileHandle> => {
    if (!handle) {
      await mkdir(path.dirname(options.file), { recursive: true });
      handle = await open(options.file, 'a');
    }
    return handle;
  };
  return {
    name: 'file',
    minSeverity: options.minSeverity,
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
    async write(batch) {
      if (batch.length === 0) return;
      try {
        const fh = await ensureOpen();
        await fh.write(batch.map((b) => `${JSON.stringify(b.ocsf)}\n`).join(''));
        await fh.datasync();
      } catch (err) {
        // A full or vanished disk may come back; the batch stays unacknowledged and is retried.
        throw new WardenError('SINK_FILE_WRITE_FAILED', `writing findings to ${options.file} failed: ${(err as Error).message}`, {
          retriable: true,
          cause: err,
        });
      }
    },
    async stop() {
      await handle?.close();
      handle = undefined;
    },
  };
}
