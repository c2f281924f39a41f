import { randomBytes } from 'node:crypto';
import { CompressionTypes, Kafka, Partitioners, logLevel, type Message, type Producer } from 'kafkajs';
import { Topics, WardenError, systemClock, type Clock, type Logger, type TopicName, type TopicPayloads } from '@warden/core';
import type { BatchHandler, Bus, BusRecord, SubscribeOptions, Subscription } from '@warden/bus';
import type { KafkaBusConfig } from './kafka-bus-config';
import { encodeRecord, type EncodedRecord } from './envelope';
import { kafkajsLogCreator } from './kafkajs-log-creator';
import { kafkajsSecurity } from './kafka-security';
import { KafkaSubscription } from './kafka-subscription';
import { PartitionLane } from './partition-lane';
import { publishError } from './publish-error';
import { ALL_TOPICS, COMPACTED_TOPICS, kafkaTopicName, partitionForKey, topicSpecs } from './topic-layout';

export interface KafkaBusDeps {
  readonly logger: Logger;
  readonly clock?: Clock;
}

/**
 * kafkajs's own retries, kept short: publish reports a failure within a few seconds and the caller
 * (the receiver's client, a worker's retry) decides what waiting longer is worth.
 */
const CLIENT_RETRY = { retries: 3, initialRetryTime: 100, maxRetryTime: 2_000 } as const;

/**
 * Warden's bus on Kafka. Every Warden topic is a Kafka topic under the configured prefix, created by
 * start(). Records of one key go to one partition (kafkajs's default partitioner on the key) and are
 * packed many to a message; a consumer group commits a message only after its handler finished.
 * Delivery is at-least-once: handlers must tolerate seeing a record again.
 */
export class KafkaBus implements Bus {
  readonly name = 'kafka-bus';
  private readonly kafka: Kafka;
  private readonly logger: Logger;
  private readonly clock: Clock;
  private readonly compression: CompressionTypes;
  private producer: Producer | undefined;
  private readonly partitionCounts = new Map<TopicName, number>();
  private readonly lanes = new Map<string, PartitionLane>();
  private readonly subscriptions = new Set<KafkaSubscription>();
  private state: 'new' | 'started' | 'stopped' = 'new';
  /** Names this bus's broadcast readers apart from every other process's. */
  private readonly instanceId = randomBytes(6).toString('hex');
  private broadcasts = 0;

  constructor(
    private readonly config: KafkaBusConfig,
    deps: KafkaBusDeps,
  ) {
    this.logger = deps.logger.child({ component: 'kafka-bus' });
    this.clock = deps.clock ?? systemClock;
    this.compression = config.compression === 'gzip' ? CompressionTypes.GZIP : CompressionTypes.None;
    this.kafka = new Kafka({
      clientId: config.clientId,
      brokers: [...config.brokers],
      connectionTimeout: config.connectionTimeoutMs,
      // acks=-1 waits for replication up to the produce timeout; the socket must wait a bit longer.
      requestTimeout: config.requestTimeoutMs + 5_000,
      retry: CLIENT_RETRY,
      logLevel: logLevel.INFO,
      logCreator: kafkajsLogCreator(this.logger),
      ...kafkajsSecurity(config),
    });
  }

  /** The Kafka topic behind a Warden topic. */
  kafkaTopic(topic: TopicName): string {
    return kafkaTopicName(this.config.topicPrefix, topic);
  }

