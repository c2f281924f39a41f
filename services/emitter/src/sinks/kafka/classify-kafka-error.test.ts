import {
  KafkaJSAggregateError,
  KafkaJSConnectionError,
  KafkaJSError,
  KafkaJSNonRetriableError,
  KafkaJSNumberOfRetriesExceeded,
  KafkaJSRequestTimeoutError,
  KafkaJSSASLAuthenticationError,
  KafkaJSServerDoesNotSupportApiKey,
} from 'kafkajs';
import { classifyKafkaError } from './classify-kafka-error';

// kafkajs builds broker errors from its table of protocol error codes (type, message, retriable);
// using that table keeps these cases honest about what kafkajs really throws.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createErrorFromCode } = require('kafkajs/src/protocol/error') as { createErrorFromCode(code: number): Error };

const broker = (code: number): Error => createErrorFromCode(code);
const retriesExceeded = (cause: Error): Error => new KafkaJSNumberOfRetriesExceeded(cause, { retryCount: 2, retryTime: 400 });
const connectionError = (code: string): Error =>
  new KafkaJSConnectionError(`Connection error: ${code}`, { broker: 'kafka-1:9093', code } as never);

describe('classifyKafkaError', () => {
  it.each<[string, unknown, string]>([
    ['MESSAGE_TOO_LARGE (10)', broker(10), 'too_large'],
    ['RECORD_LIST_TOO_LARGE (18)', broker(18), 'too_large'],
    ['TOPIC_AUTHORIZATION_FAILED (29)', broker(29), 'misconfigured'],
    ['CLUSTER_AUTHORIZATION_FAILED (31): no IDEMPOTENT_WRITE', broker(31), 'misconfigured'],
    ['UNKNOWN_TOPIC_OR_PARTITION (3) after the client retries', retriesExceeded(broker(3)), 'misconfigured'],
    ['INVALID_TOPIC_EXCEPTION (17)', broker(17), 'misconfigured'],
    ['SASL_AUTHENTICATION_FAILED (58)', broker(58), 'misconfigured'],
    ['UNSUPPORTED_SASL_MECHANISM (33)', broker(33), 'misconfigured'],
    ['KafkaJSSASLAuthenticationError', Reflect.construct(KafkaJSSASLAuthenticationError, ['SASL PLAIN authentication failed: Invalid username or password']), 'misconfigured'],
    ['KafkaJSServerDoesNotSupportApiKey', new KafkaJSServerDoesNotSupportApiKey('Produce v3 not supported' as never), 'misconfigured'],
    ['INVALID_RECORD (87)', broker(87), 'rejected'],
    ['POLICY_VIOLATION (44)', broker(44), 'rejected'],
    ['NOT_ENOUGH_REPLICAS (19)', broker(19), 'retry'],
    ['LEADER_NOT_AVAILABLE (5) after the client retries', retriesExceeded(broker(5)), 'retry'],
    ['REQUEST_TIMED_OUT (7)', broker(7), 'retry'],
    ['OUT_OF_ORDER_SEQUENCE_NUMBER (45)', broker(45), 'retry'],
    ['UNKNOWN_PRODUCER_ID (59)', broker(59), 'retry'],
    ['connection refused', connectionError('ECONNREFUSED'), 'retry'],
    ['connection refused after the client retries', retriesExceeded(connectionError('ECONNREFUSED')), 'retry'],
    ['DNS failure', connectionError('ENOTFOUND'), 'retry'],
    ['untrusted certificate', connectionError('SELF_SIGNED_CERT_IN_CHAIN'), 'misconfigured'],
    ['certificate for another host', connectionError('ERR_TLS_CERT_ALTNAME_INVALID'), 'misconfigured'],
    ['request timeout', new KafkaJSRequestTimeoutError('Request Produce(key: 0, version: 7) timed out'), 'retry'],
    ['generic retriable kafkajs error', new KafkaJSError('broker went away'), 'retry'],
    ['unknown non-retriable kafkajs error', new KafkaJSNonRetriableError('something new'), 'misconfigured'],
    ['a runtime error inside the client', new TypeError("Cannot read properties of undefined (reading 'leader')"), 'retry'],
    ['a thrown string', 'socket hang up', 'retry'],
    [
      'admin errors: the most serious one decides',
      new KafkaJSAggregateError('Topic creation errors', [broker(7), broker(29)]),
      'misconfigured',
    ],
  ])('%s → %s', (_case, error, kind) => {
    const outcome = classifyKafkaError(error);
    expect(outcome.kind).toBe(kind);
    expect(outcome.reason).toMatch(/^kafka/);
  });

  it('names the protocol error and what to fix', () => {
    expect(classifyKafkaError(broker(29)).reason).toBe('kafka TOPIC_AUTHORIZATION_FAILED: the principal may not write to the topic; grant WRITE (and DESCRIBE) on it');
    expect(classifyKafkaError(retriesExceeded(broker(3))).reason).toContain('create it or enable createTopic');
    expect(classifyKafkaError(retriesExceeded(connectionError('ECONNREFUSED'))).reason).toBe(
      "kafka: gave up after the client's retries: kafka: Connection error: ECONNREFUSED",
    );
  });
});
