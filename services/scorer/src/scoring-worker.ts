import type { Bus, RecordPosition, Subscription } from '@warden/bus';
import { agentKey, InvalidInputError, LATE_ARRIVAL_GRACE_MS, MAX_EVENT_TIME_AHEAD_MS, PartitionedEventTime, Topics, sessionKey, type AgentEventTime, type Clock, type Component, type Logger, type RiskFinding } from '@warden/core';
import { SessionScorer, type SessionScorerConfig } from '@warden/detection';

export interface ScoringWorkerConfig {
  /** Session state idle for this long (event time) is dropped. */
  readonly sessionIdleMs: number;
  readonly tickMs?: number;
  readonly scorer?: Partial<SessionScorerConfig>;
  /**
   * How far back (event time) a restarted scorer may have to re-read to rebuild the sessions that
   * were open when it stopped (default 1 h). A session active for longer is rebuilt from this
   * much of its past only; the bound keeps one endless session from pinning the commit point.
   */
  readonly replayLimitMs?: number;
  /**
   * How long (processing time) a session's late spans are waited for once event time says it has
   * ended (default LATE_ARRIVAL_GRACE_MS). 0 closes on the newest watermark.
   */
  readonly lateArrivalGraceMs?: number;
}

/** Where an open session's first event sits in the events topic, and when it happened. */
interface SessionStart {
  readonly tenant: string;
  readonly agentId: string;
  readonly sessionId: string;
  readonly position: RecordPosition;
  readonly eventMs: number;
}

export interface ScoringWorkerDeps {
  readonly bus: Bus;
  readonly logger: Logger;
  readonly clock: Clock;
}

export interface ScoringStats {
  readonly eventsScored: number;
  readonly findingsPublished: number;
  readonly profilesApplied: number;
  readonly verdictsPublished: number;
  readonly liveSessions: number;
  /** Sessions a span reached after they had ended (see ScorerStats.reopenedSessions). */
  readonly sessionsReopened: number;
  /** Events stamped further ahead of this host's clock than MAX_EVENT_TIME_AHEAD_MS. */
  readonly eventsAheadOfClock: number;
}

/** Agents whose clocks were reported running ahead, so each is named once (bounded). */
const MAX_AGENTS_WARNED = 100;

export interface ScoringWorker extends Component {
  stats(): ScoringStats;
}

/**
 * Scores each event against the latest profiles and the session so far, and publishes the
 * findings it produces before acknowledging the events: a finding is never lost between the two.
 */
