/**
 * The bootstrap brokers of the test Kafka cluster, as jest's globalSetup (global-setup.js) exported
 * them. Throws rather than skipping: a Kafka test that silently does not run proves nothing.
 */
export function kafkaTestBrokers(): string[] {
  const brokers = process.env['WARDEN_TEST_KAFKA_BROKERS'];
  if (brokers) return brokers.split(',').map((b) => b.trim());
  const failure = process.env['WARDEN_TEST_KAFKA_UNAVAILABLE'];
  if (failure) throw new Error(`The test Kafka broker could not start: ${failure}`);
  throw new Error(
    'WARDEN_TEST_KAFKA_BROKERS is not set. test/kafka/global-setup.js starts a broker only when a selected test file ' +
      'has "kafka" in its path; move this test to such a path, or run `npm run kafka:up` and set ' +
      'WARDEN_TEST_KAFKA_BROKERS=localhost:9092.',
  );
}
