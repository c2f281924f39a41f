export type {
  ActionKind,
  ActionSpec,
  AgentCriticality,
  ApprovalRule,
  ApprovalStatus,
  ApprovalVote,
  AuditEntry,
  AuditEntryType,
  CircuitBreakerRule,
  PendingApproval,
  Playbook,
  PlaybookMatch,
  ResponseDecision,
  ResponsePolicy,
  TimeoutFallback,
} from './response-types';
export { ACTION_KINDS } from './response-types';
export { isActionKind, isAdvisory, isDisruptive, isMoreDisruptive, isReversible } from './action-order';
export { DEFAULT_RESPONSE_POLICY, validateResponsePolicy } from './response-policy';
export { criticalityOf } from './agent-criticality';
export type { PlanContext } from './plan-response';
export { decisionId, planResponse } from './plan-response';
export type { CastVoteResult, Vote, VoteRefusal } from './approvals';
export { castVote, expireIfDue, requestApproval } from './approvals';
export type { BreakerEventKind, BreakerState } from './circuit-breaker';
export { breakerStatus, initialBreakerState, recordBreakerEvent } from './circuit-breaker';
export { canonicalJson } from './canonical-json';
export type { AuditEntryInput, AuditVerification } from './audit-chain';
export { GENESIS_HASH, chainAuditEntry, verifyAuditLog } from './audit-chain';
