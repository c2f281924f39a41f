import { ConfigError } from '@warden/core';
import { validateKafkaBusConfig } from './kafka-bus-config';

function problemsOf(raw: unknown): readonly string[] {
  try {
    validateKafkaBusConfig(raw);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('validateKafkaBusConfig', () => {
  it('fills in defaults around the brokers', () => {
    expect(validateKafkaBusConfig({ brokers: 'kafka-1:9092, kafka-2:9092' })).toEqual({
      brokers: ['kafka-1:9092', 'kafka-2:9092'],
      clientId: 'warden',
      topicPrefix: 'warden.',
      partitions: 6,
      replicationFactor: 1,
      compression: 'gzip',
      maxInFlight: 5,
      maxMessageBytes: 900_000,
      maxAttempts: 3,
      retryBackoffMs: 100,
      requestTimeoutMs: 30_000,
      connectionTimeoutMs: 3_000,
      consumer: { sessionTimeoutMs: 30_000, heartbeatIntervalMs: 3_000, rebalanceTimeoutMs: 60_000, fetchMaxWaitMs: 500, joinTimeoutMs: 30_000 },
    });
  });

  it('takes every setting it knows, including an empty topic prefix', () => {
    const config = validateKafkaBusConfig({
      brokers: ['[::1]:9093'],
      clientId: 'warden-prod',
      topicPrefix: '',
      partitions: 12,
      replicationFactor: 3,
      compression: 'none',
      maxInFlight: 1,
      consumer: { sessionTimeoutMs: 6_000, heartbeatIntervalMs: 500 },
    });
    expect(config).toMatchObject({ brokers: ['[::1]:9093'], topicPrefix: '', partitions: 12, replicationFactor: 3, compression: 'none', maxInFlight: 1 });
    expect(config.consumer).toMatchObject({ sessionTimeoutMs: 6_000, heartbeatIntervalMs: 500, rebalanceTimeoutMs: 60_000 });
  });

  it('lists every problem at once, naming the setting', () => {
    expect(
      problemsOf({
        brokers: ['PLAINTEXT://kafka-1:9092', 'kafka-2'],
        topicPrefix: 'warden/',
        partitions: 0,
        compression: 'snappy',
        maxMessageBytes: 10,
        acks: 1,
        consumer: { sessionTimeoutMs: 6_000, heartbeatIntervalMs: 5_000, pollMs: 1 },
      }),
    ).toEqual([
      expect.stringMatching(/^kafka\.acks: unknown setting/),
      expect.stringMatching(/^kafka\.brokers: "PLAINTEXT:\/\/kafka-1:9092" is not host:port/),
      expect.stringMatching(/^kafka\.brokers: "kafka-2" is not host:port/),
      expect.stringMatching(/^kafka\.topicPrefix: expected up to 200 letters.*got "warden\/"/),
      expect.stringMatching(/^kafka\.compression: expected one of gzip, none, got "snappy"/),
      expect.stringMatching(/^kafka\.partitions: expected a whole number from 1 to 10000, got 0/),
      expect.stringMatching(/^kafka\.maxMessageBytes: expected a whole number from 1024/),
      expect.stringMatching(/^kafka\.consumer\.pollMs: unknown setting/),
      expect.stringMatching(/^kafka\.consumer\.heartbeatIntervalMs: 5000 must be at most a third of sessionTimeoutMs \(6000\)/),
    ]);
  });

  it('requires brokers and an object', () => {
    expect(problemsOf({})).toEqual([expect.stringMatching(/^kafka\.brokers: required/)]);
    expect(problemsOf({ brokers: ' , ' })).toEqual([expect.stringMatching(/^kafka\.brokers: required/)]);
    expect(problemsOf('kafka-1:9092')).toEqual([expect.stringMatching(/^kafka: expected an object/)]);
    expect(problemsOf({ brokers: 'k:9092', consumer: 5 })).toEqual([expect.stringMatching(/^kafka\.consumer: expected an object, got 5/)]);
  });
});
