import { KafkaJSConnectionError, KafkaJSNumberOfRetriesExceeded, KafkaJSRequestTimeoutError } from 'kafkajs';
import { publishError } from './publish-error';

// kafkajs builds broker errors from its table of protocol error codes (type, message, retriable).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createErrorFromCode } = require('kafkajs/src/protocol/error') as { createErrorFromCode(code: number): Error };

describe('publishError', () => {
  it.each<[string, unknown, string, boolean]>([
    ['MESSAGE_TOO_LARGE (10)', createErrorFromCode(10), 'WARDEN_KAFKA_BUS_RECORDS_REFUSED', false],
    ['RECORD_LIST_TOO_LARGE (18)', createErrorFromCode(18), 'WARDEN_KAFKA_BUS_RECORDS_REFUSED', false],
    ['INVALID_RECORD (87) after the client retries', new KafkaJSNumberOfRetriesExceeded(createErrorFromCode(87), { retryCount: 3, retryTime: 100 }), 'WARDEN_KAFKA_BUS_RECORDS_REFUSED', false],
    ['NOT_LEADER_OR_FOLLOWER (6)', createErrorFromCode(6), 'WARDEN_KAFKA_BUS_PUBLISH_FAILED', true],
    ['NOT_ENOUGH_REPLICAS (19) after the client retries', new KafkaJSNumberOfRetriesExceeded(createErrorFromCode(19), { retryCount: 3, retryTime: 100 }), 'WARDEN_KAFKA_BUS_PUBLISH_FAILED', true],
    ['connection refused', new KafkaJSConnectionError('Connection error: ECONNREFUSED', { broker: 'k:9092', code: 'ECONNREFUSED' } as never), 'WARDEN_KAFKA_BUS_PUBLISH_FAILED', true],
    ['request timeout', new KafkaJSRequestTimeoutError('Request Produce(key: 0, version: 7) timed out'), 'WARDEN_KAFKA_BUS_PUBLISH_FAILED', true],
    ['a thrown string', 'socket hang up', 'WARDEN_KAFKA_BUS_PUBLISH_FAILED', true],
  ])('%s → %s', (_case, error, code, retriable) => {
    const e = publishError(error, 'warden.events');
    expect(e).toMatchObject({ code, retriable, cause: error, context: { topic: 'warden.events' } });
    expect(e.message).toContain('"warden.events"');
  });

  it('says what to change when a record is too large', () => {
    expect(publishError(createErrorFromCode(10), 'warden.events').message).toMatch(/lower kafka\.maxMessageBytes or raise the topic's limit/);
  });
});
