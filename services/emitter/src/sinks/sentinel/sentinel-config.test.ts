import { ConfigError } from '@warden/core';
import { CREDENTIALS, DCR_ID } from './__tests__/fixtures';
import { LOGS_INGESTION_MAX_BODY_BYTES, SENTINEL_DEFAULTS, validateSentinelConfig } from './sentinel-config';

const minimal = {
  ...CREDENTIALS,
  endpoint: 'https://warden-dce-a1b2.eastus-1.ingest.monitor.azure.com/',
  dcrImmutableId: DCR_ID,
};

function problemsOf(raw: unknown): string[] {
  try {
    validateSentinelConfig(raw);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return [...(err as ConfigError).problems];
  }
  throw new Error('expected a ConfigError');
}

describe('validateSentinelConfig', () => {
  it('fills defaults from a minimal section and normalizes the endpoint', () => {
    const config = validateSentinelConfig(minimal);
    expect(config).toEqual({
      name: 'sentinel',
      ...CREDENTIALS,
      endpoint: 'https://warden-dce-a1b2.eastus-1.ingest.monitor.azure.com',
      dcrImmutableId: DCR_ID,
      streamName: 'Custom-WardenFindings_CL',
      authorityHost: 'https://login.microsoftonline.com',
      scope: 'https://monitor.azure.com//.default',
      minSeverity: 'low',
      timeoutMs: 30_000,
      batch: { maxRecords: 500, maxBytes: LOGS_INGESTION_MAX_BODY_BYTES, maxWaitMs: 1_000 },
      gzip: true,
    });
  });

  it('leaves room for the flat columns when bodies are not compressed', () => {
    expect(validateSentinelConfig({ ...minimal, gzip: false }).batch.maxBytes).toBe(SENTINEL_DEFAULTS.maxBytesUncompressed);
    expect(problemsOf({ ...minimal, gzip: false, batch: { maxBytes: 2_000_000 } })).toEqual([
      expect.stringMatching(/^sentinel\.batch\.maxBytes: expected a whole number from 10000 to 999999/),
    ]);
    expect(validateSentinelConfig({ ...minimal, batch: { maxBytes: 4_000_000 } }).batch.maxBytes).toBe(4_000_000);
  });

  it('accepts sovereign clouds and built-in streams', () => {
    const config = validateSentinelConfig({
      ...minimal,
      authorityHost: 'https://login.microsoftonline.us',
      scope: 'https://monitor.azure.us//.default',
      streamName: 'Microsoft-CommonSecurityLog',
    });
    expect(config.authorityHost).toBe('https://login.microsoftonline.us');
    expect(config.streamName).toBe('Microsoft-CommonSecurityLog');
  });

  it('allows plain http only on loopback', () => {
    expect(validateSentinelConfig({ ...minimal, endpoint: 'http://127.0.0.1:8080', authorityHost: 'http://localhost:9' }).endpoint).toBe(
      'http://127.0.0.1:8080',
    );
    expect(problemsOf({ ...minimal, endpoint: 'http://dce.eastus-1.ingest.monitor.azure.com' })).toEqual([
      expect.stringContaining('sentinel.endpoint: "http://dce.eastus-1.ingest.monitor.azure.com" must use https'),
    ]);
  });

  it('lists every problem at once, each naming the setting and what to use', () => {
    const problems = problemsOf({
      tenantId: 'contoso.onmicrosoft.com',
      clientId: 'warden-app',
      clientSecret: '',
      endpoint: 'not a url',
      dcrImmutableId: 'dcr-warden-findings',
      streamName: 'WardenFindings_CL',
      scope: 'https://monitor.azure.com',
      minSeverity: 'severe',
      timeoutMs: 10,
      gzip: 'yes',
      batch: { maxRecords: 0, linger: 5 },
      colour: 'blue',
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^sentinel\.colour: unknown setting/),
        expect.stringMatching(/^sentinel\.tenantId: "contoso\.onmicrosoft\.com" is not a GUID; use the Directory \(tenant\) ID/),
        expect.stringMatching(/^sentinel\.clientId: "warden-app" is not a GUID; use the Application \(client\) ID/),
        expect.stringMatching(/^sentinel\.clientSecret: required; set the Value of a client secret/),
        expect.stringMatching(/^sentinel\.endpoint: "not a url" is not a URL; expected the Logs ingestion endpoint/),
        expect.stringMatching(/^sentinel\.dcrImmutableId: "dcr-warden-findings" is not an immutable id; it is "dcr-" and 32 hex digits/),
        expect.stringMatching(/^sentinel\.streamName: "WardenFindings_CL" must be a stream declared in the DCR: "Custom-" or "Microsoft-"/),
        expect.stringMatching(/^sentinel\.scope: .* must be an https audience followed by \/\.default/),
        expect.stringMatching(/^sentinel\.minSeverity: expected one of informational, low, medium, high, critical, got "severe"/),
        expect.stringMatching(/^sentinel\.timeoutMs: expected a whole number from 1000 to 300000, got 10/),
        expect.stringMatching(/^sentinel\.gzip: expected true or false/),
        expect.stringMatching(/^sentinel\.batch\.linger: unknown setting/),
        expect.stringMatching(/^sentinel\.batch\.maxRecords: expected a whole number from 1 to 10000, got 0/),
      ]),
    );
    expect(problems).toHaveLength(13);
  });

  it('catches a Secret ID pasted as the secret, without echoing it', () => {
    const secretId = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';
    const problems = problemsOf({ ...minimal, clientSecret: secretId });
    expect(problems).toEqual([expect.stringContaining("looks like a Secret ID (a GUID); set the secret's Value")]);
    expect(problems.join('\n')).not.toContain(secretId);
  });

  it('never echoes the client secret in any problem', () => {
    const problems = problemsOf({ ...minimal, tenantId: 'x', clientSecret: CREDENTIALS.clientSecret });
    expect(problems.join('\n')).not.toContain(CREDENTIALS.clientSecret);
  });

  it('rejects an authority host with a path and a non-object section', () => {
    expect(problemsOf({ ...minimal, authorityHost: 'https://login.microsoftonline.com/contoso' })).toEqual([
      expect.stringContaining('sentinel.authorityHost: "https://login.microsoftonline.com/contoso" must be a host only'),
    ]);
    expect(problemsOf('sentinel')).toEqual([
      'sentinel: expected an object of settings with at least tenantId, clientId, clientSecret, endpoint and dcrImmutableId, got "sentinel".',
    ]);
  });
});
