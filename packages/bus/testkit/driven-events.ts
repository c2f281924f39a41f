/**
 * A memory bus whose events subscription a test drives by hand, partitions and positions included,
 * as a transport that keeps records (Kafka) delivers them. Workers' tests use it for what only such
 * a transport does: retained positions, revoked partitions, partitions read at different paces.
 */
import { agentKey, Topics, type AgentEvent } from '@warden/core';
import { MemoryBus, type BatchHandler, type Bus, type RecordPosition, type SubscribeOptions } from '../src';

export interface DrivenEvents {
  /** Every topic but events is the memory bus's own. */
  readonly bus: Bus;
  /** Hands `events` to the events subscription, each its own message numbered from `offset`, in `partition` (default 0). */
  deliver(events: readonly AgentEvent[], offset: number, partition?: number): Promise<void>;
  /** What the subscriber asks the transport to retain now. */
  retained(): RecordPosition[];
  /** Tells the subscriber a rebalance moved `partitions` to another member. */
  revoke(partitions: number[]): void;
}

export async function drivenEvents(): Promise<DrivenEvents> {
  const inner = new MemoryBus();
  await inner.start();
  let handler: BatchHandler<AgentEvent> | undefined;
  let options: SubscribeOptions | undefined;
  const bus: Bus = Object.assign(Object.create(inner) as Bus, {
    subscribe: (async (topic: string, o: SubscribeOptions, h: BatchHandler<never>) => {
      if (topic !== Topics.events) return inner.subscribe(topic as never, o, h);
      options = o;
      handler = h as unknown as BatchHandler<AgentEvent>;
      return { close: async () => undefined };
    }) as Bus['subscribe'],
  });
  return {
    bus,
    deliver: (events, offset, partition = 0) => {
      if (handler === undefined) throw new Error('deliver called before the worker subscribed to the events topic; start the worker first');
      return handler(events.map((value, i) => ({ key: agentKey(value), value, position: { partition, offset: String(offset + i) } })));
    },
    retained: () => [...(options?.retainedPositions?.() ?? [])],
    revoke: (partitions) => options?.onRevoked?.(partitions),
  };
}
