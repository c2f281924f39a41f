import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Topics, WardenError, silentLogger, type AgentEvent } from '@warden/core';
import type { BusRecord } from '@warden/bus';
import { contractEvent } from '../../bus/testkit/bus-contract';
import { kafkaTestSasl } from '../../../test/kafka/test-brokers';
import { createKafkaBus, type KafkaBus } from './kafka-bus';
import { validateKafkaBusConfig } from './kafka-bus-config';
import type { KafkaSaslMechanism } from './kafka-security';

// The test broker's SASL_PLAINTEXT and SASL_SSL listeners (scripts/kafka/broker.js) take PLAIN and
// SCRAM-SHA-512; the SASL_SSL one presents a self-signed localhost certificate.
const sasl = kafkaTestSasl();

function busWith(mechanism: KafkaSaslMechanism, password = sasl.password, tls?: { ca?: string }): KafkaBus {
  return createKafkaBus(
    validateKafkaBusConfig({
      brokers: tls === undefined ? sasl.brokers : sasl.sslBrokers,
      ...(tls === undefined ? {} : { ssl: tls.ca === undefined ? true : { ca: tls.ca } }),
      clientId: 'warden-kafka-sasl-test',
      topicPrefix: `test-sasl-${randomUUID().slice(0, 8)}.`,
      partitions: 1,
      consumer: { sessionTimeoutMs: 6_000, heartbeatIntervalMs: 500, rebalanceTimeoutMs: 3_000, fetchMaxWaitMs: 100, joinTimeoutMs: 15_000 },
      sasl: { mechanism, username: sasl.username, password },
    }),
    { logger: silentLogger },
  );
}

async function roundTrip(bus: KafkaBus): Promise<string[]> {
  await bus.start();
  try {
    const got: BusRecord<AgentEvent>[] = [];
    const sub = await bus.subscribe(Topics.events, { group: 'sasl-test' }, async (batch) => {
      got.push(...batch);
    });
    await bus.publish(Topics.events, [{ key: 'acme/agent-1', value: contractEvent('agent-1', 1) }]);
    const deadline = Date.now() + 15_000;
    while (got.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await sub.close();
    return got.map((r) => r.value.agentId);
  } finally {
    await bus.stop();
  }
}

describe('KafkaBus over SASL and TLS on a real broker', () => {
  test.each(['plain', 'scram-sha-512'] as const)('%s over TLS, trusting the brokers\' CA: creates its topics, publishes and consumes', async (mechanism) => {
    const ca = readFileSync(sasl.caFile, 'utf8');
    expect(await roundTrip(busWith(mechanism, sasl.password, { ca }))).toEqual(['agent-1']);
  });

  test("TLS to a broker whose certificate the system's CAs do not know fails the start with what to set", async () => {
    const bus = busWith('plain', sasl.password, {});
    const failure = await bus.start().then(
      () => undefined,
      (err: unknown) => err,
    );
    await bus.stop();
    expect(failure).toBeInstanceOf(WardenError);
    expect((failure as Error).message).toContain('WARDEN_KAFKA_SSL_CA_FILE');
  });

  test.each(['plain', 'scram-sha-512'] as const)('%s without TLS: creates its topics, publishes and consumes', async (mechanism) => {
    expect(await roundTrip(busWith(mechanism))).toEqual(['agent-1']);
  });

  test('a wrong password fails the start with what to check, and never shows the password', async () => {
    const bus = busWith('scram-sha-512', 'not-the-password-42');
    const failure = await bus.start().then(
      () => undefined,
      (err: unknown) => err,
    );
    await bus.stop();
    expect(failure).toBeInstanceOf(WardenError);
    const message = (failure as Error).message;
    expect(message).toContain('SASL');
    expect(message).toContain('WARDEN_KAFKA_SASL_PASSWORD');
    expect(message).not.toContain('not-the-password-42');
  });
});
