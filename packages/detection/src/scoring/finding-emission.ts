import { severityForRisk, severityRank, type AgentEvent, type RiskFinding } from '@warden/core';
import { compositeRisk } from './composite-risk';
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
    activity = 'update';
  }
  const revision = (rep?.revision ?? 0) + 1;
  inc.reported = { revision, risk, severity, types };
  const story = findingStory(inc, { ...comp, risk }, baselineMature);
  const relatedSpans = [...inc.spans.values()]
    .filter((l) => comp.hits.some((h) => h.location.spanId === l.spanId) || inc.actions.some((a) => a.location.spanId === l.spanId))
    .sort((a, b) => a.timeMs - b.timeMs || (a.spanId < b.spanId ? -1 : 1))
    .slice(0, 20);
  return {
    findingId: inc.findingId,
    activity,
    revision,
    category: inc.category,
    tenant: inc.tenant,
    agentId: inc.agentId,
    agentType: inc.agentType,
    ...(inc.agentName === undefined ? {} : { agentName: inc.agentName }),
    ...(inc.agentVersion === undefined ? {} : { agentVersion: inc.agentVersion }),
    sessionId: inc.sessionId,
    riskScore: risk,
    severity,
    confidence: story.confidence,
    title: story.title,
    summary: story.summary,
    signals: comp.signals.slice(0, 30),
    trigger: { ...eventLocation(e), ...(e.receivedAtMs === undefined ? {} : { receivedAtMs: e.receivedAtMs }) },
    relatedSpans,
    resources: [...inc.resources].slice(0, 20),
    destinations: [...inc.destinations].slice(0, 20),
    firstSeenMs: inc.firstSeenMs,
    lastSeenMs: inc.lastSeenMs,
    remediation: story.remediation,
  };
}

