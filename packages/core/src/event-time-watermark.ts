/**
 * How far past this process's clock one event may move event time. Nothing is refused for being
 * ahead (Loki and Prometheus refuse data more than 10 minutes in the future; here the event is
 * scored as usual), only event time is bounded, so the allowance can be tight: a minute is far
 * more than NTP-synchronised hosts drift apart, and far less than a session's idle gap.
 */
export const MAX_EVENT_TIME_AHEAD_MS = 60_000;

/**
 * How long, in processing time, a span may trail the rest of its session and still join it once
 * event time says the session has ended (Kafka Streams calls this a session window's grace). Only a
 * stream read faster than it happened needs it: a replayed history, or a backlog after an outage,
 * where event time races ahead while a session's last spans are in its exporter's next batch. Live
 * event time moves with the clock, and a session has its whole idle gap to complete.
 */
export const LATE_ARRIVAL_GRACE_MS = 2_000;

/** Watermarks closer together than this in processing time share one checkpoint. */
const CHECKPOINT_SPACING_MS = 100;

interface Checkpoint {
  readonly atMs: number;
  ms: number;
}

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
  /** The watermark over the last `graceMs` of processing time, oldest first (see `settledMs`). */
  private readonly recent: Checkpoint[] = [];

  constructor(private readonly graceMs = 0) {}

  /** Folds in one event's end time; true when it was further ahead of `nowMs` than allowed. */
  observe(eventMs: number, nowMs: number): boolean {
    const limit = nowMs + MAX_EVENT_TIME_AHEAD_MS;
    const counted = Math.min(eventMs, limit);
    if (counted > this.latestMs) {
      this.latestMs = counted;
      if (this.graceMs > 0) this.checkpoint(nowMs);
    }
    return eventMs > limit;
  }

  get ms(): number {
    return this.latestMs;
  }

  /**
   * Event time as it stood `graceMs` of processing time ago: how far sessions may be closed now.
   * In a replayed history or a backlog, event time races ahead while a session's last span is still
   * in an exporter's next batch; closing on the newest watermark would judge and learn the session
   * without that span, and the span would start a session of its own.
   */
  settledMs(nowMs: number): number {
    if (this.graceMs === 0) return this.latestMs;
    this.prune(nowMs);
    const first = this.recent[0];
    return first !== undefined && first.atMs <= nowMs - this.graceMs ? first.ms : 0;
  }

  private checkpoint(nowMs: number): void {
    const last = this.recent[this.recent.length - 1];
    // Within the spacing (or on a clock that steps back) the last checkpoint takes the new
    // watermark, which may then settle up to that much early: far less than any grace worth having.
    if (last !== undefined && nowMs - last.atMs < CHECKPOINT_SPACING_MS) last.ms = this.latestMs;
    else this.recent.push({ atMs: nowMs, ms: this.latestMs });
    this.prune(nowMs);
  }

  /** Keeps the newest checkpoint at or before the grace period and every one after it. */
  private prune(nowMs: number): void {
    const cutoff = nowMs - this.graceMs;
    while (this.recent.length > 1 && (this.recent[1] as Checkpoint).atMs <= cutoff) this.recent.shift();
  }
}
