/**
 * Counts work in progress so a graceful stop can wait for it, with a bound: a request stuck on a
 * hung downstream must not hold shutdown forever.
 */
export class InFlight {
  private readonly pending = new Set<Promise<unknown>>();

  get size(): number {
    return this.pending.size;
  }

  /** `work` must not reject (callers handle their own errors); a rejection is still swallowed here. */
  track(work: Promise<unknown>): void {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.pending.add(settled);
    void settled.then(() => this.pending.delete(settled));
  }

  /** Resolves true once nothing is in flight, or false when `timeoutMs` passes first. */
  async drain(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    try {
      while (this.pending.size > 0) {
        const next = await Promise.race([Promise.all([...this.pending]).then(() => true as const), timedOut]);
        if (!next) return false;
      }
      return true;
    } finally {
      clearTimeout(timer);
    }
  }
}
