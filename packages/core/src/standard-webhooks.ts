import { createHmac, timingSafeEqual } from 'node:crypto';
import { InvalidInputError } from './errors';

/**
 * Standard Webhooks v1 symmetric signatures (https://www.standardwebhooks.com): the sender signs
 * `{webhook-id}.{webhook-timestamp}.{body}` with HMAC-SHA256 and sends `v1,<base64>`; the receiver
 * recomputes it. Pure (no clock, no I/O) so the findings sink and the control-plane webhooks share
 * one implementation, and receivers in tests verify exactly what senders produce.
 */

export const STANDARD_WEBHOOK_HEADERS = {
  id: 'webhook-id',
  timestamp: 'webhook-timestamp',
  signature: 'webhook-signature',
} as const;

/** How Standard Webhooks libraries print a symmetric secret: this prefix, then the key in base64. */
export const WEBHOOK_SECRET_PREFIX = 'whsec_';

/** The spec's floor for a symmetric key (192 bits). */
export const MIN_WEBHOOK_SECRET_BYTES = 24;

/** Replay window receivers apply when not told otherwise (the reference libraries use 5 minutes). */
export const DEFAULT_WEBHOOK_TOLERANCE_SECONDS = 300;

const SIGNATURE_VERSION = 'v1';
const HMAC_SHA256_BYTES = 32;
const STRICT_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
// A dot would let one signed string parse as a different (id, timestamp, body) split, and the
// id travels as a header value: printable ASCII without dots or spaces, bounded.
const WEBHOOK_ID = /^[\x21-\x2d\x2f-\x7e]{1,256}$/;
const TIMESTAMP = /^\d{1,15}$/;

/**
 * The HMAC key a secret stands for. `whsec_<base64>` is decoded (that is what Standard Webhooks
 * libraries on the receiving side do); any other string is used as its UTF-8 bytes, for receivers
 * that were handed a plain shared secret. Either way the key must be at least 24 bytes.
 * Errors never quote the secret.
 */
export function webhookSigningKey(secret: string): Buffer {
  if (secret.startsWith(WEBHOOK_SECRET_PREFIX)) {
    const encoded = secret.slice(WEBHOOK_SECRET_PREFIX.length);
    if (!STRICT_BASE64.test(encoded) || encoded.length === 0) {
      throw new InvalidInputError(
        'WEBHOOK_SECRET_INVALID',
        `a webhook secret starting with "${WEBHOOK_SECRET_PREFIX}" must continue with standard padded base64; copy it again from the receiver, or drop the prefix to use the string itself as the key.`,
      );
    }
    const key = Buffer.from(encoded, 'base64');
    if (key.length < MIN_WEBHOOK_SECRET_BYTES) {
      throw new InvalidInputError(
        'WEBHOOK_SECRET_TOO_SHORT',
        `the webhook secret decodes to ${key.length} bytes; Standard Webhooks requires at least ${MIN_WEBHOOK_SECRET_BYTES} random bytes (e.g. "${WEBHOOK_SECRET_PREFIX}" + \`openssl rand -base64 32\`).`,
      );
    }
    return key;
  }
  const key = Buffer.from(secret, 'utf8');
  if (key.length < MIN_WEBHOOK_SECRET_BYTES) {
    throw new InvalidInputError(
      'WEBHOOK_SECRET_TOO_SHORT',
      `the webhook secret is ${key.length} bytes; use at least ${MIN_WEBHOOK_SECRET_BYTES} (e.g. \`openssl rand -base64 32\`), or a "${WEBHOOK_SECRET_PREFIX}<base64>" secret from the receiver.`,
    );
  }
  return key;
}

export interface StandardWebhookSigningInput {
  /** `webhook-id`: one per event, unchanged across retries. */
  readonly id: string;
  /** `webhook-timestamp`: this attempt, in whole Unix seconds. */
  readonly timestampSeconds: number;
  /** Exactly the bytes that go on the wire. */
  readonly body: string | Uint8Array;
  readonly secret: string;
}

/** One `v1,<base64>` signature. Send several, space-separated, while rotating secrets. */
export function signStandardWebhook(input: StandardWebhookSigningInput): string {
  if (!WEBHOOK_ID.test(input.id)) {
    throw new InvalidInputError(
      'WEBHOOK_ID_INVALID',
      `webhook-id ${JSON.stringify(input.id.slice(0, 80))} cannot be signed: it must be 1-256 printable ASCII characters without dots or spaces.`,
    );
  }
  if (!Number.isSafeInteger(input.timestampSeconds) || input.timestampSeconds < 0) {
    throw new InvalidInputError(
      'WEBHOOK_TIMESTAMP_INVALID',
      `webhook-timestamp must be whole non-negative Unix seconds, got ${String(input.timestampSeconds)}.`,
    );
  }
  return `${SIGNATURE_VERSION},${mac(webhookSigningKey(input.secret), input.id, String(input.timestampSeconds), input.body).toString('base64')}`;
}