export function createScoringWorker(config: ScoringWorkerConfig, deps: ScoringWorkerDeps): ScoringWorker {
  const logger = deps.logger.child({ component: 'scorer' });
  const scorer = new SessionScorer({ sessionIdleMs: config.sessionIdleMs, ...config.scorer });
  const subscriptions: Subscription[] = [];
  let timer: NodeJS.Timeout | undefined;
  let ticking: Promise<void> = Promise.resolve();
  const graceMs = config.lateArrivalGraceMs ?? LATE_ARRIVAL_GRACE_MS;
  const eventTime = new PartitionedEventTime(graceMs);
  let lastEventWallMs = 0;
  // While events arrive, event time alone ends sessions, each agent's as its stream's (its tenant in
  // its partition) stood a grace ago: a replayed history or a backlog read at speed is judged as it
  // happened, and a session's spans that trail it by an export batch still join it. Once nothing has
  // arrived for the grace, the clock ends what is left (agents gone quiet), two ways:
  // - each stream's time runs on with the clock from its last event: a session whose agent went quiet
  //   ends an idle gap after its last span, as WARDEN_SESSION_IDLE_SECONDS says, and a backlog that
  //   pauses between fetches is not ended for the pause;
  // - a session two idle gaps behind the clock ends outright: a replayed history is over once read.
  const watermark = (): AgentEventTime => {
    const now = deps.clock.nowMs();
    const settled = eventTime.settledAt(now);
    const quietMs = now - lastEventWallMs;
    if (quietMs < graceMs) return settled;
    return (tenant, agentId) => Math.max(settled(tenant, agentId) + quietMs, now - config.sessionIdleMs);
  };
  let eventsAheadOfClock = 0;
  const warnedAhead = new Set<string>();
  let eventsScored = 0;
  let findingsPublished = 0;
  let profilesApplied = 0;
  let verdictsPublished = 0;
  let started = false;
  const replayLimitMs = config.replayLimitMs ?? 3_600_000;
  /**
   * A session's evidence lives only in this process until the session ends, so the events topic
   * stays uncommitted from each open session's first event on: a scorer that takes the partition
   * over after a crash or rebalance re-reads those events and rebuilds the same session. The
   * findings it re-publishes carry the same ids and revisions, which the emitter drops.
   */
  const openSessions = new Map<string, SessionStart>();
  /** The sessions of partitions another scorer now holds are its to rebuild and report. */
  const onRevoked = (partitions: readonly number[]): void => {
    const gone = new Set(partitions);
    eventTime.forget(partitions);
    let released = 0;
    for (const [key, s] of openSessions) {
      if (!gone.has(s.position.partition)) continue;
      openSessions.delete(key);
      if (scorer.release(s.tenant, s.agentId, s.sessionId)) released += 1;
    }
    logger.info({ partitions, released }, 'let go of the open sessions of partitions moved to another scorer');
  };
  const retainedPositions = function* (): Iterable<RecordPosition> {
    for (const [key, start] of openSessions) {
      if (start.eventMs < eventTime.latestMs(start.position.partition, start.tenant) - replayLimitMs) openSessions.delete(key);
      else yield start.position;
    }
  };

  /**
   * A record the core refuses as invalid can never succeed on retry: park it on the dead-letter
   * topic (counted and logged) so the records after it are still scored.
   */
  const refuse = async (topic: 'events' | 'profiles', value: unknown, err: InvalidInputError): Promise<void> => {
    logger.error({ topic, code: err.code, err: err.message }, 'record refused by the detection core; moved to the dead-letter topic');
    await deps.bus.publish(Topics.deadLetter, [{ key: topic, value: { topic, reason: err.code, payload: value } }]);
  };

  /** Verdicts tell the baseline which finished sessions it may learn from. */
  const publishVerdicts = async (): Promise<void> => {
    const verdicts = scorer.takeVerdicts();
    if (verdicts.length === 0) return;
    for (const v of verdicts) openSessions.delete(sessionKey(v));
    await deps.bus.publish(
      Topics.verdicts,
      verdicts.map((v) => ({ key: agentKey(v), value: v })),
    );
    verdictsPublished += verdicts.length;
  };

  const noteAheadOfClock = (tenant: string, agentId: string, eventMs: number): void => {
    eventsAheadOfClock += 1;
    const agent = agentKey({ tenant, agentId });
    if (warnedAhead.has(agent) || warnedAhead.size >= MAX_AGENTS_WARNED) return;
    warnedAhead.add(agent);
    logger.warn(
      { tenant, agentId, aheadMs: eventMs - deps.clock.nowMs(), allowedMs: MAX_EVENT_TIME_AHEAD_MS },
      "an agent's spans are stamped ahead of this host's clock; they are scored, but move event time (which ends sessions) no further than the allowance. Check the clocks (NTP) of the agent's host and of this host",
    );
  };

  const publish = async (findings: readonly RiskFinding[]): Promise<void> => {
    if (findings.length === 0) return;
    await deps.bus.publish(
      Topics.findings,
      findings.map((f) => ({ key: agentKey(f), value: f })),
    );
    findingsPublished += findings.length;
    for (const f of findings) {
      logger.debug({ findingId: f.findingId, revision: f.revision, risk: f.riskScore, severity: f.severity }, 'finding raised');
    }
  };

  return {
    name: 'scorer',
    async start() {
      if (started) return;
      started = true;
      subscriptions.push(
        await deps.bus.subscribe(Topics.profiles, { group: 'scorer-profiles', broadcast: true }, async (batch) => {
          for (const { value } of batch) {
            try {
              scorer.applyProfile(value);
            } catch (err) {
              if (!(err instanceof InvalidInputError)) throw err;
              await refuse('profiles', value, err);
            }
          }
          profilesApplied += batch.length;
        }),
      );
      subscriptions.push(
        await deps.bus.subscribe(Topics.events, { group: 'scorer', retainedPositions, onRevoked }, async (batch) => {
          const findings: RiskFinding[] = [];
          for (const { value, position } of batch) {
            try {
              findings.push(...scorer.observe(value));
            } catch (err) {
              if (!(err instanceof InvalidInputError)) throw err;
              await refuse('events', value, err);
              continue;
            }
            lastEventWallMs = deps.clock.nowMs();
            // The memory bus has no partitions: all is partition 0, one stream per tenant.
            if (eventTime.observe(position?.partition ?? 0, value, lastEventWallMs)) noteAheadOfClock(value.tenant, value.agentId, value.endTimeMs);
            // Only transports that keep records give positions; on the memory bus there is nothing to retain.
            if (position === undefined) continue;
            const key = sessionKey(value);
            if (!openSessions.has(key)) {
              openSessions.set(key, { tenant: value.tenant, agentId: value.agentId, sessionId: value.sessionId, position, eventMs: value.startTimeMs });
            }
          }
          eventsScored += batch.length;
          // Findings first: a flag should reach the baseline no later than the verdict.
          await publish(findings);
          await publishVerdicts();
        }),
      );
      timer = setInterval(() => {
        ticking = ticking
          .then(() => publish(scorer.expire(watermark())))
          .then(publishVerdicts)
          .catch((err: unknown) => logger.warn({ err: String(err) }, 'expiring sessions failed; will retry on the next tick'));
      }, config.tickMs ?? 1_000);
      timer.unref();
    },
    async stop() {
      if (!started) return;
      started = false;
      if (timer) clearInterval(timer);
      for (const s of subscriptions.splice(0)) await s.close();
      await ticking;
    },
    stats: () => {
      const { liveSessions, reopenedSessions } = scorer.stats();
      return { eventsScored, findingsPublished, profilesApplied, verdictsPublished, liveSessions, sessionsReopened: reopenedSessions, eventsAheadOfClock };
    },
  };
}
