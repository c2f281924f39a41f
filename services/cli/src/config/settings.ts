import { z } from 'zod';

/**
 * Every setting Warden reads, declared once: the environment variable, its key in the optional
 * config file, what it does and its default. Validation, `warden config` and the README table all
 * come from this list, so they cannot drift apart.
 */
export interface SettingSpec {
  /** Environment variable name. The config-file key is the same name, lower-cased, without `WARDEN_`. */
  readonly env: string;
  readonly description: string;
  /** Shown in docs; the schema holds the real default. */
  readonly defaultText: string;
  readonly secret?: boolean;
  readonly schema: z.ZodType;
}

const port = (fallback: number) =>
  z.coerce
    .number({ error: 'expected a TCP port number' })
    .int('expected a whole number')
    .min(0, 'a port is 0-65535 (0 picks a free port)')
    .max(65535, 'a port is 0-65535')
    .default(fallback);

/** One of a few words, in any case (Kafka writes SASL_SSL and SCRAM-SHA-512, clients often lower-case). */
const choiceAnyCase = <T extends string>(choices: readonly [T, ...T[]], fallback: T) =>
  z
    .string()
    .transform((v) => v.toLowerCase())
    .pipe(z.enum(choices, { error: `expected one of ${choices.join(', ')}` }))
    .default(fallback);

/** Comma-separated patterns of approved changes, never a bare `*` (which would approve everything). */
const approvalPatterns = (shape: string, bareStar: string) =>
  z
    .string()
    .regex(/^\s*[^,\s]+(\s*,\s*[^,\s]+)*\s*$/, shape)
    .refine((v) => !v.split(',').some((p) => /^\*+$/.test(p.trim())), bareStar)
    .optional();

const severity = z.enum(['informational', 'low', 'medium', 'high', 'critical'], {
  error: 'expected one of informational, low, medium, high, critical',
});

/** `true`/`false` (also 1/0, yes/no): z.coerce.boolean would read "false" as true. */
const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'expected true or false' })
    .transform((v) => v === 'true' || v === '1' || v === 'yes')
    .default(fallback);

