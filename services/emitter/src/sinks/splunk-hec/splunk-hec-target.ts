import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import type { Clock, Logger } from '@warden/core';
import type { DeliveryOutcome, DeliveryTarget, OutboundRecord } from '../../delivery/delivery-target';
import { classifySplunkHecResponse } from './classify-splunk-hec-response';
import { classifySplunkHecTransportError } from './classify-transport-error';
import { looksLikeHecToken, type SplunkHecAckConfig, type SplunkHecConfig } from './splunk-hec-config';
import { encodeSplunkHecBatch, type SplunkHecEnvelopeMetadata } from './splunk-hec-encoder';
import { parseSplunkHecAckStatus, parseSplunkHecReply } from './splunk-hec-reply';

const gzip = promisify(gzipCallback);

export const SPLUNK_HEC_EVENT_PATH = '/services/collector/event';
export const SPLUNK_HEC_ACK_PATH = '/services/collector/ack';
export const SPLUNK_HEC_HEALTH_PATH = '/services/collector/health';

export interface SplunkHecTargetDeps {
  /** Defaults to the global fetch (undici). */
  readonly fetch?: typeof fetch;
  readonly logger: Logger;
  /** Measures the ack deadline; it must advance with real time. */
  readonly clock: Clock;
}

/** Result of `GET /services/collector/health`, for `warden test-sinks`. */
export interface SplunkHecHealth {
  readonly healthy: boolean;
  /** HTTP status, when the endpoint answered at all. */
  readonly status?: number;
  readonly detail: string;
}

export interface SplunkHecTarget extends DeliveryTarget {
  readonly kind: 'splunk_hec';
  /** Whether HEC is up and its queues have room. Does not check the token (the endpoint needs none). */
  healthCheck(signal?: AbortSignal): Promise<SplunkHecHealth>;
}

interface HttpAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

/**
 * Sends findings to Splunk's HTTP Event Collector: one POST of concatenated envelopes per batch,
 * gzipped by default. With indexer acknowledgement on, a batch is delivered only once
 * `/services/collector/ack` reports its ackId indexed; if that does not happen within
 * `ack.timeoutMs` the outcome is `retry`, and the resend may duplicate events (receivers dedupe
 * on OCSF `metadata.uid`). Each call is one attempt: retries, backoff and spooling belong to the
 * delivery core.
 */
