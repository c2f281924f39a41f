import type { Severity } from '@warden/core';
import type { BatchLimits } from '../../delivery/delivery-target';
import { KAFKA_SASL_MECHANISMS, type KafkaSasl, type KafkaSaslMechanism, type KafkaTls } from '@warden/kafka-bus';
import { describeValue, openSinkSettings, type BatchRules, type SinkSettings, type WholeNumberRule } from '../sink-settings';

export type KafkaCompression = 'gzip' | 'none';
// The same TLS and SASL settings as Warden's own Kafka clients (@warden/kafka-bus), validated here.
export type { KafkaSaslMechanism };
/** TLS towards the brokers; the config loader reads files into PEM strings. */
export interface KafkaSslConfig extends KafkaTls {
  readonly rejectUnauthorized: boolean;
}
export type KafkaSaslConfig = KafkaSasl;

/** How `start()` creates the topic when it is missing (KRaft clusters never auto-create). */
export interface KafkaTopicCreation {
  readonly partitions: number;
  readonly replicationFactor: number;
}

export interface KafkaSinkConfig {
  /** Sink name: the spool directory and metric label. */
  readonly name: string;
  /** Bootstrap brokers, `host:port`. */
  readonly brokers: readonly string[];
  readonly topic: string;
  readonly clientId: string;
  readonly minSeverity: Severity;
  readonly compression: KafkaCompression;
  /**
   * Always -1 (all in-sync replicas): the idempotent producer requires it, and a finding counts as
   * delivered only once it survives the loss of the partition leader.
   */
  readonly acks: -1;
  /** Unset: plaintext. */
  readonly ssl?: KafkaSslConfig;
  readonly sasl?: KafkaSaslConfig;
  /** Unset: the topic must already exist. */
  readonly createTopic?: KafkaTopicCreation;
  /** How long the broker may take to replicate and answer one produce request. */
  readonly requestTimeoutMs: number;
  /** How long to wait for a TCP (and TLS) connection to a broker. */
  readonly connectionTimeoutMs: number;
  readonly batch: BatchLimits;
}

export const DEFAULT_KAFKA_TOPIC = 'warden.ocsf-findings';

const DEFAULTS = {
  name: 'kafka',
  topic: DEFAULT_KAFKA_TOPIC,
  clientId: 'warden-emitter',
  compression: 'gzip' as KafkaCompression,
};

const REQUEST_TIMEOUT_MS: WholeNumberRule = { default: 30_000, min: 100, max: 600_000 };
const CONNECTION_TIMEOUT_MS: WholeNumberRule = { default: 3_000, min: 100, max: 120_000 };
const PARTITIONS: WholeNumberRule = { default: 3, min: 1, max: 10_000 };
const REPLICATION_FACTOR: WholeNumberRule = { default: 1, min: 1, max: 32 };
const BATCH: BatchRules = {
  maxRecords: { default: 500, min: 1, max: 10_000 },
  // Under the broker's default message.max.bytes (1 MiB) even before compression, with room for
  // keys and headers, so a default batch never comes back MESSAGE_TOO_LARGE. Above the broker's
  // limit the batch comes back too large and is split; raise both together.
  maxBytes: { default: 900_000, min: 1024, max: 100 * 1024 * 1024 },
  maxWaitMs: { default: 1_000, min: 0, max: 60_000 },
};

const KNOWN_KEYS = [
  'name',
  'brokers',
  'topic',
  'clientId',
  'minSeverity',
  'compression',
  'acks',
  'ssl',
  'sasl',
  'createTopic',
  'requestTimeoutMs',
  'connectionTimeoutMs',
  'batch',
];
const KNOWN_SSL_KEYS = ['ca', 'cert', 'key', 'rejectUnauthorized'];
const KNOWN_SASL_KEYS = ['mechanism', 'username', 'password'];
const KNOWN_TOPIC_KEYS = ['partitions', 'replicationFactor'];

// Kafka's own rule for topic names.
const TOPIC_NAME = /^[A-Za-z0-9._-]{1,249}$/;
const BROKER = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/;

/**
 * Checks a raw Kafka sink section and fills in defaults. Throws ConfigError listing every problem,
 * each naming the setting and what would be accepted. `brokers` may be a list or a comma-separated
 * string; `createTopic: true` means the default partitions and replication.
 */
