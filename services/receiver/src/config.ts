import { ConfigError } from '@warden/core';

/**
 * What the OTLP receiver needs to run. Defaults follow the OpenTelemetry Collector's OTLP
 * receiver: localhost only, 4317 (gRPC) and 4318 (HTTP), 20 MiB per request after decompression.
 */
export interface ReceiverConfig {
  /** Address both listeners bind. Localhost by default so nothing is exposed by accident. */
  readonly host: string;
  /** OTLP/gRPC port; 0 picks a free port (tests). */
  readonly grpcPort: number;
  /** OTLP/HTTP port; 0 picks a free port (tests). */
  readonly httpPort: number;
  /** Largest request accepted, measured after decompression (and on the wire). */
  readonly maxRequestBytes: number;
  /** Bearer token → tenant. Undefined: no authentication, every request is tenant `default`. */
  readonly tokens?: ReadonlyMap<string, string>;
  /** Retry-After sent when the cause of a retryable refusal does not say how long to wait. */
  readonly retryAfterSeconds: number;
  /** How long an HTTP client may take to send its request headers. */
  readonly httpHeadersTimeoutMs: number;
  /** How long an HTTP client may take to send a whole request, so slow clients cannot hold sockets. */
  readonly httpRequestTimeoutMs: number;
  /** How long stop() waits for requests in flight before closing their connections. */
  readonly shutdownTimeoutMs: number;
}

export const DEFAULT_TENANT = 'default';

export const DEFAULT_RECEIVER_CONFIG: ReceiverConfig = {
  host: '127.0.0.1',
  grpcPort: 4317,
  httpPort: 4318,
  maxRequestBytes: 20 * 1024 * 1024,
  retryAfterSeconds: 5,
  httpHeadersTimeoutMs: 10_000,
  httpRequestTimeoutMs: 60_000,
  shutdownTimeoutMs: 10_000,
};

/** The same token and tenant rules as the CLI's WARDEN_RECEIVER_TOKENS. */
const TOKEN_PATTERN = /^[A-Za-z0-9._~+/=-]+$/;
// Tenants end up in bus keys (`tenant/agent`) and topic names: no slashes, bounded length.
const TENANT_PATTERN = /^[A-Za-z0-9._-]{1,63}$/;
/** grpc-js keeps message limits in a signed 32-bit int; 1 GiB is far above any sane OTLP batch. */
const MAX_REQUEST_BYTES_LIMIT = 1024 * 1024 * 1024;
const MIN_REQUEST_BYTES = 1024;

const KNOWN_KEYS = new Set<string>([...Object.keys(DEFAULT_RECEIVER_CONFIG), 'tokens']);

/**
 * Checks a raw receiver section (from a config file, the CLI, or code) and fills in defaults.
 * Throws ConfigError listing every problem, each naming the setting and what would be accepted.
 */
