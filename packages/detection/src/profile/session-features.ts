import type { AgentEvent } from '@warden/core';
import type { Destination } from '../indicators/indicators';
import { withChildHostDestinations, type EventFacts } from '../indicators/event-facts';
import { safeKey } from '../internal/safe-key';
import { promptVersionOf } from './prompt-version';

/** A call in a session, in event time. */
export interface CallRecord {
  readonly t: number;
  readonly tool: string;
  readonly spanId: string;
}

/**
 * What one session did, accumulated span by span in a JSON-friendly shape (the learner persists
 * open sessions). Both the learner (to build profiles from finished sessions) and the scorer (to
 * compare a live session with them) use it, so they measure the same things the same way.
 */
export interface SessionFeatureState {
  tenant: string;
  agentId: string;
  agentType: string;
  sessionId: string;
  firstMs: number;
  lastMs: number;
  calls: CallRecord[];
  /** `${kind}\u0000${value}` → destination. */
  destinations: Record<string, Destination>;
  hostsByTool: Record<string, string[]>;
  /** Hosts seen on child spans whose parent call has not arrived yet (children end first). */
  pendingHosts: Record<string, string[]>;
  spanTool: Record<string, string>;
  dataDomains: string[];
  resources: string[];
  /** Per tool: records returned by each call. */
  records: Record<string, number[]>;
  models: string[];
  promptVersions: string[];
}

const MAX_CALLS = 2_000;
const MAX_LIST = 500;

function addUnique(list: string[], v: string): void {
  if (list.length < MAX_LIST && !list.includes(v)) list.push(v);
}

export function newSessionFeatures(e: Pick<AgentEvent, 'tenant' | 'agentId' | 'agentType' | 'sessionId' | 'startTimeMs'>): SessionFeatureState {
  return {
    tenant: e.tenant,
    agentId: e.agentId,
    agentType: e.agentType,
    sessionId: e.sessionId,
    firstMs: e.startTimeMs,
    lastMs: e.startTimeMs,
    calls: [],
    destinations: {},
    hostsByTool: {},
    pendingHosts: {},
    spanTool: {},
    dataDomains: [],
    resources: [],
    records: {},
    models: [],
    promptVersions: [],
  };
}

function addDestination(s: SessionFeatureState, d: Destination): void {
  const key = `${d.kind}\u0000${d.value}`;
  if (Object.keys(s.destinations).length < MAX_LIST) s.destinations[key] = d;
}

/** A host a tool call reached, and the span of that call (the HTTP span may be its child). */
export interface AttributedHost {
  readonly tool: string;
  readonly host: string;
  readonly callSpanId: string;
}

/** Folds one span in. Returns hosts newly attributed to a tool by this span (for the scorer). */
export function addToSession(s: SessionFeatureState, e: AgentEvent, f: EventFacts): AttributedHost[] {
  s.firstMs = Math.min(s.firstMs, e.startTimeMs);
  s.lastMs = Math.max(s.lastMs, e.endTimeMs, e.startTimeMs);
  if (e.model !== undefined && e.kind === 'llm') addUnique(s.models, safeKey(e.model));
  const promptVersion = promptVersionOf(e);
  if (promptVersion !== undefined) addUnique(s.promptVersions, promptVersion);
  const spanId = safeKey(e.spanId);
  const parentSpanId = e.parentSpanId === undefined ? undefined : safeKey(e.parentSpanId);
  const attributed: AttributedHost[] = [];
  const attribute = (tool: string, host: string, callSpanId: string): void => {
    const hosts = (s.hostsByTool[tool] ??= []);
    if (!hosts.includes(host) && hosts.length < 50) {
      hosts.push(host);
      attributed.push({ tool, host, callSpanId });
    }
  };
  if (f.isCall) {
    if (s.calls.length < MAX_CALLS) s.calls.push({ t: e.startTimeMs, tool: f.tool, spanId });
    if (Object.keys(s.spanTool).length < MAX_CALLS) s.spanTool[spanId] = f.tool;
    addUnique(s.dataDomains, f.traits.dataDomain);
    for (const r of f.resources) addUnique(s.resources, r);
    for (const r of f.blockedTargets) addUnique(s.resources, r);
    for (const d of f.destinations) addDestination(s, d);
    if (f.records !== undefined) (s.records[f.tool] ??= []).push(f.records);
    if (f.host !== undefined) attribute(f.tool, f.host, e.spanId);
    const pending = s.pendingHosts[spanId];
    if (pending !== undefined) {
      for (const h of pending) attribute(f.tool, h, e.spanId);
      for (const d of withChildHostDestinations(f, pending).destinations) addDestination(s, d);
      delete s.pendingHosts[spanId];
    }
  } else if (f.host !== undefined && parentSpanId !== undefined) {
    const parentTool = s.spanTool[parentSpanId];
    if (parentTool !== undefined) attribute(parentTool, f.host, e.parentSpanId as string);
    else if (Object.keys(s.pendingHosts).length < MAX_LIST) addUnique((s.pendingHosts[parentSpanId] ??= []), f.host);
  }
  return attributed;
}

export function orderedCalls(s: SessionFeatureState): CallRecord[] {
  return [...s.calls].sort((a, b) => a.t - b.t || (a.spanId < b.spanId ? -1 : a.spanId > b.spanId ? 1 : 0));
}

export const START = '<start>';
export const END = '<end>';

/** Tool→tool transitions in event-time order, framed by START and END. */
export function transitionsOf(s: SessionFeatureState): string[] {
  const calls = orderedCalls(s);
  const names = [START, ...calls.map((c) => c.tool), END];
  const out: string[] = [];
  for (let i = 1; i < names.length; i++) out.push(`${names[i - 1]}->${names[i]}`);
  return out;
}

/** Most calls in any 60-second window of event time. */
export function peakCallsPerMinute(s: SessionFeatureState): number {
  const times = s.calls.map((c) => c.t).sort((a, b) => a - b);
  let best = 0;
  let lo = 0;
  for (let hi = 0; hi < times.length; hi++) {
    while ((times[hi] as number) - (times[lo] as number) >= 60_000) lo++;
    best = Math.max(best, hi - lo + 1);
  }
  return best;
}

export function toolCounts(s: SessionFeatureState): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of s.calls) out[c.tool] = (out[c.tool] ?? 0) + 1;
  return out;
}
