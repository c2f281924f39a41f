import * as path from 'node:path';
import type { Bus, Subscription } from '@warden/bus';
import {
  agentKey,
  InvalidInputError,
  Topics,
  WardenError,
  isAtLeast,
  type Clock,
  type Component,
  type FindingResponseNote,
  type Logger,
  type RiskFinding,
  type Sleep,
} from '@warden/core';
import {
  breakerStatus,
  castVote,
  expireIfDue,
  isAdvisory,
  isReversible,
  planResponse,
  recordBreakerEvent,
  requestApproval,
  type ActionKind,
  type ApprovalStatus,
  type AuditEntryType,
  type PendingApproval,
  type ResponseDecision,
  type ResponsePolicy,
} from '@warden/response';
import { AuditLog } from './audit-log';
import { ClosedFindingStore, MAX_CLOSED_FINDINGS_KEPT } from './closed-finding-store';
import {
  ControlPlaneClient,
  DEFAULT_CONTROL_PLANE_RETRY,
  type ControlPlaneRetryPolicy,
  type ControlPlaneSettings,
} from './control-plane-client';
import { controlPlaneBody } from './control-plane-request';
import { ForensicStore, buildForensicBundle, isSafeFindingId } from './forensic-store';
import type { ApprovalView, ForensicBundle, ResponderControl, ResponderStats, ResponderStatus, ReviewResult, VoteResult } from './responder-control';
import { ResponseState, type ScheduledUndo } from './response-state';
import { DEFAULT_EVIDENCE_LIMITS, SessionEvidence } from './session-evidence';

export interface ResponderConfig {
  /** WARDEN_DATA_DIR: holds `response/`, `audit/`, `forensics/` and `closed-findings/`. */
  readonly dataDir: string;
  readonly policy: ResponsePolicy;
  /** Where actions go; without it every action is recorded as shadowed (approvals still work). */
  readonly controlPlane?: ControlPlaneSettings;
  /** Engage the kill switch at start (it also stays engaged across restarts once engaged). */
  readonly killSwitch?: boolean;
  /** How often approval deadlines, undos and the circuit breaker are checked (default 1 s). */
  readonly tickMs?: number;
  /** Events kept per session for forensic bundles (default 200). */
  readonly maxSessionEvents?: number;
  /** Sessions whose events are kept (default 2000). */
  readonly maxSessions?: number;
  /** Events kept over all sessions (default 20 000). */
  readonly maxEvidenceEvents?: number;
  readonly retry?: Partial<ControlPlaneRetryPolicy>;
}

export interface ResponderDeps {
  readonly bus: Bus;
  readonly logger: Logger;
  readonly clock: Clock;
  /** Called once per containment action the control plane confirmed: seconds since detection. */
  readonly onContained?: (seconds: number, action: string) => void;
  readonly sleep?: Sleep;
  readonly fetch?: typeof fetch;
  readonly random?: () => number;
}

export interface Responder extends Component, ResponderControl {
  stats(): ResponderStats;
}

/** Whom the audit log names for what Warden does by itself. */
const WARDEN = 'warden';
const CONTAINMENT: ReadonlySet<ActionKind> = new Set<ActionKind>(['throttle', 'read_only', 'quarantine', 'memory_rollback']);
const NO_CONTROL_PLANE =
  'no control plane is configured (set WARDEN_CONTROL_PLANE_URL and WARDEN_CONTROL_PLANE_SECRET); recorded what would have been sent';

type Outcome = 'executed' | 'failed' | 'shadowed' | 'suppressed' | 'denied' | 'expired' | 'undone';

/**
 * The response loop's I/O shell: it audits every finding, writes forensic bundles for High and
 * Critical ones, plans with the pure core (@warden/response), and then — behind the kill switch,
 * the circuit breaker, shadow mode and human approval — calls the agent platform's control plane.
 * What it decides and does is published back on the findings topic as response notes, so the SIEM
 * sees it as OCSF updates of the finding.
 */
