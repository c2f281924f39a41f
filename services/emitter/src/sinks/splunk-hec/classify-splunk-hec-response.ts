import type { DeliveryOutcome } from '../../delivery/delivery-target';
import { parseRetryAfterMs } from '../retry-after';
import { parseSplunkHecReply, type SplunkHecReply } from './splunk-hec-reply';

/** The part of a fetch `Headers` the classifier reads. */
export interface ResponseHeaderReader {
  get(name: string): string | null;
}

type OutcomeKind = Exclude<DeliveryOutcome['kind'], 'delivered'>;

interface HecCodeRule {
  readonly kind: OutcomeKind;
  /** What the operator should do; appended to the reason. */
  readonly advice: string;
}

/**
 * HEC status codes (the `code` in the reply body), after Splunk's "Troubleshoot HTTP Event
 * Collector" table. The code is more precise than the HTTP status (400 alone covers bad data,
 * a wrong index and a missing channel), so it decides first.
 */
const HEC_CODES: ReadonlyMap<number, HecCodeRule> = new Map<number, HecCodeRule>([
  [1, { kind: 'misconfigured', advice: 'the token is disabled; enable it in Splunk (Data inputs > HTTP Event Collector) or set another splunk.token' }],
  [2, { kind: 'misconfigured', advice: 'no token reached Splunk; set splunk.token' }],
  [3, { kind: 'misconfigured', advice: 'Splunk did not accept the Authorization header; check splunk.token for stray characters' }],
  [4, { kind: 'misconfigured', advice: 'Splunk does not know this token; check that splunk.token and splunk.url belong to the same deployment' }],
  [5, { kind: 'rejected', advice: 'the request carried no events' }],
  [6, { kind: 'rejected', advice: 'Splunk could not parse an event' }],
  // The index is ours, not the record's: bisecting would dead-letter every finding for a config fix.
  [7, { kind: 'misconfigured', advice: "splunk.index is not in the token's allowed indexes; add it to the token or change splunk.index" }],
  [8, { kind: 'retry', advice: 'Splunk had an internal error' }],
  [9, { kind: 'retry', advice: 'Splunk is busy (indexing queues full)' }],
  [10, { kind: 'misconfigured', advice: 'the token has indexer acknowledgement on; set splunk.ack to true, or turn acknowledgement off on the token' }],
  [11, { kind: 'misconfigured', advice: 'Splunk refused the data channel; leave splunk.ack.channel unset for a random GUID' }],
  [12, { kind: 'rejected', advice: 'an envelope had no event field' }],
  [13, { kind: 'rejected', advice: 'an envelope had a blank event field' }],
  [14, { kind: 'misconfigured', advice: 'the token has indexer acknowledgement off; set splunk.ack to false, or turn acknowledgement on for the token' }],
  // Our indexed fields are three fixed strings, so a refusal means the server's settings, not a record.
  [15, { kind: 'misconfigured', advice: 'Splunk refused the indexed fields; check the token allows index-time fields' }],
  [16, { kind: 'misconfigured', advice: 'query-string authorization is off for this token; Warden sends the token in a header, so check splunk.url has no query string' }],
  [18, { kind: 'retry', advice: 'HEC is unhealthy (queues full)' }],
  [19, { kind: 'retry', advice: 'HEC is unhealthy (acknowledgement service unavailable)' }],
  [20, { kind: 'retry', advice: 'HEC is unhealthy (queues full, acknowledgement unavailable)' }],
]);

/**
 * Decides what one HEC answer means for the batch (the Vector retry policy, refined by HEC codes):
 *
 * - 2xx with code 0 (or an empty body, as some HEC-compatible receivers send) → delivered.
 * - 413 → too_large; 429, 408 and 5xx except 501 → retry, honouring `Retry-After`.
 * - A known HEC code → its rule above (bad data → rejected; token, index, channel, ack → misconfigured).
 * - Otherwise by status: 401/403/404/405/410 and redirects → misconfigured; other 4xx → rejected.
 * - 501: the server does not implement the request, i.e. `url` does not lead to a HEC. The data
 *   is fine, so it is misconfigured (keep the batch) rather than rejected (dead-letter it).
 * - 2xx whose body is not a HEC reply → misconfigured: something other than HEC answered, and
 *   calling that delivered would drop findings silently.
 *
 * Pure: `nowMs` is only used to read an HTTP-date `Retry-After`. Reasons quote HEC's own text,
 * never request headers, so they are safe to log.
 */
