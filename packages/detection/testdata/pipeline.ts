/**
 * The two shells in miniature, wired exactly as the baseline and scoring workers will be: every
 * event goes to the learner and the scorer; every 10 minutes of event time the scorer retires idle
 * sessions, the learner closes them and learns those the scorer's verdicts clear, and its snapshots
 * are applied to the scorer; findings that excludeFromBaseline names flag
 * the session.
 */
import type { AgentEvent, RiskFinding } from '@warden/core';
import { baselineExclusion } from '../src/profile/learning-policy';
import { ProfileLearner } from '../src/profile/profile-learner';
import { SessionScorer } from '../src/scoring/session-scorer';
import type { DetectionConfig } from '../src/config';

export const TEST_CONFIG: Partial<DetectionConfig> = { internalDomains: ['acme.example'] };

const TICK_MS = 10 * 60_000;

export class Pipeline {
  readonly learner: ProfileLearner;
  readonly scorer: SessionScorer;
  readonly findings: RiskFinding[] = [];
  snapshotsApplied = 0;
  /** Highest composite risk each session reached while live, reported or not. */
  readonly maxRisk = new Map<string, number>();
  private lastTick = Number.NEGATIVE_INFINITY;

  constructor(config: Partial<DetectionConfig> = TEST_CONFIG) {
    this.learner = new ProfileLearner({ ...config, learnAfterVerdict: true });
    this.scorer = new SessionScorer(config);
  }

  /** Feeds events in the order given (arrival order). */
  feed(events: readonly AgentEvent[]): RiskFinding[] {
    const out: RiskFinding[] = [];
    for (const e of events) {
      if (e.endTimeMs - this.lastTick >= TICK_MS) this.tick(e.endTimeMs);
      this.learner.observe(e);
      const found = this.scorer.observe(e);
      const risk = this.scorer.sessionRisk(e.tenant, e.agentId, e.sessionId) ?? 0;
      if (risk > (this.maxRisk.get(e.sessionId) ?? 0)) this.maxRisk.set(e.sessionId, risk);
      for (const f of found) {
        out.push(f);
        this.findings.push(f);
        const why = baselineExclusion(f);
        if (why !== 'none') this.learner.markFlagged(f.tenant, f.sessionId, why);
      }
    }
    return out;
  }

  tick(watermarkMs: number): void {
    this.lastTick = watermarkMs;
    // Closes are published like any finding, before the verdicts (as the scoring worker does).
    this.findings.push(...this.scorer.expire(watermarkMs));
    const snapshots = [
      ...this.learner.closeIdleSessions(watermarkMs),
      ...this.learner.applyVerdicts(this.scorer.takeVerdicts()),
    ];
    for (const s of snapshots) {
      this.scorer.applyProfile(s);
      this.snapshotsApplied++;
    }
  }

  /** Latest revision per finding id. */
  latest(): RiskFinding[] {
    const m = new Map<string, RiskFinding>();
    for (const f of this.findings) {
      const prev = m.get(f.findingId);
      if (prev === undefined || f.revision > prev.revision) m.set(f.findingId, f);
    }
    return [...m.values()];
  }
}

/** Events as exporters deliver them: by span end time (children before parents). */
export function arrivalOrder(events: readonly AgentEvent[]): AgentEvent[] {
  return [...events].sort((a, b) => a.endTimeMs - b.endTimeMs || (a.spanId < b.spanId ? -1 : 1));
}
