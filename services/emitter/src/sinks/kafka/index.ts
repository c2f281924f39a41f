export type { KafkaCompression, KafkaSaslConfig, KafkaSaslMechanism, KafkaSinkConfig, KafkaSslConfig, KafkaTopicCreation } from './kafka-sink-config';
export { DEFAULT_KAFKA_TOPIC, validateKafkaSinkConfig } from './kafka-sink-config';
export type { FailedDelivery } from './classify-kafka-error';
export { classifyKafkaError } from './classify-kafka-error';
export { KAFKA_HEADERS, toKafkaMessages } from './kafka-messages';
export type { KafkaTargetDeps } from './kafka-target';
export { createKafkaTarget } from './kafka-target';
