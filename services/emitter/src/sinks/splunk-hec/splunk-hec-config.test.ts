import { ConfigError } from '@warden/core';
import { looksLikeHecToken, validateSplunkHecConfig } from './splunk-hec-config';

const TOKEN = '6f1c2b3a-4d5e-4f60-8a9b-0c1d2e3f4a5b';
const base = { url: 'https://splunk.example.com:8088', token: TOKEN };

function problemsOf(raw: unknown): readonly string[] {
  try {
    validateSplunkHecConfig(raw);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('validateSplunkHecConfig', () => {
  it('fills in the documented defaults', () => {
    const config = validateSplunkHecConfig(base);
    expect(config).toEqual({
      name: 'splunk',
      url: 'https://splunk.example.com:8088',
      token: TOKEN,
      source: 'warden',
      sourcetype: 'ocsf:warden:detection_finding',
      minSeverity: 'low',
      gzip: true,
      timeoutMs: 15_000,
      batch: { maxRecords: 100, maxBytes: 1024 * 1024, maxWaitMs: 1_000 },
    });
    expect(config.ack).toBeUndefined();
  });

  it.each([
    ['https://splunk:8088', 'https://splunk:8088'],
    ['https://splunk:8088/', 'https://splunk:8088'],
    ['https://splunk:8088/services/collector', 'https://splunk:8088'],
    ['https://splunk:8088/services/collector/event', 'https://splunk:8088'],
    ['https://splunk:8088/services/collector/event/1.0/', 'https://splunk:8088'],
    ['http://127.0.0.1:8088', 'http://127.0.0.1:8088'],
    // A reverse proxy prefix is kept; only the collector path is dropped.
    ['https://gateway.example.com/splunk/services/collector/event', 'https://gateway.example.com/splunk'],
    ['HTTPS://Splunk.Example.com:443', 'https://splunk.example.com'],
  ])('normalises url %s to %s', (url, expected) => {
    expect(validateSplunkHecConfig({ ...base, url }).url).toBe(expected);
  });

  it('expands ack: true into acks with a fresh GUID channel per configuration', () => {
    const a = validateSplunkHecConfig({ ...base, ack: true });
    const b = validateSplunkHecConfig({ ...base, ack: true });
    expect(a.ack).toEqual({ enabled: true, channel: expect.stringMatching(/^[0-9a-f-]{36}$/), pollIntervalMs: 1_000, timeoutMs: 60_000 });
    expect(a.ack!.channel).not.toBe(b.ack!.channel);
    expect(validateSplunkHecConfig({ ...base, ack: false }).ack).toBeUndefined();
    expect(validateSplunkHecConfig({ ...base, ack: { enabled: false } }).ack).toBeUndefined();
  });

  it('keeps an explicit ack channel and timings', () => {
    const channel = '0f3b7a52-5bd4-4c57-9a3e-2c4b1d7e8a90';
    expect(validateSplunkHecConfig({ ...base, ack: { channel, pollIntervalMs: 50, timeoutMs: 500 } }).ack).toEqual({
      enabled: true,
      channel,
      pollIntervalMs: 50,
      timeoutMs: 500,
    });
  });

  it('accepts every optional setting', () => {
    const config = validateSplunkHecConfig({
      ...base,
      name: 'splunk-prod',
      index: 'security_findings-1',
      source: 'warden-eu',
      sourcetype: 'ocsf:acme:warden',
      host: 'warden-1',
      minSeverity: 'high',
      gzip: false,
      timeoutMs: 5_000,
      batch: { maxRecords: 10, maxBytes: 65_536, maxWaitMs: 0 },
    });
    expect(config).toMatchObject({
      name: 'splunk-prod',
      index: 'security_findings-1',
      host: 'warden-1',
      minSeverity: 'high',
      gzip: false,
      batch: { maxRecords: 10, maxBytes: 65_536, maxWaitMs: 0 },
    });
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['missing url', { token: TOKEN }, /^splunk\.url: required/],
    ['no scheme', { ...base, url: 'splunk.example.com:8088' }, /^splunk\.url: "splunk.example.com:8088" has no scheme; write it as a full URL/],
    ['non-URL', { ...base, url: 'https://spl unk:8088' }, /^splunk\.url: .* is not a URL/],
    ['ftp scheme', { ...base, url: 'ftp://splunk:8088' }, /^splunk\.url: scheme ftp: is not supported; use https:\/\//],
    ['credentials in url', { ...base, url: 'https://admin:pw@splunk:8088' }, /^splunk\.url: must not contain a user name or password/],
    ['query-string token', { ...base, url: `https://splunk:8088/services/collector?token=${TOKEN}` }, /^splunk\.url: must not contain a query string/],
    ['raw endpoint', { ...base, url: 'https://splunk:8088/services/collector/raw' }, /^splunk\.url: points at the \/raw endpoint/],
    ['missing token', { url: base.url }, /^splunk\.token: required/],
    ['token with scheme', { ...base, token: `Splunk ${TOKEN}` }, /^splunk\.token: starts with "Splunk "/],
    ['token with a space', { ...base, token: 'abc def' }, /^splunk\.token: contains spaces/],
    ['upper-case index', { ...base, index: 'Security' }, /^splunk\.index: "Security" is not a Splunk index name/],
    ['internal index', { ...base, index: '_internal' }, /^splunk\.index: "_internal" is not a Splunk index name/],
    ['bad severity', { ...base, minSeverity: 'urgent' }, /^splunk\.minSeverity: expected one of informational, low, medium, high, critical/],
    ['empty sourcetype', { ...base, sourcetype: ' ' }, /^splunk\.sourcetype: expected a non-empty string/],
    ['string gzip', { ...base, gzip: 'yes' }, /^splunk\.gzip: expected true or false/],
    ['tiny timeout', { ...base, timeoutMs: 5 }, /^splunk\.timeoutMs: expected a whole number from 100 to 600000/],
    ['non-GUID channel', { ...base, ack: { channel: 'warden' } }, /^splunk\.ack\.channel: HEC channels must be GUIDs/],
    ['ack timeout under poll', { ...base, ack: { pollIntervalMs: 5_000, timeoutMs: 1_000 } }, /^splunk\.ack\.timeoutMs \(1000\) must be at least splunk\.ack\.pollIntervalMs \(5000\)/],
    ['ack as a string', { ...base, ack: 'on' }, /^splunk\.ack: expected true, false or/],
    ['zero batch', { ...base, batch: { maxRecords: 0 } }, /^splunk\.batch\.maxRecords: expected a whole number from 1/],
    ['unknown batch key', { ...base, batch: { maxEvents: 5 } }, /^splunk\.batch\.maxEvents: unknown setting/],
    ['typo', { ...base, sourceType: 'x' }, /^splunk\.sourceType: unknown setting; known settings are name, url, token/],
    ['path-like name', { ...base, name: '../splunk' }, /^splunk\.name: sink name "..\/splunk" must be 1-64 letters/],
  ])('refuses %s with an actionable message', (_case, raw, expected) => {
    const problems = problemsOf(raw);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(expected);
  });

  it('lists every problem at once', () => {
    expect(problemsOf({ url: 'ftp://x', token: '', index: 'A', minSeverity: 1 })).toHaveLength(4);
  });

  it('refuses a non-object section', () => {
    expect(problemsOf('https://splunk:8088')[0]).toMatch(/^splunk: expected an object of settings/);
  });

  it('never echoes the token in a problem', () => {
    const secret = 'Splunk 11111111-2222-3333-4444-555555555555';
    for (const raw of [{ ...base, token: secret }, { ...base, token: `${TOKEN} x` }]) {
      for (const problem of problemsOf(raw)) {
        expect(problem).not.toContain('11111111-2222');
        expect(problem).not.toContain(TOKEN);
      }
    }
  });
});

describe('looksLikeHecToken', () => {
  it.each([
    [TOKEN, true],
    [TOKEN.toUpperCase(), true],
    ['not-a-guid', false],
    [`${TOKEN}0`, false],
  ])('%s → %s', (token, expected) => {
    expect(looksLikeHecToken(token)).toBe(expected);
  });
});
