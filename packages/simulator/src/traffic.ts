/**
 * Pure traffic generation: the fleet, a history phase of ordinary sessions spread over past days
 * (timestamps ending before `nowMs`), and a live phase whose sessions are due at a steady pace
 * from `nowMs` on, with the attack campaigns interleaved. Same options, same traffic.
 */
import { InvalidInputError, WardenError } from '@warden/core';
import { buildFleet } from './fleet';
import type { AgentInstance, AgentType } from './fleet';
import type { ScenarioLabel } from './labels';
import { Prng } from './prng';
import { renderSession } from './render-session';
import type { RenderedSession, SessionTiming } from './render-session';
import { SCENARIO_EXPECTATIONS, SCENARIO_IDS } from './scenarios/catalogue';
import type { Campaign, CampaignSession, ScenarioId } from './scenarios/catalogue';
import { ordinaryWorkflows, SCENARIO_CORPORA, scenarioBuilders } from './scenarios/corpus';
import type { ScenarioCorpus } from './scenarios/corpus';
import type { SessionScript } from './script';
import type { SpanSpec } from './span-spec';
import type { WorkflowContext } from './workflows/workflow';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const HISTORY_TIMING: SessionTiming = { thinkGapMs: [15_000, 180_000] };
/**
 * The last history session starts this long before `nowMs`. Warden ends a session that has gone
 * quiet once its last span is two idle gaps behind its clock (30 min at the 15 min default), and a
 * history session runs for up to ten minutes at HISTORY_TIMING's pace: starting 45 min back, each
 * is over before the live phase. Starting 30 min back, one that ran past that mark was judged only
 * as the clock caught up with it, minutes into the live phase.
 */
const HISTORY_STARTS_END_BEFORE_NOW_MS = 45 * MINUTE;
const LIVE_TIMING: SessionTiming = { thinkGapMs: [800, 3_000] };

export interface TrafficOptions {
  readonly seed: number | string;
  readonly agentsPerType: number;
  /** Ordinary sessions spread over the history window. */
  readonly historySessions: number;
  /** Ordinary sessions in the live phase; attack sessions come on top. */
  readonly liveSessions: number;
  readonly scenarios: readonly ScenarioId[] | 'all';
  /**
   * Which attack sessions the scenarios play (default `standard`), and whose ordinary work history
   * and the live phase play around them; see scenarios/corpus.ts.
   */
  readonly corpus?: ScenarioCorpus;
  /** Epoch ms where history ends and the live phase begins (data, not a clock). */
  readonly nowMs: number;
  /** Length of the history window in days (default 7). */
  readonly historyDays?: number;
  /** Pace of the live phase (default 1 session per second). */
  readonly liveSessionsPerSecond?: number;
  /** Hours before `nowMs` over which the slow leak's setup sessions spread (default 4). */
  readonly leakWindowHours?: number;
  /** `deployment.environment.name` of every agent (default `production`). */
  readonly environment?: string;
}

export interface SimulatedSession {
  readonly sessionId: string;
  readonly agent: AgentInstance;
  readonly scenario: ScenarioId | 'benign';
  readonly variant: string | null;
  readonly phase: 'history' | 'live';
  /** When a real-time runner should send it (epoch ms); 0 in the history phase (as fast as possible). */
  readonly sendAtMs: number;
  readonly startTimeMs: number;
  readonly endTimeMs: number;
  readonly traceIds: readonly string[];
  readonly spans: readonly SpanSpec[];
  readonly label?: ScenarioLabel;
}

export interface SimulatedTraffic {
  readonly seed: number | string;
  readonly nowMs: number;
  readonly fleet: readonly AgentInstance[];
  /** History sessions by start time, then live sessions by send time. */
  readonly sessions: readonly SimulatedSession[];
  readonly labels: readonly ScenarioLabel[];
  readonly spanCount: number;
}

