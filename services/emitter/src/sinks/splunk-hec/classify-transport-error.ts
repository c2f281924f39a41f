import type { DeliveryOutcome } from '../../delivery/delivery-target';

// Certificate problems do not heal by retrying sooner; they need a trusted CA or a fixed URL.
const TLS_TRUST_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/**
 * What a failed request (no HTTP answer at all) means. Pure; reads `name`, `code` and `message`
 * down the `cause` chain, because fetch wraps the socket error in "TypeError: fetch failed".
 *
 * Timeouts, refused or reset connections and DNS hiccups are transient → retry. An unknown host
 * name or an untrusted certificate will not fix itself → misconfigured (the batch is kept, the
 * sink is reported unhealthy). Anything unrecognised is treated as transient, since retrying
 * loses nothing.
 */
export function classifySplunkHecTransportError(err: unknown): DeliveryOutcome {
  const chain = causeChain(err);
  const names = chain.map((e) => e.name);
  const codes = chain.map((e) => e.code).filter((c): c is string => c !== undefined);
  const detail = chain
    .map((e) => e.message)
    .filter((m) => m !== '')
    .join(': ');

  if (names.includes('TimeoutError')) return { kind: 'retry', reason: `Splunk HEC did not answer in time (${detail})` };
  if (names.includes('AbortError')) return { kind: 'retry', reason: 'the request to Splunk HEC was aborted (shutting down)' };
  const tlsCode = codes.find((c) => TLS_TRUST_CODES.has(c));
  if (tlsCode !== undefined) {
    return {
      kind: 'misconfigured',
      reason: `TLS to Splunk HEC failed (${tlsCode}: ${detail}); trust the HEC certificate's CA with NODE_EXTRA_CA_CERTS or fix the host name in splunk.url`,
    };
  }
  if (codes.includes('ERR_SSL_WRONG_VERSION_NUMBER') || /wrong version number/i.test(detail)) {
    return {
      kind: 'misconfigured',
      reason: `TLS to Splunk HEC failed (${detail}); splunk.url says https but the port speaks plain HTTP (or the reverse)`,
    };
  }
  if (codes.includes('ENOTFOUND')) {
    return { kind: 'misconfigured', reason: `the Splunk HEC host name does not resolve (${detail}); check splunk.url` };
  }
  return { kind: 'retry', reason: `could not reach Splunk HEC (${detail || 'unknown network error'})` };
}

interface ErrorLink {
  readonly name: string;
  readonly code?: string;
  readonly message: string;
}

function causeChain(err: unknown): ErrorLink[] {
  const chain: ErrorLink[] = [];
  let current: unknown = err;
  // Bounded: a cause chain can be circular.
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
    if (typeof current !== 'object') {
      chain.push({ name: 'Error', message: String(current) });
      break;
    }
    const e = current as { name?: unknown; code?: unknown; message?: unknown; cause?: unknown };
    chain.push({
      name: typeof e.name === 'string' ? e.name : 'Error',
      ...(typeof e.code === 'string' ? { code: e.code } : {}),
      message: typeof e.message === 'string' ? e.message : '',
    });
    current = e.cause;
  }
  return chain;
}
