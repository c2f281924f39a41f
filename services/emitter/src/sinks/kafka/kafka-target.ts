import { CompressionTypes, Kafka, Partitioners, logLevel, type KafkaConfig, type Producer } from 'kafkajs';
import { WardenError, type Clock, type Logger } from '@warden/core';
import { kafkajsLogCreator, kafkajsSecurity } from '@warden/kafka-bus';
import type { DeliveryOutcome, DeliveryTarget, OutboundRecord } from '../../delivery/delivery-target';
import { PRODUCER_STATE_ERRORS, classifyKafkaError } from './classify-kafka-error';
import { toKafkaMessages } from './kafka-messages';
import type { KafkaSinkConfig } from './kafka-sink-config';

export interface KafkaTargetDeps {
  readonly logger: Logger;
  readonly clock: Clock;
}

/**
 * kafkajs's own retries, kept short: a send that fails after them comes back as `retry` within about
 * a second, and the delivery core owns the longer backoff. The idempotent producer needs at least one.
 */
const CLIENT_RETRY = { retries: 2, initialRetryTime: 100, maxRetryTime: 1_000 } as const;

/**
 * Publishes findings to a Kafka topic with an idempotent producer (acks=-1, one request in flight),
 * so a batch the core sends again after a lost answer is written once. That holds while the producer
 * lives; across restarts consumers dedupe on the `record_uid` header.
 */
export function createKafkaTarget(config: KafkaSinkConfig, deps: KafkaTargetDeps): DeliveryTarget {
  const logger = deps.logger.child({ sink: config.name, kind: 'kafka' });
  const kafka = new Kafka(clientConfig(config, logger));
  const compression = config.compression === 'gzip' ? CompressionTypes.GZIP : CompressionTypes.None;

  let producer: Producer | undefined;
  // One connect-and-create attempt at a time; forgotten when it fails so the next send tries again.
  let ready: Promise<Producer> | undefined;
  let stopped = false;

  function connect(): Promise<Producer> {
    if (ready) return ready;
    const attempt = (async () => {
      const created = kafka.producer({
        idempotent: true,
        // kafkajs tracks sequence numbers for one in-flight request per broker; more would break
        // the ordering the broker's duplicate check relies on.
        maxInFlightRequests: 1,
        retry: CLIENT_RETRY,
        // Explicit, which also silences kafkajs's notice about its v2 default partitioner. This is the
        // Java client's murmur2 partitioner, so Java consumers agree on key-to-partition placement.
        createPartitioner: Partitioners.DefaultPartitioner,
        allowAutoTopicCreation: false,
      });
      try {
        await created.connect();
        if (config.createTopic) await ensureTopic();
      } catch (err) {
        await created.disconnect().catch(() => undefined);
        throw err;
      }
      producer = created;
      return created;
    })();
    ready = attempt;
    attempt.catch(() => {
      if (ready === attempt) ready = undefined;
    });
    return attempt;
  }

  async function ensureTopic(): Promise<void> {
    const spec = config.createTopic!;
    const admin = kafka.admin({ retry: CLIENT_RETRY });
    await admin.connect();
    try {
      const created = await admin.createTopics({
        waitForLeaders: true,
        timeout: config.requestTimeoutMs,
        topics: [{ topic: config.topic, numPartitions: spec.partitions, replicationFactor: spec.replicationFactor }],
      });
      if (created) logger.info({ topic: config.topic, ...spec }, 'created the findings topic');
    } catch (err) {
      const outcome = classifyKafkaError(err);
      // A principal allowed to write but not to create topics is normal in managed clusters; if
      // the topic is missing, the first send says so.
      if (outcome.kind === 'misconfigured' && /AUTHORIZATION_FAILED/.test(outcome.reason)) {
        logger.warn({ topic: config.topic, reason: outcome.reason }, 'could not create the findings topic; assuming it exists');
        return;
      }
      throw err;
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }

  async function dropProducer(): Promise<void> {
    const current = producer;
    producer = undefined;
    ready = undefined;
    await current?.disconnect().catch(() => undefined);
  }

  return {
    name: config.name,
    kind: 'kafka',
    minSeverity: config.minSeverity,
    batch: config.batch,

    async start(): Promise<void> {
      if (config.sasl?.mechanism === 'plain' && !config.ssl) {
        logger.warn({ brokers: config.brokers }, 'SASL PLAIN without TLS sends the password in clear text; set kafka.ssl');
      }
      try {
        await connect();
        logger.info({ brokers: config.brokers, topic: config.topic }, 'connected to Kafka');
      } catch (err) {
        const outcome = classifyKafkaError(err);
        if (outcome.kind === 'misconfigured') {
          throw new WardenError('WARDEN_KAFKA_SINK_MISCONFIGURED', `Kafka sink "${config.name}": ${outcome.reason}.`, { cause: err });
        }
        // Brokers that are down now may be up later: start anyway, keep findings in the spool, and
        // let each send try to connect again.
        logger.warn({ brokers: config.brokers, reason: outcome.reason }, 'Kafka is not reachable yet; findings wait in the spool');
      }
    },

    async send(records: readonly OutboundRecord[], signal: AbortSignal): Promise<DeliveryOutcome> {
      if (records.length === 0) return { kind: 'delivered' };
      if (stopped || signal.aborted) return { kind: 'retry', reason: 'kafka: sink is stopping' };
      const attempt = (async (): Promise<DeliveryOutcome> => {
        try {
          const active = await connect();
          await active.send({
            topic: config.topic,
            acks: config.acks,
            timeout: config.requestTimeoutMs,
            compression,
            messages: toKafkaMessages(records, deps.clock.nowMs()),
          });
          return { kind: 'delivered' };
        } catch (err) {
          const type = (err as { type?: unknown } | null)?.type;
          if (typeof type === 'string' && PRODUCER_STATE_ERRORS.has(type)) await dropProducer();
          return classifyKafkaError(err);
        }
      })();
      // kafkajs cannot cancel a request; on shutdown the answer is abandoned and the batch stays
      // in the spool (a later send on a new producer may then duplicate it: consumers dedupe).
      let onAbort: (() => void) | undefined;
      const aborted = new Promise<DeliveryOutcome>((resolve) => {
        onAbort = () => resolve({ kind: 'retry', reason: 'kafka: sink is stopping' });
        signal.addEventListener('abort', onAbort, { once: true });
      });
      try {
        return await Promise.race([attempt, aborted]);
      } finally {
        signal.removeEventListener('abort', onAbort!);
      }
    },

    async stop(): Promise<void> {
      stopped = true;
      await ready?.catch(() => undefined);
      await dropProducer();
    },
  };
}

function clientConfig(config: KafkaSinkConfig, logger: Logger): KafkaConfig {
  return {
    clientId: config.clientId,
    brokers: [...config.brokers],
    connectionTimeout: config.connectionTimeoutMs,
    // Produce with acks=-1 waits for replication up to `timeout`; the socket must wait a bit longer.
    requestTimeout: config.requestTimeoutMs + 5_000,
    retry: CLIENT_RETRY,
    logLevel: logLevel.INFO,
    // kafkajs warns whenever an idempotent producer has finite retries. Ours are finite on purpose:
    // the delivery core re-sends the same batch on the same producer, which reuses the same
    // sequence numbers, so the broker still drops duplicates.
    logCreator: kafkajsLogCreator(logger, { expected: [/^Limiting retries for the idempotent producer/] }),
    ...kafkajsSecurity(config),
  };
}
