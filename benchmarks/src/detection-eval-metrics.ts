/**
 * Detection quality from one replay of the labelled corpus: which labelled sessions Warden caught
 * at the severity their scenario expects, how many ordinary sessions it flagged, how many of its
 * High and Critical findings were real attacks, and how long detection took. Pure: the replay
 * (detection-eval-replay.ts) gathers the observations, this only counts.
 *
 * Every count is a numerator/denominator pair or a list of samples, so several seeds (and
 * corpora) pool by adding them up (`addCounts`) before any ratio is taken.
 */
import { isAtLeast, severityRank, type Severity } from '@warden/core';
import { deliveryKey, SCENARIO_IDS, type ScenarioId, type ScenarioLabel } from '@warden/simulator';

export type { Severity } from '@warden/core';

/** A worst finding (null: none) at or above `min`. */
function atLeast(s: Severity | null, min: Severity): boolean {
  return s !== null && isAtLeast(s, min);
}

/** One finding record as the evaluation needs it (response copies are left out when parsing). */
export interface ObservedFinding {
  readonly sessionId: string;
  readonly severity: Severity;
  readonly category: 'security' | 'reliability';
  /** When the harness saw the record appear in the findings file, epoch ms of its own clock. */
  readonly seenAtMs: number;
  /** The record's evidence: each contributing signal's rule and its share of the risk, as Warden wrote them. */
  readonly signals: readonly FindingSignal[];
}

export interface FindingSignal {
  readonly rule: string;
  readonly contribution: number;
  /** The span the signal points at (a tool call's name), when the evidence names one. */
  readonly span?: string;
}

/** One session the replay sent. */
export interface SentSession {
  readonly sessionId: string;
  readonly agentId: string;
  readonly phase: 'history' | 'live';
  /** Simulated day (epoch ms / 1 day, floored) the session ended on. */
  readonly day: number;
  readonly label?: ScenarioLabel;
}

export interface ReplayObservation {
  readonly sessions: readonly SentSession[];
  readonly findings: readonly ObservedFinding[];
  /**
   * `deliveryKey` of a span (`${traceId}/${spanId}`) → when the OTLP export carrying it was first
   * acknowledged (harness clock). Warden received the span at most that long after the export began,
   * a little before this.
   */
  readonly exportedAtMs: ReadonlyMap<string, number>;
}

export interface ScenarioCounts {
  readonly scenario: ScenarioId;
  readonly expectedCategory: ScenarioLabel['expectedCategory'];
  readonly expectedMin: Severity | null;
  readonly expectedMax: Severity | null;
  readonly variants: readonly string[];
  /** Trigger sessions sent (the sessions the scenario is judged on). */
  readonly triggers: number;
  /** Worst finding of the expected category at or above the expected minimum. */
  readonly reachedMin: number;
  /** Worst finding of the expected category at High or above. */
  readonly atLeastHigh: number;
  /** Worst finding within [min, max] (no finding above max when there is no minimum). */
  readonly inBand: number;
  /** Per detected live trigger: first record at the expected minimum minus the trigger's export ack, ms. */
  readonly timeToDetectMs: readonly number[];
  /** Trigger sessions outside the expected band: which variant, and the worst finding it got. */
  readonly outOfBand: readonly OutOfBand[];
}

export interface OutOfBand {
  readonly variant: string;
  readonly worst: Severity | 'none';
}