export function generateTraffic(options: TrafficOptions): SimulatedTraffic {
  validate(options);
  const historyDays = options.historyDays ?? 7;
  const rate = options.liveSessionsPerSecond ?? 1;
  const leakWindowHours = options.leakWindowHours ?? 4;
  const { nowMs } = options;
  const root = new Prng(options.seed);
  const historyRng = root.fork('history');
  const scenarioRng = root.fork('scenarios');
  const liveRng = root.fork('live');
  const fleet = buildFleet({ agentsPerType: options.agentsPerType, ...(options.environment === undefined ? {} : { environment: options.environment }) });
  const byType = groupByType(fleet);

  const scenarioIds = options.scenarios === 'all' ? SCENARIO_IDS : options.scenarios;
  const corpus = options.corpus ?? 'standard';
  const builders = scenarioBuilders(corpus);
  const workflows = ordinaryWorkflows(corpus);
  const campaigns: { campaign: Campaign; agent: AgentInstance }[] = [];
  const nextInstance = new Map<AgentType, number>();
  for (const id of scenarioIds) {
    for (const campaign of builders[id]({ rng: scenarioRng.fork(id), leakWindowHours })) {
      const instances = byType.get(campaign.agentType) ?? [];
      const k = nextInstance.get(campaign.agentType) ?? scenarioRng.int(0, instances.length - 1);
      nextInstance.set(campaign.agentType, k + 1);
      campaigns.push({ campaign, agent: instances[k % instances.length] as AgentInstance });
    }
  }

  const sessions: SimulatedSession[] = [];
  const labels: ScenarioLabel[] = [];

  // History: ordinary sessions weighted to working hours, plus the slow leak's tail.
  interface Planned { atMs: number; agent: AgentInstance; build: (ctx: WorkflowContext) => SessionScript; attack?: AttackRef }
  const history: Planned[] = [];
  const historyStart = nowMs - historyDays * DAY;
  const historyEnd = nowMs - HISTORY_STARTS_END_BEFORE_NOW_MS;
  for (let i = 0; i < options.historySessions; i++) {
    const agent = historyRng.pick(fleet);
    history.push({ atMs: workingHoursTime(historyRng, historyStart, historyEnd), agent, build: workflows[agent.agentType] });
  }
  for (const { campaign, agent } of campaigns) {
    campaign.sessions.forEach((s, index) => {
      if (s.placement !== 'history_tail') return;
      const atMs = scenarioRng.int(nowMs - leakWindowHours * HOUR, historyEnd);
      history.push({ atMs, agent, build: s.build, attack: { campaign, session: s, index } });
    });
  }
  history.sort((a, b) => a.atMs - b.atMs);
  history.forEach((p, index) => {
    const rng = historyRng.fork(`session:${index}`);
    const rendered = render(p.agent, p.build, p.atMs, p.atMs, rng, HISTORY_TIMING);
    sessions.push(finish(rendered, p.agent, 'history', 0, p.attack, labels));
  });

  // Live: ordinary sessions at even positions, campaigns spread between them.
  interface LiveItem { pos: number; agent?: AgentInstance; attack?: AttackRef; first?: boolean }
  const live: LiveItem[] = [];
  for (let i = 0; i < options.liveSessions; i++) live.push({ pos: (i + 0.5) / options.liveSessions });
  const liveCampaigns = liveRng.shuffle(campaigns.filter(({ campaign }) => campaign.sessions.some((s) => s.placement === 'live')));
  liveCampaigns.forEach(({ campaign, agent }, k) => {
    const liveSessions = campaign.sessions.map((s, index) => ({ s, index })).filter(({ s }) => s.placement === 'live');
    const span = Math.min(0.9, (liveSessions.length - 1) * campaign.liveSpacing);
    const anchor = 0.02 + ((k + 0.25 + liveRng.next() * 0.5) / liveCampaigns.length) * (0.96 - span);
    liveSessions.forEach(({ s, index }, j) => {
      live.push({ pos: anchor + j * campaign.liveSpacing + 1e-9 * (k + 1), agent, attack: { campaign, session: s, index }, first: j === 0 });
    });
  });
  live.sort((a, b) => a.pos - b.pos);
  const changed = new Map<string, NonNullable<Campaign['persistentChange']>>();
  const interval = 1000 / rate;
  live.forEach((item, j) => {
    const sendAtMs = Math.round(nowMs + (j + 1) * interval);
    const change = item.attack?.campaign.persistentChange;
    if (change !== undefined && item.first === true && item.agent !== undefined) changed.set(item.agent.agentId, change);
    const eligible = fleet.filter((a) => !changed.has(a.agentId));
    const agent = item.agent ?? liveRng.pick(eligible.length > 0 ? eligible : fleet);
    const build = withChange(item.attack?.session.build ?? workflows[agent.agentType], changed.get(agent.agentId));
    const rng = liveRng.fork(`session:${j}`);
    // Lay the session out so that it has just ended when it is due: measure it, then render it
    // again from an identical stream at the right start.
    const draft = render(agent, build, sendAtMs, sendAtMs, rng.fork('layout'), LIVE_TIMING);
    const startMs = sendAtMs - 20 - (draft.endTimeMs - draft.startTimeMs);
    const rendered = render(agent, build, sendAtMs, startMs, rng.fork('layout'), LIVE_TIMING);
    sessions.push(finish(rendered, agent, 'live', sendAtMs, item.attack, labels));
  });

  return { seed: options.seed, nowMs, fleet, sessions, labels, spanCount: sessions.reduce((n, s) => n + s.spans.length, 0) };
}

