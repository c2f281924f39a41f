let lastPlainLineMs = 0;

/**
 * One overwritten status line on a terminal. In a log (not a terminal) at most one line a second,
 * unless `important`, so a CI log shows the run's pace without a line per batch.
 */
export function progress(text: string, important = false): void {
  if (process.stderr.isTTY) {
    process.stderr.write(`\r\x1b[2K${text}`);
    return;
  }
  const now = Date.now();
  if (!important && now - lastPlainLineMs < 1000) return;
  lastPlainLineMs = now;
  process.stderr.write(`${text.trimEnd()}\n`);
}

/** Ends the status line so the next output starts on its own line. */
export function endProgress(): void {
  if (process.stderr.isTTY) process.stderr.write('\n');
}
