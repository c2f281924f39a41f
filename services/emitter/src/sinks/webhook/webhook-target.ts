import { InvalidInputError, STANDARD_WEBHOOK_HEADERS, signStandardWebhook, type Clock, type Logger } from '@warden/core';
import type { DeliveryOutcome, DeliveryTarget, OutboundRecord } from '../../delivery/delivery-target';
import { classifyWebhookResponse } from './classify-webhook-response';
import { classifyWebhookTransportError } from './classify-webhook-transport-error';
import { describeWebhookEndpoint, webhookConfigWarnings, type WebhookConfig } from './webhook-config';
import { encodeWebhookPayload } from './webhook-payload';

export interface WebhookTargetDeps {
  /** Defaults to the global fetch (undici). */
  readonly fetch?: typeof fetch;
  /** Stamps `webhook-timestamp` at each attempt. */
  readonly clock: Clock;
  readonly logger: Logger;
}

/** Enough of an error body for the reason; the rest is discarded unread. */
const MAX_RESPONSE_BYTES = 4096;

/**
 * POSTs each finding to one HTTP endpoint, signed per Standard Webhooks. `webhook-id` is the record
 * id (OCSF `metadata.uid`), the same on every retry so the receiver can drop duplicates;
 * `webhook-timestamp` is the attempt's own time, so each attempt is signed afresh and passes the
 * receiver's replay window however late it comes. One attempt per `send`; retries are the core's.
 */
export function createWebhookTarget(config: WebhookConfig, deps: WebhookTargetDeps): DeliveryTarget {
  const doFetch = deps.fetch ?? fetch;
  const endpoint = describeWebhookEndpoint(config.url);
  const logger = deps.logger.child({ sink: config.name, kind: 'webhook', endpoint });
  const secrets = config.previousSecret === undefined ? [config.secret] : [config.secret, config.previousSecret];

  async function sendOne(record: OutboundRecord, signal: AbortSignal): Promise<DeliveryOutcome> {
    const body = encodeWebhookPayload(record, config.payload);
    const timestampSeconds = Math.floor(deps.clock.nowMs() / 1000);
    let signature: string;
    try {
      signature = secrets.map((secret) => signStandardWebhook({ id: record.id, timestampSeconds, body, secret })).join(' ');
    } catch (err) {
      // Only the record can be at fault here (the secrets were validated with the config).
      if (err instanceof InvalidInputError) return { kind: 'rejected', reason: err.message };
      throw err;
    }

    const startedMs = deps.clock.nowMs();
    let response: Response;
    try {
      response = await doFetch(config.url, {
        method: 'POST',
        headers: {
          ...config.headers,
          'content-type': 'application/json',
          'user-agent': 'Warden',
          [STANDARD_WEBHOOK_HEADERS.id]: record.id,
          [STANDARD_WEBHOOK_HEADERS.timestamp]: String(timestampSeconds),
          [STANDARD_WEBHOOK_HEADERS.signature]: signature,
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.any([signal, AbortSignal.timeout(config.timeoutMs)]),
      });
    } catch (err) {
      const outcome = classifyWebhookTransportError(err, config.timeoutMs);
      logger.debug({ webhookId: record.id, outcome: outcome.kind, reason: reasonOf(outcome) }, 'webhook request failed');
      return outcome;
    }
    // The status decides; a body cut off mid-read only loses the operator's hint.
    const bodyText = await readBodyStart(response).catch(() => '');
    const outcome = classifyWebhookResponse(response.status, response.headers, bodyText, deps.clock.nowMs());
    logger.debug(
      { webhookId: record.id, status: response.status, outcome: outcome.kind, durationMs: deps.clock.nowMs() - startedMs },
      'webhook request answered',
    );
    return outcome;
  }

  return {
    name: config.name,
    kind: 'webhook',
    minSeverity: config.minSeverity,
    batch: config.batch,
    async start() {
      for (const warning of webhookConfigWarnings(config)) logger.warn({}, warning);
      logger.info({ payload: config.payload, rotating: config.previousSecret !== undefined }, 'webhook sink ready');
    },
    async send(records, signal) {
      // Each record is its own signed request. Stopping at the first failure keeps order; records
      // already delivered in this call are sent again with the core's retry, under the same
      // webhook-id, which receivers drop as duplicates.
      for (const record of records) {
        if (signal.aborted) return { kind: 'retry', reason: 'the webhook sink is stopping; the batch stays spooled' };
        const outcome = await sendOne(record, signal);
        if (outcome.kind !== 'delivered') return outcome;
      }
      return { kind: 'delivered' };
    },
  };
}

async function readBodyStart(response: Response): Promise<string> {
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    while (total < MAX_RESPONSE_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      total += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return Buffer.concat(chunks).subarray(0, MAX_RESPONSE_BYTES).toString('utf8');
}

function reasonOf(outcome: DeliveryOutcome): string | undefined {
  return outcome.kind === 'delivered' ? undefined : outcome.reason;
}
