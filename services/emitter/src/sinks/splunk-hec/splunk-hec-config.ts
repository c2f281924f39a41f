import { randomUUID } from 'node:crypto';
import type { Severity } from '@warden/core';
import type { BatchLimits } from '../../delivery/delivery-target';
import { describeValue, openSinkSettings, type BatchRules, type SinkSettings, type WholeNumberRule } from '../sink-settings';

/** Indexer acknowledgement: a batch counts as delivered only once Splunk says it is indexed. */
export interface SplunkHecAckConfig {
  readonly enabled: boolean;
  /** `X-Splunk-Request-Channel` GUID; acks are scoped to it, so one target keeps one channel. */
  readonly channel: string;
  /** Pause between `/services/collector/ack` queries. */
  readonly pollIntervalMs: number;
  /** How long to wait for the ack before the batch is sent again (duplicates are then possible). */
  readonly timeoutMs: number;
}

export interface SplunkHecConfig {
  /** Sink name: the spool directory and metric label. */
  readonly name: string;
  /** Base URL of the HEC endpoint, no trailing slash and no collector path (`https://splunk:8088`). */
  readonly url: string;
  /** HEC token (a GUID). Never logged. */
  readonly token: string;
  /** Unset: the token's default index. */
  readonly index?: string;
  readonly source: string;
  readonly sourcetype: string;
  readonly host?: string;
  readonly minSeverity: Severity;
  /** Unset or `enabled: false`: a 200 means "parsed", which is all HEC promises without acks. */
  readonly ack?: SplunkHecAckConfig;
  readonly gzip: boolean;
  /** Per HTTP request (the event POST and each ack query). */
  readonly timeoutMs: number;
  readonly batch: BatchLimits;
}

export const DEFAULT_SPLUNK_HEC_SOURCE = 'warden';
/** The `ocsf:` prefix is what Splunk's own OCSF tooling and the OCSF-CIM add-on key on. */
export const DEFAULT_SPLUNK_HEC_SOURCETYPE = 'ocsf:warden:detection_finding';

const DEFAULTS = {
  name: 'splunk',
  source: DEFAULT_SPLUNK_HEC_SOURCE,
  sourcetype: DEFAULT_SPLUNK_HEC_SOURCETYPE,
};

const TIMEOUT_MS: WholeNumberRule = { default: 15_000, min: 100, max: 600_000 };
const ACK_POLL_INTERVAL_MS: WholeNumberRule = { default: 1_000, min: 10, max: 60_000 };
const ACK_TIMEOUT_MS: WholeNumberRule = { default: 60_000, min: 100, max: 3_600_000 };
const BATCH: BatchRules = {
  maxRecords: { default: 100, min: 1, max: 10_000 },
  // Splunk's own ceiling (max_content_length) is far higher; smaller batches limit what one bad event costs.
  maxBytes: { default: 1024 * 1024, min: 1024, max: 100 * 1024 * 1024 },
  maxWaitMs: { default: 1_000, min: 0, max: 60_000 },
};

const KNOWN_KEYS = ['name', 'url', 'token', 'index', 'source', 'sourcetype', 'host', 'minSeverity', 'ack', 'gzip', 'timeoutMs', 'batch'];
const KNOWN_ACK_KEYS = ['enabled', 'channel', 'pollIntervalMs', 'timeoutMs'];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Splunk's rule: lowercase letters, digits, `_` and `-`, not starting with `_` or `-`
// (leading `_` is reserved for Splunk's internal indexes, which HEC should not write to).
const INDEX_NAME = /^[a-z0-9][a-z0-9_-]*$/;
// Paths people paste from Splunk docs; the target appends the one it needs.
const COLLECTOR_SUFFIX = /\/services\/collector(\/event(\/1\.0)?|\/raw(\/1\.0)?)?\/?$/;

/** True when the token has the GUID shape Splunk generates; anything else is probably a paste error. */
export function looksLikeHecToken(token: string): boolean {
  return GUID.test(token);
}

/**
 * Checks a raw Splunk sink section and fills in defaults. Throws ConfigError listing every problem,
 * each naming the setting and what would be accepted. `ack: true` is shorthand for acks with
 * default timings and a fresh channel.
 */
