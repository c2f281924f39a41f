/**
 * The behaviour every Bus implementation owes its components. The memory bus runs it here; the
 * Kafka bus runs the same suite against a real broker, so embedded mode is only different wiring.
 */
import { BackpressureError, Topics, WardenError, type AgentEvent, type RiskFinding } from '@warden/core';
import type { Bus, BusRecord } from '../src';
import { promptly } from '../../../test/support/eventually';

export interface BusContractOptions {
  /** A fresh, started bus whose topics are empty. `capacityPerGroup` applies where the bus bounds queues. */
  create(opts: { capacityPerGroup?: number }): Promise<Bus>;
  /** Whether publish can be refused for lack of room (true for the memory bus). */
  readonly boundedQueues: boolean;
}

/** A minimal valid event, numbered by `seq` through its span id; the contract's (and bus tests') record. */
export function contractEvent(agentId: string, seq: number, overrides: Partial<AgentEvent> = {}): AgentEvent {
  return {
    tenant: 't1',
    agentId,
    agentType: 'contract-agent',
    sessionId: `s-${agentId}`,
    sessionIdSource: 'conversation',
    traceId: 'a'.repeat(32),
    spanId: seq.toString(16).padStart(16, '0'),
    kind: 'tool',
    name: `tool-${seq}`,
    convention: 'otel_genai',
    startTimeMs: 1_700_000_000_000 + seq,
    endTimeMs: 1_700_000_000_001 + seq,
    status: 'ok',
    contents: [],
    resources: [],
    attributes: {},
    ...overrides,
  };
}

function records(agentId: string, from: number, n: number): BusRecord<AgentEvent>[] {
  return Array.from({ length: n }, (_, i) => ({ key: `t1/${agentId}`, value: contractEvent(agentId, from + i) }));
}

