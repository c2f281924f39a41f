import { STANDARD_WEBHOOK_HEADERS, webhookSigningKey, type Severity } from '@warden/core';
import type { BatchLimits } from '../../delivery/delivery-target';
import { describeValue, openSinkSettings, type BatchRules, type SinkSettings, type WholeNumberRule } from '../sink-settings';

/**
 * What the body of each request is.
 * - `envelope` (default): the Standard Webhooks event shape
 *   `{ "type": "warden.finding.create|update|close", "timestamp": <RFC 3339 of OCSF time>, "data": <OCSF record> }`,
 *   so automation (SOAR, chat bridges, functions) can route on `type` without knowing OCSF.
 * - `ocsf`: the bare OCSF Detection Finding, for collectors that index OCSF as it comes.
 */
export type WebhookPayloadFormat = 'envelope' | 'ocsf';

export interface WebhookConfig {
  /** Sink name: spool directory and metric label. */
  readonly name: string;
  /** Where findings are POSTed. https, except for a receiver on this host. */
  readonly url: string;
  /**
   * Signing secret shared with the receiver. `whsec_<base64>` (what Standard Webhooks libraries print
   * and expect) is base64-decoded into the HMAC key; any other string of at least 24 bytes is used as
   * its UTF-8 bytes, for receivers that check a plain HMAC with a shared string.
   */
  readonly secret: string;
  /** During a rotation, requests carry a second signature made with this one, so the receiver can switch at its own pace. */
  readonly previousSecret?: string;
  readonly minSeverity: Severity;
  readonly payload: WebhookPayloadFormat;
  /** Extra static headers (e.g. a receiver's own `Authorization`). Values are never logged. */
  readonly headers: Readonly<Record<string, string>>;
  /** Per request; Standard Webhooks recommends 15-30 s so receivers have time to acknowledge. */
  readonly timeoutMs: number;
  /**
   * One finding per request by default: `webhook-id` names one event, and it is what the receiver
   * dedupes on, so a request carrying several findings could not be deduplicated per finding. A larger
   * `maxRecords` only lets the delivery core hand over several records per call; each still goes out
   * as its own signed request, in order.
   */
  readonly batch: BatchLimits;
}

export const DEFAULT_WEBHOOK_NAME = 'webhook';

export const DEFAULT_WEBHOOK_SETTINGS = {
  name: DEFAULT_WEBHOOK_NAME,
  minSeverity: 'low' as Severity,
  payload: 'envelope' as WebhookPayloadFormat,
  timeoutMs: 15_000,
  // Standard Webhooks suggests payloads under 20 KB; OCSF records with evidence run larger, and
  // 1 MiB is the smallest common receiver limit (API gateways, serverless functions).
  batch: { maxRecords: 1, maxBytes: 1024 * 1024, maxWaitMs: 0 } satisfies BatchLimits,
};

const KNOWN_KEYS = ['name', 'url', 'secret', 'previousSecret', 'minSeverity', 'payload', 'headers', 'timeoutMs', 'batch'];
const TIMEOUT_MS: WholeNumberRule = { default: DEFAULT_WEBHOOK_SETTINGS.timeoutMs, min: 1_000, max: 120_000 };
const BATCH: BatchRules = {
  maxRecords: { default: DEFAULT_WEBHOOK_SETTINGS.batch.maxRecords, min: 1, max: 100 },
  maxBytes: { default: DEFAULT_WEBHOOK_SETTINGS.batch.maxBytes, min: 1024, max: 64 * 1024 * 1024 },
  maxWaitMs: { default: DEFAULT_WEBHOOK_SETTINGS.batch.maxWaitMs, min: 0, max: 60_000 },
};
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// Set by the sink itself: overriding them would break signing, framing or routing.
const RESERVED_HEADERS = new Set([
  STANDARD_WEBHOOK_HEADERS.id,
  STANDARD_WEBHOOK_HEADERS.timestamp,
  STANDARD_WEBHOOK_HEADERS.signature,
  'content-type',
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'host',
  'connection',
]);
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Checks a raw webhook section (from the CLI settings, a config file or code) and fills in
 * defaults. Throws ConfigError listing every problem, each naming the setting and what would be
 * accepted. Secrets and header values are never quoted back.
 */
