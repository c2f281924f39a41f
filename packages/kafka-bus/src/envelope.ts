import { InvalidInputError } from '@warden/core';
import type { BusRecord } from '@warden/bus';

/**
 * The layout of a Kafka message value on Warden's topics. Bump it when the layout changes, and
 * keep reading the old one until no retained message carries it.
 */
export const ENVELOPE_VERSION = 1;

const HEAD = `{"version":${ENVELOPE_VERSION},"records":[`;
const TAIL = ']}';
const FRAME_BYTES = Buffer.byteLength(HEAD) + Buffer.byteLength(TAIL);

/**
 * Packs records into as few message values as fit `maxBytes` each, keeping their order. Many
 * records per message is what makes Kafka cheap here: a span is a few hundred bytes, and a Kafka
 * message costs framing, a CRC and a log-index entry however small it is. A record that alone
 * exceeds `maxBytes` still gets its own message; the broker decides whether it is too large.
 */
export function packRecords(records: readonly BusRecord<unknown>[], maxBytes: number): string[] {
  return packEncoded(records.map(encodeRecord), maxBytes);
}

/** One record as it sits inside an envelope; encoded once, when it is published. */
export interface EncodedRecord {
  readonly key: string;
  readonly json: string;
  readonly bytes: number;
}

export function encodeRecord(record: BusRecord<unknown>): EncodedRecord {
  const json = JSON.stringify({ key: record.key, value: record.value });
  return { key: record.key, json, bytes: Buffer.byteLength(json) };
}

/** packRecords for records already encoded. */
export function packEncoded(records: readonly EncodedRecord[], maxBytes: number): string[] {
  const messages: string[] = [];
  let parts: string[] = [];
  let size = FRAME_BYTES;
  for (const { json: part, bytes } of records) {
    if (parts.length > 0 && size + 1 + bytes > maxBytes) {
      messages.push(HEAD + parts.join(',') + TAIL);
      parts = [];
      size = FRAME_BYTES;
    }
    size += bytes + (parts.length > 0 ? 1 : 0); // the comma between records
    parts.push(part);
  }
  if (parts.length > 0) messages.push(HEAD + parts.join(',') + TAIL);
  return messages;
}

/**
 * Reads the records back out of one message value. Throws InvalidInputError for a value that is
 * not an envelope this version understands: retrying cannot help, so the caller dead-letters it.
 */
export function unpackRecords(value: Buffer | string | null): BusRecord<unknown>[] {
  if (value === null) throw new InvalidInputError('WARDEN_KAFKA_BUS_ENVELOPE', 'the message has no value (a tombstone?); Warden never writes one');
  let parsed: unknown;
  try {
    parsed = JSON.parse(typeof value === 'string' ? value : value.toString('utf8'));
  } catch (err) {
    throw new InvalidInputError('WARDEN_KAFKA_BUS_ENVELOPE', `the message is not JSON (${(err as Error).message}); was it written by something other than Warden?`);
  }
  const envelope = parsed as { version?: unknown; records?: unknown } | null;
  if (envelope === null || typeof envelope !== 'object' || envelope.version !== ENVELOPE_VERSION || !Array.isArray(envelope.records)) {
    const version = envelope !== null && typeof envelope === 'object' ? JSON.stringify(envelope.version) : 'none';
    throw new InvalidInputError(
      'WARDEN_KAFKA_BUS_ENVELOPE',
      `the message is not a version-${ENVELOPE_VERSION} Warden envelope (version ${version}); upgrade this consumer if a newer Warden wrote it`,
    );
  }
  return envelope.records.map((r: unknown, i: number) => {
    const record = r as { key?: unknown; value?: unknown } | null;
    if (record === null || typeof record !== 'object' || typeof record.key !== 'string' || !('value' in record)) {
      throw new InvalidInputError('WARDEN_KAFKA_BUS_ENVELOPE', `record ${i} of the envelope has no string key or no value`);
    }
    return { key: record.key, value: record.value };
  });
}
