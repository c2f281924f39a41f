import { WardenError } from '@warden/core';

/**
 * Broker answers that refuse the records themselves: sending them again gets the same answer, so
 * the caller must not retry them as they are.
 */
const REFUSED = new Map<string, string>([
  ['MESSAGE_TOO_LARGE', "a record is larger than the topic's max.message.bytes; lower kafka.maxMessageBytes or raise the topic's limit"],
  ['RECORD_LIST_TOO_LARGE', "a request is larger than the topic's max.message.bytes; lower kafka.maxMessageBytes or raise the topic's limit"],
  ['INVALID_RECORD', 'the broker rejected a record as invalid'],
  ['CORRUPT_MESSAGE', 'the broker found a record corrupt'],
  ['POLICY_VIOLATION', "the records violate the topic's policy"],
]);

interface KafkaErrorView {
  readonly name?: unknown;
  readonly message?: unknown;
  readonly type?: unknown;
  readonly cause?: unknown;
}

/**
 * What a failed publish becomes for the caller: a WardenError that says whether trying again can
 * help. Retriable unless the broker refused the records themselves; an unreachable broker, a
 * missing leader or a timeout are all worth another try. Pure, so the table is tested without a broker.
 */
export function publishError(error: unknown, kafkaTopic: string): WardenError {
  const refused = refusal(error);
  const message = errorMessage(error);
  if (refused !== undefined) {
    return new WardenError('WARDEN_KAFKA_BUS_RECORDS_REFUSED', `Kafka refused records for "${kafkaTopic}": ${refused} (${message}).`, {
      retriable: false,
      cause: error,
      context: { topic: kafkaTopic },
    });
  }
  return new WardenError(
    'WARDEN_KAFKA_BUS_PUBLISH_FAILED',
    `publishing to Kafka topic "${kafkaTopic}" failed: ${message}; the records may be partly written, publish them again.`,
    { retriable: true, cause: error, context: { topic: kafkaTopic } },
  );
}

function refusal(error: unknown): string | undefined {
  const e = (error !== null && typeof error === 'object' ? error : {}) as KafkaErrorView;
  if (typeof e.type === 'string' && REFUSED.has(e.type)) return REFUSED.get(e.type);
  // kafkajs wraps the last error once its own retries are spent.
  return e.cause === undefined || e.cause === error ? undefined : refusal(e.cause);
}

function errorMessage(error: unknown): string {
  const e = (error !== null && typeof error === 'object' ? error : {}) as KafkaErrorView;
  return typeof e.message === 'string' && e.message !== '' ? e.message : String(error);
}
