import { InvalidInputError } from '@warden/core';
import { DESTINATION_KINDS, type DestinationKind } from '../indicators/indicators';
import { bump, forgetBefore, trimTopK, type CountMap } from './count-map';
import { emptyActivityRate, recordSessionStart, type ActivityRate } from './activity-rate';
import { addValue, emptyStats, type NumberStats } from './number-stats';
import {
  peakCallsPerMinute,
  toolCounts,
  transitionsOf,
  type SessionFeatureState,
} from './session-features';

export type ProfileKind = 'agent' | 'cohort';

/**
 * What an agent (or a cohort of agents of one type) normally does, learned from finished
 * sessions. JSON-serializable and bounded (top-K counted maps, bounded recent values), so it
 * travels on the compacted profiles topic as is.
 */
export interface AgentProfile {
  schema: 1;
  tenant: string;
  /** `agent:<agentId>` or `cohort:<agentType>`. */
  subject: string;
  kind: ProfileKind;
  agentType: string;
  sessions: number;
  firstSeenMs: number;
  lastSeenMs: number;
  tools: CountMap;
  /** `from->to`, with `<start>` and `<end>` framing each session. */
  transitions: CountMap;
  destinations: Record<DestinationKind, CountMap>;
  /** Sessions that introduced a destination of that kind not seen before: how open the set is. */
  destinationNovelty: Record<DestinationKind, number>;
  hostsByTool: Record<string, CountMap>;
  dataDomains: CountMap;
  resources: CountMap;
  /** Records returned per call, per tool. */
  records: Record<string, NumberStats>;
  /** Records returned per call, any tool. */
  recordsAnyTool: NumberStats;
  distinctResourcesPerSession: NumberStats;
  toolCallsPerSession: NumberStats;
  peakCallsPerMinute: NumberStats;
  models: CountMap;
  promptVersions: CountMap;
  /** Sessions started per hour, with hour-of-week seasonality (absent in profiles written before it existed). */
  activity?: ActivityRate;
}

export function profileSubject(kind: ProfileKind, id: string): string {
  return `${kind}:${id}`;
}

function emptyDestinations(): Record<DestinationKind, CountMap> {
  return { email: {}, email_domain: {}, host: {}, channel: {}, account: {}, phone: {} };
}

export function emptyProfile(tenant: string, kind: ProfileKind, id: string, agentType: string): AgentProfile {
  return {
    schema: 1,
    tenant,
    subject: profileSubject(kind, id),
    kind,
    agentType,
    sessions: 0,
    firstSeenMs: 0,
    lastSeenMs: 0,
    tools: {},
    transitions: {},
    destinations: emptyDestinations(),
    destinationNovelty: { email: 0, email_domain: 0, host: 0, channel: 0, account: 0, phone: 0 },
    hostsByTool: {},
    dataDomains: {},
    resources: {},
    records: {},
    recordsAnyTool: emptyStats(),
    distinctResourcesPerSession: emptyStats(),
    toolCallsPerSession: emptyStats(),
    peakCallsPerMinute: emptyStats(),
    models: {},
    promptVersions: {},
    activity: emptyActivityRate(),
  };
}

export interface ProfileBounds {
  readonly topK: number;
  readonly recentValues: number;
  /** Entries last seen longer ago than this before the session are forgotten (absent: never). */
  readonly forgetAfterMs?: number;
}

