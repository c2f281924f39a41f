import { agentKey } from './agent-event';
import { dropOldest } from './drop-oldest';
import { EventTimeWatermark } from './event-time-watermark';

/**
 * How long (processing time) a partition may deliver nothing before its agents follow the other
 * partitions' event time (Flink's `withIdleness`). Long enough that a partition waiting its turn
 * behind others' full fetches while a backlog is read keeps its own time; short enough that the
 * last sessions of agents gone quiet end soon after their idle gap.
 */
export const IDLE_PARTITION_MS = 30_000;

/** Agents whose partition is remembered; one forgotten follows the furthest partition. */
const MAX_AGENTS = 100_000;

/** Event time as it stands for one agent's stream: how far that agent's sessions may be closed. */
export type AgentEventTime = (tenant: string, agentId: string) => number;

interface PartitionTime {
  readonly watermark: EventTimeWatermark;
  lastWallMs: number;
}

/**
 * Event time for a worker that reads several partitions of one topic: each partition keeps its own
 * watermark, as Kafka Streams keeps stream time per partition, and an agent's sessions end on the
 * time of the partition its events sit in (the events topic is keyed by agent). One watermark for
 * all would be the fastest partition's: it would end the sessions of a partition read behind the
 * others (a backlog, a partition a rebalance moved here) before their spans were read, and each
 * trailing span would be judged on its own.
 */
export class PartitionedEventTime {
  private readonly partitions = new Map<number, PartitionTime>();
  private readonly agentPartitions = new Map<string, number>();

  constructor(
    private readonly graceMs = 0,
    private readonly idlePartitionMs = IDLE_PARTITION_MS,
  ) {}

  /**
   * Folds in one event of `partition` (a transport without partitions is one stream: 0); true when
   * it was stamped further ahead of `nowMs` than allowed (see EventTimeWatermark).
   */
  observe(partition: number, event: { readonly tenant: string; readonly agentId: string; readonly endTimeMs: number }, nowMs: number): boolean {
    let p = this.partitions.get(partition);
    if (p === undefined) {
      p = { watermark: new EventTimeWatermark(this.graceMs), lastWallMs: nowMs };
      this.partitions.set(partition, p);
    }
    p.lastWallMs = nowMs;
    const agent = agentKey(event);
    if (this.agentPartitions.get(agent) !== partition) {
      this.agentPartitions.delete(agent);
      this.agentPartitions.set(agent, partition);
      dropOldest(this.agentPartitions, MAX_AGENTS);
    }
    return p.watermark.observe(event.endTimeMs, nowMs);
  }

  /** The latest event time `partition` has delivered (0 before its first event). */
  latestMs(partition: number): number {
    return this.partitions.get(partition)?.watermark.ms ?? 0;
  }

  /**
   * How far each agent's sessions may be closed at `nowMs`: the settled event time (see
   * `EventTimeWatermark.settledMs`) of the agent's partition. A partition that has delivered nothing
   * for `idlePartitionMs`, or an agent this worker no longer reads, has nothing left to wait for and
   * follows the furthest partition (Flink's idle sources): an agent gone quiet has its session ended
   * by the traffic that goes on.
   */
  settledAt(nowMs: number): AgentEventTime {
    let furthest: number | undefined;
    const furthestMs = (): number => (furthest ??= Math.max(0, ...[...this.partitions.values()].map((p) => p.watermark.settledMs(nowMs))));
    const byPartition = new Map<number, number>();
    return (tenant, agentId) => {
      const partition = this.agentPartitions.get(agentKey({ tenant, agentId }));
      const p = partition === undefined ? undefined : this.partitions.get(partition);
      if (partition === undefined || p === undefined || nowMs - p.lastWallMs >= this.idlePartitionMs) return furthestMs();
      let ms = byPartition.get(partition);
      if (ms === undefined) byPartition.set(partition, (ms = p.watermark.settledMs(nowMs)));
      return ms;
    };
  }

  /** Partitions now read elsewhere (a rebalance) no longer count; their agents follow the furthest. */
  forget(partitions: readonly number[]): void {
    for (const partition of partitions) this.partitions.delete(partition);
  }
}
