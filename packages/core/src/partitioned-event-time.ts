import { agentKey } from './agent-event';
import { dropOldest } from './drop-oldest';
import { EventTimeWatermark } from './event-time-watermark';

/**
 * How long (processing time) a partition, or a tenant within one, may deliver nothing before its
 * agents follow the furthest event time (Flink's `withIdleness`). Long enough that a partition
 * waiting its turn behind others' full fetches while a backlog is read keeps its own time; short
 * enough that the last sessions of agents gone quiet end soon after their idle gap.
 */
export const IDLE_STREAM_MS = 30_000;

/** Agents whose partition is remembered, and streams kept; one forgotten follows the furthest stream. */
const MAX_AGENTS = 100_000;
const MAX_STREAMS = 10_000;

/** Event time as it stands for one agent's stream: how far that agent's sessions may be closed. */
export type AgentEventTime = (tenant: string, agentId: string) => number;

/** One tenant's events in one partition. */
interface Stream {
  readonly partition: number;
  readonly watermark: EventTimeWatermark;
  lastWallMs: number;
}

/**
 * Event time for a worker that reads several partitions of one topic, kept per partition and, within
 * one, per tenant. An agent's sessions end on the time of its own stream, since all its events sit
 * in one partition (the topic is keyed by agent):
 * - per partition, as Kafka Streams keeps stream time: one watermark for all would be the fastest
 *   partition's, and would end the sessions of a partition read behind the others (a backlog, a
 *   partition a rebalance moved here) before their spans were read, each trailing span judged alone;
 * - per tenant, because tenants are isolated: one tenant's live traffic must not end the sessions of
 *   another tenant's backlog or replayed history as they are read.
 */
export class PartitionedEventTime {
  private readonly streams = new Map<string, Stream>();
  private readonly agentPartitions = new Map<string, number>();

  constructor(
    private readonly graceMs = 0,
    private readonly idleStreamMs = IDLE_STREAM_MS,
  ) {}

  /**
   * Folds in one event of `partition` (a transport without partitions is one: 0); true when it was
   * stamped further ahead of `nowMs` than allowed (see EventTimeWatermark).
   */
  observe(partition: number, event: { readonly tenant: string; readonly agentId: string; readonly endTimeMs: number }, nowMs: number): boolean {
    const key = streamKey(partition, event.tenant);
    let stream = this.streams.get(key);
    if (stream === undefined) {
      stream = { partition, watermark: new EventTimeWatermark(this.graceMs), lastWallMs: nowMs };
      this.streams.set(key, stream);
      dropOldest(this.streams, MAX_STREAMS);
    }
    stream.lastWallMs = nowMs;
    const agent = agentKey(event);
    if (this.agentPartitions.get(agent) !== partition) {
      this.agentPartitions.delete(agent);
      this.agentPartitions.set(agent, partition);
      dropOldest(this.agentPartitions, MAX_AGENTS);
    }
    return stream.watermark.observe(event.endTimeMs, nowMs);
  }

  /** The latest event time `tenant` has in `partition` (0 before its first event). */
  latestMs(partition: number, tenant: string): number {
    return this.streams.get(streamKey(partition, tenant))?.watermark.ms ?? 0;
  }

  /**
   * How far each agent's sessions may be closed at `nowMs`: the settled event time (see
   * `EventTimeWatermark.settledMs`) of the agent's stream. A stream that has delivered nothing for
   * `idleStreamMs`, or an agent this worker no longer reads, has nothing left to wait for and follows
   * the furthest stream (Flink's idle sources): an agent gone quiet has its session ended by the
   * traffic that goes on.
   */
  settledAt(nowMs: number): AgentEventTime {
    let furthest: number | undefined;
    const furthestMs = (): number => (furthest ??= Math.max(0, ...[...this.streams.values()].map((s) => s.watermark.settledMs(nowMs))));
    return (tenant, agentId) => {
      const partition = this.agentPartitions.get(agentKey({ tenant, agentId }));
      const stream = partition === undefined ? undefined : this.streams.get(streamKey(partition, tenant));
      if (stream === undefined || nowMs - stream.lastWallMs >= this.idleStreamMs) return furthestMs();
      return stream.watermark.settledMs(nowMs);
    };
  }

  /** Partitions now read elsewhere (a rebalance) no longer count; their agents follow the furthest stream. */
  forget(partitions: readonly number[]): void {
    const gone = new Set(partitions);
    for (const [key, stream] of this.streams) if (gone.has(stream.partition)) this.streams.delete(key);
  }
}

function streamKey(partition: number, tenant: string): string {
  return `${partition}\u0000${tenant}`;
}
