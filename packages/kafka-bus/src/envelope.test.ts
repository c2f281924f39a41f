import { InvalidInputError } from '@warden/core';
import { ENVELOPE_VERSION, packRecords, unpackRecords } from './envelope';

const record = (i: number, padding = 0) => ({ key: `t1/a${i % 3}`, value: { seq: i, text: 'x'.repeat(padding) } });

describe('packRecords / unpackRecords', () => {
  it('round-trips records in order, many to a message', () => {
    const records = Array.from({ length: 50 }, (_, i) => record(i));
    const messages = packRecords(records, 1_000_000);
    expect(messages).toHaveLength(1);
    expect(JSON.parse(messages[0]!)).toMatchObject({ version: ENVELOPE_VERSION });
    expect(unpackRecords(Buffer.from(messages[0]!))).toEqual(records);
  });

  it('keeps every message within the byte bound and loses nothing across the split', () => {
    const records = Array.from({ length: 200 }, (_, i) => record(i, 37 + (i % 11)));
    const messages = packRecords(records, 2_048);
    expect(messages.length).toBeGreaterThan(5);
    for (const m of messages) expect(Buffer.byteLength(m)).toBeLessThanOrEqual(2_048);
    expect(messages.flatMap((m) => unpackRecords(m))).toEqual(records);
  });

  it('counts bytes, not characters, so multi-byte text stays within the bound', () => {
    const records = Array.from({ length: 40 }, (_, i) => ({ key: `k${i}`, value: 'ü€'.repeat(50) }));
    for (const m of packRecords(records, 1_024)) expect(Buffer.byteLength(m)).toBeLessThanOrEqual(1_024);
  });

  it('gives a record larger than the bound a message of its own', () => {
    const messages = packRecords([record(1), record(2, 5_000), record(3)], 1_024);
    expect(messages.map((m) => unpackRecords(m).map((r) => (r.value as { seq: number }).seq))).toEqual([[1], [2], [3]]);
  });

  it('packs nothing into no messages', () => {
    expect(packRecords([], 1_024)).toEqual([]);
  });

  it.each<[string, Buffer | string | null, RegExp]>([
    ['a tombstone', null, /no value/],
    ['text that is not JSON', 'hello', /not JSON/],
    ['another envelope version', JSON.stringify({ version: 2, records: [] }), /not a version-1 Warden envelope \(version 2\)/],
    ['JSON without records', JSON.stringify({ version: 1 }), /not a version-1 Warden envelope/],
    ['a record without a key', JSON.stringify({ version: 1, records: [{ value: 1 }] }), /record 0 .* no string key/],
  ])('refuses %s as invalid input that retrying cannot fix', (_case, value, message) => {
    let error: unknown;
    try {
      unpackRecords(value);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error).toMatchObject({ code: 'WARDEN_KAFKA_BUS_ENVELOPE', retriable: false, message: expect.stringMatching(message) });
  });
});