export function createResponder(config: ResponderConfig, deps: ResponderDeps): Responder {
  const logger = deps.logger.child({ component: 'responder' });
  const policy = config.policy;
  const rule = policy.circuitBreaker;
  const responseDir = path.join(config.dataDir, 'response');
  const state = new ResponseState(path.join(responseDir, 'state.json'));
  const forensics = new ForensicStore(path.join(config.dataDir, 'forensics'));
  const closedFindings = new ClosedFindingStore(path.join(config.dataDir, 'closed-findings'));
  const evidence = new SessionEvidence({
    ...DEFAULT_EVIDENCE_LIMITS,
    ...(config.maxSessionEvents !== undefined ? { maxSessionEvents: config.maxSessionEvents } : {}),
    ...(config.maxSessions !== undefined ? { maxSessions: config.maxSessions } : {}),
    ...(config.maxEvidenceEvents !== undefined ? { maxEvents: config.maxEvidenceEvents } : {}),
  });
  const client = config.controlPlane
    ? new ControlPlaneClient(config.controlPlane, {
        clock: deps.clock,
        ...(deps.fetch ? { fetch: deps.fetch } : {}),
        ...(deps.sleep ? { sleep: deps.sleep } : {}),
        ...(deps.random ? { random: deps.random } : {}),
        retry: { ...DEFAULT_CONTROL_PLANE_RETRY, ...config.retry },
      })
    : undefined;

  let audit: AuditLog | undefined;
  let stopController = new AbortController();
  const subscriptions: Subscription[] = [];
  let timer: NodeJS.Timeout | undefined;
  let ticking: Promise<void> = Promise.resolve();
  const inflight = new Set<Promise<unknown>>();
  let started = false;
  let stopping: Promise<void> | undefined;
  let circuitWasOpen = false;
  const decisionCounts = new Map<string, number>();
  const outcomeCounts = new Map<string, number>();
  let findingsReviewedBenign = 0;

  const now = (): number => deps.clock.nowMs();
  const bump = (counts: Map<string, number>, key: string): void => void counts.set(key, (counts.get(key) ?? 0) + 1);
  const countOutcome = (action: string, outcome: Outcome): void => bump(outcomeCounts, `${action}\u0000${outcome}`);

  const record = async (type: AuditEntryType, data: Record<string, unknown>, actor = WARDEN): Promise<void> => {
    if (!audit) throw new WardenError('RESPONDER_NOT_STARTED', 'the responder is not running: start() opens the audit log, and nothing is recorded after stop()');
    await audit.append({ atMs: now(), type, actor, data });
  };

  /** Publishes what happened to a decision (or a review) as an OCSF Update of its finding (via the emitter). */
  const publishNote = async (
    decision: Pick<ResponseDecision, 'id' | 'findingId'> & { readonly kind: string },
    status: FindingResponseNote['status'],
    reason: string,
    by?: readonly string[],
  ): Promise<void> => {
    const incident = state.incidents.get(decision.findingId);
    if (!incident?.finding) {
      logger.warn({ findingId: decision.findingId, decisionId: decision.id, status }, 'no finding on record for this incident; the SIEM is not told about this response step (the audit log has it)');
      return;
    }
    incident.noteSeq += 1;
    const note: FindingResponseNote = {
      seq: incident.noteSeq,
      decisionId: decision.id,
      action: decision.kind,
      status,
      ...(by && by.length > 0 ? { by: [...by] } : {}),
      reason,
      atMs: now(),
    };
    const finding: RiskFinding = { ...incident.finding, activity: 'update', response: note };
    try {
      await deps.bus.publish(Topics.findings, [{ key: agentKey(finding), value: finding }]);
    } catch (err) {
      // The audit log already holds the step; a full bus must not undo or repeat the action itself.
      logger.warn({ findingId: decision.findingId, decisionId: decision.id, status, err: (err as Error).message }, 'could not publish the response note to the findings topic; the SIEM misses this step (the audit log has it)');
    }
  };

  const circuit = (atMs: number) => breakerStatus(state.breaker, atMs, rule);

  /** Audits the breaker opening or closing, once per change. */
  const noticeCircuit = async (): Promise<void> => {
    const status = circuit(now());
    if (status.open === circuitWasOpen) return;
    circuitWasOpen = status.open;
    if (status.open) {
      logger.warn({ untilMs: status.untilMs, reason: status.reason }, 'circuit breaker open: Warden is advisory-only, automated actions are suppressed');
      await record('circuit_breaker', { open: true, reason: status.reason, untilMs: status.untilMs });
    } else {
      logger.info({}, 'circuit breaker closed: automated actions resume');
      await record('circuit_breaker', { open: false, reason: 'the cooldown has passed; automated actions resume' });
    }
  };

  const killSwitchReason = (): string => {
    const { by, reason } = state.killSwitch;
    const who = by === undefined ? '' : ` by ${by}${reason ? ` (${reason})` : ''}`;
    return `the kill switch is engaged${who}; no automated action is taken until it is released`;
  };

  const suppress = async (d: ResponseDecision, reason: string, by?: readonly string[]): Promise<void> => {
    await record('action_suppressed', { decisionId: d.id, action: d.kind, findingId: d.findingId, reason, ...(by ? { approvedBy: by } : {}) });
    countOutcome(d.kind, 'suppressed');
    await publishNote(d, 'suppressed', reason, by);
  };

  const shadow = async (d: ResponseDecision, reason: string, by: readonly string[] = []): Promise<void> => {
    const atMs = now();
    const wouldSend = controlPlaneBody({
      type: 'warden.action.execute',
      decision: d,
      approvedBy: by,
      requestedAtMs: atMs,
      ...(isReversible(d.kind) && d.expiresAfterSeconds !== undefined ? { expiresAtMs: atMs + d.expiresAfterSeconds * 1000 } : {}),
    });
    await record('action_shadowed', { decisionId: d.id, action: d.kind, findingId: d.findingId, reason, wouldSend });
    countOutcome(d.kind, 'shadowed');
    await publishNote(d, 'shadowed', reason, by);
  };

  /**
   * Takes the action through the control plane. `approvedBy` empty means automated: then the
   * circuit breaker applies too; people who approved are not overruled by it, only by the kill
   * switch, which stops everything.
   */
  const execute = async (d: ResponseDecision, approvedBy: readonly string[]): Promise<void> => {
    if (state.killSwitch.engaged) return suppress(d, killSwitchReason(), approvedBy);
    const automated = approvedBy.length === 0;
    const breaker = circuit(now());
    if (automated && breaker.open && !isAdvisory(d.kind)) return suppress(d, breaker.reason ?? 'the circuit breaker is open: advisory only', approvedBy);
    if (!client) return shadow(d, NO_CONTROL_PLANE, approvedBy);

    const requestedAtMs = now();
    const expiresAtMs = isReversible(d.kind) && d.expiresAfterSeconds !== undefined ? requestedAtMs + d.expiresAfterSeconds * 1000 : undefined;
    const body = controlPlaneBody({
      type: 'warden.action.execute',
      decision: d,
      approvedBy,
      requestedAtMs,
      ...(expiresAtMs !== undefined ? { expiresAtMs } : {}),
    });
    const result = await client.send(body, {
      signal: stopController.signal,
      giveUp: () => (state.killSwitch.engaged ? 'the kill switch was engaged meanwhile' : undefined),
    });
    const doneAtMs = now();
    if (!result.ok) {
      logger.warn({ decisionId: d.id, action: d.kind, attempts: result.attempts, reason: result.reason }, 'control plane action failed');
      await record('action_failed', { decisionId: d.id, action: d.kind, findingId: d.findingId, attempts: result.attempts, reason: result.reason, approvedBy });
      countOutcome(d.kind, 'failed');
      await publishNote(d, 'failed', result.reason, approvedBy);
      return;
    }
    await record('action_executed', {
      decisionId: d.id,
      action: d.kind,
      findingId: d.findingId,
      agentId: d.agentId,
      sessionId: d.sessionId,
      attempts: result.attempts,
      approvedBy,
      ...(body.expiresAt ? { expiresAt: body.expiresAt } : {}),
      ...(body.rollbackBefore ? { rollbackBefore: body.rollbackBefore } : {}),
    });
    countOutcome(d.kind, 'executed');
    if (!isAdvisory(d.kind)) {
      state.breaker = recordBreakerEvent(state.breaker, 'action', doneAtMs, rule);
      await noticeCircuit();
    }
    if (CONTAINMENT.has(d.kind)) deps.onContained?.(Math.max(0, (doneAtMs - d.detectedAtMs) / 1000), d.kind);
    if (expiresAtMs !== undefined) state.undos.set(d.id, { decision: d, approvedBy: [...approvedBy], executedAtMs: doneAtMs, expiresAtMs });
    await publishNote(d, 'executed', d.reason, approvedBy);
    await state.persist();
  };

  /** One decision through the gates in order: kill switch, circuit breaker, shadow, approval, action. */
  const handleDecision = async (d: ResponseDecision): Promise<void> => {
    bump(decisionCounts, `${d.kind}\u0000${d.mode}`);
    await record('decision', {
      decisionId: d.id,
      action: d.kind,
      playbook: d.playbook,
      findingId: d.findingId,
      agentId: d.agentId,
      criticality: d.criticality,
      severity: d.severity,
      riskScore: d.riskScore,
      mode: d.mode,
      reason: d.reason,
      ...(d.approval ? { approval: d.approval } : {}),
      ...(d.expiresAfterSeconds !== undefined ? { expiresAfterSeconds: d.expiresAfterSeconds } : {}),
    });
    // `record` touches nothing outside Warden: the audit entry is the action.
    if (d.kind === 'record') {
      await record('action_executed', { decisionId: d.id, action: d.kind, findingId: d.findingId, via: 'audit_log' });
      countOutcome(d.kind, 'executed');
      return;
    }
    if (state.killSwitch.engaged) return suppress(d, killSwitchReason());
    const breaker = circuit(now());
    if (breaker.open && !isAdvisory(d.kind)) return suppress(d, breaker.reason ?? 'the circuit breaker is open: advisory only');
    if (d.mode === 'shadow') {
      return shadow(d, policy.shadow ? 'shadow mode is on for the whole policy' : `playbook "${d.playbook}" is in shadow mode`);
    }
    if (d.approval) {
      const pending = requestApproval(d, now());
      state.putApproval(pending);
      await record('approval_requested', {
        decisionId: d.id,
        action: d.kind,
        findingId: d.findingId,
        approvers: d.approval.approvers,
        deadlineMs: pending.deadlineMs,
        onTimeout: d.approval.onTimeout,
      });
      await publishNote(d, 'pending_approval', `waiting for ${d.approval.approvers === 2 ? 'two people' : 'a person'} to approve: ${d.reason}`);
      await state.persist();
      return;
    }
    await execute(d, []);
  };

  const writeBundle = async (finding: RiskFinding): Promise<void> => {
    const { spans, omitted } = evidence.spansOf(finding.tenant, finding.agentId, finding.sessionId);
    const bundle = buildForensicBundle({
      finding,
      createdAtMs: now(),
      spans,
      spansOmitted: omitted,
      profile: evidence.profileFor(finding.tenant, finding.agentId, finding.agentType),
    });
    const written = await forensics.write(bundle);
    await record('forensic_bundle', {
      findingId: finding.findingId,
      revision: finding.revision,
      sha256: written.sha256,
      bytes: written.bytes,
      spans: spans.length,
      spansOmitted: omitted,
      profile: bundle.profile !== undefined,
    });
  };

  /** A closed Medium finding stays reviewable across a restart; failing that must not stop the response path. */
  const keepForReview = async (finding: RiskFinding): Promise<void> => {
    try {
      if (!(await closedFindings.write(finding))) logger.warn({ findingId: finding.findingId.slice(0, 80) }, 'finding id cannot name a file; it cannot be reviewed after a restart');
    } catch (err) {
      logger.warn({ findingId: finding.findingId, err: (err as Error).message }, 'could not keep the closed finding for review; it cannot be reviewed after a restart');
    }
  };

  const handleFinding = async (finding: RiskFinding): Promise<void> => {
    const incident = state.touchIncident(finding.findingId, now(), finding);
    await record('finding', {
      findingId: finding.findingId,
      revision: finding.revision,
      activity: finding.activity,
      severity: finding.severity,
      risk: finding.riskScore,
      tenant: finding.tenant,
      agentId: finding.agentId,
      sessionId: finding.sessionId,
    });
    if (isAtLeast(finding.severity, 'high')) {
      if (isSafeFindingId(finding.findingId)) await writeBundle(finding);
      else logger.warn({ findingId: finding.findingId.slice(0, 80) }, 'finding id cannot name a file; no forensic bundle written');
    } else if (finding.severity === 'medium' && finding.activity === 'close') {
      await keepForReview(finding);
    }
    const decisions = planResponse(finding, policy, { nowMs: now(), detectedAtMs: incident.detectedAtMs, alreadyPlanned: state.plannedIds });
    for (const d of decisions) {
      state.markPlanned(d.id);
      await handleDecision(d);
    }
    await state.persist();
  };

  const onExpired = async (p: PendingApproval, fallback: ResponseDecision | undefined): Promise<void> => {
    const d = p.decision;
    const skipFallback = fallback !== undefined && state.plannedIds.has(fallback.id);
    await record('approval_expired', {
      decisionId: d.id,
      action: d.kind,
      findingId: d.findingId,
      approvals: p.approvals.map((a) => a.by),
      fallback: fallback && !skipFallback ? fallback.kind : 'none',
      ...(skipFallback ? { fallbackSkipped: `${fallback.kind} was already planned for this incident` } : {}),
    });
    countOutcome(d.kind, 'expired');
    const reason = fallback && !skipFallback ? `nobody approved in time; falling back to ${fallback.kind}` : 'nobody approved in time; nothing is done';
    await publishNote(d, 'expired', reason);
    if (fallback && !skipFallback) {
      state.markPlanned(fallback.id);
      await handleDecision(fallback);
    }
  };

  const expireDue = async (atMs: number): Promise<boolean> => {
    let changed = false;
    for (const { decision } of state.pendingApprovals()) {
      // Re-read: a vote may have settled it while an earlier one in this loop was being handled.
      const p = state.approvals.get(decision.id);
      if (p?.status !== 'pending') continue;
      const { pending, fallback } = expireIfDue(p, atMs);
      if (pending.status !== 'expired') continue;
      state.putApproval(pending);
      changed = true;
      await onExpired(pending, fallback);
    }
    return changed;
  };

  /** Lifts a reversible action still in force: at its expiry, or earlier for `earlyReason`. True once the platform confirmed it. */
  const undo = async (u: ScheduledUndo, earlyReason?: string): Promise<boolean> => {
    const d = u.decision;
    if (!client) return false;
    const seconds = Math.round((u.expiresAtMs - u.executedAtMs) / 1000);
    const reason = earlyReason ?? `${d.kind} expired after ${seconds} s; lifting it`;
    const body = controlPlaneBody({ type: 'warden.action.undo', decision: d, approvedBy: u.approvedBy, requestedAtMs: now(), expiresAtMs: u.expiresAtMs, reason });
    const result = await client.send(body, { signal: stopController.signal });
    if (result.ok) {
      await record('action_undone', { decisionId: d.id, action: d.kind, findingId: d.findingId, attempts: result.attempts, reason });
      countOutcome(d.kind, 'undone');
      await publishNote(d, 'undone', reason);
      return true;
    }
    if (stopController.signal.aborted) {
      // Stopping, not failing: keep it due so the next start sends it.
      state.undos.set(d.id, u);
      return false;
    }
    // The platform was told the expiry with the action and must lift it by itself; the undo is
    // the confirmation. Report the failure rather than retrying forever.
    logger.warn({ decisionId: d.id, action: d.kind, reason: result.reason }, 'undo failed; the platform must lift the action at its expiry by itself');
    await record('action_failed', { decisionId: d.id, action: d.kind, findingId: d.findingId, undo: true, attempts: result.attempts, reason: result.reason });
    countOutcome(d.kind, 'failed');
    await publishNote(d, 'failed', `undo failed: ${result.reason}`);
    return false;
  };

  const undoDue = async (atMs: number): Promise<boolean> => {
    const due = [...state.undos.values()].filter((u) => u.expiresAtMs <= atMs);
    for (const u of due) {
      // Taken off before sending, so an overlapping caller cannot send it twice.
      state.undos.delete(u.decision.id);
      await undo(u);
    }
    return due.length > 0;
  };

  const tickOnce = async (): Promise<void> => {
    const atMs = now();
    const expired = await expireDue(atMs);
    const undone = await undoDue(atMs);
    await noticeCircuit();
    if (expired || undone) await state.persist();
  };

  const tick = (): void => {
    ticking = ticking
      .then(tickOnce)
      .catch((err: unknown) => logger.error({ err: (err as Error).message }, 'response tick failed; retrying on the next tick'));
  };

  /** Runs work the admin API waits for, so stop() can wait for it too. */
  const track = <T>(work: Promise<T>): Promise<T> => {
    inflight.add(work);
    void work.finally(() => inflight.delete(work)).catch(() => undefined);
    return work;
  };

  const view = async (p: PendingApproval): Promise<ApprovalView> => {
    const bundle = await forensics.read(p.decision.findingId).catch(() => undefined);
    return bundle ? { ...p, evidence: bundle } : { ...p };
  };

  const vote = async (decisionId: string, v: { verdict: 'approve' | 'deny'; by: string; reason: string }): Promise<VoteResult> => {
    if (v.by.trim() === '') {
      throw new InvalidInputError('WARDEN_RESPONSE_ANONYMOUS_VOTE', 'a vote needs the voter\'s name (the admin token name); anonymous approvals are refused');
    }
    const atMs = now();
    const current = state.approvals.get(decisionId);
    if (!current) return { ok: false, code: 'NOT_FOUND', message: `no approval with id ${JSON.stringify(decisionId.slice(0, 200))}; list them with \`warden approvals list\`` };
    // A vote after the deadline settles nothing: the timeout (and its fallback) applies first.
    const due = expireIfDue(current, atMs);
    if (due.pending.status === 'expired' && current.status === 'pending') {
      state.putApproval(due.pending);
      await onExpired(due.pending, due.fallback);
      await state.persist();
    }
    const p = state.approvals.get(decisionId) as PendingApproval;
    const result = castVote(p, { verdict: v.verdict, by: v.by, reason: v.reason, atMs });
    if (!result.ok) return result;
    const next = result.pending;
    state.putApproval(next);
    const d = next.decision;
    await record('approval_vote', { decisionId: d.id, action: d.kind, findingId: d.findingId, verdict: v.verdict, reason: v.reason.trim(), status: next.status }, v.by.trim());
    if (next.status === 'denied') {
      await record('approval_denied', { decisionId: d.id, action: d.kind, findingId: d.findingId, reason: v.reason.trim() }, v.by.trim());
      countOutcome(d.kind, 'denied');
      state.breaker = recordBreakerEvent(state.breaker, 'override', atMs, rule);
      await noticeCircuit();
      await publishNote(d, 'denied', v.reason.trim(), [v.by.trim()]);
    }
    await state.persist();
    if (next.status === 'approved') {
      await execute(d, next.approvals.map((a) => a.by));
      // Whatever came of it, the note number it used must survive a restart.
      await state.persist();
    }
    return { ok: true, approval: next };
  };

  /**
   * A person judged a finding benign. Its session goes to the baseline as a review verdict, which
   * is the one way an excluded session gets learned, so only a finding whose activity is over
   * (closed: its session ended) can be reviewed: what the person saw is then all there is to learn.
   */
  const reviewBenign = async (findingId: string, r: { by: string; reason: string }): Promise<ReviewResult> => {
    const by = r.by.trim();
    const reason = r.reason.trim();
    if (by === '') {
      throw new InvalidInputError('WARDEN_RESPONSE_ANONYMOUS_REVIEW', "a review needs the reviewer's name (the admin token name); anonymous reviews are refused");
    }
    if (reason === '') return { ok: false, code: 'REASON_REQUIRED', message: 'a review needs a reason: it goes into the audit log and to the SIEM' };
    let incident = state.incidents.get(findingId);
    // Only findings something still waits on are kept whole in the state file; across a restart a
    // closed Medium one has its kept Close, a High or Critical one its forensic bundle. The kept
    // Close comes first: a finding that was High and closed Medium has a bundle of an open revision.
    if (!incident?.finding && isSafeFindingId(findingId)) {
      const kept = (await closedFindings.read(findingId).catch(() => undefined)) ?? (await forensics.read(findingId).catch(() => undefined))?.finding;
      if (kept) {
        incident ??= state.incidents.get(findingId) ?? state.touchIncident(findingId, now(), kept);
        incident.finding ??= kept;
      }
    }
    // Checked after the last await, so two people reviewing at once cannot both go through.
    if (incident?.reviewedBenign) {
      return {
        ok: false,
        code: 'ALREADY_REVIEWED',
        message: `finding ${findingId} was already reviewed as benign by ${incident.reviewedBenign.by} at ${new Date(incident.reviewedBenign.atMs).toISOString()}`,
      };
    }
    const finding = incident?.finding;
    if (!incident || !finding) {
      return {
        ok: false,
        code: 'NOT_FOUND',
        message:
          `no finding ${JSON.stringify(findingId.slice(0, 200))} on record: use the finding id your SIEM shows (OCSF finding_info.uid). ` +
          `The responder keeps the most recent incidents; across a restart, High and Critical ones (through their forensic bundles) and the last ${MAX_CLOSED_FINDINGS_KEPT.toLocaleString('en-US')} closed Medium ones can be reviewed.`,
      };
    }
    if (finding.activity !== 'close') {
      return {
        ok: false,
        code: 'NOT_CLOSED',
        message:
          `finding ${findingId} is still open: its session is under way (or its leak window has not passed), and a benign review teaches the baseline what the session did. ` +
          'Review it once Warden closes it (the OCSF Close record, after WARDEN_SESSION_IDLE_SECONDS without activity); deny its pending approvals meanwhile if you want nothing done.',
      };
    }
    const atMs = now();
    incident.reviewedBenign = { by, atMs };
    try {
      await record('finding_reviewed', { findingId, disposition: 'benign', reason, tenant: finding.tenant, agentId: finding.agentId, sessionId: finding.sessionId, severity: finding.severity, risk: finding.riskScore }, by);
    } catch (err) {
      // Nothing unaudited happens: the review did not take place and can be made again.
      delete incident.reviewedBenign;
      throw err;
    }
    findingsReviewedBenign += 1;
    const approvalsDenied: string[] = [];
    for (const p of state.pendingApprovals().filter((a) => a.decision.findingId === findingId)) {
      const result = await vote(p.decision.id, { verdict: 'deny', by, reason: `the finding was reviewed as benign: ${reason}` });
      if (result.ok && result.approval.status === 'denied') approvalsDenied.push(p.decision.id);
    }
    // A throttle, read-only mode or quarantine put on the agent for this finding was a precaution the
    // review has answered: lifted now, through the same undo as at its expiry, not left to run out.
    const actionsLifted: string[] = [];
    for (const u of [...state.undos.values()].filter((x) => x.decision.findingId === findingId)) {
      // Taken off before sending, as at expiry, so the tick cannot send it too.
      state.undos.delete(u.decision.id);
      if (await undo(u, `the finding was reviewed as benign by ${by}: ${reason}`)) actionsLifted.push(u.decision.id);
    }
    try {
      await deps.bus.publish(Topics.verdicts, [
        {
          key: agentKey(finding),
          value: { tenant: finding.tenant, agentId: finding.agentId, sessionId: finding.sessionId, lastEventMs: finding.lastSeenMs, exclude: false, review: { findingId, by, reason, atMs } },
        },
      ]);
    } catch (err) {
      // Recorded and counted already: say plainly that the baseline did not get it.
      logger.warn({ findingId, err: (err as Error).message }, 'could not publish the review to the verdicts topic; the session is not learned (review the next such finding again)');
    }
    await publishNote({ id: `${findingId}:review`, kind: 'review', findingId }, 'reviewed_benign', reason, [by]);
    await state.persist();
    // Reviewed once: the kept copy has served its purpose (the incident record remembers the review).
    await closedFindings.remove(findingId).catch((err: Error) => logger.warn({ findingId, err: err.message }, 'could not delete the kept copy of the reviewed finding'));
    logger.info({ findingId, by, approvalsDenied: approvalsDenied.length, actionsLifted: actionsLifted.length }, 'finding reviewed as benign; its session goes to the baseline');
    return {
      ok: true,
      review: { findingId, tenant: finding.tenant, agentId: finding.agentId, sessionId: finding.sessionId, disposition: 'benign', by, reason, atMs, approvalsDenied, actionsLifted },
    };
  };

  const setKillSwitch = async (engaged: boolean, by: string, reason: string): Promise<void> => {
    const was = state.killSwitch.engaged;
    state.killSwitch = { engaged, by, reason, sinceMs: now() };
    await state.persist();
    await record('kill_switch', { engaged, was, reason }, by);
    if (engaged) logger.warn({ by, reason }, 'kill switch engaged: no automated action is taken; detection and alerting go on');
    else logger.info({ by, reason }, 'kill switch released: actions resume for new decisions');
  };

  const doStop = async (): Promise<void> => {
    if (timer) clearInterval(timer);
    timer = undefined;
    // Cut retry waits short: a stopping Warden reports an unconfirmed action rather than hanging.
    stopController.abort();
    // Upstream first: no new findings, then let what is in flight finish.
    for (const s of subscriptions.splice(0).reverse()) await s.close();
    await ticking;
    await Promise.allSettled([...inflight]);
    await state.persist();
    await audit?.close();
    audit = undefined;
    started = false;
  };

  return {
    name: 'responder',
    async start() {
      if (started) return;
      started = true;
      stopping = undefined;
      stopController = new AbortController();
      await state.load(logger);
      await closedFindings.open();
      audit = await AuditLog.open(path.join(config.dataDir, 'audit', 'audit.jsonl'), logger);
      circuitWasOpen = circuit(now()).open;
      if (config.killSwitch === true && !state.killSwitch.engaged) {
        await setKillSwitch(true, WARDEN, 'engaged by configuration at start');
      }
      subscriptions.push(
        await deps.bus.subscribe(Topics.profiles, { group: 'responder-profiles', broadcast: true }, async (batch) => {
          for (const { value } of batch) evidence.observeProfile(value);
        }),
      );
      subscriptions.push(
        await deps.bus.subscribe(Topics.events, { group: 'responder-evidence' }, async (batch) => {
          for (const { value } of batch) evidence.observeEvent(value);
        }),
      );
      subscriptions.push(
        await deps.bus.subscribe(Topics.findings, { group: 'responder' }, async (batch) => {
          for (const { value } of batch) {
            // Our own response notes come back on this topic; they are not new evidence.
            if (value.response !== undefined) continue;
            await handleFinding(value);
          }
        }),
      );
      timer = setInterval(tick, config.tickMs ?? 1_000);
      timer.unref?.();
      logger.info(
        {
          pendingApprovals: state.pendingApprovals().length,
          scheduledUndos: state.undos.size,
          killSwitch: state.killSwitch.engaged,
          controlPlane: client ? 'configured' : 'not_configured',
          shadow: policy.shadow,
        },
        'responder started',
      );
    },
    stop() {
      if (!started) return Promise.resolve();
      stopping ??= doStop();
      return stopping;
    },
    stats(): ResponderStats {
      const split = (key: string): [string, string] => key.split('\u0000') as [string, string];
      return {
        decisions: [...decisionCounts].map(([k, count]) => {
          const [action, mode] = split(k);
          return { action, mode: mode as 'execute' | 'shadow', count };
        }),
        actions: [...outcomeCounts].map(([k, count]) => {
          const [action, outcome] = split(k);
          return { action, outcome, count };
        }),
        pendingApprovals: state.pendingApprovals().length,
        killSwitchEngaged: state.killSwitch.engaged,
        circuitOpen: circuit(now()).open,
        findingsReviewedBenign,
        auditEntries: audit?.appendedCount() ?? 0,
      };
    },
    async listApprovals(filter?: { readonly status?: ApprovalStatus }): Promise<ApprovalView[]> {
      const chosen = [...state.approvals.values()].filter((a) => filter?.status === undefined || a.status === filter.status);
      return Promise.all(chosen.map(view));
    },
    async getApproval(decisionId: string): Promise<ApprovalView | undefined> {
      const p = state.approvals.get(decisionId);
      return p ? view(p) : undefined;
    },
    vote: (decisionId, v) => track(vote(decisionId, v)),
    setKillSwitch: (engaged, by, reason) => track(setKillSwitch(engaged, by, reason)),
    reviewBenign: (findingId, r) => track(reviewBenign(findingId, r)),
    status(): ResponderStatus {
      const c = circuit(now());
      return {
        killSwitch: { ...state.killSwitch },
        shadow: policy.shadow,
        circuit: { open: c.open, ...(c.reason !== undefined ? { reason: c.reason } : {}), ...(c.untilMs !== undefined ? { untilMs: c.untilMs } : {}) },
        pendingApprovals: state.pendingApprovals().length,
        controlPlane: client ? 'configured' : 'not_configured',
      };
    },
    async forensicBundle(findingId: string): Promise<ForensicBundle | undefined> {
      return forensics.read(findingId);
    },
    auditApiCall: (entry) =>
      track(record('admin_api_call', { method: entry.method, path: entry.path, status: entry.status, ...(entry.role !== undefined ? { role: entry.role } : {}) }, entry.actor)),
  };
}