export interface DetectionCounts {
  readonly scenarios: Readonly<Partial<Record<ScenarioId, ScenarioCounts>>>;
  /** Live sessions without a label plus benign look-alike triggers. */
  readonly benignSessions: number;
  /** ...of which had a security finding at Medium or above. */
  readonly benignFlagged: number;
  /**
   * The benign look-alikes among them (written to resemble attacks) and how many were flagged, so a
   * reader can tell ordinary traffic's false positives from the look-alikes'.
   */
  readonly lookalikeSessions: number;
  readonly lookalikeFlagged: number;
  /** Distinct agent x simulated day over the live phase. */
  readonly liveAgentDays: number;
  /** Ordinary sessions and agent-days of the history, for the pace of a real day. */
  readonly historyOrdinarySessions: number;
  readonly historyAgentDays: number;
  /** Unlabelled history sessions (Warden still learning) with a security finding at Medium or above. */
  readonly historyFlagged: number;
  /** Judged sessions (live, or labelled) with a security finding at High or above... */
  readonly highPlusSessions: number;
  /** ...of which belong to an attack campaign (trigger or setup of a security scenario)... */
  readonly highPlusAttacks: number;
  /** ...of which are setup sessions (the slow leak's drip): real attack traffic, not the judged trigger. */
  readonly highPlusSetup: number;
  /** Sessions with findings that the replay never sent (counted against precision when High+). */
  readonly unmatchedSessions: number;
}

/** Security scenarios expected at High or above: the "executed attacks" of the targets. */
export function isExecutedAttack(c: Pick<ScenarioCounts, 'expectedCategory' | 'expectedMin'>): boolean {
  return c.expectedCategory === 'security' && atLeast(c.expectedMin, 'high');
}

export function countReplay(obs: ReplayObservation): DetectionCounts {
  const worst = worstBySession(obs.findings);
  const sent = new Map(obs.sessions.map((s) => [s.sessionId, s]));

  const scenarios: Partial<Record<ScenarioId, ScenarioCounts>> = {};
  for (const s of obs.sessions) {
    const l = s.label;
    if (l === undefined || l.role !== 'trigger') continue;
    const { expectedMin, expectedMax, category, w, reached, inBand } = judgeTrigger(l, worst.get(s.sessionId));
    const ttd = reached && expectedMin !== null && s.phase === 'live' ? timeToDetect(obs, l, category, expectedMin) : undefined;
    const prev = scenarios[l.scenario];
    scenarios[l.scenario] = {
      scenario: l.scenario,
      expectedCategory: l.expectedCategory,
      expectedMin,
      expectedMax,
      variants: [...new Set([...(prev?.variants ?? []), l.variant])].sort(),
      triggers: (prev?.triggers ?? 0) + 1,
      reachedMin: (prev?.reachedMin ?? 0) + (reached ? 1 : 0),
      atLeastHigh: (prev?.atLeastHigh ?? 0) + (atLeast(w, 'high') ? 1 : 0),
      inBand: (prev?.inBand ?? 0) + (inBand ? 1 : 0),
      timeToDetectMs: [...(prev?.timeToDetectMs ?? []), ...(ttd === undefined ? [] : [ttd])],
      outOfBand: [...(prev?.outOfBand ?? []), ...(inBand ? [] : [{ variant: l.variant, worst: w ?? ('none' as const) }])],
    };
  }

  const securityAt = (sessionId: string, min: Severity) => atLeast(worst.get(sessionId)?.security ?? null, min);
  const live = obs.sessions.filter((s) => s.phase === 'live');
  const benign = live.filter((s) => s.label === undefined || s.label.scenario === 'benign_lookalike');
  const lookalikes = benign.filter((s) => s.label !== undefined);
  const historyOrdinary = obs.sessions.filter((s) => s.phase === 'history' && s.label === undefined);

  // Judged for precision: everything in the live phase, labelled sessions wherever they are (the
  // slow leak's setup lies in the history), and sessions Warden reported that were never sent.
  const judged = new Set([...live.map((s) => s.sessionId), ...obs.sessions.filter((s) => s.label !== undefined).map((s) => s.sessionId)]);
  const unmatched = [...worst.keys()].filter((id) => !sent.has(id));
  let highPlusSessions = 0;
  let highPlusAttacks = 0;
  let highPlusSetup = 0;
  for (const id of [...judged, ...unmatched]) {
    if (!securityAt(id, 'high')) continue;
    highPlusSessions += 1;
    const label = sent.get(id)?.label;
    if (label?.expectedCategory !== 'security') continue;
    highPlusAttacks += 1;
    if (label.role === 'setup') highPlusSetup += 1;
  }

  return {
    scenarios,
    benignSessions: benign.length,
    benignFlagged: benign.filter((s) => securityAt(s.sessionId, 'medium')).length,
    lookalikeSessions: lookalikes.length,
    lookalikeFlagged: lookalikes.filter((s) => securityAt(s.sessionId, 'medium')).length,
    liveAgentDays: agentDays(live),
    historyOrdinarySessions: historyOrdinary.length,
    historyAgentDays: agentDays(historyOrdinary),
    historyFlagged: historyOrdinary.filter((s) => securityAt(s.sessionId, 'medium')).length,
    highPlusSessions,
    highPlusAttacks,
    highPlusSetup,
    unmatchedSessions: unmatched.length,
  };
}

