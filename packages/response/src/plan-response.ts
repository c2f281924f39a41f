import { isAtLeast, type RiskFinding } from '@warden/core';
import { criticalityOf } from './agent-criticality';
import { isAdvisory, isDisruptive, isMoreDisruptive, isReversible } from './action-order';
import { planReason } from './decision-reason';
import type {
  ActionKind,
  ActionSpec,
  AgentCriticality,
  ApprovalRule,
  Playbook,
  PlaybookMatch,
  ResponseDecision,
  ResponsePolicy,
  TimeoutFallback,
} from './response-types';

export interface PlanContext {
  readonly nowMs: number;
  /** When Warden first raised the finding; carried into every decision for time-to-contain. */
  readonly detectedAtMs: number;
  /** Ids of decisions already taken for this finding (any revision): they are not planned again. */
  readonly alreadyPlanned: ReadonlySet<string>;
}

/** Stable per incident and action kind, so an Update never plans the same step twice. */
export function decisionId(findingId: string, kind: ActionKind): string {
  return `${findingId}/${kind}`;
}

function matches(match: PlaybookMatch, finding: RiskFinding, criticality: AgentCriticality): boolean {
  if (match.minSeverity !== undefined && !isAtLeast(finding.severity, match.minSeverity)) return false;
  if (match.maxSeverity !== undefined && !isAtLeast(match.maxSeverity, finding.severity)) return false;
  if (match.category !== undefined && finding.category !== match.category) return false;
  if (match.criticality !== undefined && !match.criticality.includes(criticality)) return false;
  if (match.signalTypes !== undefined) {
    const wanted = new Set(match.signalTypes);
    if (!finding.signals.some((s) => wanted.has(s.type))) return false;
  }
  return true;
}

/**
 * The last known-good state is before the first poisoned write; without a memory_poisoning
 * signal (a custom playbook) the incident's first evidence is the safest cut.
 */
function rollbackPoint(finding: RiskFinding): number {
  const times = finding.signals.filter((s) => s.type === 'memory_poisoning').map((s) => s.location.timeMs);
  return times.length > 0 ? Math.min(...times) : finding.firstSeenMs;
}

/**
 * Quarantine and memory rollback always wait for a human; on a critical agent so does every step
 * that touches the agent. A fallback that would not be milder than the step it replaces is
 * dropped: the default rule's `read_only` fallback suits quarantine but would escalate a throttle.
 */
function approvalFor(kind: ActionKind, criticality: AgentCriticality, playbook: Playbook, policy: ResponsePolicy): ApprovalRule | undefined {
  const needed = isDisruptive(kind) || (criticality === 'critical' && !isAdvisory(kind));
  if (!needed || playbook.approval === 'not_required') return undefined;
  const rule = playbook.approval ?? policy.defaultApproval;
  if (rule.onTimeout !== 'none' && !isMoreDisruptive(kind, rule.onTimeout)) return { ...rule, onTimeout: 'none' };
  return rule;
}

function decide(
  spec: ActionSpec,
  playbook: Playbook,
  finding: RiskFinding,
  criticality: AgentCriticality,
  policy: ResponsePolicy,
  ctx: PlanContext,
): ResponseDecision {
  const kind = spec.kind;
  const expiresAfterSeconds = isReversible(kind) ? (spec.expiresAfterSeconds ?? policy.defaultExpirySeconds[kind]) : undefined;
  const rollbackBeforeMs = kind === 'memory_rollback' ? rollbackPoint(finding) : undefined;
  const approval = approvalFor(kind, criticality, playbook, policy);
  let timeoutFallback: TimeoutFallback | undefined;
  if (approval !== undefined && approval.onTimeout !== 'none') {
    const fallback = approval.onTimeout;
    const fallbackExpiry = isReversible(fallback) ? policy.defaultExpirySeconds[fallback] : undefined;
    timeoutFallback = {
      ...(fallbackExpiry === undefined ? {} : { expiresAfterSeconds: fallbackExpiry }),
      ...(fallback === 'memory_rollback' ? { rollbackBeforeMs: rollbackPoint(finding) } : {}),
    };
  }
  return {
    id: decisionId(finding.findingId, kind),
    kind,
    playbook: playbook.name,
    findingId: finding.findingId,
    tenant: finding.tenant,
    agentId: finding.agentId,
    sessionId: finding.sessionId,
    criticality,
    severity: finding.severity,
    riskScore: finding.riskScore,
    reason: planReason(kind, finding, criticality, expiresAfterSeconds, rollbackBeforeMs),
    mode: policy.shadow || playbook.shadow === true ? 'shadow' : 'execute',
    ...(approval === undefined ? {} : { approval }),
    ...(expiresAfterSeconds === undefined ? {} : { expiresAfterSeconds }),
    ...(rollbackBeforeMs === undefined ? {} : { rollbackBeforeMs }),
    ...(timeoutFallback === undefined ? {} : { timeoutFallback }),
    detectedAtMs: ctx.detectedAtMs,
  };
}

/**
 * What the policy says to do about this revision of a finding, minus what was already planned
 * for earlier revisions. Every matching playbook contributes its steps; the first playbook to
 * name a kind owns it. Closes and the responder's own response notes plan nothing: a close is the
 * end of activity, not new evidence, and a note is Warden talking about its own steps.
 */
export function planResponse(finding: RiskFinding, policy: ResponsePolicy, ctx: PlanContext): ResponseDecision[] {
  if (finding.activity === 'close' || finding.response !== undefined) return [];
  const criticality = criticalityOf(finding.agentId, policy);
  const owned = new Set<ActionKind>();
  const decisions: ResponseDecision[] = [];
  for (const playbook of policy.playbooks) {
    if (!matches(playbook.match, finding, criticality)) continue;
    for (const spec of playbook.actions) {
      if (owned.has(spec.kind)) continue;
      owned.add(spec.kind);
      if (ctx.alreadyPlanned.has(decisionId(finding.findingId, spec.kind))) continue;
      decisions.push(decide(spec, playbook, finding, criticality, policy, ctx));
    }
  }
  return decisions;
}
