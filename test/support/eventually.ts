/**
 * Polls `find` until it yields something (anything but `undefined` or `false`) and returns it, or
 * fails naming `what` it waited for. The end-to-end tests wait this way for work that crosses a bus,
 * a broker or a process: no fixed sleeps, so a fast machine is not slowed and a slow one is given
 * until the deadline.
 */
export async function eventually<T>(find: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 30_000, pollMs = 20): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await find();
    if (found !== undefined && found !== false) return found;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

/**
 * `eventually` for the component tests, whose work crosses an in-memory bus or one broker: it gives
 * up after 10 s, so a wait that fails names what it waited for well inside jest's 30 s per test.
 */
export function promptly<T>(find: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 10_000): Promise<T> {
  return eventually(find, what, timeoutMs, 5);
}
