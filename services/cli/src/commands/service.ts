import { UsageError, parseOptions } from '../cli';
import { loadConfig } from '../config/load-config';
import { createEmbeddedWarden, type WardenRole } from '../embedded-warden';
import { createLogger } from '../logger';
import { explainListenError, waitForShutdownSignal } from './process-helpers';

const WHAT: Readonly<Record<WardenRole, string>> = {
  receiver: 'OTLP receiver: spans in on gRPC and HTTP, normalized events out to the events topic',
  baseline: 'baseline worker: learns agent and cohort profiles into the compacted profiles topic',
  scorer: 'scoring worker: scores events against the profiles, publishes findings and verdicts',
  emitter: 'emitter and responder: findings out to the sinks, response playbooks, approvals, audit log',
};

/**
 * `warden receiver|baseline|scorer|emitter`: one service of a Kafka deployment. Run as many of
 * each as there are partitions to share; they find each other through Kafka consumer groups.
 */
export async function runService(role: WardenRole, args: readonly string[]): Promise<number> {
  parseOptions(args, {});
  const { config, warnings } = loadConfig(process.env);
  if (!config.kafka) {
    throw new UsageError(
      `\`warden ${role}\` runs one service of a Kafka deployment and needs WARDEN_KAFKA_BROKERS (host:port,...). ` +
        'Without Kafka, `warden start` runs every component in one process (embedded mode).',
    );
  }
  const logger = createLogger(config.logLevel).child({ role });
  for (const w of warnings) logger.warn({}, w);
  const warden = createEmbeddedWarden(config, { logger, roles: [role], ...(role === 'emitter' ? { console: process.stdout } : {}) });
  try {
    await warden.start();
  } catch (err) {
    throw explainListenError(err, config);
  }
  logger.info(
    {
      kafkaBrokers: config.kafka.brokers,
      topicPrefix: config.kafka.topicPrefix,
      adminPort: warden.adminPort(),
      ...(role === 'receiver' ? { grpcPort: warden.grpcPort(), httpPort: warden.httpPort(), host: config.otlpHost } : {}),
    },
    `warden ${role} started`,
  );
  process.stdout.write(`Warden ${WHAT[role]} (over Kafka ${config.kafka.brokers.join(',')}, topics ${config.kafka.topicPrefix}*)\n`);
  const signal = await waitForShutdownSignal();
  logger.info({ signal }, `stopping warden ${role}: finishing the batches in flight and committing`);
  await warden.stop();
  logger.info({}, 'stopped');
  return 0;
}
