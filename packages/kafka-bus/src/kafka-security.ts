import type { KafkaConfig, SASLOptions } from 'kafkajs';

/** The SASL mechanisms managed clusters offer (Confluent Cloud: PLAIN; Amazon MSK: SCRAM-SHA-512). */
export type KafkaSaslMechanism = 'plain' | 'scram-sha-256' | 'scram-sha-512';
export const KAFKA_SASL_MECHANISMS: readonly KafkaSaslMechanism[] = ['plain', 'scram-sha-256', 'scram-sha-512'];

/** TLS towards the brokers; PEM strings, not paths. */
export interface KafkaTls {
  /** PEM of the CA that signed the brokers' certificates; unset: the system's trusted CAs. */
  readonly ca?: string;
  /** Client certificate and key (mutual TLS), where a cluster asks for them. */
  readonly cert?: string;
  readonly key?: string;
  /** Default true; false only for a test cluster with a self-signed certificate. */
  readonly rejectUnauthorized?: boolean;
}

export interface KafkaSasl {
  readonly mechanism: KafkaSaslMechanism;
  readonly username: string;
  /** Never logged. */
  readonly password: string;
}

/** How the clients reach the brokers: Kafka's security.protocol is which of the two are set. */
export interface KafkaSecurity {
  readonly ssl?: KafkaTls;
  readonly sasl?: KafkaSasl;
}

/**
 * Checks the `ssl` (true, or `{ ca }`) and `sasl` (`{ mechanism, username, password }`) keys of a
 * raw Kafka section, adding one problem per mistake. The password is never echoed.
 */
export function validateKafkaSecurity(input: Record<string, unknown>, path: string, problems: string[]): KafkaSecurity {
  return { ...tlsOf(input['ssl'], `${path}.ssl`, problems), ...saslOf(input['sasl'], `${path}.sasl`, problems) };
}

function tlsOf(value: unknown, path: string, problems: string[]): { ssl?: KafkaTls } {
  if (value === undefined || value === false) return {};
  if (value === true) return { ssl: {} };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problems.push(`${path}: expected true, false or { "ca": "<PEM>" }.`);
    return {};
  }
  const section = value as Record<string, unknown>;
  for (const key of Object.keys(section)) if (key !== 'ca') problems.push(`${path}.${key}: unknown setting; the known one is ca.`);
  const ca = section['ca'];
  if (ca === undefined) return { ssl: {} };
  if (typeof ca === 'string' && ca.includes('-----BEGIN CERTIFICATE-----')) return { ssl: { ca } };
  problems.push(`${path}.ca: expected PEM text of a CA certificate (starting with "-----BEGIN CERTIFICATE-----").`);
  return {};
}

function saslOf(value: unknown, path: string, problems: string[]): { sasl?: KafkaSasl } {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problems.push(`${path}: expected { "mechanism", "username", "password" }.`);
    return {};
  }
  const section = value as Record<string, unknown>;
  const known = ['mechanism', 'username', 'password'];
  for (const key of Object.keys(section)) if (!known.includes(key)) problems.push(`${path}.${key}: unknown setting; known settings are ${known.join(', ')}.`);
  const mechanism = typeof section['mechanism'] === 'string' ? section['mechanism'].toLowerCase() : section['mechanism'];
  const { username, password } = section;
  const before = problems.length;
  if (!KAFKA_SASL_MECHANISMS.includes(mechanism as KafkaSaslMechanism)) {
    problems.push(`${path}.mechanism: expected one of ${KAFKA_SASL_MECHANISMS.join(', ')}.`);
  }
  if (typeof username !== 'string' || username === '') problems.push(`${path}.username: required, the SASL user name.`);
  if (typeof password !== 'string' || password === '') problems.push(`${path}.password: required, the SASL password.`);
  if (problems.length > before) return {};
  return { sasl: { mechanism: mechanism as KafkaSaslMechanism, username: username as string, password: password as string } };
}

/** The kafkajs client options for a validated security section. */
export function kafkajsSecurity(security: KafkaSecurity): Pick<KafkaConfig, 'ssl' | 'sasl'> {
  const { ssl, sasl } = security;
  const tls =
    ssl === undefined
      ? undefined
      : {
          ...(ssl.ca === undefined ? {} : { ca: [ssl.ca] }),
          ...(ssl.cert === undefined ? {} : { cert: ssl.cert }),
          ...(ssl.key === undefined ? {} : { key: ssl.key }),
          ...(ssl.rejectUnauthorized === undefined ? {} : { rejectUnauthorized: ssl.rejectUnauthorized }),
        };
  return {
    ...(tls === undefined ? {} : { ssl: Object.keys(tls).length === 0 ? true : tls }),
    ...(sasl === undefined ? {} : { sasl: { mechanism: sasl.mechanism, username: sasl.username, password: sasl.password } as SASLOptions }),
  };
}
