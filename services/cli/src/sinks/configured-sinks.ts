import { ConfigError, type Clock, type Logger } from '@warden/core';
import {
  createKafkaTarget,
  createSentinelTarget,
  createSplunkHecTarget,
  createWebhookTarget,
  validateKafkaSinkConfig,
  validateSentinelConfig,
  validateSplunkHecConfig,
  validateWebhookConfig,
  type DeliveryTarget,
} from '@warden/emitter';
import type { SinkSettings } from '../config/load-config';

/**
 * Each sink validates its own configuration in its own terms (`splunk.url`); the operator sets
 * environment variables, so problems are reported under the variable's name.
 */
const VARIABLE_OF: Readonly<Record<string, string>> = {
  'splunk.url': 'WARDEN_SPLUNK_HEC_URL',
  'splunk.token': 'WARDEN_SPLUNK_HEC_TOKEN',
  'splunk.index': 'WARDEN_SPLUNK_HEC_INDEX',
  'splunk.source': 'WARDEN_SPLUNK_HEC_SOURCE',
  'splunk.sourcetype': 'WARDEN_SPLUNK_HEC_SOURCETYPE',
  'splunk.minSeverity': 'WARDEN_SPLUNK_MIN_SEVERITY',
  'sentinel.endpoint': 'WARDEN_SENTINEL_ENDPOINT',
  'sentinel.dcrImmutableId': 'WARDEN_SENTINEL_DCR_ID',
  'sentinel.streamName': 'WARDEN_SENTINEL_STREAM',
  'sentinel.tenantId': 'WARDEN_SENTINEL_TENANT_ID',
  'sentinel.clientId': 'WARDEN_SENTINEL_CLIENT_ID',
  'sentinel.clientSecret': 'WARDEN_SENTINEL_CLIENT_SECRET',
  'sentinel.authorityHost': 'WARDEN_SENTINEL_AUTHORITY_HOST',
  'sentinel.scope': 'WARDEN_SENTINEL_SCOPE',
  'sentinel.minSeverity': 'WARDEN_SENTINEL_MIN_SEVERITY',
  'webhook.url': 'WARDEN_WEBHOOK_URL',
  'webhook.secret': 'WARDEN_WEBHOOK_SECRET',
  'webhook.minSeverity': 'WARDEN_WEBHOOK_MIN_SEVERITY',
  'kafka.brokers': 'WARDEN_KAFKA_SINK_BROKERS',
  'kafka.topic': 'WARDEN_KAFKA_SINK_TOPIC',
  'kafka.minSeverity': 'WARDEN_KAFKA_SINK_MIN_SEVERITY',
};

/** Rewrites a sink's own setting names (`splunk.url`) as the variables an operator sets. */
export function inVariableTerms(problem: string): string {
  return problem.replace(/\b(splunk|sentinel|webhook|kafka)\.[A-Za-z]+\b/g, (field) => VARIABLE_OF[field] ?? field);
}

/**
 * The SIEM and stream sinks the settings turn on, validated all together so every problem is
 * reported at once (as `warden start` does for the rest of the configuration).
 */
export function configuredSinkTargets(sinks: SinkSettings, deps: { readonly logger: Logger; readonly clock: Clock }): DeliveryTarget[] {
  const problems: string[] = [];
  const targets: DeliveryTarget[] = [];
  const build = (make: () => DeliveryTarget) => {
    try {
      targets.push(make());
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      problems.push(...err.problems.map(inVariableTerms));
    }
  };
  const { splunk, sentinel, webhook, kafka } = sinks;
  if (splunk) {
    build(() =>
      createSplunkHecTarget(
        validateSplunkHecConfig({
          url: splunk.url,
          token: splunk.token,
          ...(splunk.index ? { index: splunk.index } : {}),
          source: splunk.source,
          sourcetype: splunk.sourcetype,
          ack: splunk.ack,
          minSeverity: splunk.minSeverity,
        }),
        deps,
      ),
    );
  }
  if (sentinel) build(() => createSentinelTarget(validateSentinelConfig({ ...sentinel }), deps));
  if (webhook) build(() => createWebhookTarget(validateWebhookConfig({ ...webhook }), deps));
  if (kafka) {
    build(() =>
      createKafkaTarget(
        validateKafkaSinkConfig({ brokers: [...kafka.brokers], topic: kafka.topic, minSeverity: kafka.minSeverity, createTopic: true }),
        deps,
      ),
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return targets;
}
