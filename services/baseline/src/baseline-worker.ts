import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { Bus, Subscription } from '@warden/bus';
import { InvalidInputError, LATE_ARRIVAL_GRACE_MS, PartitionedEventTime, Topics, type AgentEventTime, type Clock, type Component, type Logger, type ProfileSnapshotMessage } from '@warden/core';
import { ProfileLearner, baselineExclusion, type ProfileLearnerConfig } from '@warden/detection';

export interface BaselineWorkerConfig {
  /** A session with no span for this long is complete and is learned from. */
  readonly sessionIdleMs: number;
  /** How often to look for complete sessions. */
  readonly tickMs?: number;
  /** Where learned profiles are kept across restarts (embedded mode); none = memory only. */
  readonly stateFile?: string;
  /** How often the state file is rewritten while running (it is always written on stop). */
  readonly saveEveryMs?: number;
  readonly learner?: Partial<ProfileLearnerConfig>;
  /**
   * How long (processing time) a session's late spans are waited for once event time says it has
   * ended (default LATE_ARRIVAL_GRACE_MS). 0 closes on the newest watermark.
   */
  readonly lateArrivalGraceMs?: number;
}

export interface BaselineWorkerDeps {
  readonly bus: Bus;
  readonly logger: Logger;
  readonly clock: Clock;
}

export interface BaselineStats {
  readonly eventsObserved: number;
  readonly profilesPublished: number;
  readonly sessionsLearned: number;
  readonly sessionsExcluded: number;
  readonly sessionsAwaitingVerdict: number;
  /** Excluded sessions kept so that a person's benign review of their finding can have them learned. */
  readonly sessionsHeldForReview: number;
  /** Excluded sessions learned after a person reviewed their finding as benign. */
  readonly sessionsLearnedAfterReview: number;
  /** Sessions held for novelty alone, learned once the cohort showed the same novelty on enough agent-days. */
  readonly sessionsLearnedCorroborated: number;
  /** Reviews with nothing to learn: the session was dropped, went on after the review, or was never seen. */
  readonly reviewsUnmatched: number;
  readonly agentProfiles: number;
  readonly cohortProfiles: number;
  /** Approximate: the JSON size of each profile as last published. */
  readonly profileBytes: number;
}

export interface BaselineWorker extends Component {
  stats(): BaselineStats;
}

/**
 * Learns per-agent and per-cohort profiles from completed sessions and publishes them on the
 * compacted profiles topic. Sessions flagged as attacks are not learned (see excludeFromBaseline),
 * so an attacker cannot teach the baseline that the attack is normal; only a person who reviews
 * the finding as benign (a review verdict from the responder) has such a session learned.
 */
