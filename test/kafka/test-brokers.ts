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

/**
 * The test cluster's SASL_PLAINTEXT and SASL_SSL listeners, the PEM to trust for the latter, and
 * their user (PLAIN and SCRAM-SHA-512), as
 * global-setup.js exported them for the broker it started (scripts/kafka/broker.js).
 */
export function kafkaTestSasl(): { brokers: string[]; sslBrokers: string[]; caFile: string; username: string; password: string } {
  const brokers = process.env['WARDEN_TEST_KAFKA_SASL_BROKERS'];
  const username = process.env['WARDEN_TEST_KAFKA_SASL_USERNAME'];
  const password = process.env['WARDEN_TEST_KAFKA_SASL_PASSWORD'];
  const sslBrokers = process.env['WARDEN_TEST_KAFKA_SASL_SSL_BROKERS'];
  const caFile = process.env['WARDEN_TEST_KAFKA_CA_FILE'];
  const list = (v: string) => v.split(',').map((b) => b.trim());
  if (brokers && sslBrokers && caFile && username && password) return { brokers: list(brokers), sslBrokers: list(sslBrokers), caFile, username, password };
  kafkaTestBrokers();
  throw new Error(
    'WARDEN_TEST_KAFKA_SASL_BROKERS, _SASL_SSL_BROKERS, _CA_FILE, _SASL_USERNAME and _SASL_PASSWORD are not set: they come with a ' +
      'broker the tests start (scripts/kafka/broker.js, SASL on port 9094, SASL over TLS on 9095); set them for a broker of your own.',
  );
}
