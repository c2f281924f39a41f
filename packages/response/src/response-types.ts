import type { RiskFinding, Severity, SignalType } from '@warden/core';

/**
 * What Warden can ask an agent platform's control plane to do, least to most disruptive.
 * The order matters: an approval timeout may only fall back to a step earlier in this list.
 */
export const ACTION_KINDS = ['record', 'notify', 'throttle', 'read_only', 'memory_rollback', 'quarantine'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** How much harm an agent can do if turned (the blast radius); set per agent in the policy. */
export type AgentCriticality = 'standard' | 'critical';

/** One step of a playbook. */
export interface ActionSpec {
  readonly kind: ActionKind;
  /**
   * Reversible steps (throttle, read_only, quarantine) end by themselves after this long: the
   * control plane is told the expiry, and Warden sends the undo when it passes. Unset: the
   * policy default for the kind; `record`, `notify` and `memory_rollback` have no expiry.
   */
  readonly expiresAfterSeconds?: number;
}

/** When a playbook applies to a finding. Every given condition must hold. */
export interface PlaybookMatch {
  readonly minSeverity?: Severity;
  /**
   * Upper end of the band (inclusive). Risk bands are exclusive in the default policy (a critical
   * finding gets the critical playbook, not the high one as well) so each band's steps are exactly
   * the ones written for it.
   */
  readonly maxSeverity?: Severity;
  /** At least one of these signal types is among the finding's signals. */
  readonly signalTypes?: readonly SignalType[];
  readonly criticality?: readonly AgentCriticality[];
  readonly category?: RiskFinding['category'];
}

export interface ApprovalRule {
  /** Distinct people who must approve (two-person rule: 2). */
  readonly approvers: 1 | 2;
  readonly timeoutSeconds: number;
  /**
   * What happens when nobody decides in time: `none` (the action is dropped) or a less
   * disruptive action kind to take instead. Validation refuses anything as or more disruptive.
   */
  readonly onTimeout: 'none' | ActionKind;
}

export interface Playbook {
  readonly name: string;
  readonly match: PlaybookMatch;
  readonly actions: readonly ActionSpec[];
  /** Record what would be done without calling the control plane (on top of the global switch). */
  readonly shadow?: boolean;
  /**
   * Overrides the default approval rule for this playbook's disruptive actions. Disruptive actions
   * (quarantine, memory_rollback, and anything on a critical agent) always need approval unless
   * `approval: 'not_required'` is set here explicitly.
   */
  readonly approval?: ApprovalRule | 'not_required';
}

export interface CircuitBreakerRule {
  readonly windowSeconds: number;
  /** More executed actions than this in the window: step down to advisory only. */
  readonly maxActions: number;
  /** More human overrides (denials, undos by an operator) than this in the window: same. */
  readonly maxOverrides: number;
  /** How long advisory mode lasts once tripped. */
  readonly cooldownSeconds: number;
}

/** The whole response policy, as configured (validated by `validateResponsePolicy`). */
export interface ResponsePolicy {
  /** Global shadow mode: every decision is recorded, nothing is sent to the control plane. */
  readonly shadow: boolean;
  /** Agents by id (exact) or `*`-glob; the first match wins; unmatched agents are `standard`. */
  readonly agents: readonly { readonly match: string; readonly criticality: AgentCriticality }[];
  /** Tried in order; every matching playbook contributes its actions (deduplicated by kind). */
  readonly playbooks: readonly Playbook[];
  readonly defaultApproval: ApprovalRule;
  readonly defaultExpirySeconds: Readonly<Partial<Record<ActionKind, number>>>;
  readonly circuitBreaker: CircuitBreakerRule;
}

/**
 * One thing the policy decided to do about one finding. `id` is stable (`<findingId>/<kind>`),
 * so a re-emitted finding (Update) never plans the same action twice and a restart can resume.
 */
export interface ResponseDecision {
  readonly id: string;
  readonly kind: ActionKind;
  readonly playbook: string;
  readonly findingId: string;
  readonly tenant: string;
  readonly agentId: string;
  readonly sessionId: string;
  readonly criticality: AgentCriticality;
  readonly severity: Severity;
  readonly riskScore: number;
  /** Why, in one sentence an operator and the agent platform can both read. */
  readonly reason: string;
  /** `execute`: call the control plane (after approval if needed); `shadow`: only record. */
  readonly mode: 'execute' | 'shadow';
  /** Set when a human must approve first. */
  readonly approval?: ApprovalRule;
  /** For reversible kinds: how long the action lasts once taken. */
  readonly expiresAfterSeconds?: number;
  /** For memory_rollback: roll memory back to the last checkpoint before this time (epoch ms). */
  readonly rollbackBeforeMs?: number;
  /**
   * Parameters of the step `approval.onTimeout` names, fixed at planning time (when the policy is
   * at hand) so an approval that expires after a restart or a policy change still falls back to
   * what was decided then.
   */
  readonly timeoutFallback?: TimeoutFallback;
  /** When Warden first raised the finding (the responder's clock at its first revision): time-to-contain starts here. */
  readonly detectedAtMs: number;
}

/** How the fallback step of an expired approval is to be taken. */
export interface TimeoutFallback {
  readonly expiresAfterSeconds?: number;
  readonly rollbackBeforeMs?: number;
}

/** An approver's or denier's say on a pending decision. */
export interface ApprovalVote {
  readonly by: string;
  readonly reason: string;
  readonly atMs: number;
}

export type ApprovalStatus = 'pending' | 'approved' | 'denied' | 'expired';

/** A decision waiting for people, and what they said so far. Pure data: persisted as is. */
export interface PendingApproval {
  readonly decision: ResponseDecision;
  readonly requestedAtMs: number;
  readonly deadlineMs: number;
  readonly approvals: readonly ApprovalVote[];
  readonly denial?: ApprovalVote;
  readonly status: ApprovalStatus;
}

/** Kinds of audit log entries: every finding, decision, approval and action, and every admin API call. */
export type AuditEntryType =
  | 'finding'
  | 'decision'
  | 'approval_requested'
  | 'approval_vote'
  | 'approval_denied'
  | 'approval_expired'
  | 'action_executed'
  | 'action_failed'
  | 'action_shadowed'
  | 'action_suppressed'
  | 'action_undone'
  | 'kill_switch'
  | 'circuit_breaker'
  | 'forensic_bundle'
  | 'finding_reviewed'
  | 'admin_api_call';

/**
 * One line of the audit log. `hash` is SHA-256 over the canonical JSON of every other field
 * (which includes `prevHash`), so editing, removing or reordering any entry breaks the chain
 * from that entry on.
 */
export interface AuditEntry {
  readonly seq: number;
  readonly atMs: number;
  readonly type: AuditEntryType;
  /** Who: `warden` for automatic steps, the admin token's name for people. */
  readonly actor: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly prevHash: string;
  readonly hash: string;
}
