import type { FindingCategory, Severity, SignalLocation } from '@warden/core';
import type { SignalHit } from '../signals/signal-hit';
import type { ActionMark } from './composite-risk';

export type IncidentKind = 'session' | 'leak' | 'drift';

/** What was last published for an incident, to decide whether a change is worth an Update. */
export interface ReportedState {
  readonly revision: number;
  readonly risk: number;
  readonly severity: Severity;
  readonly types: ReadonlySet<string>;
  /** The last revision published was a Close; a later rise reopens with an Update. */
  readonly closed?: boolean;
}

/** One incident being scored: a session, a windowed leak to one destination, or a drift. */
export interface Incident {
  readonly findingId: string;
  readonly kind: IncidentKind;
  readonly category: FindingCategory;
  readonly tenant: string;
  readonly agentId: string;
  agentType: string;
  agentName?: string;
  agentVersion?: string;
  sessionId: string;
  readonly hits: Map<string, SignalHit>;
  readonly actions: ActionMark[];
  readonly spans: Map<string, SignalLocation>;
  readonly resources: Set<string>;
  readonly destinations: Set<string>;
  firstSeenMs: number;
  lastSeenMs: number;
  /** Latest span in event time (unlike `spans`, never capped): the Close's trigger. */
  lastSpan?: SignalLocation;
  reported?: ReportedState;
}

const MAX_SPANS = 200;
const MAX_ACTIONS = 200;
const MAX_LIST = 50;

export function newIncident(init: Pick<Incident, 'findingId' | 'kind' | 'category' | 'tenant' | 'agentId' | 'agentType' | 'sessionId' | 'firstSeenMs'>): Incident {
  return {
    ...init,
    hits: new Map(),
    actions: [],
    spans: new Map(),
    resources: new Set(),
    destinations: new Set(),
    lastSeenMs: init.firstSeenMs,
  };
}

/**
 * Adds a hit; the same evidence seen again (same key) keeps the stronger score and the earlier
 * event time, so arrival order and duplicated spans do not change the verdict.
 */
export function addHit(inc: Incident, hit: SignalHit): void {
  const prev = inc.hits.get(hit.key);
  if (prev === undefined) inc.hits.set(hit.key, hit);
  else {
    const stronger = hit.score > prev.score ? hit : prev;
    const earlier = hit.location.timeMs < prev.location.timeMs ? hit.location : prev.location;
    // Score ties keep the earlier evidence, so the outcome does not depend on arrival order.
    const base = hit.score === prev.score ? (hit.location.timeMs < prev.location.timeMs ? hit : prev) : stronger;
    inc.hits.set(hit.key, hit.role === 'trigger' ? { ...base, location: earlier } : base);
  }
  for (const d of hit.destinations ?? []) if (inc.destinations.size < MAX_LIST) inc.destinations.add(d);
  for (const r of hit.resources ?? []) if (inc.resources.size < MAX_LIST) inc.resources.add(r);
  noteSpan(inc, hit.location);
}

export function addAction(inc: Incident, action: ActionMark): void {
  if (inc.actions.some((a) => a.location.spanId === action.location.spanId)) return;
  if (inc.actions.length < MAX_ACTIONS) inc.actions.push(action);
}

export function noteSpan(inc: Incident, loc: SignalLocation): void {
  if (!inc.spans.has(loc.spanId) && inc.spans.size < MAX_SPANS) inc.spans.set(loc.spanId, loc);
  inc.firstSeenMs = Math.min(inc.firstSeenMs, loc.timeMs);
  inc.lastSeenMs = Math.max(inc.lastSeenMs, loc.timeMs);
  const last = inc.lastSpan;
  if (last === undefined || loc.timeMs > last.timeMs || (loc.timeMs === last.timeMs && loc.spanId > last.spanId)) inc.lastSpan = loc;
}
