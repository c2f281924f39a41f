export type { KafkaBusCompression, KafkaBusConfig, KafkaBusConsumerTiming } from './kafka-bus-config';
export { DEFAULT_KAFKA_TOPIC_PREFIX, validateKafkaBusConfig } from './kafka-bus-config';
export type { KafkaBusDeps } from './kafka-bus';
export { KafkaBus, createKafkaBus } from './kafka-bus';
export { ENVELOPE_VERSION, packRecords, unpackRecords } from './envelope';
export { publishError } from './publish-error';
export { kafkaGroupId, kafkaTopicName, partitionForKey } from './topic-layout';
export { kafkajsLogCreator } from './kafkajs-log-creator';
export { KAFKA_SASL_MECHANISMS, kafkajsSecurity, validateKafkaSecurity, type KafkaSasl, type KafkaSaslMechanism, type KafkaSecurity, type KafkaTls } from './kafka-security';
