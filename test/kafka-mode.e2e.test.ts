/**
 * Warden over a real Kafka broker (started by the project's own script through jest's global
 * setup): the same components as embedded mode, the transport swapped by one setting. An agent
 * process exports through the official OTLP exporter; the finding must come out the other end,
 * and a restarted Warden resumes from the topics without writing any finding twice.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { silentLogger } from '@warden/core';
import { createEmbeddedWarden, loadConfig, type EmbeddedWarden } from '@warden/cli';
import { OcsfSchemaValidator } from '@warden/ocsf';
import { kafkaTestBrokers } from './kafka/test-brokers';
import { runAttackedAgent } from './support/attacked-agent';
import { eventually } from './support/eventually';

jest.setTimeout(120_000);

/** The attack session `sessionId` against the receiver on `grpcPort`. */
async function attack(grpcPort: number, sessionId: string): Promise<void> {
  await runAttackedAgent({ protocol: 'grpc', endpoint: `127.0.0.1:${grpcPort}`, agentId: 'support-kafka-1', sessionId, attacker: `exfil-${sessionId}@evil.example` });
}

describe('Warden over Kafka (warden start with WARDEN_KAFKA_BROKERS)', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'warden-kafka-mode-'));
  const prefix = `t${randomBytes(4).toString('hex')}.`;
  const alerts = () => {
    try {
      return readFileSync(path.join(dataDir, 'alerts.ocsf.jsonl'), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>);
    } catch {
      return [];
    }
  };
  const config = () =>
    loadConfig({
      WARDEN_DATA_DIR: dataDir,
      WARDEN_OTLP_GRPC_PORT: '0',
      WARDEN_OTLP_HTTP_PORT: '0',
      WARDEN_ADMIN_PORT: '0',
      WARDEN_MIN_SEVERITY: 'informational',
      WARDEN_KAFKA_BROKERS: kafkaTestBrokers().join(','),
      WARDEN_KAFKA_TOPIC_PREFIX: prefix,
      WARDEN_KAFKA_PARTITIONS: '3',
    }).config;
  let warden: EmbeddedWarden | undefined;

  afterAll(async () => {
    await warden?.stop();
  });

  it('creates its topics, catches the attack end to end, and resumes after a restart without repeating a finding', async () => {
    warden = createEmbeddedWarden(config(), { logger: silentLogger, tickMs: 200 });
    await warden.start();

    const admin = new Kafka({ clientId: 'warden-test', brokers: kafkaTestBrokers(), logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(prefix)).sort();
    const meta = await admin.fetchTopicMetadata({ topics: [`${prefix}events`] });
    const compaction = await admin.describeConfigs({ resources: [{ type: 2, name: `${prefix}profiles`, configNames: ['cleanup.policy'] }], includeSynonyms: false });
    await admin.disconnect();
    expect(topics).toEqual(['dead-letter', 'events', 'findings', 'profiles', 'verdicts'].map((t) => `${prefix}${t}`));
    expect(meta.topics[0]!.partitions).toHaveLength(3);
    expect(compaction.resources[0]!.configEntries.find((e) => e.configName === 'cleanup.policy')?.configValue).toBe('compact');

    await attack(warden.grpcPort(), 'kafka-1');
    const first = await eventually(() => alerts().find((r) => r.metadata.correlation_uid === 'kafka-1' && r.severity_id >= 4), 'a High+ finding for kafka-1 through Kafka');
    const validator = OcsfSchemaValidator.load();
    expect(validator.validate(first).filter((e) => e.severity === 'error')).toEqual([]);

    // Restart on the same topics and data directory: consumers resume from their committed offsets.
    await warden.stop();
    const before = alerts().map((r) => r.metadata.uid as string);
    warden = createEmbeddedWarden(config(), { logger: silentLogger, tickMs: 200 });
    await warden.start();
    await attack(warden.grpcPort(), 'kafka-2');
    await eventually(() => alerts().find((r) => r.metadata.correlation_uid === 'kafka-2' && r.severity_id >= 4), 'a High+ finding for kafka-2 after the restart');
    const after = alerts().map((r) => r.metadata.uid as string);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(new Set(after).size).toBe(after.length);
  });
});
