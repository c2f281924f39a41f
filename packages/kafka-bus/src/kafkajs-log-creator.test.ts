import { logLevel } from 'kafkajs';
import type { Logger } from '@warden/core';
import { kafkajsLogCreator } from './kafkajs-log-creator';

function recorder(lines: Array<[string, Record<string, unknown>, string]>, bindings: Record<string, unknown> = {}): Logger {
  const at = (level: string) => (fields: Record<string, unknown>, message: string) => lines.push([level, { ...bindings, ...fields }, message]);
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), child: (b) => recorder(lines, { ...bindings, ...b }) };
}

describe('kafkajsLogCreator', () => {
  it("routes kafkajs's entries into the Warden logger with their fields", () => {
    const lines: Array<[string, Record<string, unknown>, string]> = [];
    const log = kafkajsLogCreator(recorder(lines, { sink: 'kafka' }), { expected: [/^Limiting retries for the idempotent producer/] })(logLevel.INFO);
    const entry = (level: logLevel, message: string, extra: Record<string, unknown> = {}) =>
      log({ namespace: 'Connection', level, label: logLevel[level], log: { timestamp: '2026-01-01T00:00:00.000Z', logger: 'kafkajs', message, ...extra } });

    entry(logLevel.ERROR, 'Connection error: connect ECONNREFUSED 127.0.0.1:9', { broker: '127.0.0.1:9', retryCount: 1 });
    entry(logLevel.WARN, 'Limiting retries for the idempotent producer may invalidate EoS guarantees');
    entry(logLevel.INFO, 'Starting');

    expect(lines).toEqual([
      // Per-attempt failures are the caller's to judge: warnings, not errors; an expected warning is debug.
      ['warn', { sink: 'kafka', lib: 'kafkajs', namespace: 'Connection', broker: '127.0.0.1:9', retryCount: 1 }, 'Connection error: connect ECONNREFUSED 127.0.0.1:9'],
      ['debug', { sink: 'kafka', lib: 'kafkajs', namespace: 'Connection' }, 'Limiting retries for the idempotent producer may invalidate EoS guarantees'],
      ['debug', { sink: 'kafka', lib: 'kafkajs', namespace: 'Connection' }, 'Starting'],
    ]);
  });

  it('keeps warnings the caller did not declare expected as warnings', () => {
    const lines: Array<[string, Record<string, unknown>, string]> = [];
    const log = kafkajsLogCreator(recorder(lines))(logLevel.INFO);
    log({ namespace: 'Producer', level: logLevel.WARN, label: 'WARN', log: { timestamp: 't', logger: 'kafkajs', message: 'Limiting retries for the idempotent producer may invalidate EoS guarantees' } });
    expect(lines.map(([level]) => level)).toEqual(['warn']);
  });
});
