/**
 * Why the figures count what they count against Warden: each benign session it flagged at Medium or
 * above (ordinary traffic, in the history or live, and the look-alikes) and each trigger session
 * outside its expected band, with the rules behind its worst finding. The summary says how many;
 * this says which and why, so a reader tuning detection reads the evidence instead of guessing.
 * Pure, like the counting in detection-eval-metrics.ts.
 */
import { isAtLeast, severityRank, type Severity } from '@warden/core';
import { bandText, judgeTrigger, worstBySession, type FindingSignal, type ObservedFinding, type ReplayObservation } from './detection-eval-metrics';

const DAY_MS = 86_400_000;

export interface ExplainedSession {
  /** `ordinary`, or the label's story `scenario/variant/role`. */
  readonly story: string;
  readonly agentId: string;
  readonly phase: 'history' | 'live';
  /** Simulated day the session ended on, YYYY-MM-DD. */
  readonly day: string;
  /** `benign at medium`: counted as a false positive (or, in the history, as flagged while learning); `outside band`: a trigger missed or over-rated. */
  readonly why: 'benign at medium' | 'outside band';
  readonly worst: Severity | 'none';
  /** The expected band of a trigger (`high..critical`, `<= medium`); absent for ordinary sessions. */
  readonly expected?: string;
  /** Rules of the worst record of the judged category (the last one at that severity), largest contribution first. */
  readonly rules: readonly FindingSignal[];
}

export function explainReplay(obs: Pick<ReplayObservation, 'sessions' | 'findings'>): ExplainedSession[] {
  const worst = worstBySession(obs.findings);
  const bySession = new Map<string, ObservedFinding[]>();
  for (const f of obs.findings) {
    const list = bySession.get(f.sessionId);
    if (list === undefined) bySession.set(f.sessionId, [f]);
    else list.push(f);
  }
  const out: ExplainedSession[] = [];
  for (const s of obs.sessions) {
    const l = s.label;
    const base = { agentId: s.agentId, phase: s.phase, day: new Date(s.day * DAY_MS).toISOString().slice(0, 10) };
    const benign = l === undefined || l.scenario === 'benign_lookalike';
    const security = worst.get(s.sessionId)?.security ?? null;
    if (benign && security !== null && isAtLeast(security, 'medium')) {
      out.push({
        story: l === undefined ? 'ordinary' : `${l.scenario}/${l.variant}/${l.role}`,
        ...base,
        why: 'benign at medium',
        worst: security,
        ...(l === undefined ? {} : { expected: bandText(l.expectedMinSeverity as Severity | null, l.expectedMaxSeverity as Severity | null) }),
        rules: worstRecord(bySession.get(s.sessionId) ?? [], 'security')?.signals ?? [],
      });
      continue;
    }
    if (l === undefined || l.role !== 'trigger') continue;
    const verdict = judgeTrigger(l, worst.get(s.sessionId));
    if (verdict.inBand) continue;
    out.push({
      story: `${l.scenario}/${l.variant}/${l.role}`,
      ...base,
      why: 'outside band',
      worst: verdict.w ?? 'none',
      expected: bandText(verdict.expectedMin, verdict.expectedMax),
      rules: worstRecord(bySession.get(s.sessionId) ?? [], verdict.category)?.signals ?? [],
    });
  }
  return out;
}

/** Rule → how many of the flagged ordinary sessions it contributed to, most first: what cries wolf. */
export function rulesBehindOrdinary(sessions: readonly ExplainedSession[]): { readonly rule: string; readonly sessions: number }[] {
  const count = new Map<string, number>();
  for (const s of sessions) {
    if (s.story !== 'ordinary') continue;
    for (const rule of new Set(s.rules.map((r) => r.rule))) count.set(rule, (count.get(rule) ?? 0) + 1);
  }
  return [...count].map(([rule, n]) => ({ rule, sessions: n })).sort((a, b) => b.sessions - a.sessions || a.rule.localeCompare(b.rule));
}

function worstRecord(findings: readonly ObservedFinding[], category: ObservedFinding['category']): ObservedFinding | undefined {
  let best: ObservedFinding | undefined;
  for (const f of findings) {
    if (f.category !== category) continue;
    if (best === undefined || severityRank(f.severity) >= severityRank(best.severity)) best = f;
  }
  return best;
}
