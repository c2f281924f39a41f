import { ConfigError } from '@warden/core';
import { validateKafkaBusConfig } from './kafka-bus-config';
import { kafkajsSecurity } from './kafka-security';

const CA = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

function problemsOf(raw: Record<string, unknown>): string[] {
  try {
    validateKafkaBusConfig({ brokers: 'kafka-1:9092', ...raw });
  } catch (err) {
    if (err instanceof ConfigError) return [...err.problems];
    throw err;
  }
  return [];
}

describe('Kafka bus security settings', () => {
  test('plaintext by default: no TLS, no SASL in the client options', () => {
    const config = validateKafkaBusConfig({ brokers: 'kafka-1:9092' });
    expect(kafkajsSecurity(config)).toEqual({});
  });

  test('TLS with the system CAs, or with a CA of its own; SASL with its mechanism lower-cased', () => {
    expect(kafkajsSecurity(validateKafkaBusConfig({ brokers: 'k:9093', ssl: true }))).toEqual({ ssl: true });
    const config = validateKafkaBusConfig({ brokers: 'k:9093', ssl: { ca: CA }, sasl: { mechanism: 'SCRAM-SHA-512', username: 'warden', password: 's3cret' } });
    expect(kafkajsSecurity(config)).toEqual({ ssl: { ca: [CA] }, sasl: { mechanism: 'scram-sha-512', username: 'warden', password: 's3cret' } });
  });

  test('client certificates and a relaxed check (the Kafka sink\'s settings) reach kafkajs as given', () => {
    expect(kafkajsSecurity({ ssl: { ca: CA, cert: 'CERT', key: 'KEY', rejectUnauthorized: false } })).toEqual({
      ssl: { ca: [CA], cert: 'CERT', key: 'KEY', rejectUnauthorized: false },
    });
    expect(kafkajsSecurity({ ssl: { rejectUnauthorized: true } })).toEqual({ ssl: { rejectUnauthorized: true } });
  });

  test('every mistake is named at once, and the password is never echoed', () => {
    const problems = problemsOf({ ssl: { ca: 'not a pem', verify: false }, sasl: { mechanism: 'gssapi', username: '', password: 'hunter2-secret' } });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('kafka.ssl.ca: expected PEM'),
        expect.stringContaining('kafka.ssl.verify: unknown setting'),
        expect.stringContaining('kafka.sasl.mechanism: expected one of plain, scram-sha-256, scram-sha-512'),
        expect.stringContaining('kafka.sasl.username: required'),
      ]),
    );
    expect(problems.join('\n')).not.toContain('hunter2-secret');
    expect(problemsOf({ sasl: { mechanism: 'plain', username: 'warden' } })).toEqual([expect.stringContaining('kafka.sasl.password: required')]);
    expect(problemsOf({ sasl: 'warden:pw' })).toEqual([expect.stringContaining('kafka.sasl: expected')]);
  });
});
