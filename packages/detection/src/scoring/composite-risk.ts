import type { RiskSignal, SignalLocation } from '@warden/core';
import type { SignalHit } from '../signals/signal-hit';

/**
 * A sensitive step the session took that is not evidence on its own (an egress to a known
 * destination, a state change) but becomes evidence right after an injection.
 */
export interface ActionMark {
  readonly location: SignalLocation;
  /** 0..1: how much damage the step can do. */
  readonly strength: number;
  readonly label: string;
}

export interface CompositeRisk {
  /** 0..100, integer. */
  readonly risk: number;
  /** Every hit with its contribution, the correlation term included; largest first. */
  readonly signals: readonly RiskSignal[];
  readonly hits: readonly SignalHit[];
  readonly correlation?: SignalHit;
}

/** Weight of the "trigger, then sensitive action" term at full strength. */
export const CORRELATION_WEIGHT = 45;
/** Triggers weaker than this are too likely benign to correlate. */
const MIN_TRIGGER_SCORE = 0.3;

/**
 * The strongest "injection or authority claim, then a sensitive action" pair in event time (not
 * arrival order), as one extra hit: the correlation is the point of per-session scoring.
 */
export function correlationHit(hits: readonly SignalHit[], actions: readonly ActionMark[]): SignalHit | undefined {
  const triggers = hits.filter((h) => h.role === 'trigger' && h.score >= MIN_TRIGGER_SCORE);
  if (triggers.length === 0) return undefined;
  const candidates: { location: SignalLocation; strength: number; label: string }[] = [
    ...hits.filter((h) => h.role === 'action').map((h) => ({ location: h.location, strength: h.score, label: h.explanation })),
    ...actions,
  ];
  let best: { t: SignalHit; a: (typeof candidates)[number]; s: number } | undefined;
  for (const t of triggers) {
    for (const a of candidates) {
      if (a.location.spanId === t.location.spanId || a.location.timeMs < t.location.timeMs) continue;
      const s = Math.sqrt(t.score * a.strength);
      if (best === undefined || s > best.s || (s === best.s && a.location.timeMs < best.a.location.timeMs)) best = { t, a, s };
    }
  }
  if (best === undefined || best.s < 0.2) return undefined;
  return {
    key: 'correlation',
    type: 'correlation',
    rule: 'correlation.trigger_then_sensitive_action',
    score: best.s,
    weight: CORRELATION_WEIGHT,
    explanation: `${best.t.rule} in ${best.t.origin ?? 'the session'} (span ${best.t.location.spanName}) was followed by a sensitive action: ${best.a.label}`,
    location: best.a.location,
    role: 'none',
  };
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/**
 * Composite risk: hits of one type combine with steep diminishing returns (the strongest counts,
 * the rest a quarter), types combine as a noisy-OR over points, so independent evidence adds up
 * but never past 100. Each signal's contribution is its share of the final risk.
 */
export function compositeRisk(hits: readonly SignalHit[], actions: readonly ActionMark[] = []): CompositeRisk {
  const correlation = correlationHit(hits, actions);
  const all = correlation === undefined ? [...hits] : [...hits, correlation];
  const byType = new Map<string, { hit: SignalHit; points: number }[]>();
  for (const h of all) {
    const points = Math.max(0, Math.min(1, h.score)) * h.weight;
    if (points <= 0) continue;
    const list = byType.get(h.type) ?? [];
    list.push({ hit: h, points });
    byType.set(h.type, list);
  }
  const groups = [...byType.values()].map((list) => {
    list.sort((a, b) => b.points - a.points || (a.hit.key < b.hit.key ? -1 : 1));
    const top = (list[0] as { points: number }).points;
    const rest = list.slice(1).reduce((s, x) => s + x.points, 0);
    return { list, combined: Math.min(100, top * 1.5, top + 0.25 * rest) };
  });
  let keep = 1;
  for (const g of groups) keep *= 1 - g.combined / 100;
  const exact = 100 * (1 - keep);
  const risk = Math.round(exact);
  const totalCombined = groups.reduce((s, g) => s + g.combined, 0) || 1;
  const signals: RiskSignal[] = [];
  for (const g of groups) {
    const share = (exact * g.combined) / totalCombined;
    const groupPoints = g.list.reduce((s, x) => s + x.points, 0) || 1;
    for (const { hit, points } of g.list) {
      signals.push({
        id: hit.key,
        type: hit.type,
        rule: hit.rule,
        score: round1(hit.score * 100) / 100,
        contribution: round1((share * points) / groupPoints),
        explanation: hit.explanation,
        location: hit.location,
        ...(hit.excerpt === undefined ? {} : { excerpt: hit.excerpt }),
        ...(hit.origin === undefined ? {} : { origin: hit.origin }),
        ...(hit.techniques === undefined ? {} : { techniques: hit.techniques }),
      });
    }
  }
  signals.sort((a, b) => b.contribution - a.contribution || (a.id < b.id ? -1 : 1));
  return { risk, signals, hits: all, ...(correlation === undefined ? {} : { correlation }) };
}
