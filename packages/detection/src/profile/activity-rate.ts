/**
 * How many sessions an agent starts per hour, learned as an exponentially weighted mean and
 * variance over all hours and, for seasonality, a mean per hour of the week: an agent that runs
 * fifty sessions every Monday at nine is not bursting when it does so again, and one that runs two
 * an hour is when it runs forty. Event time only; JSON-serializable so it travels in the profile.
 */
export interface ActivityRate {
  /** Epoch hour (ms / 3,600,000) being counted, or -1 before the first session. */
  hour: number;
  /** Sessions started in that hour so far. */
  inHour: number;
  /** Closed hours folded in (empty hours included), capped; how much the figures below rest on. */
  hours: number;
  mean: number;
  variance: number;
  /** Per hour of the week (0 = Monday 00:00 UTC): weighted mean of sessions started in that hour. */
  weekly: number[];
  /** Weeks folded into each slot, capped. */
  weeklyWeeks: number[];
}

const HOUR_MS = 3_600_000;
const HOURS_PER_WEEK = 168;
/** About two weeks of hours carry the overall mean. */
const ALPHA = 2 / (2 * HOURS_PER_WEEK + 1);
/** About four weeks carry each hour-of-week slot. */
const WEEKLY_ALPHA = 0.25;
/** Longest silence folded hour by hour; beyond it the agent is treated as starting over. */
const MAX_GAP_HOURS = 4 * HOURS_PER_WEEK;
const CAP = 100_000;

export function emptyActivityRate(): ActivityRate {
  return { hour: -1, inHour: 0, hours: 0, mean: 0, variance: 0, weekly: new Array<number>(HOURS_PER_WEEK).fill(0), weeklyWeeks: new Array<number>(HOURS_PER_WEEK).fill(0) };
}

export function epochHour(ms: number): number {
  return Math.floor(ms / HOUR_MS);
}

/** 0 = Monday 00:00-01:00 UTC. The epoch began on a Thursday. */
export function hourOfWeek(hour: number): number {
  return (((hour + 72) % HOURS_PER_WEEK) + HOURS_PER_WEEK) % HOURS_PER_WEEK;
}

/**
 * Counts a learned session's start. Sessions arrive as they finish, roughly in order; one that
 * started in an hour already closed is dropped rather than rewrite history (a bounded under-count).
 */
export function recordSessionStart(r: ActivityRate, startMs: number): void {
  const h = epochHour(startMs);
  if (r.hour < 0) {
    r.hour = h;
  } else if (h > r.hour) {
    closeHour(r, r.hour, r.inHour);
    const gap = h - r.hour - 1;
    for (let i = 1; i <= Math.min(gap, MAX_GAP_HOURS); i++) closeHour(r, r.hour + i, 0);
    r.hour = h;
    r.inHour = 0;
  } else if (h < r.hour) {
    return;
  }
  r.inHour += 1;
}

function closeHour(r: ActivityRate, hour: number, n: number): void {
  // The first hour sets the mean: starting from zero would read the ramp-up as weeks of variance.
  const diff = r.hours === 0 ? 0 : n - r.mean;
  r.mean = r.hours === 0 ? n : r.mean + ALPHA * diff;
  r.variance = (1 - ALPHA) * (r.variance + ALPHA * diff * diff);
  r.hours = Math.min(CAP, r.hours + 1);
  const slot = hourOfWeek(hour);
  const weeks = r.weeklyWeeks[slot] ?? 0;
  const prev = r.weekly[slot] ?? 0;
  // The first week sets the slot; later ones move it by WEEKLY_ALPHA.
  r.weekly[slot] = weeks === 0 ? n : prev + WEEKLY_ALPHA * (n - prev);
  r.weeklyWeeks[slot] = Math.min(CAP, weeks + 1);
}

export interface ExpectedRate {
  /** Sessions expected in the hour: the hour-of-week mean once that slot has history, else the overall mean. */
  readonly expected: number;
  readonly sd: number;
  /** Enough history to judge (two weeks of hours, the slot seen at least twice). */
  readonly mature: boolean;
}

export function expectedSessions(r: ActivityRate, startMs: number): ExpectedRate {
  const slot = hourOfWeek(epochHour(startMs));
  const weeks = r.weeklyWeeks[slot] ?? 0;
  const seasonal = weeks >= 2 ? (r.weekly[slot] ?? 0) : r.mean;
  return { expected: Math.max(seasonal, r.mean * 0.25), sd: Math.sqrt(r.variance), mature: r.hours >= 2 * HOURS_PER_WEEK && weeks >= 2 };
}
