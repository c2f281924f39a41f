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

export interface TopicPayloads {
  events: AgentEvent;
  profiles: ProfileSnapshotMessage;
  findings: RiskFinding;
  'dead-letter': { readonly topic: string; readonly reason: string; readonly payload: unknown };
}
