import type { DeliveryOutcome } from '../../delivery/delivery-target';

/**
 * The parts of a kafkajs error the decision depends on. kafkajs errors are matched by `name` and
 * protocol `type`, not by class, so the table is testable with plain objects and survives a second
 * copy of kafkajs in node_modules.
 */
interface KafkaErrorView {
  readonly name?: unknown;
  readonly message?: unknown;
  /** Protocol error type (`MESSAGE_TOO_LARGE`) on KafkaJSProtocolError and its subclasses. */
  readonly type?: unknown;
  /** Socket error code (`ECONNREFUSED`, `CERT_HAS_EXPIRED`) on KafkaJSConnectionError. */
  readonly code?: unknown;
  readonly retriable?: unknown;
  readonly cause?: unknown;
  /** KafkaJSAggregateError (admin calls) carries one error per topic. */
  readonly errors?: unknown;
}

/** Every outcome but `delivered`: what a failed attempt can come to. */
export type FailedDelivery = Exclude<DeliveryOutcome, { readonly kind: 'delivered' }>;

/** The request or one record is over the broker's (or topic's) size limit: split the batch. */
const TOO_LARGE = new Set(['MESSAGE_TOO_LARGE', 'RECORD_LIST_TOO_LARGE']);

/** The brokers refuse us, not the data: fixing credentials, ACLs or the topic delivers everything. */
const MISCONFIGURED: ReadonlyMap<string, string> = new Map([
  ['TOPIC_AUTHORIZATION_FAILED', 'the principal may not write to the topic; grant WRITE (and DESCRIBE) on it'],
  ['CLUSTER_AUTHORIZATION_FAILED', 'the principal lacks IDEMPOTENT_WRITE on the cluster, which the idempotent producer needs'],
  ['TRANSACTIONAL_ID_AUTHORIZATION_FAILED', 'the principal may not use transactional or idempotent ids'],
  ['UNKNOWN_TOPIC_OR_PARTITION', 'the topic does not exist; create it or enable createTopic'],
  ['INVALID_TOPIC_EXCEPTION', 'the topic name is not valid on this cluster'],
  ['SASL_AUTHENTICATION_FAILED', 'SASL authentication failed; check the user name, password and mechanism'],
  ['UNSUPPORTED_SASL_MECHANISM', 'the brokers do not offer this SASL mechanism'],
  ['ILLEGAL_SASL_STATE', 'the brokers rejected the SASL handshake'],
  ['INVALID_REQUIRED_ACKS', 'the brokers refuse acks=-1'],
  ['UNSUPPORTED_VERSION', 'the brokers do not support a protocol version the client needs'],
  ['UNSUPPORTED_COMPRESSION_TYPE', 'the topic does not accept this compression; set compression to none or change the topic'],
  ['UNSUPPORTED_FOR_MESSAGE_FORMAT', 'the topic message format is too old for headers and idempotence'],
]);

/** The brokers refuse these records and will refuse them again: isolate and dead-letter them. */
const REJECTED = new Set(['INVALID_RECORD', 'POLICY_VIOLATION', 'INVALID_TIMESTAMP']);

/**
 * Idempotent-producer bookkeeping went out of step (its id expired or a sequence was lost). Sending
 * again is right; the target also starts a fresh producer, since this one would fail forever.
 */
export const PRODUCER_STATE_ERRORS: ReadonlySet<string> = new Set([
  'OUT_OF_ORDER_SEQUENCE_NUMBER',
  'UNKNOWN_PRODUCER_ID',
  'INVALID_PRODUCER_EPOCH',
  'INVALID_PRODUCER_ID_MAPPING',
]);

/** TLS failures that no amount of retrying fixes: the certificate or trust store is wrong. */
const TLS_CONFIG_CODES = /^(ERR_TLS_|CERT_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_(GET|VERIFY)_|ERR_SSL_|EPROTO$)/;

