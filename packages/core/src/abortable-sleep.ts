/**
 * Waits `ms`, or less when `signal` aborts; never rejects, so an abort reads as "stop waiting",
 * not as a failure. The one way the retry loops (sink delivery, control-plane calls) wait,
 * injected where they are built so tests run without real time.
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
