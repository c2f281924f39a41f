/**
 * An abort signal for one HTTP request: fires when `timeoutMs` passes or `parent` aborts. A plain
 * timer rather than `AbortSignal.timeout` + `AbortSignal.any`, so we know which of the two fired
 * and do not depend on how Node keeps those (weakly held) signals alive. Call `dispose` when the
 * request is over.
 */
export interface RequestDeadline {
  readonly signal: AbortSignal;
  /** True once the timer, not the parent, aborted the request. */
  timedOut(): boolean;
  dispose(): void;
}

export function requestDeadline(timeoutMs: number, parent?: AbortSignal): RequestDeadline {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`no response within ${timeoutMs} ms`, 'TimeoutError'));
  }, timeoutMs);
  // The request's own socket keeps the process alive; this timer alone should not.
  timer.unref();
  const onParentAbort = (): void => controller.abort(parent?.reason);
  if (parent?.aborted === true) onParentAbort();
  else parent?.addEventListener('abort', onParentAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose() {
      clearTimeout(timer);
      parent?.removeEventListener('abort', onParentAbort);
    },
  };
}