  async start(): Promise<void> {
    if (this.state === 'started') return;
    try {
      await this.createTopics();
      const producer = this.kafka.producer({
        // Ordering per key comes from each partition lane keeping one request in flight; several
        // partitions send at once. Not idempotent: kafkajs allows that with one request in flight
        // per producer only, and delivery is at-least-once anyway.
        maxInFlightRequests: this.config.maxInFlight,
        // Every message names its partition (see topic-layout); this only silences kafkajs's
        // notice about its v2 default partitioner.
        createPartitioner: Partitioners.DefaultPartitioner,
        allowAutoTopicCreation: false,
        retry: CLIENT_RETRY,
      });
      try {
        await producer.connect();
      } catch (err) {
        await producer.disconnect().catch(() => undefined);
        throw err;
      }
      this.producer = producer;
    } catch (err) {
      throw new WardenError(
        'WARDEN_KAFKA_BUS_START_FAILED',
        `could not start the Kafka bus on ${this.config.brokers.join(',')}: ${(err as Error).message ?? String(err)}; ${startHint(err)}`,
        { retriable: true, cause: err },
      );
    }
    this.state = 'started';
    this.logger.info(
      { brokers: this.config.brokers, topicPrefix: this.config.topicPrefix, partitions: Object.fromEntries(this.partitionCounts) },
      'Kafka bus started',
    );
  }

  async publish<K extends TopicName>(topic: K, records: readonly BusRecord<TopicPayloads[K]>[]): Promise<void> {
    const producer = this.producer;
    if (this.state !== 'started' || producer === undefined) {
      throw new WardenError('BUS_STOPPED', `cannot publish to "${topic}": the Kafka bus is ${this.state === 'new' ? 'not started' : 'stopped'}`, {
        retriable: true,
      });
    }
    if (records.length === 0) return;
    try {
      await this.publishVia(producer, topic, records);
    } catch (err) {
      throw publishError(err, this.kafkaTopic(topic));
    }
  }

  async subscribe<K extends TopicName>(
    topic: K,
    options: SubscribeOptions,
    handler: BatchHandler<TopicPayloads[K]>,
  ): Promise<Subscription> {
    if (this.state !== 'started') {
      throw new WardenError('BUS_STOPPED', `cannot subscribe to "${topic}": the Kafka bus is ${this.state === 'new' ? 'not started' : 'stopped'}`, {
        retriable: true,
      });
    }
    const subscription = await KafkaSubscription.open({
      kafka: this.kafka,
      config: this.config,
      logger: this.logger,
      topic,
      // A broadcast reader is a group of its own, new at each start, so it reads the topic from
      // the earliest offset (kafkajs has no group-less assignment); its offsets are never reused.
      group: options.broadcast ? `${options.group}.${this.instanceId}.${++this.broadcasts}` : options.group,
      maxBatch: options.maxBatch ?? 500,
      handler: handler as BatchHandler<unknown>,
      ...(options.retainedPositions && !options.broadcast ? { retainedPositions: options.retainedPositions } : {}),
      ...(options.onRevoked && !options.broadcast ? { onRevoked: options.onRevoked } : {}),
      deadLetter: (from, group, reason, records) => this.deadLetter(from, group, reason, records),
    });
    this.subscriptions.add(subscription);
    return {
      close: async () => {
        await subscription.close();
        this.subscriptions.delete(subscription);
      },
    };
  }

  async stop(): Promise<void> {
    if (this.state === 'stopped') return;
    this.state = 'stopped';
    // Consumers first: a batch in flight may still dead-letter through the producer.
    await Promise.all([...this.subscriptions].map((s) => s.close().catch((err) => this.logger.warn({ err: (err as Error).message }, 'closing a subscription failed'))));
    this.subscriptions.clear();
    await Promise.all([...this.lanes.values()].map((lane) => lane.idle()));
    const producer = this.producer;
    this.producer = undefined;
    await producer?.disconnect().catch((err) => this.logger.warn({ err: (err as Error).message }, 'disconnecting the producer failed'));
  }

  /** The dead-letter topic, in the memory bus's shape: the topic, who gave up and why, the record as it was. */
  private async deadLetter(topic: TopicName, group: string, reason: string, records: readonly BusRecord<unknown>[]): Promise<void> {
    if (topic === Topics.deadLetter) {
      // Never loop: a dead letter that cannot be handled is logged and dropped, as on the memory bus.
      this.logger.error({ group, records: records.length, reason }, 'dropping dead letters that could not be handled');
      return;
    }
    const producer = this.producer;
    if (producer === undefined) throw new WardenError('BUS_STOPPED', 'cannot dead-letter: the Kafka bus is stopped', { retriable: true });
    const kafkaTopic = this.kafkaTopic(Topics.deadLetter);
    const letters = records.map((r) => ({ key: r.key, value: { topic, reason: `${group}: ${reason}`, payload: r.value } }));
    await this.publishVia(producer, Topics.deadLetter, letters).catch((err) => {
      throw publishError(err, kafkaTopic);
    });
  }

