/**
 * Waits `ms`, or less when `signal` aborts; never rejects, so an abort reads as "stop waiting",
 * not as a failure. The delivery loop's only way to wait, injected so tests run without clocks.
 */
export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

export const abortableSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    // Even a zero wait goes through the timer queue, so a retry loop can never starve I/O.
    const timer = setTimeout(done, Math.max(0, ms));
    signal.addEventListener('abort', done, { once: true });
  });
