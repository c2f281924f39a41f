import type { Severity } from '@warden/core';
import type { BatchLimits } from '../../delivery/delivery-target';
import { describeValue, openSinkSettings, type BatchRules, type SinkSettings, type WholeNumberRule } from '../sink-settings';

/**
 * Settings of one Microsoft Sentinel destination: an Entra app registration signs in with the
 * OAuth2 client-credentials flow and posts rows to a data collection rule (DCR) stream through
 * the Azure Monitor Logs Ingestion API. `dcr-template.json` next to this file deploys the table,
 * the DCR and the role assignment these settings point at.
 */
export interface SentinelConfig {
  /** Unique among sinks; names the spool directory and the metric label. */
  readonly name: string;
  /** Microsoft Entra tenant (directory) id, a GUID. */
  readonly tenantId: string;
  /** Application (client) id of the app registration, a GUID. */
  readonly clientId: string;
  readonly clientSecret: string;
  /** Logs ingestion endpoint of the DCR (kind Direct) or of a data collection endpoint, without a trailing slash. */
  readonly endpoint: string;
  /** `dcr-` and 32 hex digits: the DCR's immutableId, not its resource name. */
  readonly dcrImmutableId: string;
  /** Stream declared in the DCR: `Custom-<name>` for custom tables, `Microsoft-<Table>` for built-in ones. */
  readonly streamName: string;
  /** Entra sign-in host, without a trailing slash; differs in sovereign clouds. */
  readonly authorityHost: string;
  /** Token scope; must be `<audience>/.default` for the client-credentials flow. */
  readonly scope: string;
  readonly minSeverity: Severity;
  /** Per HTTP request (token or ingestion). */
  readonly timeoutMs: number;
  readonly batch: BatchLimits;
  /** Gzip request bodies; 1 MB holds roughly ten times more findings compressed. */
  readonly gzip: boolean;
}

/**
 * The service refuses a call over 1 MB. We keep the body as sent strictly below this; the core's
 * batch limit (measured before compression) defaults to the same figure, which is how Microsoft's
 * own SDKs split uploads, so a batch fits whichever way the limit is read.
 */
export const LOGS_INGESTION_MAX_BODY_BYTES = 1_000_000;

export const SENTINEL_DEFAULTS = {
  name: 'sentinel',
  streamName: 'Custom-WardenFindings_CL',
  authorityHost: 'https://login.microsoftonline.com',
  // The double slash is Microsoft's own spelling for this audience; the token is the same either way.
  scope: 'https://monitor.azure.com//.default',
  minSeverity: 'low' as Severity,
  timeoutMs: 30_000,
  gzip: true,
  maxRecords: 500,
  /** With gzip, the encoder's own check on the compressed body is what binds. */
  maxBytes: LOGS_INGESTION_MAX_BODY_BYTES,
  /** Without gzip the flat columns add to the OCSF bytes the core counts; leave room for them. */
  maxBytesUncompressed: 800_000,
  maxWaitMs: 1_000,
} as const;

const KNOWN_KEYS = [
  'name',
  'tenantId',
  'clientId',
  'clientSecret',
  'endpoint',
  'dcrImmutableId',
  'streamName',
  'authorityHost',
  'scope',
  'minSeverity',
  'timeoutMs',
  'batch',
  'gzip',
];
const REQUIRED_KEYS = ['tenantId', 'clientId', 'clientSecret', 'endpoint', 'dcrImmutableId'];

const TIMEOUT_MS: WholeNumberRule = { default: SENTINEL_DEFAULTS.timeoutMs, min: 1_000, max: 300_000 };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DCR_IMMUTABLE_ID = /^dcr-[0-9a-f]{32}$/i;
const STREAM = /^(Custom|Microsoft)-[A-Za-z][A-Za-z0-9_]{0,99}$/;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

const ENDPOINT_HINT =
  'the Logs ingestion endpoint of your DCR (or of a data collection endpoint), e.g. https://my-dce-abcd.eastus-1.ingest.monitor.azure.com';
const AUTHORITY_HOST_HINT = 'the Microsoft Entra sign-in host, e.g. https://login.microsoftonline.com (https://login.microsoftonline.us for US Government)';

/**
 * Checks a raw Sentinel section (config file, CLI or code) and fills in defaults. Throws
 * ConfigError listing every problem, each naming the setting and what it should look like.
 * The client secret is never echoed.
 */
