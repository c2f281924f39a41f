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

const severity = z.enum(['informational', 'low', 'medium', 'high', 'critical'], {
  error: 'expected one of informational, low, medium, high, critical',
});

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
    description: 'A session with no span for this long (event time) is complete: the baseline learns from it and the scorer forgets it.',
    defaultText: '900',
    schema: z.coerce.number({ error: 'expected a number of seconds' }).int().min(10, 'at least 10 seconds').default(900),
  },
  busCapacity: {
    env: 'WARDEN_BUS_CAPACITY',
    description: 'Embedded mode: most unprocessed events a stage may queue before the receiver asks clients to retry (OTLP UNAVAILABLE / 503).',
    defaultText: '200000',
    schema: z.coerce.number({ error: 'expected a number of events' }).int().min(100, 'at least 100').default(200_000),
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
