/**
 * How far past this process's clock one event may move event time. Nothing is refused for being
 * ahead (Loki and Prometheus refuse data more than 10 minutes in the future; here the event is
 * scored as usual), only event time is bounded, so the allowance can be tight: a minute is far
 * more than NTP-synchronised hosts drift apart, and far less than a session's idle gap.
 */
export const MAX_EVENT_TIME_AHEAD_MS = 60_000;

/**
 * The latest event time seen, as the workers use it to decide which sessions have ended (idle for
 * `sessionIdleMs` of event time) and which leak windows have passed. Event time, not the wall clock,
 * so that a replayed history is read as it happened; but it never runs ahead of the wall clock by
 * more than MAX_EVENT_TIME_AHEAD_MS. Without that bound one agent stamping its spans an hour ahead
 * would end every other open session at once: their verdicts would go out before the rest of their
 * spans, an injection and the action it caused would land in two incidents, and sessions still under
 * way would be learned.
 */
export class EventTimeWatermark {
  private latestMs = 0;

  /** Folds in one event's end time; true when it was further ahead of `nowMs` than allowed. */
  observe(eventMs: number, nowMs: number): boolean {
    const limit = nowMs + MAX_EVENT_TIME_AHEAD_MS;
    const counted = Math.min(eventMs, limit);
    if (counted > this.latestMs) this.latestMs = counted;
    return eventMs > limit;
  }

  get ms(): number {
    return this.latestMs;
  }
}
