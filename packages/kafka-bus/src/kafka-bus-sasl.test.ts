import { randomUUID } from 'node:crypto';
import { Topics, WardenError, silentLogger, type AgentEvent } from '@warden/core';
import type { BusRecord } from '@warden/bus';
import { contractEvent } from '../../bus/testkit/bus-contract';
import { kafkaTestSasl } from '../../../test/kafka/test-brokers';
import { createKafkaBus, type KafkaBus } from './kafka-bus';
import { validateKafkaBusConfig } from './kafka-bus-config';
import type { KafkaSaslMechanism } from './kafka-security';

// The test broker's SASL_PLAINTEXT listener (scripts/kafka/broker.js) takes PLAIN and SCRAM-SHA-512.
const sasl = kafkaTestSasl();

function busWith(mechanism: KafkaSaslMechanism, password = sasl.password): KafkaBus {
  return createKafkaBus(
    validateKafkaBusConfig({
      brokers: sasl.brokers,
      clientId: 'warden-kafka-sasl-test',
      topicPrefix: `test-sasl-${randomUUID().slice(0, 8)}.`,
      partitions: 1,
      consumer: { sessionTimeoutMs: 6_000, heartbeatIntervalMs: 500, rebalanceTimeoutMs: 3_000, fetchMaxWaitMs: 100, joinTimeoutMs: 15_000 },
      sasl: { mechanism, username: sasl.username, password },
    }),
    { logger: silentLogger },
  );
}

describe('KafkaBus over SASL on a real broker', () => {
  test.each(['plain', 'scram-sha-512'] as const)('%s: creates its topics, publishes and consumes', async (mechanism) => {
    const bus = busWith(mechanism);
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
      expect(got.map((r) => r.value.agentId)).toEqual(['agent-1']);
    } finally {
      await bus.stop();
    }
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
