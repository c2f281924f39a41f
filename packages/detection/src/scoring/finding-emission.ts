import { severityForRisk, severityRank, type AgentEvent, type FindingActivity, type RiskFinding, type Severity } from '@warden/core';
import { compositeRisk, type CompositeRisk } from './composite-risk';
import { findingStory } from './finding-story';
import type { Incident } from './incident';
import { eventLocation } from './live-session';

/** Reliability findings stay Low: drift is never a security alarm. */
const RELIABILITY_MAX_RISK = 39;

/**
 * The finding to publish for an incident after new evidence, if any: a Create when it first
 * reaches the reporting threshold, an Update when severity rises, risk rises by 10 or more, or a
 * new signal type joins. Records what was published on the incident.
 */
export function nextFinding(inc: Incident, e: AgentEvent, baselineMature: boolean, reportThreshold: number): RiskFinding | undefined {
  const comp = compositeRisk([...inc.hits.values()], inc.actions);
  const risk = inc.category === 'reliability' ? Math.min(comp.risk, RELIABILITY_MAX_RISK) : comp.risk;
  const severity = severityForRisk(risk);
  const types = new Set(comp.signals.map((s) => s.type));
  const rep = inc.reported;
  let activity: 'create' | 'update';
  if (rep === undefined) {
    if (risk < reportThreshold) return undefined;
    activity = 'create';
  } else {
    const rises = severityRank(severity) > severityRank(rep.severity) || risk >= rep.risk + 10 || [...types].some((t) => !rep.types.has(t));
    if (!rises) return undefined;
    // After a Close this reopens the incident (a late span of an ended session): still an Update.
    activity = 'update';
  }
  const revision = (rep?.revision ?? 0) + 1;
  inc.reported = { revision, risk, severity, types };
  const trigger = { ...eventLocation(e), ...(e.receivedAtMs === undefined ? {} : { receivedAtMs: e.receivedAtMs }) };
  return buildFinding(inc, { activity, revision, risk, severity, comp, baselineMature, trigger, summaryTail: '' });
}

/**
 * The Close of a reported incident whose activity window is over (its session retired, its leak
 * window passed): the next revision, with the severity and risk last published (closing is not a
 * re-scoring), the evidence gathered so far, and the last span seen as trigger. Undefined when
 * nothing was published or the incident is already closed. Records the close on the incident.
 */
export function closingFinding(inc: Incident, baselineMature: boolean): RiskFinding | undefined {
  const rep = inc.reported;
  if (rep === undefined || rep.closed === true) return undefined;
  const last = inc.lastSpan;
  if (last === undefined) return undefined;
  const revision = rep.revision + 1;
  inc.reported = { ...rep, revision, closed: true };
  const window = inc.kind === 'leak' ? 'leak window' : 'session';
  return buildFinding(inc, {
    activity: 'close',
    revision,
    risk: rep.risk,
    severity: rep.severity,
    comp: compositeRisk([...inc.hits.values()], inc.actions),
    baselineMature,
    trigger: last,
    summaryTail: ` The ${window} ended with no further activity after ${new Date(inc.lastSeenMs).toISOString()}; closed by Warden because the activity is over, not because anyone reviewed or remediated it.`,
  });
}

interface Revision {
  readonly activity: FindingActivity;
  readonly revision: number;
  readonly risk: number;
  readonly severity: Severity;
  readonly comp: CompositeRisk;
  readonly baselineMature: boolean;
  readonly trigger: RiskFinding['trigger'];
  readonly summaryTail: string;
}

function buildFinding(inc: Incident, r: Revision): RiskFinding {
  const { comp } = r;
  const story = findingStory(inc, { ...comp, risk: r.risk }, r.baselineMature);
  const relatedSpans = [...inc.spans.values()]
    .filter((l) => comp.hits.some((h) => h.location.spanId === l.spanId) || inc.actions.some((a) => a.location.spanId === l.spanId))
    .sort((a, b) => a.timeMs - b.timeMs || (a.spanId < b.spanId ? -1 : 1))
    .slice(0, 20);
  return {
    findingId: inc.findingId,
    activity: r.activity,
    revision: r.revision,
    category: inc.category,
    tenant: inc.tenant,
    agentId: inc.agentId,
    agentType: inc.agentType,
    ...(inc.agentName === undefined ? {} : { agentName: inc.agentName }),
    ...(inc.agentVersion === undefined ? {} : { agentVersion: inc.agentVersion }),
    sessionId: inc.sessionId,
    riskScore: r.risk,
    severity: r.severity,
    confidence: story.confidence,
    title: story.title,
    summary: story.summary + r.summaryTail,
    signals: comp.signals.slice(0, 30),
    trigger: r.trigger,
    relatedSpans,
    resources: [...inc.resources].slice(0, 20),
    destinations: [...inc.destinations].slice(0, 20),
    firstSeenMs: inc.firstSeenMs,
    lastSeenMs: inc.lastSeenMs,
    remediation: story.remediation,
  };
}
