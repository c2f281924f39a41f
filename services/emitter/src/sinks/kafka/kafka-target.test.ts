import { randomBytes, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { Kafka, logLevel, type Admin, type KafkaMessage } from 'kafkajs';
import { silentLogger, type Logger, type RiskFinding } from '@warden/core';
import { OcsfSchemaValidator, toDetectionFinding, type OcsfDetectionFinding } from '@warden/ocsf';
import { kafkaTestBrokers } from '../../../../../test/kafka/test-brokers';
import type { OutboundRecord } from '../../delivery/delivery-target';
import { createKafkaTarget } from './kafka-target';
import { validateKafkaSinkConfig, type KafkaSinkConfig } from './kafka-sink-config';

// Runs against the real broker that test/kafka/global-setup.js provides.

const NOW = 1_795_340_010_000;
const SEND_TIME = 1_795_340_020_000;
const fixture = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'testdata', 'finding-create.json'), 'utf8'),
) as RiskFinding;

function record(finding: RiskFinding): OutboundRecord {
  const ocsf = toDetectionFinding(finding, { nowMs: NOW, product: { name: 'Warden', vendorName: 'Warden', version: '0.0.0-test' } });
  return {
    id: `${finding.findingId}:${finding.revision}`,
    findingId: finding.findingId,
    revision: finding.revision,
    activity: finding.activity,
    severity: finding.severity,
    ocsf,
  };
}

interface LogLine {
  readonly level: string;
  readonly fields: Record<string, unknown>;
  readonly message: string;
}

function recordingLogger(lines: LogLine[], bindings: Record<string, unknown> = {}): Logger {
  const at = (level: string) => (fields: Record<string, unknown>, message: string) => {
    lines.push({ level, fields: { ...bindings, ...fields }, message });
  };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (more) => recordingLogger(lines, { ...bindings, ...more }),
  };
}

const brokers = kafkaTestBrokers();
const testClient = new Kafka({ clientId: 'warden-kafka-target-test', brokers, logLevel: logLevel.NOTHING });
let admin: Admin;
const cleanups: Array<() => Promise<void>> = [];