/** Where the verifier reads headers from: a fetch `Headers`, or Node's `req.headers`. */
export type WebhookHeaderSource =
  | { get(name: string): string | null }
  | Readonly<Record<string, string | readonly string[] | undefined>>;

export type StandardWebhookFailure =
  | 'missing_header'
  | 'invalid_timestamp'
  | 'timestamp_too_old'
  | 'timestamp_too_new'
  | 'no_matching_signature';

export type StandardWebhookVerification =
  | { readonly ok: true; readonly id: string; readonly timestampSeconds: number }
  | { readonly ok: false; readonly failure: StandardWebhookFailure; readonly message: string };

export interface StandardWebhookVerifyOptions {
  /** How far `webhook-timestamp` may be from `nowSeconds`, either way. */
  readonly toleranceSeconds: number;
  readonly nowSeconds: number;
}

/**
 * Checks a received webhook: all three headers present, the timestamp inside the replay window,
 * and at least one `v1` signature made with one of `secrets` (several during a rotation). Other
 * signature versions in the header (e.g. `v1a`) are ignored. Comparison is constant-time.
 * Returns why it failed rather than throwing, so receivers can answer 401 and count; a malformed
 * secret in `secrets` is the receiver's configuration error and throws.
 */
export function verifyStandardWebhook(
  headers: WebhookHeaderSource,
  body: string | Uint8Array,
  secrets: readonly string[],
  options: StandardWebhookVerifyOptions,
): StandardWebhookVerification {
  if (secrets.length === 0) {
    throw new InvalidInputError('WEBHOOK_SECRET_MISSING', 'verifyStandardWebhook needs at least one secret to verify against.');
  }
  const keys = secrets.map(webhookSigningKey);
  const id = readHeader(headers, STANDARD_WEBHOOK_HEADERS.id);
  const timestamp = readHeader(headers, STANDARD_WEBHOOK_HEADERS.timestamp);
  const signatureHeader = readHeader(headers, STANDARD_WEBHOOK_HEADERS.signature);
  if (id === undefined || timestamp === undefined || signatureHeader === undefined) {
    const missing = Object.values(STANDARD_WEBHOOK_HEADERS).filter((name) => readHeader(headers, name) === undefined);
    return fail('missing_header', `missing or repeated header(s): ${missing.join(', ')}`);
  }
  if (!TIMESTAMP.test(timestamp)) {
    return fail('invalid_timestamp', `${STANDARD_WEBHOOK_HEADERS.timestamp} must be whole Unix seconds`);
  }
  const timestampSeconds = Number(timestamp);
  if (timestampSeconds < options.nowSeconds - options.toleranceSeconds) {
    return fail('timestamp_too_old', `${STANDARD_WEBHOOK_HEADERS.timestamp} is more than ${options.toleranceSeconds}s in the past`);
  }
  if (timestampSeconds > options.nowSeconds + options.toleranceSeconds) {
    return fail('timestamp_too_new', `${STANDARD_WEBHOOK_HEADERS.timestamp} is more than ${options.toleranceSeconds}s in the future`);
  }

  const offered = signatureHeader
    .split(' ')
    .filter((s) => s.startsWith(`${SIGNATURE_VERSION},`))
    .map((s) => Buffer.from(s.slice(SIGNATURE_VERSION.length + 1), 'base64'))
    // timingSafeEqual needs equal lengths; a wrong-length value can never match anyway.
    .filter((b) => b.length === HMAC_SHA256_BYTES);
  for (const key of keys) {
    const expected = mac(key, id, timestamp, body);
    for (const candidate of offered) {
      if (timingSafeEqual(expected, candidate)) return { ok: true, id, timestampSeconds };
    }
  }
  return fail('no_matching_signature', `no ${SIGNATURE_VERSION} signature matches the configured secret(s)`);
}

function mac(key: Buffer, id: string, timestamp: string, body: string | Uint8Array): Buffer {
  return createHmac('sha256', key).update(`${id}.${timestamp}.`, 'utf8').update(body).digest();
}

function readHeader(headers: WebhookHeaderSource, name: string): string | undefined {
  if (typeof headers.get === 'function') {
    const value = (headers as { get(name: string): string | null }).get(name);
    return value === null || value === '' ? undefined : value;
  }
  const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  // A repeated header is ambiguous (which one was signed?), so it counts as missing.
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function fail(failure: StandardWebhookFailure, message: string): StandardWebhookVerification {
  return { ok: false, failure, message };
}