export function validateWebhookConfig(raw: unknown): WebhookConfig {
  const settings = openSinkSettings(raw, 'webhook', KNOWN_KEYS, ['url', 'secret']);
  const name = settings.name(DEFAULT_WEBHOOK_SETTINGS.name);
  const url = endpointUrl(settings);
  const secret = signingSecret(settings, 'secret');
  const previousSecret = settings.raw('previousSecret') === undefined ? undefined : signingSecret(settings, 'previousSecret');
  if (secret !== undefined && previousSecret !== undefined && secret === previousSecret) {
    settings.problem('previousSecret', 'is the same as webhook.secret; set it to the secret being replaced, or remove it once the rotation is done.');
  }
  const minSeverity = settings.minSeverity(DEFAULT_WEBHOOK_SETTINGS.minSeverity);
  const payload = settings.raw('payload') ?? DEFAULT_WEBHOOK_SETTINGS.payload;
  if (payload !== 'envelope' && payload !== 'ocsf') {
    settings.problem('payload', `expected "envelope" ({type, timestamp, data}) or "ocsf" (the bare OCSF record), got ${describeValue(payload)}.`);
  }
  const headers = extraHeaders(settings);
  const timeoutMs = settings.timeoutMs(TIMEOUT_MS);
  const batch = settings.batch(BATCH);

  settings.throwIfProblems();
  return {
    name,
    url: url!,
    secret: secret!,
    ...(previousSecret === undefined ? {} : { previousSecret }),
    minSeverity,
    payload: payload as WebhookPayloadFormat,
    headers,
    timeoutMs,
    batch,
  };
}

/** Things that work but deserve a word at start: logged by the target, not fatal. */
export function webhookConfigWarnings(config: WebhookConfig): string[] {
  const warnings: string[] = [];
  const url = new URL(config.url);
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) {
    warnings.push(
      `webhook.url uses plain http to ${url.host}: the signature stops tampering but not eavesdropping, and findings carry agent and session details. Use https.`,
    );
  }
  if (config.timeoutMs < 15_000) {
    warnings.push(`webhook.timeoutMs is ${config.timeoutMs} ms; receivers are usually given 15-30 s to answer, so slow ones will be retried and see duplicates.`);
  }
  return warnings;
}

/**
 * The endpoint as it may appear in logs and reasons: scheme, host and port only. Webhook URLs
 * often carry a token in their path or query (chat and automation services), so those stay out.
 */
export function describeWebhookEndpoint(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}`;
}

function endpointUrl(settings: SinkSettings): string | undefined {
  // Secret: webhook URLs often carry a token, so a refused one is never quoted back.
  const value = settings.requiredText('url', 'the receiver\'s URL such as "https://hooks.example.com/warden"', { secret: true });
  if (value === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    settings.problem('url', 'is not a valid absolute URL; expected e.g. "https://hooks.example.com/warden".');
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    settings.problem('url', `scheme "${parsed.protocol.replace(/:$/, '')}" is not supported; use https (or http for a receiver on this host).`);
    return undefined;
  }
  if (parsed.username !== '' || parsed.password !== '') {
    settings.problem('url', 'must not contain user:password@; put the receiver\'s credentials in webhook.headers (e.g. {"authorization": "Basic …"}).');
    return undefined;
  }
  return parsed.href;
}

/** Not trimmed, unlike other text: a raw shared secret is used byte for byte as the HMAC key. */
function signingSecret(settings: SinkSettings, key: 'secret' | 'previousSecret'): string | undefined {
  const value = settings.raw(key);
  if (typeof value !== 'string' || value === '') {
    settings.problem(
      key,
      `expected the signing secret shared with the receiver ("whsec_<base64>" or a string of at least 24 bytes), got ${describeValue(value, { secret: true })}.`,
    );
    return undefined;
  }
  try {
    webhookSigningKey(value);
    return value;
  } catch (err) {
    settings.problem(key, (err as Error).message);
    return undefined;
  }
}

function extraHeaders(settings: SinkSettings): Readonly<Record<string, string>> {
  const value = settings.raw('headers');
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    settings.problem('headers', `expected an object of header name to value such as {"authorization": "Bearer …"}, got ${describeValue(value)}.`);
    return {};
  }
  const headers: Record<string, string> = {};
  for (const [name, headerValue] of Object.entries(value as Record<string, unknown>)) {
    const lower = name.toLowerCase();
    if (!HEADER_NAME.test(name)) {
      settings.problem('headers', `${JSON.stringify(name.slice(0, 40))} is not a valid HTTP header name.`);
    } else if (RESERVED_HEADERS.has(lower)) {
      settings.problem(`headers.${name}`, 'is set by the webhook sink itself (signing and framing); remove it.');
    } else if (typeof headerValue !== 'string' || /[\r\n\0]/.test(headerValue)) {
      settings.problem(`headers.${name}`, 'expected a single-line string value.');
    } else if (lower in headers) {
      settings.problem(`headers.${name}`, 'given twice (header names are case-insensitive).');
    } else {
      headers[lower] = headerValue;
    }
  }
  return headers;
}