export function classifySplunkHecResponse(
  status: number,
  headers: ResponseHeaderReader,
  bodyText: string,
  nowMs: number,
): DeliveryOutcome {
  const reply = parseSplunkHecReply(bodyText);
  const said = describeReply(status, reply, bodyText);

  if (status >= 200 && status < 300) {
    if (reply?.code === 0 || (reply === undefined && bodyText.trim() === '')) return { kind: 'delivered' };
    if (reply?.code !== undefined && HEC_CODES.has(reply.code)) return byCode(reply.code, said, headers, nowMs);
    return {
      kind: 'misconfigured',
      reason: `${said}: a 2xx that is not a HEC success reply; check that splunk.url is the HEC port (8088 by default), not Splunk Web`,
    };
  }
  if (status === 413) {
    return { kind: 'too_large', reason: `${said}: the request is over Splunk's max_content_length; sending smaller batches` };
  }
  if (status === 429 || status === 408) return retry(`${said}: Splunk asked to slow down`, headers, nowMs);
  if (reply?.code !== undefined && HEC_CODES.has(reply.code)) return byCode(reply.code, said, headers, nowMs);

  if (status >= 300 && status < 400) {
    const location = headers.get('location');
    return {
      kind: 'misconfigured',
      reason: `${said}: HEC does not redirect${location ? ` (to ${truncate(location, 120)})` : ''}; set splunk.url to the final HEC address`,
    };
  }
  if (status === 401 || status === 403) {
    return { kind: 'misconfigured', reason: `${said}: Splunk refused the credentials; check splunk.token` };
  }
  if (status === 404 || status === 405 || status === 410) {
    return {
      kind: 'misconfigured',
      reason: `${said}: no HEC endpoint at this address; check splunk.url and that HTTP Event Collector is enabled (Global Settings)`,
    };
  }
  if (status === 501) {
    return { kind: 'misconfigured', reason: `${said}: the server does not implement this request, so splunk.url does not lead to a HEC` };
  }
  if (status >= 500 && status < 600) return retry(`${said}: server error`, headers, nowMs);
  if (status >= 400 && status < 500) return { kind: 'rejected', reason: `${said}: Splunk refused the batch` };
  return { kind: 'misconfigured', reason: `${said}: not an answer HEC gives; check splunk.url` };
}

function byCode(code: number, said: string, headers: ResponseHeaderReader, nowMs: number): DeliveryOutcome {
  const rule = HEC_CODES.get(code)!;
  const reason = `${said}: ${rule.advice}`;
  return rule.kind === 'retry' ? retry(reason, headers, nowMs) : { kind: rule.kind, reason };
}

function retry(reason: string, headers: ResponseHeaderReader, nowMs: number): DeliveryOutcome {
  const retryAfterMs = parseRetryAfterMs(headers.get('retry-after'), nowMs);
  return retryAfterMs === undefined ? { kind: 'retry', reason } : { kind: 'retry', reason, retryAfterMs };
}

function describeReply(status: number, reply: SplunkHecReply | undefined, bodyText: string): string {
  if (reply === undefined) {
    const body = bodyText.trim();
    return body === '' ? `Splunk HEC answered HTTP ${status}` : `Splunk HEC answered HTTP ${status} ${JSON.stringify(truncate(body, 120))}`;
  }
  const parts = [`Splunk HEC answered HTTP ${status}`];
  if (reply.code !== undefined) parts.push(`code ${reply.code}`);
  if (reply.text !== undefined) parts.push(JSON.stringify(truncate(reply.text, 200)));
  if (reply.invalidEventNumber !== undefined) parts.push(`at event ${reply.invalidEventNumber} of the batch`);
  return parts.join(' ');
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