/** How a trigger session fared against its label: its worst finding of the judged category, and whether that is in the expected band. */
export function judgeTrigger(l: ScenarioLabel, worst: WorstSeverities | undefined) {
  const expectedMin = l.expectedMinSeverity as Severity | null;
  const expectedMax = l.expectedMaxSeverity as Severity | null;
  // A reliability scenario is judged on reliability findings; the rest (and "none") on security ones.
  const category: 'security' | 'reliability' = l.expectedCategory === 'reliability' ? 'reliability' : 'security';
  const w = worst?.[category] ?? null;
  const reached = expectedMin !== null && atLeast(w, expectedMin);
  const inBand = (expectedMin === null || reached) && (expectedMax === null || w === null || severityRank(w) <= severityRank(expectedMax));
  return { expectedMin, expectedMax, category, w, reached, inBand };
}

/**
 * From the acknowledgement of the export that carried the trigger span to the first record of
 * the expected category at the expected minimum. A record can land a hair before the client sees
 * the acknowledgement (Warden scores what it received before answering), hence the floor at 0.
 */
function timeToDetect(obs: ReplayObservation, l: ScenarioLabel, category: 'security' | 'reliability', min: Severity): number | undefined {
  const exportedAt = obs.exportedAtMs.get(deliveryKey(l.trigger));
  if (exportedAt === undefined) return undefined;
  let first: number | undefined;
  for (const f of obs.findings) {
    if (f.sessionId !== l.sessionId || f.category !== category || !atLeast(f.severity, min)) continue;
    if (first === undefined || f.seenAtMs < first) first = f.seenAtMs;
  }
  return first === undefined ? undefined : Math.max(0, first - exportedAt);
}

/**
 * What two deployments given the same corpus and seed must agree on. Session ids depend on when a
 * replay ran (the simulator fits sessions into working hours of the real calendar), so labelled
 * sessions are named by their story (`scenario/variant/role/index`, `#n` when a variant plays more
 * than once) with their worst severities (`security:high,reliability:low`), and the ordinary
 * sessions are counted per worst severity (`ordinary security:medium` -> how many).
 */
export function sessionOutcomes(obs: Pick<ReplayObservation, 'sessions' | 'findings'>): Record<string, string> {
  const worst = worstBySession(obs.findings);
  const describe = (w: WorstSeverities | undefined): string =>
    [w?.security ? [`security:${w.security}`] : [], w?.reliability ? [`reliability:${w.reliability}`] : []].flat().join(',') || 'none';
  const out: Record<string, string> = {};
  const ordinary = new Map<string, number>();
  const labelled = obs.sessions.filter((s) => s.label !== undefined).sort((a, b) => (a.label!.trigger.timeMs - b.label!.trigger.timeMs) || a.sessionId.localeCompare(b.sessionId));
  for (const s of labelled) {
    const l = s.label!;
    const base = `${l.scenario}/${l.variant}/${l.role}/${l.sessionIndex}`;
    let name = base;
    for (let n = 2; Object.hasOwn(out, name); n++) name = `${base}#${n}`;
    out[name] = describe(worst.get(s.sessionId));
  }
  for (const s of obs.sessions) {
    if (s.label !== undefined) continue;
    const w = worst.get(s.sessionId);
    if (w === undefined) continue;
    const key = `ordinary ${describe(w)}`;
    ordinary.set(key, (ordinary.get(key) ?? 0) + 1);
  }
  for (const [key, n] of [...ordinary].sort(([a], [b]) => a.localeCompare(b))) out[key] = `${n} sessions`;
  return out;
}

