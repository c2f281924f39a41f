/**
 * The lifecycle every Warden component follows (after the OpenTelemetry Collector's):
 * `start` returns once the component serves; `stop` drains and flushes, and is safe to call twice
 * or without `start`. The shell starts downstream-first and stops upstream-first.
 */
export interface Component {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Time as the shell sees it. Pure code receives time as data instead. */
export interface Clock {
  nowMs(): number;
}

export const systemClock: Clock = { nowMs: () => Date.now() };
