import { ConfigError } from '@warden/core';
import { sinkNameProblems } from '../delivery/sink-delivery';
import { validateKafkaSinkConfig } from './kafka/kafka-sink-config';
import { validateSentinelConfig } from './sentinel/sentinel-config';
import { describeValue, openSinkSettings, type BatchRules } from './sink-settings';
import { validateSplunkHecConfig } from './splunk-hec/splunk-hec-config';
import { validateWebhookConfig } from './webhook/webhook-config';

const BATCH: BatchRules = {
  maxRecords: { default: 100, min: 1, max: 1_000 },
  maxBytes: { default: 65_536, min: 1024, max: 1_048_576 },
  maxWaitMs: { default: 500, min: 0, max: 60_000 },
};

function problemsOf(read: () => void): readonly string[] {
  try {
    read();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('openSinkSettings', () => {
  it('refuses a section that is not an object at once, naming the required settings', () => {
    for (const raw of [undefined, null, 'https://x', 42, ['a']]) {
      expect(problemsOf(() => openSinkSettings(raw, 'demo', ['url', 'token'], ['url', 'token']))).toEqual([
        `demo: expected an object of settings with at least url and token, got ${describeValue(raw)}.`,
      ]);
    }
    expect(problemsOf(() => openSinkSettings('x', 'demo', ['name']))).toEqual(['demo: expected an object of settings, got "x".']);
  });

  it('reports each unknown key with the known ones, first, and throws only when asked', () => {
    const settings = openSinkSettings({ nmae: 'x', retries: 3, timeoutMs: 5 }, 'demo', ['name', 'timeoutMs']);
    expect(settings.wholeNumber('timeoutMs', { default: 1_000, min: 100, max: 10_000 })).toBe(1_000);
    expect(settings.problems).toEqual([
      'demo.nmae: unknown setting; known settings are name, timeoutMs.',
      'demo.retries: unknown setting; known settings are name, timeoutMs.',
      'demo.timeoutMs: expected a whole number from 100 to 10000, got 5.',
    ]);
    expect(problemsOf(() => settings.throwIfProblems())).toHaveLength(3);
    expect(() => openSinkSettings({}, 'demo', []).throwIfProblems()).not.toThrow();
  });
});

describe('SinkSettings readers', () => {
  const KEYS = ['s', 'n', 'b', 'e', 'r', 'o'];

  it('treat null as unset and fall back to the default', () => {
    const settings = openSinkSettings({ s: null, n: null, b: null, e: null, o: null }, 'demo', KEYS);
    expect(settings.text('s', 'fallback')).toBe('fallback');
    expect(settings.wholeNumber('n', { default: 7, min: 0, max: 9 })).toBe(7);
    expect(settings.bool('b', true)).toBe(true);
    expect(settings.oneOf('e', ['x', 'y'], 'y')).toBe('y');
    expect(settings.optionalText('o')).toBeUndefined();
    expect(settings.problems).toEqual([]);
  });

  it('trim text and refuse blanks, wrong types, fractions and out-of-range numbers', () => {
    const settings = openSinkSettings({ s: '  padded  ', o: ' ', n: 1.5, b: 'yes', e: 'z' }, 'demo', KEYS);
    expect(settings.text('s', 'fallback')).toBe('padded');
    expect(settings.optionalText('o')).toBeUndefined();
    expect(settings.wholeNumber('n', { default: 7, min: 0, max: 9 })).toBe(7);
    expect(settings.bool('b', false)).toBe(false);
    expect(settings.oneOf('e', ['x', 'y'], 'y')).toBe('y');
    expect(settings.problems).toEqual([
      'demo.o: expected a non-empty string or no value, got " ".',
      'demo.n: expected a whole number from 0 to 9, got 1.5.',
      'demo.b: expected true or false, got "yes".',
      'demo.e: expected one of x, y, got "z".',
    ]);
  });

  it('ask for a required value by saying what to set, and never quote a secret', () => {
    const settings = openSinkSettings({ s: '', o: 12345, r: ['hunter2'] }, 'demo', KEYS);
    expect(settings.requiredText('s', 'the token from the admin page', { secret: true })).toBeUndefined();
    expect(settings.requiredText('o', 'the token from the admin page', { secret: true })).toBeUndefined();
    expect(settings.requiredText('n', 'a number of things')).toBeUndefined();
    expect(settings.problems).toEqual([
      'demo.s: required; set the token from the admin page.',
      'demo.o: expected text, got a number; set the token from the admin page.',
      'demo.n: required; set a number of things.',
    ]);
    expect(settings.problems.join('\n')).not.toContain('12345');
    expect(describeValue('hunter2-secret', { secret: true })).toBe('other text');
    expect(describeValue('x'.repeat(100))).toBe(`"${'x'.repeat(60)}…"`);
  });

  it('read nested sections under their own path and tell whether a section has problems', () => {
    const settings = openSinkSettings({ ack: { colour: 'blue', every: 0 }, tls: 'on' }, 'demo', ['ack', 'tls']);
    const ack = settings.section('ack', ['every']);
    expect(ack?.path).toBe('demo.ack');
    expect(ack?.wholeNumber('every', { default: 5, min: 1, max: 10 })).toBe(5);
    expect(settings.section('tls', ['ca', 'cert'], 'true, false')).toBeUndefined();
    expect(settings.section('missing', ['x'])).toBeUndefined();
    expect(settings.problems).toEqual([
      'demo.ack.colour: unknown setting; known settings are every.',
      'demo.ack.every: expected a whole number from 1 to 10, got 0.',
      'demo.tls: expected true, false or { ca, cert }, got "on".',
    ]);
    expect(ack?.hasProblems()).toBe(true);
    expect(openSinkSettings({ a: {} }, 'demo', ['a']).section('a', [])?.hasProblems()).toBe(false);
  });
});

describe('what every sink has', () => {
  it('batch: per-sink defaults, bounds and unknown keys', () => {
    expect(openSinkSettings({}, 'demo', ['batch']).batch(BATCH)).toEqual({ maxRecords: 100, maxBytes: 65_536, maxWaitMs: 500 });
    const settings = openSinkSettings({ batch: { maxRecords: 5, maxBytes: 10, linger: 1 } }, 'demo', ['batch']);
    expect(settings.batch(BATCH)).toEqual({ maxRecords: 5, maxBytes: 65_536, maxWaitMs: 500 });
    expect(settings.problems).toEqual([
      'demo.batch.linger: unknown setting; known settings are maxRecords, maxBytes, maxWaitMs.',
      'demo.batch.maxBytes: expected a whole number from 1024 to 1048576, got 10.',
    ]);
    const notAnObject = openSinkSettings({ batch: 10 }, 'demo', ['batch']);
    expect(notAnObject.batch(BATCH).maxRecords).toBe(100);
    expect(notAnObject.problems).toEqual(['demo.batch: expected { maxRecords, maxBytes, maxWaitMs }, got 10.']);
  });

  it('minSeverity defaults to low and accepts only the five severities', () => {
    expect(openSinkSettings({}, 'demo', ['minSeverity']).minSeverity()).toBe('low');
    expect(openSinkSettings({ minSeverity: 'high' }, 'demo', ['minSeverity']).minSeverity()).toBe('high');
    const settings = openSinkSettings({ minSeverity: 'HIGH' }, 'demo', ['minSeverity']);
    settings.minSeverity();
    expect(settings.problems).toEqual(['demo.minSeverity: expected one of informational, low, medium, high, critical, got "HIGH".']);
  });

  // One name rule for all sinks: the delivery core's, since the name becomes its spool directory.
  const validators: [string, (extra: Record<string, unknown>) => { name: string }][] = [
    ['splunk', (extra) => validateSplunkHecConfig({ url: 'https://splunk:8088', token: '6f1c2b3a-4d5e-4f60-8a9b-0c1d2e3f4a5b', ...extra })],
    [
      'sentinel',
      (extra) =>
        validateSentinelConfig({
          tenantId: '11111111-2222-4333-8444-555555555555',
          clientId: '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
          clientSecret: 'Xy8Q~super.secret-value_123',
          endpoint: 'https://dce.eastus-1.ingest.monitor.azure.com',
          dcrImmutableId: 'dcr-0123456789abcdef0123456789abcdef',
          ...extra,
        }),
    ],
    ['webhook', (extra) => validateWebhookConfig({ url: 'https://hooks.example.com/x', secret: 'correct horse battery staple, 38 bytes', ...extra })],
    ['kafka', (extra) => validateKafkaSinkConfig({ brokers: ['kafka-1:9092'], ...extra })],
  ];

  it.each(validators)('%s applies the delivery core name rule and the shared readers', (sink, validate) => {
    for (const name of ['SOC.splunk-1', 'a', 'x'.repeat(64)]) {
      expect(sinkNameProblems(name)).toEqual([]);
      expect(validate({ name }).name).toBe(name);
    }
    for (const name of ['../escape', '.hidden', 'a/b', 'x'.repeat(65), '-dash']) {
      expect(sinkNameProblems(name)).not.toEqual([]);
      expect(problemsOf(() => validate({ name }))).toEqual([`${sink}.name: ${sinkNameProblems(name)[0]}.`]);
    }
    expect(problemsOf(() => validate({ minSeverity: 'urgent', batch: { maxRecords: 0 }, colour: 'blue' }))).toEqual([
      expect.stringMatching(new RegExp(`^${sink}\\.colour: unknown setting; known settings are name, `)),
      `${sink}.minSeverity: expected one of informational, low, medium, high, critical, got "urgent".`,
      expect.stringMatching(new RegExp(`^${sink}\\.batch\\.maxRecords: expected a whole number from 1 to \\d+, got 0\\.$`)),
    ]);
  });
});