beforeAll(async () => {
  admin = testClient.admin();
  await admin.connect();
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

afterAll(async () => {
  await admin.disconnect();
});

function uniqueTopic(): string {
  return `warden-test-findings-${randomUUID()}`;
}

function target(overrides: Record<string, unknown>, logger: Logger = silentLogger) {
  const config: KafkaSinkConfig = validateKafkaSinkConfig({ brokers, ...overrides });
  const created = createKafkaTarget(config, { logger, clock: { nowMs: () => SEND_TIME } });
  cleanups.push(() => created.stop!());
  return created;
}

/** Reads `count` messages from the start of `topic` with a fresh consumer group. */
async function consume(topic: string, count: number): Promise<Array<KafkaMessage & { partition: number }>> {
  const consumer = testClient.consumer({ groupId: `warden-test-${randomUUID()}` });
  cleanups.push(() => consumer.disconnect());
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  const received: Array<KafkaMessage & { partition: number }> = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`read ${received.length} of ${count} messages from ${topic} in 20 s`)), 20_000);
    void consumer
      .run({
        eachMessage: async ({ partition, message }) => {
          received.push({ ...message, partition });
          if (received.length >= count) {
            clearTimeout(timer);
            resolve();
          }
        },
      })
      .catch(reject);
  });
  return received;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('Kafka target against a real broker', () => {
  it('creates its topic on start and delivers records a consumer reads back with keys, headers and valid OCSF', async () => {
    const topic = uniqueTopic();
    expect(await admin.listTopics()).not.toContain(topic);
    const sink = target({ topic, createTopic: { partitions: 3, replicationFactor: 1 } });
    expect(sink).toMatchObject({ name: 'kafka', kind: 'kafka', minSeverity: 'low' });

    await sink.start!();
    const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
    expect(metadata.topics[0]?.partitions).toHaveLength(3);

    // Two revisions of one incident and a second incident: the incident's records must share a
    // partition and keep their order there.
    const create = record(fixture);
    const update = record({ ...fixture, activity: 'update', revision: 2, riskScore: 91 });
    const other = record({ ...fixture, findingId: 'fnd-acme-support-7-conv-9000', sessionId: 'conv-9000' });
    const outcome = await sink.send([create, update, other], new AbortController().signal);
    expect(outcome).toEqual({ kind: 'delivered' });

    const messages = await consume(topic, 3);
    const validator = OcsfSchemaValidator.load();
    const byRecord = new Map(messages.map((m) => [m.headers!['record_uid']!.toString(), m]));
    expect([...byRecord.keys()].sort()).toEqual([create.id, update.id, other.id].sort());
    for (const sent of [create, update, other]) {
      const message = byRecord.get(sent.id)!;
      expect(message.key!.toString()).toBe(sent.findingId);
      expect(message.timestamp).toBe(String(SEND_TIME));
      expect(Object.fromEntries(Object.entries(message.headers!).map(([k, v]) => [k, v!.toString()]))).toEqual({
        ocsf_class_uid: '2004',
        finding_uid: sent.findingId,
        record_uid: sent.id,
        activity: sent.activity,
      });
      const value = JSON.parse(message.value!.toString()) as OcsfDetectionFinding;
      expect(value).toEqual(JSON.parse(JSON.stringify(sent.ocsf)));
      expect(validator.validate(value).filter((issue) => issue.severity === 'error')).toEqual([]);
    }
    const createMsg = byRecord.get(create.id)!;
    const updateMsg = byRecord.get(update.id)!;
    expect(updateMsg.partition).toBe(createMsg.partition);
    expect(BigInt(updateMsg.offset)).toBeGreaterThan(BigInt(createMsg.offset));
  });

  it('starts against an existing topic without recreating it, and is safe to stop twice', async () => {
    const topic = uniqueTopic();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 1, replicationFactor: 1 }] });
    const lines: LogLine[] = [];
    const sink = target({ topic }, recordingLogger(lines));
    await sink.start!();
    expect((await admin.fetchTopicMetadata({ topics: [topic] })).topics[0]?.partitions).toHaveLength(1);
    expect(lines.some((l) => l.message === 'created the findings topic')).toBe(false);
    expect(await sink.send([record(fixture)], new AbortController().signal)).toEqual({ kind: 'delivered' });
    await sink.stop!();
    await sink.stop!();
    expect(await sink.send([record(fixture)], new AbortController().signal)).toMatchObject({ kind: 'retry' });
  });

  it('fails to start when the topic it must create cannot exist on this cluster', async () => {
    const topic = uniqueTopic();
    const sink = target({ topic, createTopic: { partitions: 1, replicationFactor: 3 } });
    await expect(sink.start!()).rejects.toMatchObject({
      code: 'WARDEN_KAFKA_SINK_MISCONFIGURED',
      message: expect.stringContaining('INVALID_REPLICATION_FACTOR'),
    });
    expect(await admin.listTopics()).not.toContain(topic);
  });

  it('reports a missing topic as misconfigured when it may not create it', async () => {
    const sink = target({ topic: uniqueTopic(), createTopic: false });
    await sink.start!();
    const outcome = await sink.send([record(fixture)], new AbortController().signal);
    expect(outcome).toMatchObject({ kind: 'misconfigured', reason: expect.stringContaining('UNKNOWN_TOPIC_OR_PARTITION') });
  });

  it('reports a record over the broker message size limit as too large', async () => {
    const sink = target({ topic: uniqueTopic() });
    await sink.start!();
    const base = record(fixture);
    // Random bytes do not compress: about 1.5 MB after gzip, over the broker's 1 MiB default.
    const huge: OutboundRecord = { ...base, ocsf: { ...base.ocsf, message: randomBytes(1_500_000).toString('base64') } };
    const outcome = await sink.send([huge], new AbortController().signal);
    expect(outcome).toMatchObject({ kind: 'too_large' });
    // The producer stays usable for the records that do fit.
    expect(await sink.send([base], new AbortController().signal)).toEqual({ kind: 'delivered' });
  });

  it('starts anyway and answers retry within seconds when no broker listens', async () => {
    const port = await freePort();
    const lines: LogLine[] = [];
    const sink = target({ brokers: [`127.0.0.1:${port}`], topic: uniqueTopic() }, recordingLogger(lines));
    const startedAt = Date.now();
    await expect(sink.start!()).resolves.toBeUndefined();
    expect(lines).toContainEqual(expect.objectContaining({ level: 'warn', message: 'Kafka is not reachable yet; findings wait in the spool' }));

    const sendAt = Date.now();
    const outcome = await sink.send([record(fixture)], new AbortController().signal);
    expect(outcome).toMatchObject({ kind: 'retry', reason: expect.stringMatching(/ECONNREFUSED|Connection error/) });
    expect(Date.now() - sendAt).toBeLessThan(5_000);
    expect(Date.now() - startedAt).toBeLessThan(10_000);
    // kafkajs's own per-attempt errors arrive as Warden warnings, not on the console.
    expect(lines.some((l) => l.fields['lib'] === 'kafkajs' && l.level === 'warn')).toBe(true);
    expect(lines.every((l) => l.level !== 'error')).toBe(true);
  });

  it('does not send when the shutdown signal has already fired', async () => {
    const topic = uniqueTopic();
    const sink = target({ topic });
    await sink.start!();
    const controller = new AbortController();
    controller.abort();
    expect(await sink.send([record(fixture)], controller.signal)).toMatchObject({ kind: 'retry' });
    const offsets = await admin.fetchTopicOffsets(topic);
    expect(offsets.every((o) => o.high === '0')).toBe(true);
  });
});
