/**
 * Whether Warden has digested what it was sent, read from its Prometheus scrapes. Pure: the
 * waiting loop lives in detection-eval-target.ts.
 *
 * The demo asks the embedded Warden directly (nothing queued, profiles no longer being published);
 * a separate process only shows its /metrics, where the same facts are:
 * - nothing queued: `warden_bus_lag_records` (records published and not yet acknowledged, every
 *   topic and consumer group) sums to 0 and the scorer has scored every accepted span;
 * - profiles stable: the baseline's counters of sessions learned / excluded / awaiting the
 *   scorer's verdict and the size of the profiles stop moving (each learned session republishes
 *   its profiles). The baseline closes idle sessions on a 1 s tick, so "stable" must outlast it;
 * - for a day of history, every session judged: `warden_scorer_live_sessions` is 0. The scorer
 *   waits a grace for late spans (LATE_ARRIVAL_GRACE_MS) before it ends a session, so a history
 *   day is learned only once that has passed.
 */
import { sample } from './prometheus';

export interface PipelineState {
  readonly queued: number;
  readonly accepted: number;
  readonly scored: number;
  /** Sessions the scorer has not judged yet. */
  readonly openSessions: number;
  /** Changes whenever the baseline learns, excludes or waits on a session, or a finding is delivered. */
  readonly activity: string;
}

export function pipelineState(scrapes: readonly string[]): PipelineState {
  const activity = [
    'warden_sessions_learned_total',
    'warden_sessions_excluded_total',
    'warden_sessions_awaiting_verdict',
    'warden_profiles_bytes',
    'warden_findings_total',
  ].map((name) => sample(scrapes, name));
  return {
    queued: sample(scrapes, 'warden_bus_lag_records'),
    accepted: sample(scrapes, 'warden_receiver_spans_accepted_total'),
    scored: sample(scrapes, 'warden_scorer_events_total'),
    openSessions: sample(scrapes, 'warden_scorer_live_sessions'),
    activity: activity.join('/'),
  };
}

/** Nothing waits in a queue and the scorer has seen every span the receiver accepted. */
export function isDrained(s: PipelineState): boolean {
  return s.queued === 0 && s.scored >= s.accepted;
}

/**
 * Tracks consecutive observations: settled once drained with the same activity for `quietMs`.
 * Pure state machine; the caller feeds it scrapes and the time they were taken.
 */
export class SettleTracker {
  private last: string | undefined;
  private since = 0;

  /** `allJudged`: also wait for the scorer to have ended every session (a history day, not live traffic). */
  constructor(
    private readonly quietMs: number,
    private readonly allJudged = false,
  ) {}

  observe(s: PipelineState, atMs: number): boolean {
    const key = isDrained(s) && (!this.allJudged || s.openSessions === 0) ? s.activity : undefined;
    if (key === undefined || key !== this.last) {
      this.last = key;
      this.since = atMs;
      return false;
    }
    return atMs - this.since >= this.quietMs;
  }
}