export function validateKafkaSinkConfig(raw: unknown): KafkaSinkConfig {
  const settings = openSinkSettings(raw, 'kafka', KNOWN_KEYS, ['brokers']);
  const name = settings.name(DEFAULTS.name);
  const brokers = brokerList(settings);
  const topic = settings.text('topic', DEFAULTS.topic);
  if (!TOPIC_NAME.test(topic) || topic === '.' || topic === '..') {
    settings.problem('topic', `${describeValue(topic)} is not a Kafka topic name; use up to 249 letters, digits, ".", "_" or "-".`);
  }
  const clientId = settings.text('clientId', DEFAULTS.clientId);
  const minSeverity = settings.minSeverity();
  const compression = settings.oneOf('compression', ['gzip', 'none'] as const, DEFAULTS.compression);
  const acks = settings.raw('acks');
  if (acks !== undefined && acks !== -1 && acks !== 'all') {
    settings.problem(
      'acks',
      `only -1 ("all") is supported, got ${describeValue(acks)}; the idempotent producer needs every in-sync replica to acknowledge.`,
    );
  }
  const ssl = sslSettings(settings);
  const sasl = saslSettings(settings);
  const createTopic = topicCreation(settings);
  const requestTimeoutMs = settings.wholeNumber('requestTimeoutMs', REQUEST_TIMEOUT_MS);
  const connectionTimeoutMs = settings.wholeNumber('connectionTimeoutMs', CONNECTION_TIMEOUT_MS);
  const batch = settings.batch(BATCH);

  settings.throwIfProblems();
  return {
    name,
    brokers,
    topic,
    clientId,
    minSeverity,
    compression,
    acks: -1,
    ...(ssl === undefined ? {} : { ssl }),
    ...(sasl === undefined ? {} : { sasl }),
    ...(createTopic === undefined ? {} : { createTopic }),
    requestTimeoutMs,
    connectionTimeoutMs,
    batch,
  };
}

function brokerList(settings: SinkSettings): string[] {
  const example = 'such as ["kafka-1:9092", "kafka-2:9092"] or "kafka-1:9092,kafka-2:9092"';
  const value = settings.raw('brokers');
  const list = typeof value === 'string' ? value.split(',') : value;
  const brokers = Array.isArray(list) ? list.map((b) => (typeof b === 'string' ? b.trim() : b)).filter((b) => b !== '') : [];
  if (brokers.length === 0) {
    settings.problem('brokers', `required; set the bootstrap brokers ${example}.`);
    return [];
  }
  const good: string[] = [];
  for (const broker of brokers) {
    const match = typeof broker === 'string' ? BROKER.exec(broker) : null;
    const port = match ? Number(match[2]) : 0;
    if (!match || port < 1 || port > 65_535) {
      settings.problem('brokers', `${describeValue(broker)} is not host:port (${example}; no scheme such as PLAINTEXT://).`);
    } else {
      good.push(broker as string);
    }
  }
  return good;
}

function sslSettings(settings: SinkSettings): KafkaSslConfig | undefined {
  const value = settings.raw('ssl');
  if (value === undefined || value === false) return undefined;
  if (value === true) return { rejectUnauthorized: true };
  const ssl = settings.section('ssl', KNOWN_SSL_KEYS, 'true, false');
  if (ssl === undefined) return undefined;
  const pem = (key: 'ca' | 'cert' | 'key'): string | undefined => {
    const v = ssl.raw(key);
    if (v === undefined) return undefined;
    if (typeof v === 'string' && v.includes('-----BEGIN ')) return v;
    // Never echo the value: it may be a private key.
    ssl.problem(key, `expected PEM text (starting with "-----BEGIN "), got ${describeValue(v, { secret: true })}.`);
    return undefined;
  };
  const ca = pem('ca');
  const cert = pem('cert');
  const key = pem('key');
  if ((cert === undefined) !== (key === undefined) && !ssl.hasProblems()) {
    ssl.problem(undefined, 'cert and key go together for client-certificate authentication; set both or neither.');
  }
  const rejectUnauthorized = ssl.bool('rejectUnauthorized', true);
  return {
    ...(ca === undefined ? {} : { ca }),
    ...(cert === undefined ? {} : { cert }),
    ...(key === undefined ? {} : { key }),
    rejectUnauthorized,
  };
}

function saslSettings(settings: SinkSettings): KafkaSaslConfig | undefined {
  const sasl = settings.section('sasl', KNOWN_SASL_KEYS);
  if (sasl === undefined) return undefined;
  const raw = sasl.raw('mechanism');
  const mechanism = typeof raw === 'string' ? raw.toLowerCase() : raw;
  if (!KAFKA_SASL_MECHANISMS.includes(mechanism as KafkaSaslMechanism)) {
    sasl.problem('mechanism', `expected one of ${KAFKA_SASL_MECHANISMS.join(', ')}, got ${describeValue(raw)}.`);
  }
  const username = sasl.raw('username');
  if (typeof username !== 'string' || username === '') sasl.problem('username', 'required with kafka.sasl.');
  const password = sasl.raw('password');
  // Never echo the password, not even its length.
  if (typeof password !== 'string' || password === '') sasl.problem('password', 'required with kafka.sasl.');
  if (sasl.hasProblems()) return undefined;
  return { mechanism: mechanism as KafkaSaslMechanism, username: username as string, password: password as string };
}

function topicCreation(settings: SinkSettings): KafkaTopicCreation | undefined {
  const value = settings.raw('createTopic');
  if (value === undefined || value === true) return { partitions: PARTITIONS.default, replicationFactor: REPLICATION_FACTOR.default };
  if (value === false) return undefined;
  const createTopic = settings.section('createTopic', KNOWN_TOPIC_KEYS, 'true, false');
  if (createTopic === undefined) return undefined;
  return {
    partitions: createTopic.wholeNumber('partitions', PARTITIONS),
    replicationFactor: createTopic.wholeNumber('replicationFactor', REPLICATION_FACTOR),
  };
}