export const SETTINGS = {
  configFile: {
    env: 'WARDEN_CONFIG_FILE',
    description: 'Optional JSON file with any of these settings (keys: the variable name lower-cased without `WARDEN_`, e.g. `otlp_grpc_port`). Environment variables win over the file.',
    defaultText: '(none)',
    schema: z.string().min(1).optional(),
  },
  dataDir: {
    env: 'WARDEN_DATA_DIR',
    description: 'Directory for Warden state (learned profiles) and, by default, the findings file.',
    defaultText: './data',
    schema: z.string().min(1, 'must not be empty').default('./data'),
  },
  alertsFile: {
    env: 'WARDEN_ALERTS_FILE',
    description: 'Where OCSF Detection Findings are appended, one JSON object per line.',
    defaultText: '$WARDEN_DATA_DIR/alerts.ocsf.jsonl',
    schema: z.string().min(1, 'must not be empty').optional(),
  },
  otlpHost: {
    env: 'WARDEN_OTLP_HOST',
    description: 'Address the OTLP receiver binds. Like the OpenTelemetry Collector it listens on localhost only by default; set `0.0.0.0` to accept agents on other machines (and set WARDEN_RECEIVER_TOKENS).',
    defaultText: '127.0.0.1',
    schema: z.string().min(1).default('127.0.0.1'),
  },
  otlpGrpcPort: {
    env: 'WARDEN_OTLP_GRPC_PORT',
    description: 'OTLP/gRPC port (`TraceService/Export`).',
    defaultText: '4317',
    schema: port(4317),
  },
  otlpHttpPort: {
    env: 'WARDEN_OTLP_HTTP_PORT',
    description: 'OTLP/HTTP port (`POST /v1/traces`, protobuf or JSON).',
    defaultText: '4318',
    schema: port(4318),
  },
  adminHost: {
    env: 'WARDEN_ADMIN_HOST',
    description: 'Address of the admin endpoint (`/metrics` for Prometheus, `/healthz`, `/readyz`). Localhost by default; set `0.0.0.0` for a Prometheus on another machine.',
    defaultText: '127.0.0.1',
    schema: z.string().min(1).default('127.0.0.1'),
  },
  adminPort: {
    env: 'WARDEN_ADMIN_PORT',
    description: 'Port of the admin endpoint (the OpenTelemetry convention for a Prometheus exporter).',
    defaultText: '9464',
    schema: port(9464),
  },
  otlpMaxRequestBytes: {
    env: 'WARDEN_OTLP_MAX_REQUEST_BYTES',
    description: 'Largest OTLP request accepted, measured after decompression (gRPC answers RESOURCE_EXHAUSTED, HTTP 413 above it).',
    defaultText: '20971520 (20 MiB)',
    schema: z.coerce.number({ error: 'expected a number of bytes' }).int().min(1024, 'at least 1024 bytes').default(20 * 1024 * 1024),
  },
  receiverTokens: {
    env: 'WARDEN_RECEIVER_TOKENS',
    description: 'Bearer tokens mapped to tenants: `token=tenant,token2=tenant2` (or a JSON object). Unset: every request is accepted as tenant `default` (a warning is logged once).',
    defaultText: '(unset: no authentication)',
    secret: true,
    schema: z.string().min(1).optional(),
  },
  minSeverity: {
    env: 'WARDEN_MIN_SEVERITY',
    description: 'Lowest severity written to the findings file and printed on stdout.',
    defaultText: 'low',
    schema: severity.default('low'),
  },
  sessionIdleSeconds: {
    env: 'WARDEN_SESSION_IDLE_SECONDS',
    description:
      "A session with no span for this long (event time) is complete: the baseline learns from it and the scorer forgets it. Event time is the latest span end seen for the agent's tenant (over Kafka, for that tenant in the agent's partition), so a tenant's backlog or a partition read behind the others keeps its own time; when no span arrives at all, that time runs on with Warden's clock from the last span. It never runs more than a minute past Warden's own clock, so an agent whose clock runs ahead cannot end everyone's sessions early (`warden_scorer_events_ahead_of_clock_total` counts such spans; the scorer names each such agent once in its log). A session that event time has ended is judged 2 s later by Warden's clock, so a replayed history or a backlog, read faster than it happened, keeps the spans that trail their session by an export batch.",
    defaultText: '900',
    schema: z.coerce.number({ error: 'expected a number of seconds' }).int().min(10, 'at least 10 seconds').default(900),
  },
  busCapacity: {
    env: 'WARDEN_BUS_CAPACITY',
    description: 'Embedded mode: most unprocessed events a stage may queue before the receiver asks clients to retry (OTLP UNAVAILABLE / 503).',
    defaultText: '200000',
    schema: z.coerce.number({ error: 'expected a number of events' }).int().min(100, 'at least 100').default(200_000),
  },
  kafkaBrokers: {
    env: 'WARDEN_KAFKA_BROKERS',
    description: 'Kafka bootstrap brokers (`host:port,host:port`). Set: Warden runs over Kafka instead of the in-memory bus, so its components can run as separate processes and scale out (`warden receiver|baseline|scorer|emitter`); `warden start` runs them all in one process over Kafka.',
    defaultText: '(unset: embedded mode, in-memory bus)',
    schema: z.string().min(1).optional(),
  },
  kafkaTopicPrefix: {
    env: 'WARDEN_KAFKA_TOPIC_PREFIX',
    description: "Prefix of Warden's Kafka topics (`<prefix>events`, `profiles` (compacted), `findings`, `verdicts`, `dead-letter`) and consumer groups; created at start.",
    defaultText: 'warden.',
    schema: z.string().regex(/^[A-Za-z0-9._-]{0,200}$/, 'letters, digits, dots, dashes and underscores only').default('warden.'),
  },
  kafkaPartitions: {
    env: 'WARDEN_KAFKA_PARTITIONS',
    description: 'Partitions of each topic Warden creates (existing topics are left as they are). The most instances of one component that can share the work.',
    defaultText: '6',
    schema: z.coerce.number({ error: 'expected a number of partitions' }).int().min(1, 'at least 1').max(1000, 'at most 1000').default(6),
  },
  kafkaReplicationFactor: {
    env: 'WARDEN_KAFKA_REPLICATION_FACTOR',
    description: 'Replication factor of the topics Warden creates (3 on a production cluster; 1 on a single broker).',
    defaultText: '1',
    schema: z.coerce.number({ error: 'expected a number of replicas' }).int().min(1, 'at least 1').max(10, 'at most 10').default(1),
  },
  kafkaSecurityProtocol: {
    env: 'WARDEN_KAFKA_SECURITY_PROTOCOL',
    description: "How Warden's Kafka clients reach the brokers, as Kafka's own `security.protocol`: `plaintext`, `ssl` (TLS), `sasl_plaintext` or `sasl_ssl` (SASL over TLS, what managed clusters such as Confluent Cloud and Amazon MSK ask for).",
    defaultText: 'plaintext',
    schema: choiceAnyCase(['plaintext', 'ssl', 'sasl_plaintext', 'sasl_ssl'], 'plaintext'),
  },
  kafkaSaslMechanism: {
    env: 'WARDEN_KAFKA_SASL_MECHANISM',
    description: 'SASL mechanism when the protocol is `sasl_*`: `plain`, `scram-sha-256` or `scram-sha-512`.',
    defaultText: 'plain',
    schema: choiceAnyCase(['plain', 'scram-sha-256', 'scram-sha-512'], 'plain'),
  },
  kafkaSaslUsername: {
    env: 'WARDEN_KAFKA_SASL_USERNAME',
    description: 'SASL user name (an API key on Confluent Cloud); required with a `sasl_*` protocol.',
    defaultText: '(none)',
    schema: z.string().min(1).optional(),
  },
  kafkaSaslPassword: {
    env: 'WARDEN_KAFKA_SASL_PASSWORD',
    description: 'SASL password (the API secret on Confluent Cloud); required with a `sasl_*` protocol. Never logged.',
    defaultText: '(none)',
    secret: true,
    schema: z.string().min(1).optional(),
  },
  kafkaSslCaFile: {
    env: 'WARDEN_KAFKA_SSL_CA_FILE',
    description: "PEM file of the CA that signed the brokers' certificates, with `ssl` or `sasl_ssl`; unset: the system's trusted CAs (enough for managed clusters).",
    defaultText: '(system CAs)',
    schema: z.string().min(1).optional(),
  },
  internalDomains: {
    env: 'WARDEN_INTERNAL_DOMAINS',
    description: "Your organisation's own e-mail and web domains, comma-separated (e.g. `acme.com,acme.internal`; subdomains included). Sending to them is never a new way out; without it Warden learns them from history, and the first internal e-mails of an agent that never sent one before can raise Medium findings until that is learned (a handful of sessions).",
    defaultText: '(none)',
    schema: z
      .string()
      .regex(/^\s*[A-Za-z0-9.-]+(\s*,\s*[A-Za-z0-9.-]+)*\s*$/, 'expected comma-separated domain names such as acme.com,acme.internal')
      .optional(),
  },
  approvedTools: {
    env: 'WARDEN_APPROVED_TOOLS',
    description: 'Tools approved ahead of time, comma-separated, `*` for any characters (e.g. `tax_filing.*,stripe.create_payment_link`): never reported as new, nor their data domain or their first hosts, like Falco rule exceptions. Injections and data leaving through them are judged as before.',
    defaultText: '(none)',
    schema: approvalPatterns(
      'expected comma-separated tool names or patterns such as tax_filing.*,stripe.create_payment_link',
      'a bare * would approve every tool; name the tools or their namespace (tax_filing.*)',
    ),
  },
  approvedDestinations: {
    env: 'WARDEN_APPROVED_DESTINATIONS',
    description: 'Destinations approved ahead of time, comma-separated (e.g. `filepoint-1099.example,auditor@kpmg.example,GB33BUKB20201555555555`): a domain approves its hosts and addresses, anything else (an address, account, channel, phone) must match whole, `*` for any characters. Never a new destination nor a slow-leak target, unless secrets go there.',
    defaultText: '(none)',
    schema: approvalPatterns(
      'expected comma-separated domains, addresses or accounts such as filepoint-1099.example,auditor@kpmg.example',
      'a bare * would approve every destination; name them',
    ),
  },
  splunkHecUrl: {
    env: 'WARDEN_SPLUNK_HEC_URL',
    description: 'Splunk HTTP Event Collector base URL (e.g. `https://splunk.example.com:8088`); setting it turns the Splunk sink on. Findings go to `/services/collector/event`. For a self-signed certificate, trust its CA with `NODE_EXTRA_CA_CERTS`.',
    defaultText: '(unset: no Splunk sink)',
    schema: z.string().min(1).optional(),
  },
  splunkHecToken: {
    env: 'WARDEN_SPLUNK_HEC_TOKEN',
    description: 'HEC token (a GUID), sent as `Authorization: Splunk <token>`. Required with WARDEN_SPLUNK_HEC_URL.',
    defaultText: '(none)',
    secret: true,
    schema: z.string().min(1).optional(),
  },
  splunkHecIndex: {
    env: 'WARDEN_SPLUNK_HEC_INDEX',
    description: "Splunk index for findings; must be in the token's allowed indexes. Unset: the token's default index.",
    defaultText: "(token's default)",
    schema: z.string().min(1).optional(),
  },
  splunkHecSource: {
    env: 'WARDEN_SPLUNK_HEC_SOURCE',
    description: 'HEC `source` of each event.',
    defaultText: 'warden',
    schema: z.string().min(1).default('warden'),
  },
  splunkHecSourcetype: {
    env: 'WARDEN_SPLUNK_HEC_SOURCETYPE',
    description: "HEC `sourcetype`. The `ocsf:` prefix is what Splunk's OCSF tooling and the OCSF-CIM add-on key on.",
    defaultText: 'ocsf:warden:detection_finding',
    schema: z.string().min(1).default('ocsf:warden:detection_finding'),
  },
  splunkHecAck: {
    env: 'WARDEN_SPLUNK_HEC_ACK',
    description: 'Use indexer acknowledgement (the token must have it enabled): a batch counts as delivered only once Splunk says it is indexed, not merely received.',
    defaultText: 'false',
    schema: flag(false),
  },
  splunkMinSeverity: {
    env: 'WARDEN_SPLUNK_MIN_SEVERITY',
    description: 'Lowest severity sent to Splunk.',
    defaultText: '$WARDEN_MIN_SEVERITY',
    schema: severity.optional(),
  },
  sentinelEndpoint: {
    env: 'WARDEN_SENTINEL_ENDPOINT',
    description: "Microsoft Sentinel: the logs ingestion endpoint of your data collection rule or data collection endpoint (`https://<name>.<region>-1.ingest.monitor.azure.com`); setting it turns the Sentinel sink on (Azure Monitor Logs Ingestion API).",
    defaultText: '(unset: no Sentinel sink)',
    schema: z.string().min(1).optional(),
  },
  sentinelDcrId: {
    env: 'WARDEN_SENTINEL_DCR_ID',
    description: 'Immutable id of the data collection rule (`dcr-` and 32 hex digits).',
    defaultText: '(none)',
    schema: z.string().min(1).optional(),
  },
  sentinelStream: {
    env: 'WARDEN_SENTINEL_STREAM',
    description: 'Stream declared in the data collection rule (`Custom-<Table>_CL`).',
    defaultText: 'Custom-WardenFindings_CL',
    schema: z.string().min(1).default('Custom-WardenFindings_CL'),
  },
  sentinelTenantId: {
    env: 'WARDEN_SENTINEL_TENANT_ID',
    description: 'Microsoft Entra tenant (directory) id of the app registration Warden signs in as.',
    defaultText: '(none)',
    schema: z.string().min(1).optional(),
  },
  sentinelClientId: {
    env: 'WARDEN_SENTINEL_CLIENT_ID',
    description: 'Application (client) id of that app registration; it needs the Monitoring Metrics Publisher role on the data collection rule.',
    defaultText: '(none)',
    schema: z.string().min(1).optional(),
  },
  sentinelClientSecret: {
    env: 'WARDEN_SENTINEL_CLIENT_SECRET',
    description: 'Client secret of that app registration (OAuth2 client credentials).',
    defaultText: '(none)',
    secret: true,
    schema: z.string().min(1).optional(),
  },
  sentinelAuthorityHost: {
    env: 'WARDEN_SENTINEL_AUTHORITY_HOST',
    description: 'Microsoft Entra sign-in host; change it for sovereign clouds (e.g. `https://login.microsoftonline.us`).',
    defaultText: 'https://login.microsoftonline.com',
    schema: z.string().min(1).default('https://login.microsoftonline.com'),
  },
  sentinelScope: {
    env: 'WARDEN_SENTINEL_SCOPE',
    description: 'OAuth2 scope of the token; change it for sovereign clouds (`https://monitor.azure.us//.default`, `https://monitor.azure.cn//.default`).',
    defaultText: 'https://monitor.azure.com//.default',
    schema: z.string().min(1).default('https://monitor.azure.com//.default'),
  },
  sentinelMinSeverity: {
    env: 'WARDEN_SENTINEL_MIN_SEVERITY',
    description: 'Lowest severity sent to Sentinel.',
    defaultText: '$WARDEN_MIN_SEVERITY',
    schema: severity.optional(),
  },
  webhookUrl: {
    env: 'WARDEN_WEBHOOK_URL',
    description: 'Generic webhook: each finding is POSTed here as JSON, signed per the Standard Webhooks scheme (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Setting it turns the webhook sink on.',
    defaultText: '(unset: no webhook sink)',
    schema: z.string().min(1).optional(),
  },
  webhookSecret: {
    env: 'WARDEN_WEBHOOK_SECRET',
    description: 'Signing secret for the webhook (`whsec_<base64>` as Standard Webhooks libraries print it, or any string of 24 bytes or more). Required with WARDEN_WEBHOOK_URL.',
    defaultText: '(none)',
    secret: true,
    schema: z.string().min(1).optional(),
  },
  webhookMinSeverity: {
    env: 'WARDEN_WEBHOOK_MIN_SEVERITY',
    description: 'Lowest severity sent to the webhook.',
    defaultText: '$WARDEN_MIN_SEVERITY',
    schema: severity.optional(),
  },
  kafkaSinkBrokers: {
    env: 'WARDEN_KAFKA_SINK_BROKERS',
    description: 'Kafka sink: bootstrap brokers (`host:port,host:port`) of a cluster to publish OCSF findings to; setting it turns the sink on.',
    defaultText: '(unset: no Kafka sink)',
    schema: z.string().min(1).optional(),
  },
  kafkaSinkTopic: {
    env: 'WARDEN_KAFKA_SINK_TOPIC',
    description: 'Topic for OCSF findings (keyed by finding id, so one incident stays in order); created if missing.',
    defaultText: 'warden.ocsf-findings',
    schema: z.string().min(1).default('warden.ocsf-findings'),
  },
  kafkaSinkMinSeverity: {
    env: 'WARDEN_KAFKA_SINK_MIN_SEVERITY',
    description: 'Lowest severity published to the Kafka sink.',
    defaultText: '$WARDEN_MIN_SEVERITY',
    schema: severity.optional(),
  },
  sinkSpoolMaxBytes: {
    env: 'WARDEN_SINK_SPOOL_MAX_BYTES',
    description: "Most bytes of findings each sink may hold on disk (`$WARDEN_DATA_DIR/spool/<sink>`) while its destination is down; when full, Warden stops taking findings in (nothing is dropped) until the sink drains.",
    defaultText: '268435456 (256 MiB)',
    schema: z.coerce.number({ error: 'expected a number of bytes' }).int().min(1024 * 1024, 'at least 1 MiB').default(256 * 1024 * 1024),
  },
  sinkRetryMaxSeconds: {
    env: 'WARDEN_SINK_RETRY_MAX_SECONDS',
    description: "Longest wait between two delivery attempts to a failing sink (waits grow exponentially with jitter up to this; a server's Retry-After is honoured). Also how often a misconfigured sink is tried again.",
    defaultText: '60',
    schema: z.coerce.number({ error: 'expected a number of seconds' }).int().min(1, 'at least 1 second').max(3600, 'at most 3600 seconds').default(60),
  },
  controlPlaneUrl: {
    env: 'WARDEN_CONTROL_PLANE_URL',
    description: "Your agent platform's control-plane webhook: Warden POSTs response actions (throttle, read-only, quarantine, memory rollback, and their undo) here, signed per Standard Webhooks (docs/control-plane.md). Unset: responses are decided, audited and approved, but only recorded.",
    defaultText: '(unset: actions are recorded, not sent)',
    schema: z.string().url('expected a URL such as https://agents.example.com/warden/actions').optional(),
  },
  controlPlaneSecret: {
    env: 'WARDEN_CONTROL_PLANE_SECRET',
    description: 'Signing secret for the control-plane webhook (`whsec_<base64>`, or any string of 24 bytes or more). Required with WARDEN_CONTROL_PLANE_URL.',
    defaultText: '(none)',
    secret: true,
    schema: z.string().min(1).optional(),
  },
  responsePolicyFile: {
    env: 'WARDEN_RESPONSE_POLICY_FILE',
    description: 'JSON response policy (playbooks by severity, signal type and agent criticality; approval rules; circuit breaker), merged over the built-in one described in docs/response.md.',
    defaultText: '(built-in policy)',
    schema: z.string().min(1).optional(),
  },
  responseShadow: {
    env: 'WARDEN_RESPONSE_SHADOW',
    description: 'Shadow mode for every playbook: decisions and approvals are recorded in the audit log and sent to the SIEM as "would have done", nothing reaches the control plane.',
    defaultText: 'false',
    schema: flag(false),
  },
  responseKillSwitch: {
    env: 'WARDEN_RESPONSE_KILL_SWITCH',
    description: 'Start with the kill switch engaged: no automated action at all (detection and alerting go on). It can also be flipped at run time with `warden kill-switch on|off`.',
    defaultText: 'false',
    schema: flag(false),
  },
  adminTokens: {
    env: 'WARDEN_ADMIN_TOKENS',
    description: 'Admin API tokens with their holder and role: `token=alice:approver,token2=ops:admin` (roles: viewer, approver, admin). Unset: the `/api/v1` endpoints (approvals, forensics, kill switch) refuse every call; /metrics and the health probes stay open.',
    defaultText: '(unset: admin API off)',
    secret: true,
    schema: z.string().min(1).optional(),
  },
  adminExternalUrl: {
    env: 'WARDEN_ADMIN_EXTERNAL_URL',
    description: "How analysts reach the admin API, for the forensic-bundle links in High and Critical findings (`finding_info.src_url`).",
    defaultText: 'http://$WARDEN_ADMIN_HOST:$WARDEN_ADMIN_PORT',
    schema: z.string().url('expected a URL such as https://warden.example.com').optional(),
  },
  adminUrl: {
    env: 'WARDEN_ADMIN_URL',
    description: 'For the `warden approvals` and `warden kill-switch` commands: the admin API of the Warden to talk to.',
    defaultText: 'http://127.0.0.1:9464',
    schema: z.string().url('expected a URL such as http://127.0.0.1:9464').optional(),
  },
  adminToken: {
    env: 'WARDEN_ADMIN_TOKEN',
    description: 'For the `warden approvals` and `warden kill-switch` commands: your admin API token (one of WARDEN_ADMIN_TOKENS on the server).',
    defaultText: '(none)',
    secret: true,
    schema: z.string().min(1).optional(),
  },
  logLevel: {
    env: 'WARDEN_LOG_LEVEL',
    description: 'Log level of the JSON logs on stderr.',
    defaultText: 'info',
    schema: z.enum(['debug', 'info', 'warn', 'error'], { error: 'expected debug, info, warn or error' }).default('info'),
  },
} as const satisfies Record<string, SettingSpec>;

export type SettingName = keyof typeof SETTINGS;

export function fileKey(spec: SettingSpec): string {
  return spec.env.replace(/^WARDEN_/, '').toLowerCase();
}