export function createSplunkHecTarget(config: SplunkHecConfig, deps: SplunkHecTargetDeps): SplunkHecTarget {
  const doFetch = deps.fetch ?? fetch;
  const logger = deps.logger.child({ sink: config.name, kind: 'splunk_hec' });
  const ack = config.ack?.enabled === true ? config.ack : undefined;
  const metadata: SplunkHecEnvelopeMetadata = {
    source: config.source,
    sourcetype: config.sourcetype,
    ...(config.index === undefined ? {} : { index: config.index }),
    ...(config.host === undefined ? {} : { host: config.host }),
  };
  const authHeaders: Record<string, string> = {
    authorization: `Splunk ${config.token}`,
    ...(ack === undefined ? {} : { 'x-splunk-request-channel': ack.channel }),
  };
  let warnedNoAckId = false;

  /** Last line of defence: no reason string leaves this target carrying the token. */
  const scrub = (outcome: DeliveryOutcome): DeliveryOutcome =>
    outcome.kind === 'delivered' || !outcome.reason.includes(config.token)
      ? outcome
      : { ...outcome, reason: outcome.reason.split(config.token).join('[redacted]') };

  async function request(path: string, init: { method: string; headers: Record<string, string>; body?: Uint8Array | string }, signal: AbortSignal): Promise<HttpAnswer> {
    const res = await doFetch(`${config.url}${path}`, {
      method: init.method,
      headers: init.headers,
      ...(init.body === undefined ? {} : { body: init.body }),
      // HEC never redirects; following one could carry the token to another host.
      redirect: 'manual',
      signal: AbortSignal.any([signal, AbortSignal.timeout(config.timeoutMs)]),
    });
    return { status: res.status, headers: res.headers, text: await res.text() };
  }

  async function awaitIndexed(ackConfig: SplunkHecAckConfig, ackId: number, signal: AbortSignal): Promise<DeliveryOutcome> {
    const deadline = deps.clock.nowMs() + ackConfig.timeoutMs;
    let lastSeen = 'not yet indexed';
    for (;;) {
      try {
        await sleep(ackConfig.pollIntervalMs, undefined, { signal });
      } catch {
        return aborted();
      }
      try {
        const answer = await request(
          SPLUNK_HEC_ACK_PATH,
          { method: 'POST', headers: { ...authHeaders, 'content-type': 'application/json' }, body: JSON.stringify({ acks: [ackId] }) },
          signal,
        );
        if (answer.status === 200) {
          const status = parseSplunkHecAckStatus(answer.text);
          if (status?.get(ackId) === true) return { kind: 'delivered' };
          lastSeen = status === undefined ? `unreadable ack reply ${JSON.stringify(answer.text.slice(0, 120))}` : 'not yet indexed';
        } else {
          const outcome = classifySplunkHecResponse(answer.status, answer.headers, answer.text, deps.clock.nowMs());
          if (outcome.kind !== 'retry' && outcome.kind !== 'delivered') {
            // The events were accepted; only the ack query fails. Keep the batch (a resend may
            // duplicate) rather than bisecting or dead-lettering good data.
            return { kind: 'misconfigured', reason: `querying indexer acknowledgement failed: ${outcome.reason}` };
          }
          if (outcome.kind === 'retry') lastSeen = outcome.reason;
        }
      } catch (err) {
        if (signal.aborted) return aborted();
        const outcome = classifySplunkHecTransportError(err);
        lastSeen = outcome.kind === 'delivered' ? lastSeen : outcome.reason;
      }
      if (deps.clock.nowMs() >= deadline) {
        return {
          kind: 'retry',
          reason: `Splunk did not confirm indexing of ackId ${ackId} within ${ackConfig.timeoutMs} ms (last: ${lastSeen}); the batch will be sent again and may be duplicated (dedupe on metadata.uid)`,
        };
      }
    }
  }

  async function send(records: readonly OutboundRecord[], signal: AbortSignal): Promise<DeliveryOutcome> {
    if (records.length === 0) return { kind: 'delivered' };
    if (signal.aborted) return aborted();
    const json = Buffer.from(encodeSplunkHecBatch(records, metadata), 'utf8');
    const body = config.gzip ? await gzip(json) : json;
    const headers: Record<string, string> = {
      ...authHeaders,
      'content-type': 'application/json',
      ...(config.gzip ? { 'content-encoding': 'gzip' } : {}),
    };

    let answer: HttpAnswer;
    try {
      answer = await request(SPLUNK_HEC_EVENT_PATH, { method: 'POST', headers, body }, signal);
    } catch (err) {
      const outcome = scrub(signal.aborted ? aborted() : classifySplunkHecTransportError(err));
      logger.debug({ records: records.length, bytes: body.length, outcome: outcome.kind }, 'Splunk HEC request failed');
      return outcome;
    }
    const outcome = scrub(classifySplunkHecResponse(answer.status, answer.headers, answer.text, deps.clock.nowMs()));
    logger.debug(
      { records: records.length, bytes: json.length, wireBytes: body.length, status: answer.status, outcome: outcome.kind },
      'Splunk HEC batch sent',
    );
    if (outcome.kind !== 'delivered' || ack === undefined) return outcome;

    const ackId = parseSplunkHecReply(answer.text)?.ackId;
    if (ackId === undefined) {
      if (!warnedNoAckId) {
        warnedNoAckId = true;
        logger.warn(
          { url: config.url },
          'Splunk HEC accepted events without an ackId although splunk.ack is on: the token has indexer acknowledgement off, so delivery only means "parsed". Turn useACK on for the token, or set splunk.ack to false.',
        );
      }
      return outcome;
    }
    return scrub(await awaitIndexed(ack, ackId, signal));
  }

  return {
    name: config.name,
    kind: 'splunk_hec',
    minSeverity: config.minSeverity,
    batch: config.batch,
    async start() {
      if (!looksLikeHecToken(config.token)) {
        logger.warn({}, 'splunk.token does not look like a HEC token (a GUID such as 12345678-1234-1234-1234-123456789012); Splunk will probably refuse it');
      }
      logger.info(
        { url: config.url, index: config.index ?? '(token default)', sourcetype: config.sourcetype, ack: ack !== undefined, gzip: config.gzip },
        'Splunk HEC sink ready',
      );
    },
    send,
    async healthCheck(signal?: AbortSignal): Promise<SplunkHecHealth> {
      try {
        const answer = await request(SPLUNK_HEC_HEALTH_PATH, { method: 'GET', headers: {} }, signal ?? new AbortController().signal);
        const reply = parseSplunkHecReply(answer.text);
        const said = reply?.text ?? answer.text.slice(0, 120);
        return answer.status === 200
          ? { healthy: true, status: answer.status, detail: said || 'HEC is healthy' }
          : { healthy: false, status: answer.status, detail: `HTTP ${answer.status}${reply?.code === undefined ? '' : ` code ${reply.code}`}: ${said}` };
      } catch (err) {
        const outcome = scrub(classifySplunkHecTransportError(err));
        return { healthy: false, detail: outcome.kind === 'delivered' ? 'unreachable' : outcome.reason };
      }
    },
  };
}

function aborted(): DeliveryOutcome {
  return { kind: 'retry', reason: 'the request to Splunk HEC was aborted (shutting down)' };
}
