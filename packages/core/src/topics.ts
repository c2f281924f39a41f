import type { AgentEvent } from './agent-event';
import type { RiskFinding } from './risk-finding';

/**
 * The topics of the data path. On Kafka each is a real topic (events keyed by tenant/agent,
 * profiles compacted); embedded, the in-memory bus carries the same messages.
 */
export const Topics = {
  events: 'events',
  profiles: 'profiles',
  findings: 'findings',
  verdicts: 'verdicts',
  deadLetter: 'dead-letter',
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

/** A profile snapshot as it travels on the profiles topic (opaque to the bus). */
export interface ProfileSnapshotMessage {
  readonly tenant: string;
  /** `agent:<agentId>` or `cohort:<agentType>`. */
  readonly subject: string;
  /** JSON-serializable profile state (see @warden/detection). */
  readonly profile: unknown;
}

/**
 * The scorer's last word on a session it has finished with. The baseline learns a completed
 * session only once its verdict is in, so an attack is never learned because the learner happened
 * to be faster than the scorer (a replay, or a lagging scorer on Kafka).
 */
export interface SessionVerdict {
  readonly tenant: string;
  readonly agentId: string;
  readonly sessionId: string;
  /** Event time of the session's last span the scorer saw. */
  readonly lastEventMs: number;
  /** True when the session must stay out of the baseline (see excludeFromBaseline). */
  readonly exclude: boolean;
  /**
   * With `exclude`: every finding that excluded the session rested on new behaviour alone (a first
   * tool, its first host, a first data domain), nothing saying anyone acted on the agent. The
   * learner holds such a session until the same novelty has been seen that way on enough
   * agent-days, then learns it (see baselineExclusion).
   */
  readonly noveltyOnly?: boolean;
  /**
   * Destinations the session sent personal data or secrets to: the session is learned, but not
   * these. Otherwise a leak thin enough to stay below the alert line in every session would teach
   * the baseline that its destination is normal.
   */
  readonly withheldDestinations?: readonly { readonly kind: string; readonly value: string }[];
  /**
   * Set on the verdict a person gives, not the scorer: they reviewed the session's finding and
   * judged it benign (`warden findings benign`), so the session is learned although the scorer
   * excluded it, and the same work stops raising findings. `exclude` is then false.
   */
  readonly review?: SessionReview;
}

/** A person's review of a finding as benign, as the baseline receives it. */
export interface SessionReview {
  /** The finding (OCSF finding_info.uid) the person reviewed. */
  readonly findingId: string;
  /** The reviewer, by their admin token name. */
  readonly by: string;
  readonly reason: string;
  /** The responder's clock when the review was made. */
  readonly atMs: number;
}

export interface TopicPayloads {
  events: AgentEvent;
  profiles: ProfileSnapshotMessage;
  findings: RiskFinding;
  verdicts: SessionVerdict;
  'dead-letter': { readonly topic: string; readonly reason: string; readonly payload: unknown };
}