function withChange(build: (ctx: WorkflowContext) => SessionScript, change: Campaign['persistentChange']): (ctx: WorkflowContext) => SessionScript {
  if (change === undefined) return build;
  return (ctx) => {
    const script = build(ctx);
    const model = script.model ?? change.model;
    const promptVersion = script.promptVersion ?? change.promptVersion;
    return { ...script, ...(model === undefined ? {} : { model }), ...(promptVersion === undefined ? {} : { promptVersion }) };
  };
}

interface AttackRef {
  readonly campaign: Campaign;
  readonly session: CampaignSession;
  readonly index: number;
}

interface RenderedWithId extends RenderedSession {
  readonly sessionId: string;
}

/** `atMs` is the session's time as the script sees it (dates in arguments); `startMs` lays out the spans. */
function render(
  agent: AgentInstance,
  build: (ctx: WorkflowContext) => SessionScript,
  atMs: number,
  startMs: number,
  rng: Prng,
  timing: SessionTiming,
): RenderedWithId {
  const sessionId = sessionIdFor(agent, rng);
  const script = build({ rng, agent, atMs });
  return { ...renderSession(agent, script, sessionId, startMs, rng, timing), sessionId };
}

function finish(
  rendered: RenderedWithId,
  agent: AgentInstance,
  phase: 'history' | 'live',
  sendAtMs: number,
  attack: AttackRef | undefined,
  labels: ScenarioLabel[],
): SimulatedSession {
  const base = {
    sessionId: rendered.sessionId,
    agent,
    phase,
    sendAtMs,
    startTimeMs: rendered.startTimeMs,
    endTimeMs: rendered.endTimeMs,
    traceIds: rendered.traceIds,
    spans: rendered.spans,
  };
  if (attack === undefined) return { ...base, scenario: 'benign', variant: null };
  const { campaign, session, index } = attack;
  const span = rendered.marks[session.mark];
  if (span === undefined) {
    throw new WardenError('SIMULATOR_SCENARIO_MARK_MISSING', `Scenario ${campaign.scenario}/${campaign.variant} produced no span marked "${session.mark}"; the scenario script and its label disagree.`);
  }
  const expectation = SCENARIO_EXPECTATIONS[campaign.scenario];
  const label: ScenarioLabel = {
    sessionId: rendered.sessionId,
    agentId: agent.agentId,
    agentType: agent.agentType,
    scenario: campaign.scenario,
    scenarioNumber: expectation.number,
    variant: campaign.variant,
    campaignId: `${campaign.scenario}/${campaign.variant}/${agent.agentId}`,
    role: session.role,
    sessionIndex: index,
    sessionsInCampaign: campaign.sessions.length,
    phase,
    expectedCategory: expectation.category,
    expectedMinSeverity: expectation.minSeverity,
    expectedMaxSeverity: expectation.maxSeverity,
    trigger: { traceId: span.traceId, spanId: span.spanId, spanName: span.name, timeMs: span.endTimeMs },
    description: session.description,
  };
  labels.push(label);
  return { ...base, scenario: campaign.scenario, variant: campaign.variant, label };
}