  /** publish() without the state check: the stopping bus still dead-letters the batch in flight. */
  private async publishVia(producer: Producer, topic: TopicName, records: readonly BusRecord<unknown>[]): Promise<void> {
    const kafkaTopic = this.kafkaTopic(topic);
    const partitions = this.partitionCounts.get(topic)!;
    const byPartition = new Map<number, EncodedRecord[]>();
    for (const record of records) {
      const partition = partitionForKey(kafkaTopic, record.key, partitions);
      const encoded = encodeRecord(record);
      const list = byPartition.get(partition);
      if (list) list.push(encoded);
      else byPartition.set(partition, [encoded]);
    }
    await Promise.all([...byPartition].map(([partition, encoded]) => this.lane(topic, partition, producer).enqueue(encoded)));
  }

  private lane(topic: TopicName, partition: number, producer: Producer): PartitionLane {
    const id = `${topic}#${partition}`;
    let lane = this.lanes.get(id);
    if (lane === undefined) {
      const kafkaTopic = this.kafkaTopic(topic);
      lane = new PartitionLane(partition, COMPACTED_TOPICS.has(topic), this.config.maxMessageBytes, async (messages: Message[]) => {
        const timestamp = String(this.clock.nowMs());
        await producer.send({
          topic: kafkaTopic,
          acks: -1,
          timeout: this.config.requestTimeoutMs,
          compression: this.compression,
          messages: messages.map((m) => ({ ...m, timestamp })),
        });
      });
      this.lanes.set(id, lane);
    }
    return lane;
  }

  /** Creates every topic that is missing and learns each one's partition count (an existing topic keeps its own). */
  private async createTopics(): Promise<void> {
    const admin = this.kafka.admin({ retry: CLIENT_RETRY });
    await admin.connect();
    try {
      const specs = topicSpecs(this.config.topicPrefix, this.config.partitions, this.config.replicationFactor);
      const created = await admin.createTopics({ waitForLeaders: true, timeout: this.config.requestTimeoutMs, topics: specs });
      if (created) this.logger.info({ topics: specs.map((s) => s.topic), partitions: this.config.partitions }, 'created the bus topics');
      const { topics } = await admin.fetchTopicMetadata({ topics: specs.map((s) => s.topic) });
      for (const topic of ALL_TOPICS) {
        const meta = topics.find((t) => t.name === this.kafkaTopic(topic));
        if (meta === undefined || meta.partitions.length === 0) {
          throw new Error(`topic "${this.kafkaTopic(topic)}" has no partitions after creation`);
        }
        this.partitionCounts.set(topic, meta.partitions.length);
      }
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }
}

/** What to check when the bus cannot start, from the kind of failure. */
function startHint(err: unknown): string {
  const name = (err as Error | undefined)?.name ?? '';
  if (/certificate|self[- ]signed|unable to verify/i.test((err as Error | undefined)?.message ?? '')) {
    return "the brokers' TLS certificate is not trusted: set WARDEN_KAFKA_SSL_CA_FILE to the PEM of the CA that signed it";
  }
  if (name === 'KafkaJSSASLAuthenticationError') {
    return 'the brokers refused the SASL login: check WARDEN_KAFKA_SASL_MECHANISM, WARDEN_KAFKA_SASL_USERNAME and WARDEN_KAFKA_SASL_PASSWORD';
  }
  return 'check that the brokers are reachable, that the security protocol matches their listener (WARDEN_KAFKA_SECURITY_PROTOCOL), and that the principal may create and describe topics';
}

/** The Kafka bus for a validated config (see validateKafkaBusConfig). Call start() before use. */
export function createKafkaBus(config: KafkaBusConfig, deps: KafkaBusDeps): KafkaBus {
  return new KafkaBus(config, deps);
}