export function createBaselineWorker(config: BaselineWorkerConfig, deps: BaselineWorkerDeps): BaselineWorker {
  const logger = deps.logger.child({ component: 'baseline' });
  // Learn a finished session only after the scorer's verdict on it, whatever the relative speed
  // of the two workers: an attack must never be learned because the learner got there first.
  const learnerConfig = { sessionIdleMs: config.sessionIdleMs, ...config.learner, learnAfterVerdict: true };
  let learner = new ProfileLearner(learnerConfig);
  const subscriptions: Subscription[] = [];
  let timer: NodeJS.Timeout | undefined;
  let ticking: Promise<void> = Promise.resolve();
  const eventTime = new PartitionedEventTime(config.lateArrivalGraceMs ?? LATE_ARRIVAL_GRACE_MS);
  let lastEventWallMs = 0;
  let lastSavedMs = deps.clock.nowMs();
  let eventsObserved = 0;
  const profileBytes = new Map<string, number>();
  let profilesPublished = 0;
  let started = false;

  // Event time (each agent's stream's: its tenant in its partition) drives learning, so a replayed
  // history is learned as it happened; only when traffic has been quiet for a whole idle period does
  // the wall clock close what is left.
  const watermark = (): AgentEventTime => {
    const now = deps.clock.nowMs();
    const settled = eventTime.settledAt(now);
    if (now - lastEventWallMs < config.sessionIdleMs) return settled;
    return (tenant, agentId) => Math.max(settled(tenant, agentId), now);
  };

  const publishSnapshots = async (snapshots: readonly ProfileSnapshotMessage[]): Promise<void> => {
    if (snapshots.length === 0) return;
    await deps.bus.publish(
      Topics.profiles,
      snapshots.map((s) => ({ key: `${s.tenant}/${s.subject}`, value: s })),
    );
    profilesPublished += snapshots.length;
    for (const sn of snapshots) profileBytes.set(`${sn.tenant}/${sn.subject}`, JSON.stringify(sn.profile).length);
  };

  const publish = (watermark: AgentEventTime): Promise<void> => publishSnapshots(learner.closeIdleSessions(watermark));

  const saveIfDue = async (): Promise<void> => {
    if (!config.stateFile || deps.clock.nowMs() - lastSavedMs < (config.saveEveryMs ?? 60_000)) return;
    lastSavedMs = deps.clock.nowMs();
    await writeState(config.stateFile, learner.exportState());
  };

  const tick = () => {
    ticking = ticking
      .then(() => publish(watermark()))
      .then(saveIfDue)
      .catch((err: unknown) => logger.warn({ err: String(err) }, 'publishing profiles failed; will retry on the next tick'));
  };

  return {
    name: 'baseline',
    async start() {
      if (started) return;
      started = true;
      if (config.stateFile) {
        const restored = await readState(config.stateFile, logger);
        if (restored !== undefined) {
          try {
            learner = ProfileLearner.restore(restored, learnerConfig);
          } catch (err) {
            if (!(err instanceof InvalidInputError)) throw err;
            logger.error({ file: config.stateFile, err: err.message }, 'learned profiles do not match this version; starting from empty profiles (move the file away to silence this)');
          }
          const snapshots = learner.allSnapshots();
          await publishSnapshots(snapshots);
          logger.info({ profiles: snapshots.length, file: config.stateFile }, 'restored learned profiles');
        }
      }
      subscriptions.push(
        await deps.bus.subscribe(Topics.findings, { group: 'baseline-flags' }, async (batch) => {
          for (const { value } of batch) {
            const why = baselineExclusion(value);
            if (why !== 'none') learner.markFlagged(value.tenant, value.sessionId, why);
          }
        }),
      );
      subscriptions.push(
        await deps.bus.subscribe(Topics.verdicts, { group: 'baseline-verdicts' }, async (batch) => {
          await publishSnapshots(learner.applyVerdicts(batch.map((r) => r.value)));
        }),
      );
      subscriptions.push(
        await deps.bus.subscribe(Topics.events, { group: 'baseline', onRevoked: (partitions) => eventTime.forget(partitions) }, async (batch) => {
          for (const { value, position } of batch) {
            try {
              learner.observe(value);
            } catch (err) {
              // The scorer dead-letters the same invalid event; here it is only not learned.
              if (!(err instanceof InvalidInputError)) throw err;
              continue;
            }
            // The scorer counts and reports events stamped ahead of the clock; here they are only bounded.
            eventTime.observe(position?.partition ?? 0, value, deps.clock.nowMs());
          }
          eventsObserved += batch.length;
          lastEventWallMs = deps.clock.nowMs();
        }),
      );
      timer = setInterval(tick, config.tickMs ?? 1_000);
      timer.unref();
    },
    async stop() {
      if (!started) return;
      started = false;
      if (timer) clearInterval(timer);
      for (const s of subscriptions.splice(0)) await s.close();
      await ticking;
      if (config.stateFile) await writeState(config.stateFile, learner.exportState());
    },
    stats: () => {
      const l = learner.stats();
      let agentProfiles = 0;
      let bytes = 0;
      for (const [key, size] of profileBytes) {
        if (key.includes('/agent:')) agentProfiles += 1;
        bytes += size;
      }
      return {
        eventsObserved,
        profilesPublished,
        sessionsLearned: l.learnedSessions,
        sessionsExcluded: l.discardedFlaggedSessions,
        sessionsAwaitingVerdict: l.awaitingVerdict,
        sessionsHeldForReview: l.heldForReview,
        sessionsLearnedAfterReview: l.learnedAfterReview,
        sessionsLearnedCorroborated: l.learnedCorroborated,
        reviewsUnmatched: l.reviewsUnmatched,
        agentProfiles,
        cohortProfiles: profileBytes.size - agentProfiles,
        profileBytes: bytes,
      };
    },
  };
}

async function readState(file: string, logger: Logger): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    // A damaged state file must not keep Warden down; it relearns, and says so.
    logger.error({ file, err: String(err) }, 'learned profiles are unreadable; starting from empty profiles (move the file away to silence this)');
    return undefined;
  }
}

/** Write-then-rename, so a crash mid-write leaves the previous state intact. */
async function writeState(file: string, state: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  await writeFile(tmp, JSON.stringify(state));
  await rename(tmp, file);
}