function sessionIdFor(agent: AgentInstance, rng: Prng): string {
  switch (agent.convention) {
    case 'openinference': {
      const h = rng.hex(32);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
    }
    case 'otel_genai':
      return `conv_${rng.hex(24)}`;
    default:
      return `thread_${rng.hex(20)}`;
  }
}

/** Three quarters of the traffic falls in 07:00-19:00 UTC on weekdays, like a real office. */
function workingHoursTime(rng: Prng, fromMs: number, toMs: number): number {
  for (let attempt = 0; attempt < 20; attempt++) {
    const t = fromMs + Math.floor(rng.next() * (toMs - fromMs));
    const d = new Date(t);
    const busy = d.getUTCHours() >= 7 && d.getUTCHours() < 19 && d.getUTCDay() !== 0 && d.getUTCDay() !== 6;
    if (busy || rng.chance(0.15)) return t;
  }
  return fromMs + Math.floor(rng.next() * (toMs - fromMs));
}

function groupByType(fleet: readonly AgentInstance[]): Map<AgentType, AgentInstance[]> {
  const map = new Map<AgentType, AgentInstance[]>();
  for (const a of fleet) map.set(a.agentType, [...(map.get(a.agentType) ?? []), a]);
  return map;
}

function validate(o: TrafficOptions): void {
  const problems: string[] = [];
  const count = (name: string, v: number, min: number): void => {
    if (!Number.isInteger(v) || v < min) problems.push(`${name} must be an integer >= ${min} (got ${String(v)})`);
  };
  count('agentsPerType', o.agentsPerType, 1);
  count('historySessions', o.historySessions, 0);
  count('liveSessions', o.liveSessions, 0);
  if (!Number.isFinite(o.nowMs) || o.nowMs <= 0) problems.push(`nowMs must be epoch milliseconds (got ${String(o.nowMs)})`);
  if (o.historyDays !== undefined && !(o.historyDays > 0)) problems.push(`historyDays must be > 0 (got ${String(o.historyDays)})`);
  if (o.liveSessionsPerSecond !== undefined && !(o.liveSessionsPerSecond > 0)) problems.push(`liveSessionsPerSecond must be > 0 (got ${String(o.liveSessionsPerSecond)})`);
  if (o.leakWindowHours !== undefined && !(o.leakWindowHours >= 1)) problems.push(`leakWindowHours must be >= 1 (got ${String(o.leakWindowHours)})`);
  if (o.corpus !== undefined && !SCENARIO_CORPORA.includes(o.corpus)) problems.push(`unknown corpus "${String(o.corpus)}"; known: ${SCENARIO_CORPORA.join(', ')}`);
  if (o.scenarios !== 'all') {
    for (const s of o.scenarios) if (!SCENARIO_IDS.includes(s)) problems.push(`unknown scenario "${String(s)}"; known: ${SCENARIO_IDS.join(', ')}`);
  }
  if (problems.length > 0) {
    throw new InvalidInputError('SIMULATOR_OPTIONS_INVALID', `Invalid simulator options: ${problems.join('; ')}.`, { problems });
  }
}
