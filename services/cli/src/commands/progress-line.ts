/** A status line that rewrites itself on a terminal and prints at most once a second elsewhere. */
export class ProgressLine {
  private lastPrint = 0;
  constructor(private readonly out: NodeJS.WriteStream | NodeJS.WritableStream) {}

  private get tty(): boolean {
    return Boolean((this.out as NodeJS.WriteStream).isTTY);
  }

  update(text: string): void {
    const now = Date.now();
    if (this.tty) {
      this.out.write(`\r\x1b[2K${text}`);
    } else if (now - this.lastPrint >= 1000) {
      this.out.write(`${text}\n`);
      this.lastPrint = now;
    }
  }

  /** Clears the rewriting line so other output starts on a clean line. */
  clear(): void {
    if (this.tty) this.out.write('\r\x1b[2K');
  }

  done(text: string): void {
    this.clear();
    this.out.write(`${text}\n`);
  }
}