export function validateSplunkHecConfig(raw: unknown): SplunkHecConfig {
  const settings = openSinkSettings(raw, 'splunk', KNOWN_KEYS, ['url', 'token']);
  const name = settings.name(DEFAULTS.name);
  const url = baseUrl(settings);
  const token = hecToken(settings);
  const index = settings.optionalText('index');
  if (index !== undefined && !INDEX_NAME.test(index)) {
    settings.problem(
      'index',
      `${describeValue(index)} is not a Splunk index name; use lowercase letters, digits, "_" and "-", not starting with "_" or "-" (e.g. "security"), or leave it unset for the token's default index.`,
    );
  }
  const source = settings.text('source', DEFAULTS.source);
  const sourcetype = settings.text('sourcetype', DEFAULTS.sourcetype);
  const host = settings.optionalText('host');
  const minSeverity = settings.minSeverity();
  const gzip = settings.bool('gzip', true);
  const timeoutMs = settings.timeoutMs(TIMEOUT_MS);
  const ack = ackSettings(settings);
  const batch = settings.batch(BATCH);

  settings.throwIfProblems();
  return {
    name,
    url: url!,
    token: token!,
    ...(index === undefined ? {} : { index }),
    source,
    sourcetype,
    ...(host === undefined ? {} : { host }),
    minSeverity,
    ...(ack === undefined ? {} : { ack }),
    gzip,
    timeoutMs,
    batch,
  };
}

function baseUrl(settings: SinkSettings): string | undefined {
  const example = 'such as "https://splunk.example.com:8088"';
  const value = settings.requiredText('url', `the HEC base URL ${example}`);
  if (value === undefined) return undefined;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    // "splunk:8088" parses as a URL with scheme "splunk:"; say what is actually missing.
    settings.problem('url', `${describeValue(value)} has no scheme; write it as a full URL ${example}.`);
    return undefined;
  }
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    settings.problem('url', `${describeValue(value)} is not a URL; expected ${example}.`);
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    settings.problem('url', `scheme ${parsed.protocol} is not supported; use https:// (or http:// for a test instance).`);
    return undefined;
  }
  if (parsed.username !== '' || parsed.password !== '') {
    // Credentials in a URL end up in logs and error messages; HEC authenticates with the token.
    settings.problem('url', 'must not contain a user name or password; remove them and set splunk.token instead.');
    return undefined;
  }
  if (parsed.search !== '' || parsed.hash !== '') {
    settings.problem(
      'url',
      'must not contain a query string or fragment (a ?token= in the URL leaks into logs); give the base URL and set splunk.token.',
    );
    return undefined;
  }
  if (/\/raw(\/1\.0)?\/?$/.test(parsed.pathname) && COLLECTOR_SUFFIX.test(parsed.pathname)) {
    settings.problem('url', 'points at the /raw endpoint; Warden sends JSON envelopes to /services/collector/event. Give the base URL.');
    return undefined;
  }
  // Keep any prefix a reverse proxy needs; drop the collector path so the target can add its own.
  const path = parsed.pathname.replace(COLLECTOR_SUFFIX, '').replace(/\/+$/, '');
  return `${parsed.origin}${path}`;
}

function hecToken(settings: SinkSettings): string | undefined {
  const token = settings.requiredText('token', 'the HEC token (a GUID from Settings > Data inputs > HTTP Event Collector)', { secret: true });
  if (token === undefined) return undefined;
  // The messages below never echo the token: config errors are printed and logged.
  if (/^splunk\s/i.test(token)) {
    settings.problem('token', 'starts with "Splunk "; give only the token, Warden adds the "Splunk " authorization scheme itself.');
    return undefined;
  }
  if (!/^[\x21-\x7e]+$/.test(token)) {
    settings.problem('token', 'contains spaces or non-printable characters; copy the token again (it is a GUID).');
    return undefined;
  }
  return token;
}

function ackSettings(settings: SinkSettings): SplunkHecAckConfig | undefined {
  const value = settings.raw('ack');
  if (value === undefined || value === false) return undefined;
  const defaults: SplunkHecAckConfig = {
    enabled: true,
    channel: randomUUID(),
    pollIntervalMs: ACK_POLL_INTERVAL_MS.default,
    timeoutMs: ACK_TIMEOUT_MS.default,
  };
  if (value === true) return defaults;
  const ack = settings.section('ack', KNOWN_ACK_KEYS, 'true, false');
  if (ack === undefined) return undefined;
  const enabled = ack.bool('enabled', true);
  let channel = defaults.channel;
  const rawChannel = ack.raw('channel');
  if (rawChannel !== undefined) {
    if (typeof rawChannel === 'string' && GUID.test(rawChannel)) {
      channel = rawChannel;
    } else {
      ack.problem(
        'channel',
        `HEC channels must be GUIDs such as "0f3b7a52-5bd4-4c57-9a3e-2c4b1d7e8a90", got ${describeValue(rawChannel)}; leave it unset for a random one.`,
      );
    }
  }
  const pollIntervalMs = ack.wholeNumber('pollIntervalMs', ACK_POLL_INTERVAL_MS);
  const timeoutMs = ack.wholeNumber('timeoutMs', ACK_TIMEOUT_MS);
  if (timeoutMs < pollIntervalMs) {
    settings.problems.push(
      `splunk.ack.timeoutMs (${timeoutMs}) must be at least splunk.ack.pollIntervalMs (${pollIntervalMs}), or no ack could ever be seen.`,
    );
  }
  return enabled ? { enabled, channel, pollIntervalMs, timeoutMs } : undefined;
}