/** Folds one finished session into the profile. */
export function learnSession(p: AgentProfile, s: SessionFeatureState, bounds: ProfileBounds): void {
  const t = s.lastMs;
  // Forgetting sweeps every map, so it runs once per day of the profile's event time, not per session.
  const newDay = Math.floor(t / 86_400_000) > Math.floor(p.lastSeenMs / 86_400_000);
  p.firstSeenMs = p.sessions === 0 ? s.firstMs : Math.min(p.firstSeenMs, s.firstMs);
  p.lastSeenMs = Math.max(p.lastSeenMs, s.lastMs);
  p.sessions += 1;
  recordSessionStart((p.activity ??= emptyActivityRate()), s.firstMs);
  for (const [tool, n] of Object.entries(toolCounts(s))) bump(p.tools, tool, t, n);
  if (s.calls.length > 0) for (const tr of transitionsOf(s)) bump(p.transitions, tr, t);
  const introduced = new Set<DestinationKind>();
  for (const d of Object.values(s.destinations)) {
    if (bump(p.destinations[d.kind], d.value, t)) introduced.add(d.kind);
  }
  for (const k of introduced) p.destinationNovelty[k] += 1;
  for (const [tool, hosts] of Object.entries(s.hostsByTool)) {
    const m = (p.hostsByTool[tool] ??= {});
    for (const h of hosts) bump(m, h, t);
  }
  for (const d of s.dataDomains) bump(p.dataDomains, d, t);
  for (const r of s.resources) bump(p.resources, r, t);
  for (const [tool, values] of Object.entries(s.records)) {
    const st = (p.records[tool] ??= emptyStats());
    for (const v of values) {
      addValue(st, v, bounds.recentValues);
      addValue(p.recordsAnyTool, v, bounds.recentValues);
    }
  }
  addValue(p.distinctResourcesPerSession, s.resources.length, bounds.recentValues);
  addValue(p.toolCallsPerSession, s.calls.length, bounds.recentValues);
  addValue(p.peakCallsPerMinute, peakCallsPerMinute(s), bounds.recentValues);
  for (const m of s.models) bump(p.models, m, t);
  for (const v of s.promptVersions) bump(p.promptVersions, v, t);

  if (bounds.forgetAfterMs !== undefined && newDay) {
    const before = t - bounds.forgetAfterMs;
    for (const m of [p.tools, p.transitions, p.dataDomains, p.resources, ...Object.values(p.destinations), ...Object.values(p.hostsByTool)]) forgetBefore(m, before);
  }
  trimTopK(p.tools, bounds.topK);
  trimTopK(p.transitions, bounds.topK * 2);
  for (const k of DESTINATION_KINDS) trimTopK(p.destinations[k], bounds.topK);
  trimTopK(p.dataDomains, bounds.topK);
  trimTopK(p.resources, bounds.topK);
  trimTopK(p.models, 20);
  trimTopK(p.promptVersions, 20);
  for (const m of Object.values(p.hostsByTool)) trimTopK(m, 20);
  const toolKeys = Object.keys(p.hostsByTool);
  if (toolKeys.length > bounds.topK) for (const k of toolKeys.filter((x) => p.tools[x] === undefined)) delete p.hostsByTool[k];
  const recordKeys = Object.keys(p.records);
  if (recordKeys.length > bounds.topK) for (const k of recordKeys.filter((x) => p.tools[x] === undefined)) delete p.records[k];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks that a profile received from the bus has the shape this version writes. A bad profile
 * is refused whole (the previous one stays in use) rather than half-applied.
 */
export function parseProfile(value: unknown): AgentProfile {
  const fail = (what: string): never => {
    throw new InvalidInputError(
      'DETECTION_PROFILE_INVALID',
      `Profile snapshot rejected: ${what}. Profiles must be produced by ProfileLearner of @warden/detection (schema 1); re-publish them from the baseline worker.`,
    );
  };
  if (!isObject(value)) return fail('not an object');
  if (value['schema'] !== 1) return fail(`unknown schema ${JSON.stringify(value['schema'])}`);
  for (const k of ['tenant', 'subject', 'kind', 'agentType']) if (typeof value[k] !== 'string') fail(`field ${k} is not a string`);
  for (const k of ['sessions', 'firstSeenMs', 'lastSeenMs']) if (typeof value[k] !== 'number' || !Number.isFinite(value[k])) fail(`field ${k} is not a number`);
  for (const k of ['tools', 'transitions', 'destinations', 'destinationNovelty', 'hostsByTool', 'dataDomains', 'resources', 'records', 'recordsAnyTool', 'distinctResourcesPerSession', 'toolCallsPerSession', 'peakCallsPerMinute', 'models', 'promptVersions']) {
    if (!isObject(value[k])) fail(`field ${k} is missing or not an object`);
  }
  const dest = value['destinations'] as Record<string, unknown>;
  // Profiles written before phone numbers were a destination kind lack it: they knew none.
  if (dest['phone'] === undefined) dest['phone'] = {};
  const novelty = value['destinationNovelty'] as Record<string, unknown>;
  if (novelty['phone'] === undefined) novelty['phone'] = 0;
  for (const k of DESTINATION_KINDS) if (!isObject(dest[k])) fail(`destinations.${k} is missing`);
  for (const k of ['recordsAnyTool', 'distinctResourcesPerSession', 'toolCallsPerSession', 'peakCallsPerMinute']) {
    const st = value[k] as Record<string, unknown>;
    if (typeof st['count'] !== 'number' || typeof st['mean'] !== 'number' || typeof st['max'] !== 'number' || !Array.isArray(st['recent'])) fail(`${k} is not a numeric summary`);
  }
  const activity = value['activity'];
  if (activity !== undefined) {
    const a = activity as Record<string, unknown>;
    const weekly = (k: string) => Array.isArray(a[k]) && (a[k] as unknown[]).length === 168 && (a[k] as unknown[]).every((n) => typeof n === 'number' && Number.isFinite(n));
    if (!isObject(activity) || !['hour', 'inHour', 'hours', 'mean', 'variance'].every((k) => typeof a[k] === 'number' && Number.isFinite(a[k])) || !weekly('weekly') || !weekly('weeklyWeeks')) {
      fail('activity is not an hourly rate (hour, inHour, hours, mean, variance and 168 weekly slots)');
    }
  }
  return value as unknown as AgentProfile;
}