export function validateReceiverConfig(raw: unknown): ReceiverConfig {
  const problems: string[] = [];
  if (raw === undefined || raw === null) return DEFAULT_RECEIVER_CONFIG;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError([`receiver: expected an object of settings, got ${describe(raw)}.`]);
  }
  const input = raw as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!KNOWN_KEYS.has(key)) {
      problems.push(`receiver.${key}: unknown setting; known settings are ${[...KNOWN_KEYS].join(', ')}.`);
    }
  }

  const host = input['host'] ?? DEFAULT_RECEIVER_CONFIG.host;
  if (typeof host !== 'string' || host.trim() === '') {
    problems.push(`receiver.host: expected a host name or IP address such as "127.0.0.1" or "0.0.0.0", got ${describe(host)}.`);
  }
  const grpcPort = port(input, 'grpcPort', problems);
  const httpPort = port(input, 'httpPort', problems);
  if (grpcPort !== 0 && grpcPort === httpPort) {
    problems.push(`receiver.grpcPort and receiver.httpPort are both ${grpcPort}: each protocol needs its own port (defaults 4317 and 4318).`);
  }
  const maxRequestBytes = integer(input, 'maxRequestBytes', MIN_REQUEST_BYTES, MAX_REQUEST_BYTES_LIMIT, problems);
  const retryAfterSeconds = integer(input, 'retryAfterSeconds', 1, 3600, problems);
  const httpHeadersTimeoutMs = integer(input, 'httpHeadersTimeoutMs', 100, 600_000, problems);
  const httpRequestTimeoutMs = integer(input, 'httpRequestTimeoutMs', 100, 3_600_000, problems);
  const shutdownTimeoutMs = integer(input, 'shutdownTimeoutMs', 0, 600_000, problems);
  if (httpRequestTimeoutMs < httpHeadersTimeoutMs) {
    problems.push(
      `receiver.httpRequestTimeoutMs (${httpRequestTimeoutMs}) must be at least receiver.httpHeadersTimeoutMs (${httpHeadersTimeoutMs}).`,
    );
  }
  const tokens = tokenMap(input['tokens'], problems);

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    host: (host as string).trim(),
    grpcPort,
    httpPort,
    maxRequestBytes,
    retryAfterSeconds,
    httpHeadersTimeoutMs,
    httpRequestTimeoutMs,
    shutdownTimeoutMs,
    ...(tokens === undefined ? {} : { tokens }),
  };
}

function port(input: Record<string, unknown>, key: 'grpcPort' | 'httpPort', problems: string[]): number {
  const value = input[key] ?? DEFAULT_RECEIVER_CONFIG[key];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 65535) {
    problems.push(`receiver.${key}: expected a port number 0-65535 (0 picks a free port), got ${describe(value)}.`);
    return DEFAULT_RECEIVER_CONFIG[key];
  }
  return value;
}

type IntegerKey = 'maxRequestBytes' | 'retryAfterSeconds' | 'httpHeadersTimeoutMs' | 'httpRequestTimeoutMs' | 'shutdownTimeoutMs';

function integer(input: Record<string, unknown>, key: IntegerKey, min: number, max: number, problems: string[]): number {
  const value = input[key] ?? DEFAULT_RECEIVER_CONFIG[key];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    problems.push(`receiver.${key}: expected a whole number from ${min} to ${max}, got ${describe(value)}.`);
    return DEFAULT_RECEIVER_CONFIG[key];
  }
  return value;
}

/** Accepts a Map or a plain object `{ "<token>": "<tenant>" }`. */
function tokenMap(value: unknown, problems: string[]): ReadonlyMap<string, string> | undefined {
  if (value === undefined || value === null) return undefined;
  let entries: [unknown, unknown][];
  if (value instanceof Map) {
    entries = [...(value as Map<unknown, unknown>).entries()];
  } else if (typeof value === 'object' && !Array.isArray(value)) {
    entries = Object.entries(value as Record<string, unknown>);
  } else {
    problems.push(`receiver.tokens: expected a map of bearer token to tenant such as {"s3cret": "acme"}, got ${describe(value)}.`);
    return undefined;
  }
  if (entries.length === 0) {
    // An empty map would lock every client out while looking configured; say so instead.
    problems.push('receiver.tokens: is empty; list at least one token, or leave it unset to accept every request as tenant "default".');
    return undefined;
  }
  const tokens = new Map<string, string>();
  entries.forEach(([token, tenant], i) => {
    if (typeof token !== 'string' || !TOKEN_PATTERN.test(token)) {
      problems.push(`receiver.tokens entry ${i + 1}: a token must be non-empty and use only letters, digits and -._~+/=.`);
    } else if (typeof tenant !== 'string' || !TENANT_PATTERN.test(tenant)) {
      problems.push(`receiver.tokens entry ${i + 1}: tenant ${describe(tenant)} must be 1-63 letters, digits, dots, dashes or underscores.`);
    } else {
      tokens.set(token, tenant);
    }
  });
  return tokens;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return String(value);
}
