import type { DeliveryOutcome } from '../../delivery/delivery-target';

// The receiver's name or certificate is wrong: waiting will not help, fixing webhook.url will.
const ENDPOINT_ERRORS: Readonly<Record<string, string>> = {
  ENOTFOUND: 'the host in webhook.url does not resolve; check its spelling',
  ERR_INVALID_URL: 'webhook.url is not a valid URL',
  ERR_TLS_CERT_ALTNAME_INVALID: "the receiver's TLS certificate is not valid for the host in webhook.url",
  CERT_HAS_EXPIRED: "the receiver's TLS certificate has expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the receiver uses a self-signed TLS certificate; trust its CA with NODE_EXTRA_CA_CERTS',
  SELF_SIGNED_CERT_IN_CHAIN: "the receiver's TLS chain ends in an untrusted self-signed CA; trust it with NODE_EXTRA_CA_CERTS",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the receiver's TLS certificate chain is incomplete or untrusted; trust its CA with NODE_EXTRA_CA_CERTS",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "the receiver's TLS certificate issuer is not trusted; trust its CA with NODE_EXTRA_CA_CERTS",
};

/**
 * What a request that got no HTTP response means. Timeouts, refused or reset connections and
 * transient DNS failures are retried; a host that does not exist or a certificate that can never
 * verify is a configuration problem. Reasons name the error code only: Node's messages can include
 * the full URL, and webhook URLs often carry a token.
 */
export function classifyWebhookTransportError(err: unknown, timeoutMs: number): DeliveryOutcome {
  // Duck-typed: fetch's errors (and DOMException) may come from another realm, failing instanceof.
  const name = typeof err === 'object' && err !== null ? (err as { name?: unknown }).name : undefined;
  if (name === 'TimeoutError') return { kind: 'retry', reason: `the webhook receiver did not answer within ${timeoutMs} ms` };
  if (name === 'AbortError') return { kind: 'retry', reason: 'the webhook request was aborted (the sink is stopping)' };
  const code = errorCode(err);
  const endpointProblem = code === undefined ? undefined : ENDPOINT_ERRORS[code];
  if (endpointProblem !== undefined) return { kind: 'misconfigured', reason: `cannot reach the webhook receiver (${code}): ${endpointProblem}` };
  return { kind: 'retry', reason: `cannot reach the webhook receiver (${code ?? 'network error'})` };
}

/** fetch wraps the socket error: `TypeError('fetch failed', { cause })`, sometimes nested once more. */
function errorCode(err: unknown): string | undefined {
  let current: unknown = err;
  for (let depth = 0; depth < 4 && current !== undefined && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z0-9_]+$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
