import type { DeliveryOutcome } from '../../delivery/delivery-target';
import { parseRetryAfterMs } from '../retry-after';

/** Enough of a response body to tell an operator what the receiver said. */
const BODY_SNIPPET_CHARS = 200;

/**
 * What one webhook response means for delivery (Standard Webhooks' status handling):
 * - 2xx: delivered.
 * - 408, 429, 5xx (except 501): retry; `Retry-After` (seconds or HTTP date) is passed on.
 * - 413: too large.
 * - 3xx, 401, 403, 404, 405, 410, 501: the endpoint refuses us, not the finding, so nothing is
 *   dead-lettered and fixing the URL, secret or credentials delivers everything. Redirects are not
 *   followed (the spec asks senders to have the URL updated instead; following them also invites SSRF).
 *   410 is the receiver asking to be left alone, which an operator has to act on.
 * - Any other 4xx: this finding is refused and would be again.
 *
 * Pure: `nowMs` resolves an HTTP-date `Retry-After`. The reason quotes the start of the body with
 * anything shaped like a signature or secret removed, in case the receiver echoes request headers.
 */
export function classifyWebhookResponse(
  status: number,
  headers: { get(name: string): string | null },
  bodyText: string,
  nowMs: number,
): DeliveryOutcome {
  const said = snippet(bodyText);
  const answered = `the webhook receiver answered ${status}${said === '' ? '' : `: ${said}`}`;
  if (status >= 200 && status <= 299) return { kind: 'delivered' };
  if (status === 408 || status === 429 || (status >= 500 && status <= 599 && status !== 501)) {
    const retryAfterMs = parseRetryAfterMs(headers.get('retry-after'), nowMs);
    return { kind: 'retry', reason: answered, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
  }
  if (status === 413) {
    return { kind: 'too_large', reason: `${answered} (request body over the receiver's size limit)` };
  }
  const fix = MISCONFIGURED_HINTS[status] ?? (status >= 300 && status <= 399 ? REDIRECT_HINT : undefined);
  if (fix !== undefined) return { kind: 'misconfigured', reason: `${answered}. ${fix}` };
  if (status >= 400 && status <= 499) return { kind: 'rejected', reason: `${answered} (the receiver refuses this finding)` };
  // 1xx or a status outside HTTP: nothing says the data is at fault, so keep it and flag the endpoint.
  return { kind: 'misconfigured', reason: `${answered}. This is not a status a webhook receiver should send; check what serves webhook.url.` };
}

const REDIRECT_HINT = 'Redirects are not followed: set webhook.url to the address the receiver moved to.';

const MISCONFIGURED_HINTS: Readonly<Record<number, string>> = {
  401: "Check that webhook.secret matches the receiver's signing secret, and that this host's clock is correct (receivers reject stale webhook-timestamp values).",
  403: 'The receiver does not allow this sender: check the credentials in webhook.headers and any IP allow-list in front of it.',
  404: 'Nothing receives webhooks at webhook.url: check its path.',
  405: 'webhook.url does not accept POST: check that it is the webhook endpoint.',
  410: 'The receiver says this endpoint is gone and asks senders to stop: remove the webhook sink or set a new webhook.url.',
  501: 'The server at webhook.url does not implement webhook POSTs: check that it is the webhook endpoint.',
};

function snippet(bodyText: string): string {
  const oneLine = bodyText
    .replace(/v1a?,[A-Za-z0-9+/=]{16,}/g, 'v1,[redacted]')
    .replace(/whsec_[A-Za-z0-9+/=]+/g, 'whsec_[redacted]')
    .replace(/\s+/g, ' ')
    .trim();
  return oneLine.length > BODY_SNIPPET_CHARS ? `${oneLine.slice(0, BODY_SNIPPET_CHARS)}…` : oneLine;
}