export function validateSentinelConfig(raw: unknown): SentinelConfig {
  const settings = openSinkSettings(raw, 'sentinel', KNOWN_KEYS, REQUIRED_KEYS);
  const name = settings.name(SENTINEL_DEFAULTS.name);

  const tenantId = settings.requiredText('tenantId', "the Directory (tenant) ID from the app registration's Overview page in Microsoft Entra");
  if (tenantId !== undefined && !GUID.test(tenantId)) {
    settings.problem(
      'tenantId',
      `${describeValue(tenantId)} is not a GUID; use the Directory (tenant) ID from the app registration's Overview page in Microsoft Entra.`,
    );
  }
  const clientId = settings.requiredText('clientId', 'the Application (client) ID of the app registration');
  if (clientId !== undefined && !GUID.test(clientId)) {
    settings.problem(
      'clientId',
      `${describeValue(clientId)} is not a GUID; use the Application (client) ID of the app registration, not its object id or display name.`,
    );
  }
  const clientSecret = settings.requiredText(
    'clientSecret',
    'the Value of a client secret of the app registration (Certificates & secrets), not its Secret ID',
    { secret: true },
  );
  if (clientSecret !== undefined && GUID.test(clientSecret)) {
    // Secret values are not GUIDs; Secret IDs are. The most common copy-paste mistake.
    settings.problem('clientSecret', "looks like a Secret ID (a GUID); set the secret's Value, shown once when the secret is created.");
  }

  const endpoint = httpsUrl(settings, 'endpoint', settings.requiredText('endpoint', ENDPOINT_HINT), ENDPOINT_HINT);
  const dcrImmutableId = settings.requiredText('dcrImmutableId', `the DCR's immutableId ("dcr-" and 32 hex digits, shown in the DCR's JSON view)`);
  if (dcrImmutableId !== undefined && !DCR_IMMUTABLE_ID.test(dcrImmutableId)) {
    settings.problem(
      'dcrImmutableId',
      `${describeValue(dcrImmutableId)} is not an immutable id; it is "dcr-" and 32 hex digits, shown as immutableId in the DCR's JSON view (not the DCR's name or resource id).`,
    );
  }
  const streamName = settings.text('streamName', SENTINEL_DEFAULTS.streamName);
  if (!STREAM.test(streamName)) {
    settings.problem(
      'streamName',
      `${describeValue(streamName)} must be a stream declared in the DCR: "Custom-" or "Microsoft-" followed by letters, digits or underscores (default ${SENTINEL_DEFAULTS.streamName}).`,
    );
  }
  const authorityHost = httpsUrl(settings, 'authorityHost', settings.text('authorityHost', SENTINEL_DEFAULTS.authorityHost), AUTHORITY_HOST_HINT);
  if (authorityHost !== undefined && new URL(authorityHost).pathname !== '/') {
    settings.problem('authorityHost', `${describeValue(authorityHost)} must be a host only; the tenant and /oauth2/v2.0/token are added by Warden.`);
  }
  const scope = settings.text('scope', SENTINEL_DEFAULTS.scope);
  if (!scope.startsWith('https://') || !scope.endsWith('/.default')) {
    settings.problem(
      'scope',
      `${describeValue(scope)} must be an https audience followed by /.default, e.g. ${SENTINEL_DEFAULTS.scope} (https://monitor.azure.us//.default for US Government).`,
    );
  }

  const minSeverity = settings.minSeverity(SENTINEL_DEFAULTS.minSeverity);
  const timeoutMs = settings.timeoutMs(TIMEOUT_MS);
  const gzip = settings.bool('gzip', SENTINEL_DEFAULTS.gzip);
  const batch = settings.batch(batchRules(gzip));

  settings.throwIfProblems();
  return {
    name,
    tenantId: tenantId!,
    clientId: clientId!,
    clientSecret: clientSecret!,
    endpoint: endpoint!,
    dcrImmutableId: dcrImmutableId!,
    streamName,
    authorityHost: authorityHost!,
    scope,
    minSeverity,
    timeoutMs,
    batch,
    gzip,
  };
}

function batchRules(gzip: boolean): BatchRules {
  return {
    maxRecords: { default: SENTINEL_DEFAULTS.maxRecords, min: 1, max: 10_000 },
    // Compressed, a batch can hold several MB of JSON; uncompressed it must itself fit in one call.
    maxBytes: gzip
      ? { default: SENTINEL_DEFAULTS.maxBytes, min: 10_000, max: 10 * LOGS_INGESTION_MAX_BODY_BYTES }
      : { default: SENTINEL_DEFAULTS.maxBytesUncompressed, min: 10_000, max: LOGS_INGESTION_MAX_BODY_BYTES - 1 },
    maxWaitMs: { default: SENTINEL_DEFAULTS.maxWaitMs, min: 0, max: 600_000 },
  };
}

/**
 * An https URL without query or fragment, returned without a trailing slash. Plain http is
 * accepted for loopback hosts only (local fakes and tests): a bearer token never leaves the
 * machine in clear text.
 */
function httpsUrl(settings: SinkSettings, key: string, value: string | undefined, what: string): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    settings.problem(key, `${describeValue(value)} is not a URL; expected ${what}.`);
    return undefined;
  }
  const loopbackHttp = url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !loopbackHttp) {
    settings.problem(key, `${describeValue(value)} must use https (the bearer token travels with every request); expected ${what}.`);
    return undefined;
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    settings.problem(key, `${describeValue(value)} must not carry a query, fragment or credentials; expected ${what}.`);
    return undefined;
  }
  return url.toString().replace(/\/+$/, '');
}
