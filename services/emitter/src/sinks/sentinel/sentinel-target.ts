import { randomUUID } from 'node:crypto';
import { ConfigError, type Clock, type Logger } from '@warden/core';
import type { DeliveryOutcome, DeliveryTarget, OutboundRecord } from '../../delivery/delivery-target';
import { classifyLogsIngestionResponse, classifyLogsIngestionTransportError } from './classify-logs-ingestion-response';
import { EntraTokenError, createEntraTokenProvider, type AccessToken, type EntraTokenProvider } from './entra-token-provider';
import { LOGS_INGESTION_MAX_BODY_BYTES, type SentinelConfig } from './sentinel-config';
import { requestDeadline } from './request-deadline';
import { encodeSentinelBatch } from './sentinel-encoder';
import { toSentinelRow } from './sentinel-row';

export const LOGS_INGESTION_API_VERSION = '2023-01-01';

export interface SentinelTargetDeps {
  readonly logger: Logger;
  readonly clock: Clock;
  readonly fetch?: typeof fetch;
  /** Defaults to one built from the config's credentials. */
  readonly tokenProvider?: EntraTokenProvider;
  /** `x-ms-client-request-id` of each call; a UUID by default. */
  readonly requestId?: () => string;
}

/** `{endpoint}/dataCollectionRules/{dcr}/streams/{stream}?api-version=2023-01-01` */
export function logsIngestionUrl(config: Pick<SentinelConfig, 'endpoint' | 'dcrImmutableId' | 'streamName'>): string {
  const dcr = encodeURIComponent(config.dcrImmutableId);
  const stream = encodeURIComponent(config.streamName);
  return `${config.endpoint}/dataCollectionRules/${dcr}/streams/${stream}?api-version=${LOGS_INGESTION_API_VERSION}`;
}

/**
 * Microsoft Sentinel through the Azure Monitor Logs Ingestion API: each batch becomes one POST of
 * a (gzipped) JSON array of `WardenFindings_CL` rows to the DCR stream. One attempt per `send`;
 * the delivery core owns retries, splitting and the spool. The API does not dedupe, so a retried
 * batch can land twice: queries dedupe on `RecordUid`.
 */
export function createSentinelTarget(config: SentinelConfig, deps: SentinelTargetDeps): DeliveryTarget {
  const logger = deps.logger.child({ sink: config.name, kind: 'sentinel' });
  const fetchImpl = deps.fetch ?? fetch;
  const newRequestId = deps.requestId ?? randomUUID;
  const tokens =
    deps.tokenProvider ??
    createEntraTokenProvider(config, { clock: deps.clock, fetch: fetchImpl, logger, timeoutMs: config.timeoutMs });
  const url = logsIngestionUrl(config);

  const tokenFor = async (signal: AbortSignal): Promise<AccessToken | Exclude<DeliveryOutcome, { kind: 'delivered' }>> => {
    try {
      return await tokens.getToken(signal);
    } catch (err) {
      if (signal.aborted) return { kind: 'retry', reason: 'aborted (shutting down) while waiting for a token' };
      if (!(err instanceof EntraTokenError)) throw err;
      if (err.outcome === 'misconfigured') return { kind: 'misconfigured', reason: err.message };
      return { kind: 'retry', reason: err.message, ...(err.retryAfterMs === undefined ? {} : { retryAfterMs: err.retryAfterMs }) };
    }
  };

  return {
    name: config.name,
    kind: 'sentinel',
    minSeverity: config.minSeverity,
    batch: config.batch,

    async start() {
      try {
        await tokens.getToken();
      } catch (err) {
        if (err instanceof EntraTokenError && err.outcome === 'misconfigured') {
          throw new ConfigError([`sentinel sink "${config.name}": ${err.message}`]);
        }
        // Entra being unreachable now is no reason to refuse to start; sends retry.
        logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'cannot get a Microsoft Entra token yet; will keep trying');
      }
    },

    async send(records: readonly OutboundRecord[], signal: AbortSignal): Promise<DeliveryOutcome> {
      if (records.length === 0) return { kind: 'delivered' };
      const encoded = encodeSentinelBatch(
        records.map((r) => toSentinelRow(r.ocsf)),
        { gzip: config.gzip, maxBodyBytes: LOGS_INGESTION_MAX_BODY_BYTES },
      );
      if (encoded.kind === 'too_large') return { kind: 'too_large', reason: encoded.reason };
      for (const o of encoded.oversized) {
        logger.warn({ recordUid: o.recordUid, columns: o.columns }, 'value over 64 KB: Sentinel will truncate it');
      }

      const token = await tokenFor(signal);
      if (!('token' in token)) {
        logger.warn({ outcome: token.kind, reason: token.reason, records: records.length }, 'no token for Sentinel');
        return token;
      }

      if (signal.aborted) return classifyLogsIngestionTransportError(signal.reason, { aborted: true });
      const requestId = newRequestId();
      const deadline = requestDeadline(config.timeoutMs, signal);
      let response: Response;
      let bodyText: string;
      try {
        response = await fetchImpl(url, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${token.token}`,
            'content-type': 'application/json',
            ...(encoded.contentEncoding === undefined ? {} : { 'content-encoding': encoded.contentEncoding }),
            'x-ms-client-request-id': requestId,
          },
          body: encoded.body,
          signal: deadline.signal,
        });
        bodyText = await response.text();
      } catch (err) {
        const outcome = classifyLogsIngestionTransportError(err, {
          aborted: signal.aborted,
          ...(deadline.timedOut() ? { timedOutAfterMs: config.timeoutMs } : {}),
        });
        logger.warn({ outcome: outcome.kind, reason: outcomeReason(outcome), requestId, records: records.length }, 'Sentinel request failed');
        return outcome;
      } finally {
        deadline.dispose();
      }

      if (response.status === 401) tokens.invalidate(token.token);
      const outcome = classifyLogsIngestionResponse(response.status, response.headers, bodyText, {
        tokenWasFresh: token.fresh,
        nowMs: deps.clock.nowMs(),
      });
      const fields = {
        status: response.status,
        requestId,
        records: records.length,
        bodyBytes: encoded.body.length,
        jsonBytes: encoded.jsonBytes,
      };
      if (outcome.kind === 'delivered') logger.debug(fields, 'delivered to Sentinel');
      else logger.warn({ ...fields, outcome: outcome.kind, reason: outcomeReason(outcome) }, 'Sentinel did not accept the batch');
      return outcome;
    },
  };
}

function outcomeReason(outcome: DeliveryOutcome): string | undefined {
  return outcome.kind === 'delivered' ? undefined : outcome.reason;
}
