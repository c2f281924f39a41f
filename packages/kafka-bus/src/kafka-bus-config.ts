import { ConfigError } from '@warden/core';
import { validateKafkaSecurity, type KafkaSecurity } from './kafka-security';

export type KafkaBusCompression = 'gzip' | 'none';

/** Consumer-group timing. Kafka's defaults suit production; tests lower them so joins take milliseconds. */
export interface KafkaBusConsumerTiming {
  /** The group coordinator drops a member silent for this long and rebalances its partitions. */
  readonly sessionTimeoutMs: number;
  readonly heartbeatIntervalMs: number;
  /** How long a rebalance waits for every member to rejoin. */
  readonly rebalanceTimeoutMs: number;
  /** Longest a fetch waits on the broker for new records; also bounds how fast `close()` returns. */
  readonly fetchMaxWaitMs: number;
  /** How long `subscribe()` waits for the consumer to join its group before it returns anyway. */
  readonly joinTimeoutMs: number;
}

export interface KafkaBusConfig extends KafkaSecurity {
  /** Bootstrap brokers, `host:port`. */
  readonly brokers: readonly string[];
  readonly clientId: string;
  /** Prepended to every topic and consumer group, so several Warden installations share one cluster. */
  readonly topicPrefix: string;
  /** Partitions of each topic `start()` creates; the most consumers of one group that get work. */
  readonly partitions: number;
  readonly replicationFactor: number;
  readonly compression: KafkaBusCompression;
  /** Produce requests in flight at once (across partitions; one partition never has two). */
  readonly maxInFlight: number;
  /** Upper bound of one packed Kafka message, under the broker's message.max.bytes (1 MiB). */
  readonly maxMessageBytes: number;
  /** Attempts for a batch whose handler throws a non-retriable error before it is dead-lettered. */
  readonly maxAttempts: number;
  /** Backoff between attempts: doubles from this, capped at 30 times this. */
  readonly retryBackoffMs: number;
  readonly requestTimeoutMs: number;
  readonly connectionTimeoutMs: number;
  readonly consumer: KafkaBusConsumerTiming;
}

export const DEFAULT_KAFKA_TOPIC_PREFIX = 'warden.';

interface WholeNumberRule {
  readonly default: number;
  readonly min: number;
  readonly max: number;
}

const RULES = {
  partitions: { default: 6, min: 1, max: 10_000 },
  replicationFactor: { default: 1, min: 1, max: 32 },
  maxInFlight: { default: 5, min: 1, max: 100 },
  // Room under the broker's default 1 MiB for the record batch framing around one message.
  maxMessageBytes: { default: 900_000, min: 1_024, max: 100 * 1024 * 1024 },
  maxAttempts: { default: 3, min: 1, max: 100 },
  retryBackoffMs: { default: 100, min: 1, max: 60_000 },
  requestTimeoutMs: { default: 30_000, min: 100, max: 600_000 },
  connectionTimeoutMs: { default: 3_000, min: 100, max: 120_000 },
} as const satisfies Record<string, WholeNumberRule>;

const CONSUMER_RULES = {
  sessionTimeoutMs: { default: 30_000, min: 1_000, max: 3_600_000 },
  heartbeatIntervalMs: { default: 3_000, min: 100, max: 3_600_000 },
  rebalanceTimeoutMs: { default: 60_000, min: 1_000, max: 3_600_000 },
  fetchMaxWaitMs: { default: 500, min: 10, max: 30_000 },
  joinTimeoutMs: { default: 30_000, min: 100, max: 600_000 },
} as const satisfies Record<string, WholeNumberRule>;

const KNOWN_KEYS = ['brokers', 'clientId', 'topicPrefix', 'compression', 'consumer', 'ssl', 'sasl', ...Object.keys(RULES)];
const COMPRESSIONS: readonly KafkaBusCompression[] = ['gzip', 'none'];

const BROKER = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/;
// Kafka's topic-name alphabet; the prefix plus the longest Warden topic must stay under 249.
const PREFIX = /^[A-Za-z0-9._-]{0,200}$/;
const CLIENT_ID = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * Checks a raw Kafka bus section and fills in defaults. Throws one ConfigError listing every
 * problem, each naming the setting (`kafka.<name>`) and what would be accepted. `brokers` may be a
 * list or a comma-separated string, as an environment variable gives it.
 */
