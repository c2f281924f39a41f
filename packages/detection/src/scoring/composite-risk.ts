import type { RiskSignal, SignalLocation } from '@warden/core';
import type { SignalHit } from '../signals/signal-hit';
import { HARMLESS_SEND_STRENGTH } from './action-strength';

/**
 * A sensitive step the session took that is not evidence on its own (an egress to a known
 * destination, a state change) but becomes evidence right after an injection.
 */
export interface ActionMark {
  readonly location: SignalLocation;
  /** 0..1: how much damage the step can do. */
  readonly strength: number;
  readonly label: string;
  /**
   * When the principal's request named the step's data domain, for a step that neither sends nor
   * does lasting harm (a draft, a flag, a note): it is the work they asked for, not the text's doing.
   */
  readonly requestedAtMs?: number;
}

export interface CompositeRisk {
  /** 0..100, integer. */
  readonly risk: number;
  /** Every hit with its contribution, the correlation term included; largest first. */
  readonly signals: readonly RiskSignal[];
  readonly hits: readonly SignalHit[];
  readonly correlation?: SignalHit;
  /**
   * True when the session holds an injection or authority claim and nothing (no deviation, no
   * sensitive action) came after it: the risk is then held at Medium unless the rest of the
   * evidence reaches High on its own.
   */
  readonly unactedTrigger: boolean;
  /**
   * True when the only evidence is the first use of tools the agent's cohort never used (and the
   * unseen steps into them): the risk is then held at Low (NEW_HABIT_CEILING).
   */
  readonly newHabitOnly: boolean;
}

/** Weight of the "trigger, then sensitive action" term at full strength. */
export const CORRELATION_WEIGHT = 45;
/**
 * The highest risk an injection nothing followed can lift a session to (top of Medium). Text that
 * arrived and was not acted on is worth showing, not paging on: the agent that read a poisoned
 * bank-statement line with a tool it rarely uses and then did ordinary work has not been turned.
 */
export const UNACTED_TRIGGER_CEILING = 59;
/**
 * The highest risk a first use of tools can reach when nothing else about the session is odd: no
 * new host (beyond the one a new lookup asks without a body, the one a document of the
 * organisation's own, read in the session, names for the work, or the processor a refund of a
 * payment the session read goes back through), data domain, destination or
 * volume, no text before it, no sensitive data leaving (beyond one person's record to a place such a
 * document names). A fleet picks up tools every week (a rolled-out
 * licence scanner, an inbox filter, a payment provider's transaction lookup by GET); the tool is
 * worth a Low finding for the inventory, and it pages once it reaches somewhere or something new.
 * A tool that runs commands is not a habit (`tool.new_command_execution` is not held).
 */
export const NEW_HABIT_CEILING = 39;
const NEW_HABIT_RULES: ReadonlySet<string> = new Set([
  'tool.new_for_cohort',
  'sequence.unseen_transition',
  'host.first_for_new_lookup',
  'host.documented_for_new_tool',
  'host.service_known_for_new_tool',
  'host.credential_issuer_for_new_tool',
  'host.secret_store_for_new_tool',
  'host.refund_processor_for_new_tool',
  'egress.pii_to_documented_destination',
]);

/** Triggers weaker than this are too likely benign to correlate. */
const MIN_TRIGGER_SCORE = 0.3;
/**
 * An authority claim in the user's own words ("the HR director approved this in an e-mail") is
 * weak as injection evidence, but it is the unusual prompt before an agent reaches outside its
 * scope: it correlates with access to a sensitive data domain the agent and its cohort never used,
 * never with a send, a payment, or a larger pull from a domain it already works in (legal
 * approving a recall notice to a batch's buyers is such a pull).
 */
const MIN_AUTHORITY_TRIGGER_SCORE = 0.2;
const ACCESS_TYPES: ReadonlySet<SignalHit['type']> = new Set(['scope_deviation']);

/**
 * Whether evidence happened after a trigger and may be its doing: in event time, not on the span
 * that carried the trigger nor inside that tool call (its own HTTP request fetched the text; it did
 * not act on it), and not a step the principal asked for before third-party text arrived (the bank
 * feed read of "reconcile against the bank feed" follows a poisoned settlement line, it is not
 * caused by it). A trigger in the principal's own words is the request itself, so nothing is excused.
 */
