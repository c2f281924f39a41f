import { ConfigError } from '@warden/core';
import { validateKafkaSinkConfig } from './kafka-sink-config';

function problemsOf(raw: unknown): readonly string[] {
  try {
    validateKafkaSinkConfig(raw);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('validateKafkaSinkConfig', () => {
  it('fills in defaults around the brokers', () => {
    expect(validateKafkaSinkConfig({ brokers: ['kafka-1:9092'] })).toEqual({
      name: 'kafka',
      brokers: ['kafka-1:9092'],
      topic: 'warden.ocsf-findings',
      clientId: 'warden-emitter',
      minSeverity: 'low',
      compression: 'gzip',
      acks: -1,
      createTopic: { partitions: 3, replicationFactor: 1 },
      requestTimeoutMs: 30_000,
      connectionTimeoutMs: 3_000,
      batch: { maxRecords: 500, maxBytes: 900_000, maxWaitMs: 1_000 },
    });
  });

  it('accepts the settings as the CLI and YAML give them', () => {
    const config = validateKafkaSinkConfig({
      name: 'kafka-soc',
      brokers: ' kafka-1:9092, [::1]:9093 ',
      topic: 'soc.findings',
      minSeverity: 'high',
      compression: 'none',
      acks: 'all',
      ssl: true,
      sasl: { mechanism: 'SCRAM-SHA-512', username: 'warden', password: 'hunter2-secret' },
      createTopic: false,
      batch: { maxRecords: 50 },
    });
    expect(config).toMatchObject({
      name: 'kafka-soc',
      brokers: ['kafka-1:9092', '[::1]:9093'],
      topic: 'soc.findings',
      minSeverity: 'high',
      compression: 'none',
      acks: -1,
      ssl: { rejectUnauthorized: true },
      sasl: { mechanism: 'scram-sha-512', username: 'warden', password: 'hunter2-secret' },
      batch: { maxRecords: 50, maxBytes: 900_000, maxWaitMs: 1_000 },
    });
    expect(config.createTopic).toBeUndefined();
  });

  it('lists every problem, naming the setting', () => {
    const problems = problemsOf({
      brokers: ['PLAINTEXT://kafka-1:9092', 'kafka-2'],
      topic: 'bad topic!',
      acks: 1,
      compression: 'snappy',
      createTopic: { partitions: 0 },
      batch: { maxBytes: 10 },
      retries: 3,
    });
    expect(problems).toEqual([
      expect.stringMatching(/^kafka\.retries: unknown setting/),
      expect.stringMatching(/^kafka\.brokers: "PLAINTEXT:\/\/kafka-1:9092" is not host:port/),
      expect.stringMatching(/^kafka\.brokers: "kafka-2" is not host:port/),
      expect.stringMatching(/^kafka\.topic: "bad topic!" is not a Kafka topic name/),
      expect.stringMatching(/^kafka\.compression: expected one of gzip, none/),
      expect.stringMatching(/^kafka\.acks: only -1 \("all"\) is supported/),
      expect.stringMatching(/^kafka\.createTopic\.partitions: expected a whole number from 1/),
      expect.stringMatching(/^kafka\.batch\.maxBytes: expected a whole number from 1024/),
    ]);
  });

  it('requires brokers', () => {
    expect(problemsOf({})).toEqual([expect.stringMatching(/^kafka\.brokers: required/)]);
    expect(problemsOf({ brokers: '' })).toEqual([expect.stringMatching(/^kafka\.brokers: required/)]);
    expect(problemsOf('kafka-1:9092')).toEqual([expect.stringMatching(/^kafka: expected an object/)]);
  });

  it('never echoes a password or key in its problems', () => {
    const problems = problemsOf({
      brokers: ['kafka-1:9092'],
      sasl: { mechanism: 'gssapi', username: 'warden', password: 'hunter2-secret' },
      ssl: { key: 'private-key-material', cert: 'not pem either' },
    });
    expect(problems.join('\n')).not.toMatch(/hunter2|private-key-material|not pem either/);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^kafka\.sasl\.mechanism: expected one of plain, scram-sha-256, scram-sha-512/),
        expect.stringMatching(/^kafka\.ssl\.key: expected PEM text/),
        expect.stringMatching(/^kafka\.ssl\.cert: expected PEM text/),
      ]),
    );
    expect(problemsOf({ brokers: ['kafka-1:9092'], sasl: { mechanism: 'plain', username: 'warden' } })).toEqual([
      'kafka.sasl.password: required with kafka.sasl.',
    ]);
  });
});