export function validateKafkaBusConfig(raw: unknown): KafkaBusConfig {
  const problems: string[] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError([`kafka: expected an object with at least "brokers", got ${describe(raw)}.`]);
  }
  const input = raw as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!KNOWN_KEYS.includes(key)) problems.push(`kafka.${key}: unknown setting; known settings are ${KNOWN_KEYS.join(', ')}.`);
  }

  const brokers = brokerList(input['brokers'], problems);
  const clientId = text(input, 'clientId', 'warden', CLIENT_ID, 'up to 100 letters, digits, ".", "_" or "-"', problems);
  const topicPrefix = text(
    input,
    'topicPrefix',
    DEFAULT_KAFKA_TOPIC_PREFIX,
    PREFIX,
    'up to 200 letters, digits, ".", "_" or "-" (Kafka topic characters), such as "warden." or "prod.warden."',
    problems,
  );
  const compression = input['compression'] ?? 'gzip';
  if (!COMPRESSIONS.includes(compression as KafkaBusCompression)) {
    problems.push(`kafka.compression: expected one of ${COMPRESSIONS.join(', ')}, got ${describe(compression)}.`);
  }
  const numbers = wholeNumbers(input, RULES, 'kafka', problems);
  const security = validateKafkaSecurity(input, 'kafka', problems);
  const consumerRaw = input['consumer'] ?? {};
  let consumer = wholeNumbers({}, CONSUMER_RULES, 'kafka.consumer', []);
  if (consumerRaw === null || typeof consumerRaw !== 'object' || Array.isArray(consumerRaw)) {
    problems.push(`kafka.consumer: expected an object, got ${describe(consumerRaw)}.`);
  } else {
    const section = consumerRaw as Record<string, unknown>;
    for (const key of Object.keys(section)) {
      if (!(key in CONSUMER_RULES)) {
        problems.push(`kafka.consumer.${key}: unknown setting; known settings are ${Object.keys(CONSUMER_RULES).join(', ')}.`);
      }
    }
    consumer = wholeNumbers(section, CONSUMER_RULES, 'kafka.consumer', problems);
    // The coordinator needs a few heartbeats per session to tell a slow member from a dead one.
    if (consumer.heartbeatIntervalMs * 3 > consumer.sessionTimeoutMs) {
      problems.push(
        `kafka.consumer.heartbeatIntervalMs: ${consumer.heartbeatIntervalMs} must be at most a third of sessionTimeoutMs (${consumer.sessionTimeoutMs}).`,
      );
    }
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    brokers,
    clientId,
    topicPrefix,
    compression: compression as KafkaBusCompression,
    ...numbers,
    consumer,
    ...security,
  };
}

function brokerList(value: unknown, problems: string[]): string[] {
  const example = 'such as ["kafka-1:9092", "kafka-2:9092"] or "kafka-1:9092,kafka-2:9092"';
  const list = typeof value === 'string' ? value.split(',') : value;
  const entries = Array.isArray(list) ? list.map((b) => (typeof b === 'string' ? b.trim() : b)).filter((b) => b !== '') : [];
  if (entries.length === 0) {
    problems.push(`kafka.brokers: required; set the bootstrap brokers ${example}.`);
    return [];
  }
  const good: string[] = [];
  for (const broker of entries) {
    const match = typeof broker === 'string' ? BROKER.exec(broker) : null;
    const port = match ? Number(match[2]) : 0;
    if (match && port >= 1 && port <= 65_535) good.push(broker as string);
    else problems.push(`kafka.brokers: ${describe(broker)} is not host:port (${example}; no scheme such as PLAINTEXT://).`);
  }
  return good;
}

function text(input: Record<string, unknown>, key: string, fallback: string, rule: RegExp, accepted: string, problems: string[]): string {
  const value = input[key];
  if (value === undefined) return fallback;
  if (typeof value === 'string' && rule.test(value)) return value;
  problems.push(`kafka.${key}: expected ${accepted}, got ${describe(value)}.`);
  return fallback;
}

function wholeNumbers<R extends Record<string, WholeNumberRule>>(
  input: Record<string, unknown>,
  rules: R,
  path: string,
  problems: string[],
): { [K in keyof R]: number } {
  const out: Record<string, number> = {};
  for (const [key, rule] of Object.entries(rules)) {
    const value = input[key];
    if (value === undefined) {
      out[key] = rule.default;
    } else if (typeof value === 'number' && Number.isInteger(value) && value >= rule.min && value <= rule.max) {
      out[key] = value;
    } else {
      problems.push(`${path}.${key}: expected a whole number from ${rule.min} to ${rule.max}, got ${describe(value)}.`);
      out[key] = rule.default;
    }
  }
  return out as { [K in keyof R]: number };
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'a list' : 'an object';
}
