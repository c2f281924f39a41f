import { Partitioners, type ITopicConfig, type PartitionMetadata } from 'kafkajs';
import { Topics, type TopicName } from '@warden/core';

/**
 * Topics that keep the latest record per key (profile snapshots): on Kafka they are compacted and
 * carry one record per message, keyed by the record's key, because compaction works per message key.
 */
export const COMPACTED_TOPICS: ReadonlySet<TopicName> = new Set([Topics.profiles]);

export const ALL_TOPICS: readonly TopicName[] = Object.values(Topics);

/** The Kafka topic that carries a Warden topic, e.g. `warden.events`. */
export function kafkaTopicName(prefix: string, topic: TopicName): string {
  return `${prefix}${topic}`;
}

/** The consumer group id of a Warden group, prefixed like the topics so installations never share offsets. */
export function kafkaGroupId(prefix: string, group: string): string {
  return `${prefix}${group}`;
}

/** What `start()` asks the cluster to create: every topic, with compaction where a topic is compacted. */
export function topicSpecs(prefix: string, partitions: number, replicationFactor: number): ITopicConfig[] {
  return ALL_TOPICS.map((topic) => ({
    topic: kafkaTopicName(prefix, topic),
    numPartitions: partitions,
    replicationFactor,
    ...(COMPACTED_TOPICS.has(topic) ? { configEntries: [{ name: 'cleanup.policy', value: 'compact' }] } : {}),
  }));
}

// kafkajs's default partitioner is the Java client's (murmur2 of the key modulo the partition
// count), so Warden, Java consumers and kafkajs agree on where a key lives. With a key it reads
// only the partition count from the metadata.
const keyedPartitioner = Partitioners.DefaultPartitioner();
const metadataByCount = new Map<number, PartitionMetadata[]>();

/** The partition every record with this key goes to, on a topic with `partitionCount` partitions. */
export function partitionForKey(topic: string, key: string, partitionCount: number): number {
  let partitionMetadata = metadataByCount.get(partitionCount);
  if (partitionMetadata === undefined) {
    partitionMetadata = Array.from(
      { length: partitionCount },
      (_, partitionId): PartitionMetadata => ({ partitionId, leader: 0, replicas: [], isr: [], partitionErrorCode: 0 }),
    );
    metadataByCount.set(partitionCount, partitionMetadata);
  }
  return keyedPartitioner({ topic, partitionMetadata, message: { key, value: null } });
}
