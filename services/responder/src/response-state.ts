import type { Logger, RiskFinding } from '@warden/core';
import { initialBreakerState, type BreakerState, type PendingApproval, type ResponseDecision } from '@warden/response';
import { readTextIfExists, writeFileAtomic } from './atomic-file';

/** A reversible action that was taken and must be undone when it expires. */
export interface ScheduledUndo {
  readonly decision: ResponseDecision;
  readonly approvedBy: readonly string[];
  readonly executedAtMs: number;
  readonly expiresAtMs: number;
}

export interface KillSwitchState {
  readonly engaged: boolean;
  readonly by?: string;
  readonly reason?: string;
  readonly sinceMs?: number;
}

/** What the responder knows of one incident. */
export interface IncidentRecord {
  /** The responder's clock when it first saw the incident: time to contain counts from here. */
  readonly detectedAtMs: number;
  /** Last response-note number published for the incident. */
  noteSeq: number;
  /** The latest revision seen; response notes are copies of it. */
  finding?: RiskFinding;
  /** Set once a person reviewed the finding as benign: a finding is reviewed once. */
  reviewedBenign?: { readonly by: string; readonly atMs: number };
}

export interface ResponseStateLimits {
  readonly maxPlannedIds: number;
  readonly maxIncidents: number;
  /** Decided (approved, denied, expired) approvals kept for the approvals list. */
  readonly maxResolvedApprovals: number;
}

export const DEFAULT_RESPONSE_STATE_LIMITS: ResponseStateLimits = {
  maxPlannedIds: 20_000,
  maxIncidents: 5_000,
  maxResolvedApprovals: 500,
};

interface StateFile {
  readonly version: 1;
  readonly killSwitch: KillSwitchState;
  readonly plannedIds: readonly string[];
  readonly approvals: readonly PendingApproval[];
  readonly undos: readonly ScheduledUndo[];
  readonly incidents: Readonly<Record<string, IncidentRecord>>;
  readonly breaker: BreakerState;
}

/**
 * The responder's durable state (`$dataDir/response/state.json`): pending approvals, the ids of
 * actions already planned, undos still due, the kill switch, the circuit breaker and per-incident
 * note numbers. Mutations are synchronous and in memory; `persist()` writes a snapshot
 * atomically, one write at a time, so a restart never loses an approval or forgets an undo.
 * Every collection is bounded.
 */
export class ResponseState {
  killSwitch: KillSwitchState = { engaged: false };
  breaker: BreakerState = initialBreakerState();
  readonly plannedIds = new Set<string>();
  /** By decision id, in request order. */
  readonly approvals = new Map<string, PendingApproval>();
  /** By decision id. */
  readonly undos = new Map<string, ScheduledUndo>();
  /** By finding id, least recently seen first. */
  readonly incidents = new Map<string, IncidentRecord>();
  private writing: Promise<void> = Promise.resolve();
  private pendingWrite: Promise<void> | undefined;

  constructor(
    readonly file: string,
    private readonly limits: ResponseStateLimits = DEFAULT_RESPONSE_STATE_LIMITS,
  ) {}

  /** Reads the state file; a missing file is a first start, an unreadable one is reported and replaced. */
  async load(logger: Logger): Promise<void> {
    const text = await readTextIfExists(this.file);
    if (text === undefined) return;
    let data: StateFile;
    try {
      data = JSON.parse(text) as StateFile;
      if (data.version !== 1) throw new Error(`unknown version ${String(data.version)}`);
    } catch (err) {
      // Refusing to start would also stop detection; losing approvals silently would be worse.
      // So: start empty, loudly, and leave the old file for a human until the next write.
      logger.error(
        { file: this.file, err: (err as Error).message },
        'the response state is unreadable: pending approvals and scheduled undos in it are NOT restored; copy the file away to inspect it before the responder writes a new one',
      );
      return;
    }
    this.killSwitch = data.killSwitch ?? { engaged: false };
    this.breaker = data.breaker ?? initialBreakerState();
    for (const id of data.plannedIds ?? []) this.plannedIds.add(id);
    for (const a of data.approvals ?? []) this.approvals.set(a.decision.id, a);
    for (const u of data.undos ?? []) this.undos.set(u.decision.id, u);
    for (const [id, rec] of Object.entries(data.incidents ?? {})) this.incidents.set(id, { ...rec });
  }

  markPlanned(id: string): void {
    this.plannedIds.delete(id);
    this.plannedIds.add(id);
    while (this.plannedIds.size > this.limits.maxPlannedIds) this.plannedIds.delete(this.plannedIds.values().next().value as string);
  }

  /** The incident's record, created on first sight; `finding` (when given) becomes its latest revision. */
  touchIncident(findingId: string, nowMs: number, finding?: RiskFinding): IncidentRecord {
    const existing = this.incidents.get(findingId);
    const rec: IncidentRecord = existing ?? { detectedAtMs: nowMs, noteSeq: 0 };
    if (finding && (!rec.finding || finding.revision >= rec.finding.revision)) rec.finding = finding;
    this.incidents.delete(findingId);
    this.incidents.set(findingId, rec);
    while (this.incidents.size > this.limits.maxIncidents) {
      const oldest = this.incidents.keys().next().value as string;
      if (oldest === findingId) break;
      this.incidents.delete(oldest);
    }
    return rec;
  }

  putApproval(approval: PendingApproval): void {
    this.approvals.set(approval.decision.id, approval);
    const resolved = [...this.approvals.values()].filter((a) => a.status !== 'pending');
    for (let i = 0; i < resolved.length - this.limits.maxResolvedApprovals; i += 1) {
      this.approvals.delete((resolved[i] as PendingApproval).decision.id);
    }
  }

  pendingApprovals(): PendingApproval[] {
    return [...this.approvals.values()].filter((a) => a.status === 'pending');
  }

  /**
   * Writes the current state. Calls while a write runs share one follow-up write (of the state as
   * it is then), so a burst of changes costs two writes, and every caller's change is on disk
   * when its promise resolves.
   */
  persist(): Promise<void> {
    if (this.pendingWrite) return this.pendingWrite;
    const next = this.writing.catch(() => undefined).then(() => {
      this.pendingWrite = undefined;
      return writeFileAtomic(this.file, JSON.stringify(this.snapshot()));
    });
    this.pendingWrite = next;
    this.writing = next;
    return next;
  }

  private snapshot(): StateFile {
    // Only incidents something still waits on keep their finding on disk: that is what a
    // restarted responder needs to publish notes about them; the rest keep their numbers only.
    const live = new Set<string>();
    for (const a of this.approvals.values()) if (a.status === 'pending') live.add(a.decision.findingId);
    for (const u of this.undos.values()) live.add(u.decision.findingId);
    const incidents: Record<string, IncidentRecord> = {};
    for (const [id, rec] of this.incidents) {
      incidents[id] =
        live.has(id) && rec.finding
          ? rec
          : { detectedAtMs: rec.detectedAtMs, noteSeq: rec.noteSeq, ...(rec.reviewedBenign === undefined ? {} : { reviewedBenign: rec.reviewedBenign }) };
    }
    return {
      version: 1,
      killSwitch: this.killSwitch,
      plannedIds: [...this.plannedIds],
      approvals: [...this.approvals.values()],
      undos: [...this.undos.values()],
      incidents,
      breaker: this.breaker,
    };
  }
}
