/**
 * Warden on a managed-style Kafka: the settings a Confluent Cloud or MSK user sets
 * (WARDEN_KAFKA_SECURITY_PROTOCOL=sasl_ssl, a SASL user, the brokers' CA) reach every Kafka client
 * of `warden start`, against the test broker's SASL_SSL listener (scripts/kafka/broker.js).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { silentLogger } from '@warden/core';
import { createEmbeddedWarden, loadConfig, type EmbeddedWarden } from '@warden/cli';
import { kafkaTestSasl } from './kafka/test-brokers';
import { runAttackedAgent } from './support/attacked-agent';

jest.setTimeout(120_000);

describe('Warden over Kafka with SASL over TLS (WARDEN_KAFKA_SECURITY_PROTOCOL=sasl_ssl)', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'warden-kafka-sasl-ssl-'));
  const sasl = kafkaTestSasl();
  let warden: EmbeddedWarden | undefined;

  afterAll(async () => {
    await warden?.stop();
  });

  it('catches an attack end to end with every client logged in over TLS', async () => {
    const { config } = loadConfig({
      WARDEN_DATA_DIR: dataDir,
      WARDEN_OTLP_GRPC_PORT: '0',
      WARDEN_OTLP_HTTP_PORT: '0',
      WARDEN_ADMIN_PORT: '0',
      WARDEN_KAFKA_BROKERS: sasl.sslBrokers.join(','),
      WARDEN_KAFKA_TOPIC_PREFIX: `t${randomBytes(4).toString('hex')}.`,
      WARDEN_KAFKA_PARTITIONS: '2',
      WARDEN_KAFKA_SECURITY_PROTOCOL: 'SASL_SSL',
      WARDEN_KAFKA_SASL_MECHANISM: 'SCRAM-SHA-512',
      WARDEN_KAFKA_SASL_USERNAME: sasl.username,
      WARDEN_KAFKA_SASL_PASSWORD: sasl.password,
      WARDEN_KAFKA_SSL_CA_FILE: sasl.caFile,
    });
    warden = createEmbeddedWarden(config, { logger: silentLogger, tickMs: 200 });
    await warden.start();
    await runAttackedAgent({ protocol: 'grpc', endpoint: `127.0.0.1:${warden.grpcPort()}`, agentId: 'support-tls-1', sessionId: 'tls-1', attacker: 'exfil-tls@evil.example' });

    const deadline = Date.now() + 30_000;
    let found: Record<string, any> | undefined;
    while (found === undefined && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      try {
        found = readFileSync(path.join(dataDir, 'alerts.ocsf.jsonl'), 'utf8')
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as Record<string, any>)
          .find((r) => r.metadata.correlation_uid === 'tls-1' && r.severity_id >= 4);
      } catch {
        // the findings file appears with the first finding
      }
    }
    expect(found?.finding_info?.title).toEqual(expect.any(String));
  });
});
