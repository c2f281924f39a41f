import { loadConfig } from '../config/load-config';
import { createEmbeddedWarden } from '../embedded-warden';
import { createLogger } from '../logger';
import { parseOptions } from '../cli';
import { explainListenError, waitForShutdownSignal } from './process-helpers';

export async function runStart(args: readonly string[]): Promise<number> {
  parseOptions(args, {});
  const { config, warnings } = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  for (const w of warnings) logger.warn({}, w);
  const warden = createEmbeddedWarden(config, { logger, console: process.stdout });
  try {
    await warden.start();
  } catch (err) {
    throw explainListenError(err, config);
  }
  logger.info(
    { grpcPort: warden.grpcPort(), httpPort: warden.httpPort(), adminPort: warden.adminPort(), host: config.otlpHost, alertsFile: config.alertsFile },
    config.kafka ? 'warden started (all components, over Kafka)' : 'warden started (embedded mode)',
  );
  process.stdout.write(
    (config.kafka
      ? `Warden is running: all components in this process, over Kafka (${config.kafka.brokers.join(',')}, topics ${config.kafka.topicPrefix}*).\n`
      : `Warden is running (embedded mode).\n`) +
      `  OTLP/gRPC  ${config.otlpHost}:${warden.grpcPort()}    OTLP/HTTP  http://${config.otlpHost}:${warden.httpPort()}/v1/traces\n` +
      `  findings → ${config.alertsFile} (OCSF Detection Finding, one JSON per line) and below\n` +
      `  metrics  http://${config.adminHost}:${warden.adminPort()}/metrics  (health: /healthz, /readyz)\n` +
      `Point an agent at it: OTEL_EXPORTER_OTLP_ENDPOINT=http://${config.otlpHost === '0.0.0.0' ? 'localhost' : config.otlpHost}:${warden.grpcPort()}\n` +
      `Or, in another terminal: npx warden simulate --endpoint localhost:${warden.grpcPort()}\n`,
  );
  const signal = await waitForShutdownSignal();
  logger.info({ signal }, 'shutting down: draining accepted spans');
  await warden.stop();
  logger.info({}, 'stopped');
  return 0;
}