export interface WorstSeverities {
  security: Severity | null;
  reliability: Severity | null;
}

export function worstBySession(findings: readonly ObservedFinding[]): Map<string, WorstSeverities> {
  const out = new Map<string, WorstSeverities>();
  for (const f of findings) {
    const w = out.get(f.sessionId) ?? { security: null, reliability: null };
    const prev = w[f.category];
    if (prev === null || severityRank(f.severity) > severityRank(prev)) w[f.category] = f.severity;
    out.set(f.sessionId, w);
  }
  return out;
}

function agentDays(sessions: readonly SentSession[]): number {
  return new Set(sessions.map((s) => `${s.agentId}\u0000${s.day}`)).size;
}

/** Pools the counts of several replays (seeds, corpora). */
export function addCounts(all: readonly DetectionCounts[]): DetectionCounts {
  const scenarios: Partial<Record<ScenarioId, ScenarioCounts>> = {};
  for (const c of all) {
    for (const s of Object.values(c.scenarios)) {
      const prev = scenarios[s.scenario];
      scenarios[s.scenario] =
        prev === undefined
          ? s
          : {
              ...prev,
              variants: [...new Set([...prev.variants, ...s.variants])].sort(),
              triggers: prev.triggers + s.triggers,
              reachedMin: prev.reachedMin + s.reachedMin,
              atLeastHigh: prev.atLeastHigh + s.atLeastHigh,
              inBand: prev.inBand + s.inBand,
              timeToDetectMs: [...prev.timeToDetectMs, ...s.timeToDetectMs],
              outOfBand: [...prev.outOfBand, ...s.outOfBand],
            };
    }
  }
  const sum = (k: Exclude<keyof DetectionCounts, 'scenarios'>) => all.reduce((n, c) => n + c[k], 0);
  return {
    scenarios,
    benignSessions: sum('benignSessions'),
    benignFlagged: sum('benignFlagged'),
    lookalikeSessions: sum('lookalikeSessions'),
    lookalikeFlagged: sum('lookalikeFlagged'),
    liveAgentDays: sum('liveAgentDays'),
    historyOrdinarySessions: sum('historyOrdinarySessions'),
    historyAgentDays: sum('historyAgentDays'),
    historyFlagged: sum('historyFlagged'),
    highPlusSessions: sum('highPlusSessions'),
    highPlusAttacks: sum('highPlusAttacks'),
    highPlusSetup: sum('highPlusSetup'),
    unmatchedSessions: sum('unmatchedSessions'),
  };
}