export function describeBusContract(name: string, opts: BusContractOptions): void {
  describe(`${name} bus contract`, () => {
    let bus: Bus;
    afterEach(async () => {
      await bus?.stop();
    });

    it('delivers every record of a key once, in publish order', async () => {
      bus = await opts.create({});
      const seen: number[] = [];
      await bus.subscribe(Topics.events, { group: 'g1', maxBatch: 7 }, async (batch) => {
        for (const r of batch) seen.push(Number.parseInt(r.value.spanId, 16));
      });
      for (let i = 0; i < 10; i++) await bus.publish(Topics.events, records('a1', i * 10, 10));
      await promptly(() => seen.length >= 100, '100 records');
      expect(seen).toEqual(Array.from({ length: 100 }, (_, i) => i));
    });

    it('gives each consumer group its own copy of the stream', async () => {
      bus = await opts.create({});
      const a: string[] = [];
      const b: string[] = [];
      await bus.subscribe(Topics.events, { group: 'ga' }, async (batch) => void a.push(...batch.map((r) => r.value.spanId)));
      await bus.subscribe(Topics.events, { group: 'gb' }, async (batch) => void b.push(...batch.map((r) => r.value.spanId)));
      await bus.publish(Topics.events, records('a1', 0, 25));
      await promptly(() => a.length === 25 && b.length === 25, 'both groups');
      expect(a).toEqual(b);
    });

    it('gives every broadcast subscriber the whole topic, even two of one group', async () => {
      bus = await opts.create({});
      const a: string[] = [];
      const b: string[] = [];
      await bus.subscribe(Topics.events, { group: 'bc', broadcast: true }, async (batch) => void a.push(...batch.map((r) => `${r.value.agentId}/${r.value.spanId}`)));
      await bus.subscribe(Topics.events, { group: 'bc', broadcast: true }, async (batch) => void b.push(...batch.map((r) => `${r.value.agentId}/${r.value.spanId}`)));
      // Several keys, so on a partitioned transport the records span partitions.
      for (const agent of ['b1', 'b2', 'b3', 'b4', 'b5', 'b6']) await bus.publish(Topics.events, records(agent, 0, 5));
      await promptly(() => a.length === 30 && b.length === 30, 'both broadcast subscribers to see all 30 records');
      expect([...a].sort()).toEqual([...b].sort());
      expect(new Set(a).size).toBe(30);
    });

    it('redelivers a batch whose handler failed, and acknowledges it only once handled', async () => {
      bus = await opts.create({});
      let failures = 0;
      const handled: string[] = [];
      await bus.subscribe(Topics.events, { group: 'g-retry', maxBatch: 5 }, async (batch) => {
        if (failures < 2) {
          failures += 1;
          throw new WardenError('TEST_TRANSIENT', 'downstream not ready', { retriable: true });
        }
        handled.push(...batch.map((r) => r.value.spanId));
      });
      await bus.publish(Topics.events, records('a1', 0, 5));
      await promptly(() => handled.length === 5, 'redelivery');
      expect(failures).toBe(2);
      expect(new Set(handled).size).toBe(5);
    });

    it('moves a batch that can never be handled to the dead-letter topic instead of losing it', async () => {
      bus = await opts.create({});
      const dead: unknown[] = [];
      await bus.subscribe(Topics.deadLetter, { group: 'dlq' }, async (batch) => void dead.push(...batch.map((r) => r.value)));
      await bus.subscribe(Topics.events, { group: 'g-poison', maxBatch: 3 }, async () => {
        throw new WardenError('TEST_PERMANENT', 'this record can never be processed');
      });
      await bus.publish(Topics.events, records('a1', 0, 3));
      await promptly(() => dead.length === 3, 'dead letters');
      expect(dead[0]).toMatchObject({ topic: Topics.events, reason: expect.stringContaining('never be processed') });
    });

    it('replays the latest record per key of a compacted topic to a late subscriber', async () => {
      bus = await opts.create({});
      const profile = (v: number) => ({ tenant: 't1', subject: 'agent:a1', profile: { v } });
      await bus.publish(Topics.profiles, [{ key: 't1/agent:a1', value: profile(1) }]);
      await bus.publish(Topics.profiles, [{ key: 't1/agent:a1', value: profile(2) }]);
      const seen: unknown[] = [];
      await bus.subscribe(Topics.profiles, { group: 'late' }, async (batch) => void seen.push(...batch.map((r) => r.value)));
      await promptly(() => seen.some((p) => (p as { profile: { v: number } }).profile.v === 2), 'latest profile');
      expect(seen.at(-1)).toEqual(profile(2));
    });

    it('waits for the batch in flight when a subscription closes', async () => {
      bus = await opts.create({});
      let finished = false;
      const sub = await bus.subscribe(Topics.findings, { group: 'slow' }, async () => {
        await new Promise((r) => setTimeout(r, 100));
        finished = true;
      });
      await bus.publish(Topics.findings, [{ key: 'k', value: { findingId: 'f1' } as unknown as RiskFinding }]);
      await new Promise((r) => setTimeout(r, 20));
      await sub.close();
      expect(finished).toBe(true);
    });

    if (opts.boundedQueues) {
      it('pushes back when a group is full, and accepts nothing of the refused batch', async () => {
        bus = await opts.create({ capacityPerGroup: 10 });
        let release!: () => void;
        const gate = new Promise<void>((r) => (release = r));
        const seen: string[] = [];
        await bus.subscribe(Topics.events, { group: 'g-full', maxBatch: 100 }, async (batch) => {
          await gate;
          seen.push(...batch.map((r) => r.value.spanId));
        });
        await bus.publish(Topics.events, records('a1', 0, 8));
        await expect(bus.publish(Topics.events, records('a1', 8, 5))).rejects.toBeInstanceOf(BackpressureError);
        release();
        await promptly(() => seen.length === 8, 'the accepted records');
        await bus.publish(Topics.events, records('a1', 8, 5));
        await promptly(() => seen.length === 13, 'the retried records');
        expect(seen.map((s) => Number.parseInt(s, 16))).toEqual(Array.from({ length: 13 }, (_, i) => i));
      });
    }
  });
}
