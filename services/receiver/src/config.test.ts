import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigError } from '@warden/core';
import { DEFAULT_RECEIVER_CONFIG, validateReceiverConfig } from './config';

const load = (name: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'testdata', 'config', name), 'utf8'));

function problemsOf(raw: unknown): readonly string[] {
  try {
    validateReceiverConfig(raw);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('validateReceiverConfig', () => {
  test('nothing set: the Collector-like defaults, localhost only, no authentication', () => {
    const config = validateReceiverConfig({});
    expect(config).toEqual(DEFAULT_RECEIVER_CONFIG);
    expect(config).toMatchObject({ host: '127.0.0.1', grpcPort: 4317, httpPort: 4318, maxRequestBytes: 20 * 1024 * 1024 });
    expect(config.tokens).toBeUndefined();
    expect(validateReceiverConfig(undefined)).toEqual(DEFAULT_RECEIVER_CONFIG);
  });

  test('valid.json: every setting taken, tokens become a map', () => {
    const config = validateReceiverConfig(load('valid.json'));
    expect(config).toMatchObject({ host: '0.0.0.0', grpcPort: 14317, httpPort: 14318, maxRequestBytes: 8388608, retryAfterSeconds: 2 });
    expect(config.tokens).toEqual(
      new Map([
        ['tok-acme-1', 'acme'],
        ['tok-globex-2', 'globex'],
      ]),
    );
  });

  test('a Map of tokens is accepted as is', () => {
    const config = validateReceiverConfig({ tokens: new Map([['abc', 'acme']]) });
    expect(config.tokens?.get('abc')).toBe('acme');
  });

  test.each<[string, RegExp[]]>([
    ['bad_port.json', [/^receiver\.grpcPort: .*0-65535.*70000/, /^receiver\.httpPort: .*"4318"/]],
    ['typo_key.json', [/^receiver\.grpcport: unknown setting/, /^receiver\.maxRequestByte: unknown setting/]],
    ['invalid_tokens.json', [/^receiver\.tokens entry 1: a token/, /^receiver\.tokens entry 2: tenant "bad\/tenant"/]],
    ['empty_tokens.json', [/^receiver\.tokens: is empty/]],
    ['same_ports.json', [/receiver\.grpcPort and receiver\.httpPort are both 4400/]],
    [
      'bad_limits.json',
      [/^receiver\.maxRequestBytes: .*got 10/, /^receiver\.retryAfterSeconds: .*got 0/, /^receiver\.httpRequestTimeoutMs \(1000\) must be at least/],
    ],
  ])('%s is refused, each problem naming its setting', (file, expected) => {
    const problems = problemsOf(load(file));
    expect(problems).toHaveLength(expected.length);
    for (const pattern of expected) expect(problems.some((p) => pattern.test(p))).toBe(true);
  });

  test('token values are never echoed in problems', () => {
    const problems = problemsOf({ tokens: { 'secret with space': 'acme' } });
    expect(problems.join('\n')).not.toContain('secret');
  });

  test('not an object', () => {
    expect(problemsOf('4317')).toEqual([expect.stringMatching(/^receiver: expected an object/)]);
  });
});