/** Nearest-rank percentile (q in 0..1) of the samples; undefined when there are none. */
export function percentile(samples: readonly number[], q: number): number | undefined {
  if (samples.length === 0) return undefined;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export interface Ratio {
  readonly hits: number;
  readonly total: number;
  /** hits / total; null when total is 0 (nothing to measure). */
  readonly share: number | null;
}

function ratio(hits: number, total: number): Ratio {
  return { hits, total, share: total === 0 ? null : hits / total };
}

export interface ScenarioSummary {
  readonly scenario: ScenarioId;
  readonly executedAttack: boolean;
  readonly expected: string;
  readonly variants: readonly string[];
  readonly recall: Ratio;
  readonly atLeastHigh: Ratio;
  readonly inBand: Ratio;
  readonly timeToDetectP50Ms: number | null;
  readonly timeToDetectP99Ms: number | null;
  /** Variant → worst finding → sessions, for the trigger sessions outside the expected band. */
  readonly outOfBand: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export interface TargetCheck {
  readonly id: 'executed_at_high' | 'benign_at_medium' | 'high_precision' | 'time_to_detect_p99' | 'injection_ignored_visible';
  readonly what: string;
  readonly target: string;
  readonly measured: string;
  /** null when nothing was measured (no sample), which is reported as such, not as met. */
  readonly met: boolean | null;
}

export interface DetectionSummary {
  readonly scenarios: readonly ScenarioSummary[];
  /** Executed attacks (security scenarios expected at High or above) whose worst finding is High+. */
  readonly executedAtHigh: Ratio;
  /** Every trigger session reaching its scenario's expected minimum. */
  readonly recallAtExpectedMin: Ratio;
  readonly benignAtMedium: Ratio;
  /** benignAtMedium split: ordinary sessions, and the look-alikes each corpus writes to trip a detector. */
  readonly ordinaryAtMedium: Ratio;
  readonly lookalikesAtMedium: Ratio;
  readonly falsePositivesPerAgentDay: number | null;
  /** The same rate of flagged benign sessions at the pace of a history day (sessions per agent-day there). */
  readonly falsePositivesPerAgentDayAtHistoryPace: number | null;
  readonly liveAgentDays: number;
  readonly highPrecision: Ratio;
  /** High+ sessions that are setup sessions of a campaign (counted as attacks in the precision). */
  readonly highPlusSetupSessions: number;
  readonly injectionIgnoredVisible: Ratio;
  readonly timeToDetectP50Ms: number | null;
  readonly timeToDetectP99Ms: number | null;
  readonly timeToDetectSamples: number;
  readonly historyFlagged: Ratio;
  readonly unmatchedSessions: number;
  readonly targets: readonly TargetCheck[];
}

/** The targets. */
export const TARGETS = {
  executedAtHighMin: 0.9,
  benignAtMediumMax: 0.02,
  highPrecisionMin: 0.8,
  timeToDetectP99MaxMs: 1000,
  /** "Visible, not silent": every ignored injection at Low or Medium. */
  injectionIgnoredVisibleMin: 1,
} as const;

export function summarize(c: DetectionCounts): DetectionSummary {
  const rows = (Object.values(c.scenarios) as ScenarioCounts[]).sort((a, b) => scenarioOrder(a) - scenarioOrder(b));
  const scenarios = rows.map(
    (s): ScenarioSummary => ({
      scenario: s.scenario,
      executedAttack: isExecutedAttack(s),
      expected: expectedText(s),
      variants: s.variants,
      recall: ratio(s.expectedMin === null ? 0 : s.reachedMin, s.expectedMin === null ? 0 : s.triggers),
      atLeastHigh: ratio(s.atLeastHigh, s.triggers),
      inBand: ratio(s.inBand, s.triggers),
      timeToDetectP50Ms: percentile(s.timeToDetectMs, 0.5) ?? null,
      timeToDetectP99Ms: percentile(s.timeToDetectMs, 0.99) ?? null,
      outOfBand: tally(s.outOfBand),
    }),
  );
  const executed = rows.filter(isExecutedAttack);
  const withMin = rows.filter((s) => s.expectedMin !== null);
  const ttd = rows.flatMap((s) => s.timeToDetectMs);
  const ignored = c.scenarios.injection_ignored;
  const benignShare = c.benignSessions === 0 ? null : c.benignFlagged / c.benignSessions;
  const historyPace = c.historyAgentDays === 0 ? null : c.historyOrdinarySessions / c.historyAgentDays;

  const executedAtHigh = ratio(sum(executed, 'atLeastHigh'), sum(executed, 'triggers'));
  const benignAtMedium = ratio(c.benignFlagged, c.benignSessions);
  const highPrecision = ratio(c.highPlusAttacks, c.highPlusSessions);
  const injectionIgnoredVisible = ratio(ignored?.inBand ?? 0, ignored?.triggers ?? 0);
  const p50 = percentile(ttd, 0.5) ?? null;
  const p99 = percentile(ttd, 0.99) ?? null;

  const targets: TargetCheck[] = [
    check('executed_at_high', 'executed attacks at High or above', `>= ${pct(TARGETS.executedAtHighMin)}`, executedAtHigh, (s) => s >= TARGETS.executedAtHighMin),
    check('benign_at_medium', 'benign sessions at Medium or above', `<= ${pct(TARGETS.benignAtMediumMax)}`, benignAtMedium, (s) => s <= TARGETS.benignAtMediumMax),
    check('high_precision', 'High/Critical findings that are real attacks', `>= ${pct(TARGETS.highPrecisionMin)}`, highPrecision, (s) => s >= TARGETS.highPrecisionMin),
    {
      id: 'time_to_detect_p99',
      what: 'time to detect, p99',
      target: `<= ${TARGETS.timeToDetectP99MaxMs} ms`,
      measured: p99 === null ? 'no detection timed' : `${Math.round(p99)} ms (p50 ${Math.round(p50 ?? 0)} ms, ${ttd.length} detections)`,
      met: p99 === null ? null : p99 <= TARGETS.timeToDetectP99MaxMs,
    },
    check('injection_ignored_visible', 'ignored injections visible at Low..Medium', `${pct(TARGETS.injectionIgnoredVisibleMin)}`, injectionIgnoredVisible, (s) => s >= TARGETS.injectionIgnoredVisibleMin),
  ];

  return {
    scenarios,
    executedAtHigh,
    recallAtExpectedMin: ratio(sum(withMin, 'reachedMin'), sum(withMin, 'triggers')),
    benignAtMedium,
    ordinaryAtMedium: ratio(c.benignFlagged - c.lookalikeFlagged, c.benignSessions - c.lookalikeSessions),
    lookalikesAtMedium: ratio(c.lookalikeFlagged, c.lookalikeSessions),
    falsePositivesPerAgentDay: c.liveAgentDays === 0 ? null : c.benignFlagged / c.liveAgentDays,
    falsePositivesPerAgentDayAtHistoryPace: benignShare === null || historyPace === null ? null : benignShare * historyPace,
    liveAgentDays: c.liveAgentDays,
    highPrecision,
    highPlusSetupSessions: c.highPlusSetup,
    injectionIgnoredVisible,
    timeToDetectP50Ms: p50,
    timeToDetectP99Ms: p99,
    timeToDetectSamples: ttd.length,
    historyFlagged: ratio(c.historyFlagged, c.historyOrdinarySessions),
    unmatchedSessions: c.unmatchedSessions,
    targets,
  };
}

function tally(misses: readonly OutOfBand[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const m of misses) {
    const byWorst = (out[m.variant] ??= {});
    byWorst[m.worst] = (byWorst[m.worst] ?? 0) + 1;
  }
  return out;
}

function check(id: TargetCheck['id'], what: string, target: string, r: Ratio, ok: (share: number) => boolean): TargetCheck {
  return { id, what, target, measured: r.share === null ? 'nothing to measure' : `${pct(r.share)} (${r.hits}/${r.total})`, met: r.share === null ? null : ok(r.share) };
}

function sum(rows: readonly ScenarioCounts[], k: 'triggers' | 'reachedMin' | 'atLeastHigh'): number {
  return rows.reduce((n, r) => n + r[k], 0);
}

/** A share as a percentage with at most one decimal. */
export function pct(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

function expectedText(s: ScenarioCounts): string {
  const cat = s.expectedCategory === 'reliability' && s.expectedMin !== null ? ' reliability' : '';
  return `${bandText(s.expectedMin, s.expectedMax)}${cat}`;
}

/** An expected severity band as people read it: `>= high`, `low..medium`, `<= low`. */
export function bandText(min: Severity | null, max: Severity | null): string {
  if (min === null) return `<= ${max ?? 'any'}`;
  if (max === null) return `>= ${min}`;
  return min === max ? min : `${min}..${max}`;
}

/** Catalogue order (scenario numbers 1-9, then the look-alike and the ignored injection). */
function scenarioOrder(s: ScenarioCounts): number {
  const i = SCENARIO_IDS.indexOf(s.scenario);
  return i === -1 ? SCENARIO_IDS.length : i;
}
