import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import * as path from 'node:path';

/**
 * Replaces `file` with `data` so that after a crash it holds either the old or the new content,
 * never a mix: write a temporary sibling, fsync it, rename it over, fsync the directory (without
 * that, the rename itself may not survive a power cut).
 */
export async function writeFileAtomic(file: string, data: string): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  const handle = await open(tmp, 'w');
  try {
    await handle.writeFile(data, 'utf8');
    await handle.sync();
  } catch (err) {
    await handle.close();
    await rm(tmp, { force: true });
    throw err;
  }
  await handle.close();
  await rename(tmp, file);
  await syncDirectory(dir);
}

/** The file's text, or undefined when it does not exist. */
export async function readTextIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

async function syncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Some platforms (Windows, a few network file systems) cannot fsync a directory; the rename
    // is still atomic there, only its durability across a power cut is the file system's business.
  } finally {
    await handle?.close();
  }
}
