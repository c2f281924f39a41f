import { randomUUID } from 'node:crypto';
import { silentLogger } from '@warden/core';
import { createKafkaBus, validateKafkaBusConfig } from '@warden/kafka-bus';
import { kafkaTestBrokers } from './kafka/test-brokers';
import { describeBenignReview } from './support/benign-review-scenario';

jest.setTimeout(120_000);

// The review reaches the baseline as a verdict on the verdicts topic, whichever process runs the
// responder: over a real broker, on a topic prefix of its own per test.
describeBenignReview('Kafka', async () => {
  const bus = createKafkaBus(
    validateKafkaBusConfig({
      brokers: kafkaTestBrokers(),
      clientId: 'warden-review-test',
      topicPrefix: `review-${randomUUID().slice(0, 8)}.`,
      partitions: 3,
      retryBackoffMs: 20,
      consumer: { sessionTimeoutMs: 6_000, heartbeatIntervalMs: 500, rebalanceTimeoutMs: 3_000, fetchMaxWaitMs: 100, joinTimeoutMs: 15_000 },
    }),
    { logger: silentLogger },
  );
  await bus.start();
  return bus;
});
