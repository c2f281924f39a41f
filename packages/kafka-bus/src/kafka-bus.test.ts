import { randomBytes, randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { Topics, WardenError, silentLogger, type AgentEvent } from '@warden/core';
import type { Bus, BusRecord, RecordPosition } from '@warden/bus';
import { contractEvent, describeBusContract } from '../../bus/testkit/bus-contract';
import { kafkaTestBrokers } from '../../../test/kafka/test-brokers';
import { unpackRecords } from './envelope';
import { createKafkaBus, type KafkaBus } from './kafka-bus';
import { validateKafkaBusConfig, type KafkaBusConfig } from './kafka-bus-config';
import { partitionForKey } from './topic-layout';
import { promptly } from '../../../test/support/eventually';

// Consumer-group joins and leaves take milliseconds with these (the broker's minimum session is 6 s).
const FAST_GROUPS = { sessionTimeoutMs: 6_000, heartbeatIntervalMs: 500, rebalanceTimeoutMs: 3_000, fetchMaxWaitMs: 100, joinTimeoutMs: 15_000 };

/** A config on a topic prefix no other test uses, so every test starts with empty topics. */
function testConfig(overrides: Record<string, unknown> = {}): KafkaBusConfig {
  return validateKafkaBusConfig({
    brokers: kafkaTestBrokers(),
    clientId: 'warden-kafka-bus-test',
    topicPrefix: `test-${randomUUID().slice(0, 8)}.`,
    partitions: 3,
    retryBackoffMs: 20,
    consumer: FAST_GROUPS,
    ...overrides,
  });
}

async function startedBus(config: KafkaBusConfig): Promise<KafkaBus> {
  const bus = createKafkaBus(config, { logger: silentLogger });
  await bus.start();
  return bus;
}

describeBusContract('kafka', {
  boundedQueues: false,
  create: () => startedBus(testConfig()),
});

const event = (agentId: string, seq: number, padding = ''): AgentEvent => contractEvent(agentId, seq, { name: `tool-${seq}${padding}` });

const seqOf = (r: BusRecord<AgentEvent>): number => Number.parseInt(r.value.spanId, 16);

describe('KafkaBus on a real broker', () => {
  const kafka = new Kafka({ clientId: 'warden-kafka-bus-test-probe', brokers: kafkaTestBrokers(), logLevel: logLevel.NOTHING });
  let admin: Admin;
  const buses: Bus[] = [];
  const started = async (config: KafkaBusConfig): Promise<KafkaBus> => {
    const bus = await startedBus(config);
    buses.push(bus);
    return bus;
  };

  beforeAll(async () => {
    admin = kafka.admin();
    await admin.connect();
  });
  afterAll(async () => {
    await admin.disconnect();
  });
  afterEach(async () => {
    await Promise.all(buses.splice(0).map((b) => b.stop()));
  });

  /** Every message of a topic as the broker holds it, read with a plain kafkajs consumer. */
  async function rawMessages(topic: string, expected: number): Promise<{ partition: number; value: Buffer }[]> {
    const consumer = kafka.consumer({ groupId: `probe-${randomUUID()}`, sessionTimeout: 6_000, heartbeatInterval: 500, maxWaitTimeInMs: 100 });
    const out: { partition: number; value: Buffer }[] = [];
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      await consumer.run({ eachMessage: async ({ partition, message }) => void out.push({ partition, value: message.value! }) });
      await promptly(() => out.length >= expected, `${expected} raw messages on ${topic}`);
    } finally {
      await consumer.disconnect();
    }
    return out;
  }

  async function messageCount(topic: string): Promise<number> {
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
  }

  it('creates every topic with the configured partitions, the profiles topic compacted, and keeps existing topics as they are', async () => {
    const config = testConfig({ partitions: 2 });
    const bus = await started(config);
    const names = Object.values(Topics).map((t) => bus.kafkaTopic(t));
    expect(names).toEqual(Object.values(Topics).map((t) => `${config.topicPrefix}${t}`));

    const { topics } = await admin.fetchTopicMetadata({ topics: names });
    expect(topics.map((t) => [t.name, t.partitions.length]).sort()).toEqual(names.map((n) => [n, 2]).sort());
    const described = await admin.describeConfigs({
      includeSynonyms: false,
      resources: [bus.kafkaTopic(Topics.profiles), bus.kafkaTopic(Topics.events)].map((name) => ({ type: 2, name, configNames: ['cleanup.policy'] })),
    });
    const policy = Object.fromEntries(described.resources.map((r) => [r.resourceName, r.configEntries[0]?.configValue]));
    expect(policy).toEqual({ [bus.kafkaTopic(Topics.profiles)]: 'compact', [bus.kafkaTopic(Topics.events)]: 'delete' });

    // A second installation start with another partition count neither fails nor changes the topics,
    // and it places keys by the partitions the topic really has.
    const again = await started({ ...config, partitions: 5 });
    await again.publish(Topics.events, [{ key: 't1/a1', value: event('a1', 1) }]);
    const after = await admin.fetchTopicMetadata({ topics: [bus.kafkaTopic(Topics.events)] });
    expect(after.topics[0]!.partitions).toHaveLength(2);
  });

  it('packs many records per bounded message, keeps each key on its own partition, and each key in order', async () => {
    const config = testConfig({ maxMessageBytes: 16_384 });
    const bus = await started(config);
    const topic = bus.kafkaTopic(Topics.events);
    const agents = Array.from({ length: 12 }, (_, i) => `a${i}`);
    // Interleaved keys in one publish, as a receiver batch of many agents' spans arrives.
    const records = Array.from({ length: 600 }, (_, i) => ({ key: `t1/${agents[i % 12]}`, value: event(agents[i % 12]!, Math.floor(i / 12)) }));
    await bus.publish(Topics.events, records);

    const messages = await messageCount(topic);
    expect(messages).toBeGreaterThan(3); // a partition holds ~80 KB of records: the bound splits it
    expect(messages).toBeLessThan(30); // 600 records: at least 20 per message

    const raw = await rawMessages(topic, messages);
    const partitionsOfKey = new Map<string, Set<number>>();
    let unpacked = 0;
    for (const { partition, value } of raw) {
      expect(value.length).toBeLessThanOrEqual(16_384);
      for (const r of unpackRecords(value)) {
        unpacked += 1;
        partitionsOfKey.set(r.key, (partitionsOfKey.get(r.key) ?? new Set()).add(partition));
      }
    }
    expect(unpacked).toBe(600);
    for (const [key, partitions] of partitionsOfKey) expect([...partitions]).toEqual([partitionForKey(topic, key, 3)]);
    expect(new Set([...partitionsOfKey.values()].map((p) => [...p][0])).size).toBeGreaterThan(1); // the keys spread out

    const seen = new Map<string, number[]>();
    await bus.subscribe(Topics.events, { group: 'order', maxBatch: 37 }, async (batch) => {
      for (const r of batch) seen.set(r.key, [...(seen.get(r.key) ?? []), seqOf(r)]);
    });
    await promptly(() => [...seen.values()].reduce((n, s) => n + s.length, 0) >= 600, 'all 600 records');
    for (const agent of agents) expect(seen.get(`t1/${agent}`)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('keeps one key in order across publishes that are in flight at the same time', async () => {
    const bus = await started(testConfig());
    // Not awaited one by one: the partition's lane must still send them in call order.
    await Promise.all(
      Array.from({ length: 20 }, (_, p) =>
        bus.publish(Topics.events, Array.from({ length: 5 }, (_, i) => ({ key: 't1/a1', value: event('a1', p * 5 + i) }))),
      ),
    );
    const seen: number[] = [];
    await bus.subscribe(Topics.events, { group: 'concurrent' }, async (batch) => void seen.push(...batch.map(seqOf)));
    await promptly(() => seen.length >= 100, '100 records');
    expect(seen).toEqual(Array.from({ length: 100 }, (_, i) => i));
    // Publishes queued behind a request in flight go out together: fewer messages than publishes.
    expect(await messageCount(bus.kafkaTopic(Topics.events))).toBeLessThan(20);
  });

  it('resumes a group after its last committed batch when a member closes mid-stream and another joins', async () => {
    const bus = await started(testConfig());
    for (let p = 0; p < 20; p++) {
      await bus.publish(Topics.events, Array.from({ length: 10 }, (_, i) => ({ key: 't1/a1', value: event('a1', p * 10 + i) })));
    }
    const first: number[] = [];
    const sub = await bus.subscribe(Topics.events, { group: 'resume', maxBatch: 10 }, async (batch) => {
      await new Promise((r) => setTimeout(r, 25));
      first.push(...batch.map(seqOf));
    });
    await promptly(() => first.length >= 50, 'the first member to get going');
    await sub.close();
    const stoppedAt = first.length;
    expect(stoppedAt).toBeLessThan(200);
    expect(first).toEqual(Array.from({ length: stoppedAt }, (_, i) => i));

    const second: number[] = [];
    await bus.subscribe(Topics.events, { group: 'resume', maxBatch: 10 }, async (batch) => void second.push(...batch.map(seqOf)));
    await promptly(() => second.at(-1) === 199, 'the second member to finish');
    // Nothing lost; at most the batch that was in flight is seen again, never the whole stream.
    expect(second[0]).toBeGreaterThanOrEqual(stoppedAt - 10);
    expect(second[0]).toBeLessThanOrEqual(stoppedAt);
    expect(second).toEqual(Array.from({ length: 200 - second[0]! }, (_, i) => second[0]! + i));
  });

  it('gives each record its position, and commits no further than the oldest position the member still retains', async () => {
    const bus = await started(testConfig());
    // One publish per record: each its own message, so a position names exactly one record.
    for (let i = 0; i < 30; i++) await bus.publish(Topics.events, [{ key: 't1/a1', value: event('a1', i) }]);
    const partition = partitionForKey('events', 't1/a1', 3);
    const first: number[] = [];
    let retained: RecordPosition | undefined;
    const sub = await bus.subscribe(
      Topics.events,
      { group: 'retain', maxBatch: 5, retainedPositions: () => (retained ? [retained] : []) },
      async (batch) => {
        for (const r of batch) {
          expect(r.position?.partition).toBe(partition);
          // Record 12 opens something that is still open when the member stops.
          if (seqOf(r) === 12) retained = r.position;
          first.push(seqOf(r));
        }
      },
    );
    await promptly(() => first.length === 30, 'the first member to read everything');
    await sub.close();

    const second: number[] = [];
    await bus.subscribe(Topics.events, { group: 'retain', maxBatch: 5 }, async (batch) => void second.push(...batch.map(seqOf)));
    await promptly(() => second.at(-1) === 29, 'the second member to finish');
    // Everything from the retained record on is read again; nothing before it.
    expect(second).toEqual(Array.from({ length: 18 }, (_, i) => 12 + i));
  });

  it('tells a member which partitions a rebalance took from it when another member joins', async () => {
    const bus = await started(testConfig());
    const revoked: number[][] = [];
    await bus.subscribe(Topics.events, { group: 'revoke', onRevoked: (p) => void revoked.push([...p]) }, async () => undefined);
    // Alone, the first member holds all three partitions and has lost none.
    expect(revoked).toEqual([]);
    await bus.subscribe(Topics.events, { group: 'revoke' }, async () => undefined);
    await promptly(() => revoked.length > 0, 'the first member to hear what it gave up');
    const lost = revoked.flat();
    expect(lost.length).toBeGreaterThanOrEqual(1);
    expect(lost.length).toBeLessThan(3);
    for (const p of lost) expect([0, 1, 2]).toContain(p);
  });

  it('shares a group between two members: every record once, each key with one member', async () => {
    const bus = await started(testConfig());
    const seenBy = [new Map<string, number[]>(), new Map<string, number[]>()];
    for (const seen of seenBy) {
      await bus.subscribe(Topics.events, { group: 'shared' }, async (batch) => {
        for (const r of batch) seen.set(r.key, [...(seen.get(r.key) ?? []), seqOf(r)]);
      });
    }
    // subscribe() returns once its member joined, which the group completes only with every member
    // holding its partitions: what follows is published after the rebalance, so no key moves mid-way.
    const agents = Array.from({ length: 12 }, (_, i) => `a${i}`);
    await bus.publish(Topics.events, Array.from({ length: 240 }, (_, i) => ({ key: `t1/${agents[i % 12]}`, value: event(agents[i % 12]!, Math.floor(i / 12)) })));
    const total = (): number => seenBy.reduce((n, s) => n + [...s.values()].reduce((m, l) => m + l.length, 0), 0);
    await promptly(() => total() >= 240, 'all 240 records');
    expect(total()).toBe(240);
    for (const agent of agents) {
      const holders = seenBy.filter((s) => s.has(`t1/${agent}`));
      expect(holders).toHaveLength(1);
      expect(holders[0]!.get(`t1/${agent}`)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    }
    expect(seenBy.every((s) => s.size > 0)).toBe(true); // the work really is shared
  });

  it('dead-letters a message that is not a Warden envelope and goes on with the next', async () => {
    const bus = await started(testConfig());
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    await producer.send({ topic: bus.kafkaTopic(Topics.events), messages: [{ key: 't1/a1', value: 'not json', partition: 0 }] });
    await producer.disconnect();
    await bus.publish(Topics.events, [{ key: 't1/a1', value: event('a1', 7) }]);

    const dead: unknown[] = [];
    const seen: number[] = [];
    await bus.subscribe(Topics.deadLetter, { group: 'dlq' }, async (batch) => void dead.push(...batch.map((r) => r.value)));
    await bus.subscribe(Topics.events, { group: 'g' }, async (batch) => void seen.push(...batch.map(seqOf)));
    await promptly(() => dead.length === 1 && seen.length === 1, 'the dead letter and the good record');
    expect(dead[0]).toEqual({ topic: Topics.events, reason: expect.stringMatching(/^g: the message is not JSON/), payload: 'not json' });
    expect(seen).toEqual([7]);
  });

  it('rejects a publish the broker refuses as not retriable, and any publish after stop as retriable', async () => {
    const bus = await started(testConfig({ compression: 'none' }));
    // Over the broker's 1 MiB message.max.bytes even alone; random so compression could not save it.
    const huge = event('a1', 1, randomBytes(800_000).toString('base64'));
    const refused = await bus.publish(Topics.events, [{ key: 't1/a1', value: huge }]).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(WardenError);
    expect(refused).toMatchObject({ code: 'WARDEN_KAFKA_BUS_RECORDS_REFUSED', retriable: false });
    expect((refused as Error).message).toMatch(/max\.message\.bytes/);

    await bus.stop();
    const afterStop = await bus.publish(Topics.events, [{ key: 't1/a1', value: event('a1', 2) }]).catch((e: unknown) => e);
    expect(afterStop).toMatchObject({ code: 'BUS_STOPPED', retriable: true });
    await bus.stop(); // safe twice
  });

  it('fails start with a retriable error naming the brokers when none answers', async () => {
    const bus = createKafkaBus(testConfig({ brokers: ['127.0.0.1:1'], connectionTimeoutMs: 200, requestTimeoutMs: 1_000 }), { logger: silentLogger });
    await expect(bus.start()).rejects.toMatchObject({ code: 'WARDEN_KAFKA_BUS_START_FAILED', retriable: true, message: expect.stringContaining('127.0.0.1:1') });
    await bus.stop();
  });
});
