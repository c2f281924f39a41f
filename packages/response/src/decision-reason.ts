import type { RiskFinding } from '@warden/core';
import type { ActionKind, AgentCriticality, ResponseDecision } from './response-types';

/**
 * Reasons are read by on-call people in the approval queue, by the agent platform receiving the
 * webhook and by SIEM analysts, so they are whole sentences naming agent, session and finding.
 */

export function formatDuration(seconds: number): string {
  if (seconds >= 3600 && seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds >= 60 && seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}

function actionPhrase(kind: ActionKind, agentId: string, expiresAfterSeconds: number | undefined, rollbackBeforeMs: number | undefined): string {
  const lasting = expiresAfterSeconds === undefined ? '' : ` for ${formatDuration(expiresAfterSeconds)}`;
  switch (kind) {
    case 'record':
      return `Record the incident on agent ${agentId}`;
    case 'notify':
      return `Notify the responders about agent ${agentId}`;
    case 'throttle':
      return `Throttle agent ${agentId}${lasting}`;
    case 'read_only':
      return `Put agent ${agentId} in read-only mode${lasting}`;
    case 'memory_rollback':
      return `Roll the memory of agent ${agentId} back to its last checkpoint before ${
        rollbackBeforeMs === undefined ? 'the incident' : new Date(rollbackBeforeMs).toISOString()
      }`;
    case 'quarantine':
      return `Quarantine agent ${agentId}${lasting}`;
  }
}

export function planReason(
  kind: ActionKind,
  finding: RiskFinding,
  criticality: AgentCriticality,
  expiresAfterSeconds: number | undefined,
  rollbackBeforeMs: number | undefined,
): string {
  const title = finding.title.trim().replace(/[.!?\s]+$/, '');
  const agent = criticality === 'critical' ? 'critical agent' : 'agent';
  return (
    `${actionPhrase(kind, finding.agentId, expiresAfterSeconds, rollbackBeforeMs)} (session ${finding.sessionId}, tenant ${finding.tenant})` +
    ` because finding ${finding.findingId} on this ${agent} reached ${finding.severity} risk ${finding.riskScore}` +
    `${title === '' ? '' : `: ${title}`}.`
  );
}

export function fallbackReason(
  original: ResponseDecision,
  kind: ActionKind,
  expiresAfterSeconds: number | undefined,
  rollbackBeforeMs: number | undefined,
): string {
  const waited = formatDuration(original.approval?.timeoutSeconds ?? 0);
  return (
    `${actionPhrase(kind, original.agentId, expiresAfterSeconds, rollbackBeforeMs)} (session ${original.sessionId}, tenant ${original.tenant})` +
    ` in place of ${original.kind}, which nobody approved or denied within ${waited}; the policy names ${kind} as the safe state on timeout.` +
    ` The ${original.kind} was planned because: ${original.reason}`
  );
}