/** Transport and client states where the brokers may well answer on the next attempt. */
const TRANSIENT_NAMES = new Set([
  'KafkaJSConnectionError',
  'KafkaJSConnectionClosedError',
  'KafkaJSRequestTimeoutError',
  'KafkaJSBrokerNotFound',
  'KafkaJSNoBrokerAvailableError',
  'KafkaJSMetadataNotLoaded',
  'KafkaJSTopicMetadataNotLoaded',
  'KafkaJSStaleTopicMetadataAssignment',
  'KafkaJSTimeout',
  'KafkaJSLockTimeout',
]);

const SEVERITY_OF: Readonly<Record<FailedDelivery['kind'], number>> = {
  retry: 1,
  too_large: 2,
  rejected: 3,
  misconfigured: 4,
};

/**
 * Decides what a failed kafkajs send (or connect, or topic creation) means for delivery. Pure: the
 * delivery core acts on the answer. kafkajs has already retried transient errors a few times when
 * this runs, so "retry" here hands the backoff to the core. Reasons carry kafkajs's message, which
 * never contains credentials.
 */
export function classifyKafkaError(error: unknown): FailedDelivery {
  const e = view(error);
  const name = typeof e.name === 'string' ? e.name : 'Error';
  const message = typeof e.message === 'string' && e.message !== '' ? e.message : String(error);

  if (name === 'KafkaJSNumberOfRetriesExceeded') {
    // kafkajs gave up on a retriable error; what that error was decides (a topic that never
    // appears is a configuration problem, a broker that stays down is not).
    const inner = e.cause === undefined ? undefined : classifyKafkaError(e.cause);
    if (inner !== undefined && inner.kind !== 'retry') return inner;
    return { kind: 'retry', reason: `kafka: gave up after the client's retries: ${inner?.reason ?? message}` };
  }

  if (name === 'KafkaJSAggregateError' && Array.isArray(e.errors) && e.errors.length > 0) {
    // The most serious part decides: one unauthorized topic makes the whole call a config problem.
    return e.errors.map(classifyKafkaError).reduce((worst, next) => (SEVERITY_OF[next.kind] > SEVERITY_OF[worst.kind] ? next : worst));
  }

  if (name === 'KafkaJSSASLAuthenticationError') {
    return { kind: 'misconfigured', reason: `kafka: SASL authentication failed; check the user name, password and mechanism (${message})` };
  }
  if (name === 'KafkaJSServerDoesNotSupportApiKey') {
    return { kind: 'misconfigured', reason: `kafka: the brokers are too old for this client (${message})` };
  }

  const type = typeof e.type === 'string' ? e.type : undefined;
  if (type !== undefined) {
    if (TOO_LARGE.has(type)) return { kind: 'too_large', reason: `kafka ${type}: ${message}` };
    const hint = MISCONFIGURED.get(type);
    if (hint !== undefined) return { kind: 'misconfigured', reason: `kafka ${type}: ${hint}` };
    if (REJECTED.has(type)) return { kind: 'rejected', reason: `kafka ${type}: ${message}` };
    if (PRODUCER_STATE_ERRORS.has(type)) return { kind: 'retry', reason: `kafka ${type}: restarting the idempotent producer` };
  }

  const code = typeof e.code === 'string' ? e.code : undefined;
  if (code !== undefined && TLS_CONFIG_CODES.test(code)) {
    return { kind: 'misconfigured', reason: `kafka: TLS handshake failed (${code}); check the brokers' certificate and kafka.ssl.ca` };
  }

  if (TRANSIENT_NAMES.has(name)) return { kind: 'retry', reason: `kafka: ${message}` };
  if (e.retriable === true) return { kind: 'retry', reason: `kafka${type ? ` ${type}` : ''}: ${message}` };
  if (e.retriable === false) {
    // A kafkajs error it will never retry and that is not in the tables above: keep the records
    // and report the sink unhealthy rather than dead-letter findings over an unknown cause.
    return { kind: 'misconfigured', reason: `kafka${type ? ` ${type}` : ''}: ${message}` };
  }
  // Not a kafkajs error (a socket or runtime error inside the client): the brokers may answer later.
  return { kind: 'retry', reason: `kafka: ${message}` };
}

function view(error: unknown): KafkaErrorView {
  return error !== null && typeof error === 'object' ? (error as KafkaErrorView) : { message: String(error) };
}
