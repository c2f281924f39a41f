import { randomBytes } from 'node:crypto';
import { ConfigError } from '@warden/core';
import { describeWebhookEndpoint, validateWebhookConfig, webhookConfigWarnings } from './webhook-config';

const SECRET = `whsec_${randomBytes(32).toString('base64')}`;
const RAW_SECRET = 'correct horse battery staple, 38 bytes';

function problemsOf(raw: unknown): string[] {
  try {
    validateWebhookConfig(raw);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return [...(err as ConfigError).problems];
  }
  throw new Error('expected a ConfigError');
}

describe('validateWebhookConfig', () => {
  it('fills in defaults: one finding per request, envelope payload, 15 s timeout', () => {
    const config = validateWebhookConfig({ url: 'https://hooks.example.com/warden', secret: SECRET });
    expect(config).toEqual({
      name: 'webhook',
      url: 'https://hooks.example.com/warden',
      secret: SECRET,
      minSeverity: 'low',
      payload: 'envelope',
      headers: {},
      timeoutMs: 15_000,
      batch: { maxRecords: 1, maxBytes: 1024 * 1024, maxWaitMs: 0 },
    });
  });

  it('accepts the CLI shape, a raw secret, a rotation secret, extra headers and batch overrides', () => {
    const config = validateWebhookConfig({
      name: 'soar',
      url: ' https://hooks.example.com/warden?route=sec ',
      secret: RAW_SECRET,
      previousSecret: SECRET,
      minSeverity: 'high',
      payload: 'ocsf',
      headers: { Authorization: 'Bearer abc', 'X-Tenant': 'acme' },
      timeoutMs: 30_000,
      batch: { maxRecords: 10 },
    });
    expect(config.url).toBe('https://hooks.example.com/warden?route=sec');
    expect(config.previousSecret).toBe(SECRET);
    expect(config.headers).toEqual({ authorization: 'Bearer abc', 'x-tenant': 'acme' });
    expect(config.batch).toEqual({ maxRecords: 10, maxBytes: 1024 * 1024, maxWaitMs: 0 });
    expect(config.payload).toBe('ocsf');
  });

  it('lists every problem, naming the setting and what would be accepted', () => {
    const problems = problemsOf({
      url: 'ftp://files.example.com/x',
      secret: 'short',
      minSeverity: 'urgent',
      payload: 'xml',
      timeoutMs: 10,
      batch: { maxRecords: 0, flushEvery: 1 },
      retries: 3,
    });
    expect(problems).toEqual([
      expect.stringMatching(/^webhook\.retries: unknown setting/),
      expect.stringMatching(/^webhook\.url: scheme "ftp" is not supported; use https/),
      expect.stringMatching(/^webhook\.secret: the webhook secret is 5 bytes; use at least 24/),
      expect.stringMatching(/^webhook\.minSeverity: expected one of informational, low, medium, high, critical/),
      expect.stringMatching(/^webhook\.payload: expected "envelope"/),
      expect.stringMatching(/^webhook\.timeoutMs: expected a whole number from 1000 to 120000/),
      expect.stringMatching(/^webhook\.batch\.flushEvery: unknown setting/),
      expect.stringMatching(/^webhook\.batch\.maxRecords: expected a whole number from 1 to 100, got 0/),
    ]);
  });

  it('requires url and secret, and rejects a non-object', () => {
    expect(problemsOf({})).toEqual([
      expect.stringMatching(/^webhook\.url: required; set the receiver's URL/),
      expect.stringMatching(/^webhook\.secret: expected the signing secret/),
    ]);
    expect(problemsOf('https://x')).toEqual([expect.stringMatching(/^webhook: expected an object/)]);
  });

  it('refuses credentials in the URL and headers the sink owns, without quoting secrets', () => {
    const problems = problemsOf({
      url: 'https://user:hunter2-password@hooks.example.com/x',
      secret: SECRET,
      previousSecret: SECRET,
      headers: { 'webhook-signature': 'v1,forged', 'Content-Type': 'text/plain', 'bad header': 'x', 'x-multi': 'a\r\nb' },
    });
    expect(problems).toEqual([
      expect.stringMatching(/^webhook\.url: must not contain user:password@; put the receiver's credentials in webhook\.headers/),
      expect.stringMatching(/^webhook\.previousSecret: is the same as webhook\.secret/),
      expect.stringMatching(/^webhook\.headers\.webhook-signature: is set by the webhook sink itself/),
      expect.stringMatching(/^webhook\.headers\.Content-Type: is set by the webhook sink itself/),
      expect.stringMatching(/^webhook\.headers: "bad header" is not a valid HTTP header name/),
      expect.stringMatching(/^webhook\.headers\.x-multi: expected a single-line string value/),
    ]);
    const text = problems.join('\n');
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain(SECRET.slice(6));
    expect(text).not.toContain('forged');
  });

  it('does not echo an unparseable URL, which may embed a token', () => {
    expect(problemsOf({ url: 'not a url/T0KEN-SECRET', secret: SECRET })).toEqual([
      'webhook.url: is not a valid absolute URL; expected e.g. "https://hooks.example.com/warden".',
    ]);
  });
});

describe('webhookConfigWarnings', () => {
  it('warns about plain http to another host and short timeouts, not about local http', () => {
    const remote = validateWebhookConfig({ url: 'http://hooks.example.com/x', secret: SECRET, timeoutMs: 5000 });
    expect(webhookConfigWarnings(remote)).toEqual([
      expect.stringMatching(/plain http to hooks\.example\.com.*Use https\./),
      expect.stringMatching(/timeoutMs is 5000 ms/),
    ]);
    for (const url of ['http://localhost:9000/x', 'http://127.0.0.1:9000/x', 'http://[::1]:9000/x', 'https://hooks.example.com/x']) {
      expect(webhookConfigWarnings(validateWebhookConfig({ url, secret: SECRET }))).toEqual([]);
    }
  });
});

describe('describeWebhookEndpoint', () => {
  it('keeps scheme, host and port; drops path and query, which often carry tokens', () => {
    expect(describeWebhookEndpoint('https://hooks.example.com:8443/services/T000/B000/XXXX?token=abc')).toBe('https://hooks.example.com:8443');
  });
});