function after(e: { location: SignalLocation; callSpanId?: string; requestedAtMs?: number }, trigger: SignalHit): boolean {
  const span = trigger.location.spanId;
  if (e.location.spanId === span || e.callSpanId === span || e.location.timeMs < trigger.location.timeMs) return false;
  return e.requestedAtMs === undefined || trigger.origin === 'user' || e.requestedAtMs > trigger.location.timeMs;
}

function justifiesAccess(h: SignalHit): boolean {
  return h.rule === 'injection.authority_claim' && h.score >= MIN_AUTHORITY_TRIGGER_SCORE;
}

/**
 * The strongest "injection or authority claim, then a sensitive action" pair in event time (not
 * arrival order), as one extra hit: the correlation is the point of per-session scoring.
 */
export function correlationHit(hits: readonly SignalHit[], actions: readonly ActionMark[]): SignalHit | undefined {
  const triggers = hits.filter((h) => h.role === 'trigger' && (h.score >= MIN_TRIGGER_SCORE || justifiesAccess(h)));
  if (triggers.length === 0) return undefined;
  const candidates: { location: SignalLocation; callSpanId?: string; requestedAtMs?: number; strength: number; label: string; type?: SignalHit['type'] }[] = [
    ...hits
      .filter((h) => h.role === 'action')
      .map((h) => ({
        location: h.location,
        strength: h.score,
        label: h.explanation,
        type: h.type,
        ...(h.callSpanId === undefined ? {} : { callSpanId: h.callSpanId }),
        ...(h.requestedAtMs === undefined ? {} : { requestedAtMs: h.requestedAtMs }),
      })),
    ...actions,
  ];
  let best: { t: SignalHit; a: (typeof candidates)[number]; s: number } | undefined;
  for (const t of triggers) {
    const weak = t.score < MIN_TRIGGER_SCORE;
    for (const a of candidates) {
      if (!after(a, t)) continue;
      if (weak && (a.type === undefined || !ACCESS_TYPES.has(a.type))) continue;
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
 * Whether anything happened after a trigger: a deviation or a sensitive step on a later span. The
 * span that carried the instruction does not count: a rare tool or a large read there is how the
 * text arrived, not what it made the agent do; nor does a step of no strength or one that cannot
 * hurt (ordinary work, a report to the security mailbox, the customer answered).
 */
function triggerFollowed(hits: readonly SignalHit[], actions: readonly ActionMark[]): boolean {
  const triggers = hits.filter((h) => h.role === 'trigger');
  const rest = [...hits.filter((h) => h.role !== 'trigger'), ...actions.filter((a) => a.strength > HARMLESS_SEND_STRENGTH)];
  return triggers.some((t) => rest.some((e) => after(e, t)));
}

interface TypeGroup {
  readonly list: { hit: SignalHit; points: number }[];
  readonly combined: number;
}

/**
 * Hits of one type combine with steep diminishing returns (the strongest counts, the rest a
 * quarter), types combine as a noisy-OR over points, so independent evidence adds up but never
 * past 100.
 */
function combine(hits: readonly SignalHit[]): { groups: TypeGroup[]; exact: number } {
  const byType = new Map<string, { hit: SignalHit; points: number }[]>();
  for (const h of hits) {
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
  return { groups, exact: 100 * (1 - keep) };
}

/**
 * Composite risk over every hit plus the correlation term; each signal's contribution is its share
 * of the final risk. An injection nothing followed lifts the risk to Medium at most
 * (UNACTED_TRIGGER_CEILING): the rest of the evidence may still reach High on its own. A first use
 * of tools with nothing else odd stays Low (NEW_HABIT_CEILING).
 */
export function compositeRisk(hits: readonly SignalHit[], actions: readonly ActionMark[] = []): CompositeRisk {
  const correlation = correlationHit(hits, actions);
  const all = correlation === undefined ? [...hits] : [...hits, correlation];
  const { groups, exact: uncapped } = combine(all);
  const unactedTrigger = hits.some((h) => h.role === 'trigger') && !triggerFollowed(hits, actions);
  const newHabitOnly = all.some((h) => h.rule === 'tool.new_for_cohort') && all.every((h) => NEW_HABIT_RULES.has(h.rule));
  const held = unactedTrigger
    ? Math.max(combine(hits.filter((h) => h.role !== 'trigger')).exact, Math.min(uncapped, UNACTED_TRIGGER_CEILING))
    : uncapped;
  const exact = newHabitOnly ? Math.min(held, NEW_HABIT_CEILING) : held;
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
  return { risk, signals, hits: all, unactedTrigger, newHabitOnly, ...(correlation === undefined ? {} : { correlation }) };
}
