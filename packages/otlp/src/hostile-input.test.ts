/**
 * Hostile and broken bodies: whatever arrives, the decoders either return a request or throw
 * InvalidInputError with their own code — never another error, a hang or a stack overflow — and
 * never touch a prototype.
 */
import { InvalidInputError } from '@warden/core';
import { JsonTraceSerializer, ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { Reader, Writer } from 'protobufjs/minimal';
import { decodeTraceRequestJson } from './json-decoder';
import { DEFAULT_MAX_RECORDS } from './decode-limits';
import { MAX_ANY_VALUE_DEPTH } from './otlp-value';
import { decodeTraceRequestProtobuf } from './protobuf-decoder';
import { officialSpans } from './__tests__/official-spans';
import { prng, randomBytes } from './__tests__/prng';
import type { ExportTraceRequest, OtlpValue } from './trace-request';

const PROTOBUF = 'OTLP_MALFORMED_PROTOBUF';
const JSON_CODE = 'OTLP_MALFORMED_JSON';

/** Runs a decode; returns the request, or the error after checking it is the expected kind. */
function decodeOrReject(code: string, run: () => ExportTraceRequest): ExportTraceRequest | InvalidInputError {
  try {
    return run();
  } catch (err) {
    if (!(err instanceof InvalidInputError)) throw err; // fails the test with the real error
    expect(err.code).toBe(code);
    return err;
  }
}

function rejection(code: string, run: () => unknown): InvalidInputError {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(InvalidInputError);
    expect((err as InvalidInputError).code).toBe(code);
    return err as InvalidInputError;
  }
  throw new Error('expected an InvalidInputError, nothing was thrown');
}

function officialBytes(): Uint8Array {
  const bytes = ProtobufTraceSerializer.serializeRequest(officialSpans());
  if (bytes === undefined) throw new Error('serializer returned nothing');
  return bytes;
}

/** Wraps `span` bytes into resource_spans > scope_spans > spans. */
function requestWithSpan(span: Uint8Array): Uint8Array {
  const w = Writer.create();
  w.uint32((1 << 3) | 2).fork().uint32((2 << 3) | 2).fork().uint32((2 << 3) | 2).bytes(span).ldelim().ldelim();
  return w.finish();
}

/** An attribute `k` whose value is `depth` nested single-element arrays around a string. */
function nestedArrays(depth: number): Uint8Array {
  const w = Writer.create();
  w.uint32((1 << 3) | 2).fork().uint32((2 << 3) | 2).fork().uint32((2 << 3) | 2).fork(); // rs > ss > span
  w.uint32((9 << 3) | 2).fork().uint32((1 << 3) | 2).string('k'); // attributes[0]
  w.uint32((2 << 3) | 2).fork(); // value: AnyValue level 1
  for (let level = 1; level < depth; level++) {
    w.uint32((5 << 3) | 2).fork(); // array_value
    w.uint32((1 << 3) | 2).fork(); // values[0]: AnyValue level + 1
  }
  w.uint32((1 << 3) | 2).string('leaf');
  for (let level = 1; level < depth; level++) w.ldelim().ldelim();
  w.ldelim().ldelim().ldelim().ldelim().ldelim();
  return w.finish();
}

function depthOf(value: OtlpValue | undefined): number {
  return Array.isArray(value) ? 1 + depthOf(value[0]) : 1;
}

describe('protobuf: garbage and damage', () => {
  it('never throws anything but InvalidInputError on random bytes (600 deterministic seeds)', () => {
    let rejected = 0;
    for (let seed = 1; seed <= 600; seed++) {
      const next = prng(seed);
      const body = randomBytes(next, 1 + Math.floor(next() * 300));
      // Half the cases start like a real request, to get past the first tag into nested messages.
      if (seed % 2 === 0) body[0] = 0x0a;
      if (decodeOrReject(PROTOBUF, () => decodeTraceRequestProtobuf(body)) instanceof InvalidInputError) rejected++;
    }
    expect(rejected).toBeGreaterThan(500);
  });

  it('never throws anything but InvalidInputError on a real request with bytes flipped (400 seeds)', () => {
    const original = officialBytes();
    let rejected = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const next = prng(seed * 7919);
      const body = Uint8Array.from(original);
      const flips = 1 + Math.floor(next() * 4);
      for (let i = 0; i < flips; i++) body[Math.floor(next() * body.length)] = Math.floor(next() * 256);
      if (decodeOrReject(PROTOBUF, () => decodeTraceRequestProtobuf(body)) instanceof InvalidInputError) rejected++;
    }
    // Flipped bytes inside strings or times still decode; many others must not.
    expect(rejected).toBeGreaterThan(50);
  });

  it('rejects a request truncated anywhere except between top-level messages', () => {
    const body = officialBytes();
    const full = decodeTraceRequestProtobuf(body);
    // Where each top-level resource_spans ends: cutting exactly there leaves a shorter, valid request.
    const boundaries = new Set<number>([0]);
    const reader = new Reader(body);
    while (reader.pos < reader.len) {
      reader.skipType(reader.tag() & 7);
      boundaries.add(reader.pos);
    }
    expect(boundaries.size).toBe(full.resourceSpans.length + 1);
    for (let cut = 0; cut < body.length; cut++) {
      const truncated = body.subarray(0, cut);
      if (boundaries.has(cut)) {
        const prefix = decodeTraceRequestProtobuf(truncated);
        expect(prefix.resourceSpans).toEqual(full.resourceSpans.slice(0, prefix.resourceSpans.length));
      } else {
        rejection(PROTOBUF, () => decodeTraceRequestProtobuf(truncated));
      }
    }
  });

  it.each<[string, number[], RegExp]>([
    ['a length prefix larger than the body', [0x0a, 0x64, 0x12, 0x00], /^resourceSpans\[0\]: length 100 exceeds the 2 bytes left/],
    ['a 4 GiB length prefix', [0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f], /^resourceSpans\[0\]: /],
    ['a nested length running past its parent', [0x0a, 0x02, 0x12, 0x05, 0x0a, 0x00, 0x00, 0x00, 0x00], /^resourceSpans\[0\]\.scopeSpans\[0\]: length 5 exceeds the 0 bytes left/],
    ['field number 0', [0x00, 0x01], /^\(root\): field number 0 is not valid/],
    ['wire type 6', [0x16, 0x01], /invalid wire type 6/],
    ['wire type 7', [0x17], /invalid wire type 7/],
    ['a stray end-group tag', [0x14], /unexpected end-group tag/],
    ['an unterminated group', [0x13, 0x08, 0x01], /^\(root\): index out of range/],
    ['a varint that never ends', [0x10, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], /^\(root\): (index out of range|invalid varint)/],
    ['a truncated fixed64 time', [0x0a, 0x08, 0x12, 0x06, 0x12, 0x04, 0x39, 0x01, 0x02, 0x03], /startTimeUnixNano|spans\[0\]/],
  ])('rejects %s', (_label, bytes, message) => {
    const err = rejection(PROTOBUF, () => decodeTraceRequestProtobuf(Uint8Array.from(bytes)));
    expect(err.message).toMatch(message);
    expect(err.message).toContain('ExportTraceServiceRequest');
  });

  it.each<[string, Uint8Array, string]>([
    ['resourceSpans as a varint', Writer.create().uint32((1 << 3) | 0).uint32(5).finish(), 'resourceSpans: wire type 0 (varint), expected 2'],
    ['a trace id as a varint', requestWithSpan(Writer.create().uint32((1 << 3) | 0).uint32(1).finish()), 'spans[0].traceId: wire type 0 (varint), expected 2'],
    ['a name as fixed32', requestWithSpan(Writer.create().uint32((5 << 3) | 5).fixed32(1).finish()), 'spans[0].name: wire type 5 (32-bit), expected 2'],
    ['a kind as a string', requestWithSpan(Writer.create().uint32((6 << 3) | 2).string('x').finish()), 'spans[0].kind: wire type 2'],
    ['a start time as a varint', requestWithSpan(Writer.create().uint32((7 << 3) | 0).uint32(1).finish()), 'spans[0].startTimeUnixNano: wire type 0 (varint), expected 1 (64-bit)'],
    ['flags as a varint', requestWithSpan(Writer.create().uint32((16 << 3) | 0).uint32(1).finish()), 'spans[0].flags: wire type 0 (varint), expected 5 (32-bit)'],
    ['a dropped count as fixed64', requestWithSpan(Writer.create().uint32((10 << 3) | 1).fixed64(1).finish()), 'spans[0].droppedAttributesCount: wire type 1'],
    ['status as a varint', requestWithSpan(Writer.create().uint32((15 << 3) | 0).uint32(2).finish()), 'spans[0].status: wire type 0'],
    [
      'an intValue as fixed64',
      requestWithSpan(
        Writer.create()
          .uint32((9 << 3) | 2)
          .fork()
          .uint32((1 << 3) | 2)
          .string('n')
          .uint32((2 << 3) | 2)
          .fork()
          .uint32((3 << 3) | 1)
          .fixed64(1)
          .ldelim()
          .ldelim()
          .finish(),
      ),
      'spans[0].attributes["n"].intValue: wire type 1 (64-bit), expected 0 (varint)',
    ],
  ])('rejects %s (wrong wire type for a known field)', (_label, body, fragment) => {
    const err = rejection(PROTOBUF, () => decodeTraceRequestProtobuf(body));
    expect(err.message).toContain(fragment);
  });

  it(`accepts AnyValue nesting up to ${MAX_ANY_VALUE_DEPTH} levels and rejects one more`, () => {
    const ok = decodeTraceRequestProtobuf(nestedArrays(MAX_ANY_VALUE_DEPTH));
    expect(depthOf(ok.resourceSpans[0]?.scopeSpans[0]?.spans[0]?.attributes['k'])).toBe(MAX_ANY_VALUE_DEPTH);
    const err = rejection(PROTOBUF, () => decodeTraceRequestProtobuf(nestedArrays(MAX_ANY_VALUE_DEPTH + 1)));
    expect(err.message).toContain(`nested deeper than ${MAX_ANY_VALUE_DEPTH} levels`);
  });

  it('rejects 20000 levels of nesting quickly, without a stack overflow', () => {
    const body = nestedArrays(20_000);
    const started = process.hrtime.bigint();
    rejection(PROTOBUF, () => decodeTraceRequestProtobuf(body));
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(1000);
  });
});

describe('hostile keys cannot reach a prototype', () => {
  afterEach(() => {
    // If anything had leaked, every object would now carry it.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  function keyValue(key: string, value: Uint8Array): Uint8Array {
    return Writer.create().uint32((1 << 3) | 2).string(key).uint32((2 << 3) | 2).bytes(value).finish();
  }

  it('protobuf: keeps __proto__ and constructor as plain data in attributes and kvlists', () => {
    const polluting = Writer.create()
      .uint32((6 << 3) | 2)
      .fork()
      .uint32((1 << 3) | 2)
      .bytes(keyValue('polluted', Writer.create().uint32((2 << 3) | 0).bool(true).finish()))
      .ldelim()
      .finish();
    const kvlist = Writer.create()
      .uint32((6 << 3) | 2)
      .fork()
      .uint32((1 << 3) | 2)
      .bytes(keyValue('__proto__', polluting))
      .uint32((1 << 3) | 2)
      .bytes(keyValue('constructor', Writer.create().uint32((1 << 3) | 2).string('x').finish()))
      .ldelim()
      .finish();
    const span = Writer.create()
      .uint32((9 << 3) | 2)
      .bytes(keyValue('__proto__', polluting))
      .uint32((9 << 3) | 2)
      .bytes(keyValue('args', kvlist))
      .finish();
    const attributes = decodeTraceRequestProtobuf(requestWithSpan(span)).resourceSpans[0]?.scopeSpans[0]?.spans[0]?.attributes;
    if (attributes === undefined) throw new Error('no span');
    expect(Object.getPrototypeOf(attributes)).toBeNull();
    expect(Object.keys(attributes)).toEqual(['__proto__', 'args']);
    expect(Object.getOwnPropertyDescriptor(attributes, '__proto__')?.value).toEqual({ polluted: true });
    const args = attributes['args'] as Record<string, OtlpValue>;
    expect(Object.getPrototypeOf(args)).toBeNull();
    expect(Object.keys(args)).toEqual(['__proto__', 'constructor']);
    expect(args['constructor']).toBe('x');
  });

  it('json: keeps __proto__ and constructor as plain data in attributes and kvlists', () => {
    const polluting = { kvlistValue: { values: [{ key: 'polluted', value: { boolValue: true } }] } };
    const text = JSON.stringify({
      resourceSpans: [
        {
          resource: { attributes: [{ key: '__proto__', value: polluting }] },
          scopeSpans: [
            {
              spans: [
                {
                  attributes: [
                    { key: 'constructor', value: { kvlistValue: { values: [{ key: '__proto__', value: polluting }] } } },
                  ],
                },
              ],
            },
          ],
        },
      ],
    });
    // A raw `__proto__` member of a message object must not matter either.
    const decoded = decodeTraceRequestJson(text.replace('{"resourceSpans"', '{"__proto__":{"polluted":true},"resourceSpans"'));
    const resourceAttributes = decoded.resourceSpans[0]?.resource.attributes;
    if (resourceAttributes === undefined) throw new Error('no resource');
    expect(Object.keys(resourceAttributes)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(resourceAttributes)).toBeNull();
    const ctor = decoded.resourceSpans[0]?.scopeSpans[0]?.spans[0]?.attributes['constructor'] as Record<string, OtlpValue>;
    expect(Object.keys(ctor)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(ctor, '__proto__')?.value).toEqual({ polluted: true });
  });
});

describe('json: garbage and damage', () => {
  it('never throws anything but InvalidInputError on random text (400 seeds)', () => {
    const alphabet = '{}[]",:0123456789.-eE truefalsnul\\abcxyzVT';
    for (let seed = 1; seed <= 400; seed++) {
      const next = prng(seed);
      let text = '';
      const length = Math.floor(next() * 120);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      decodeOrReject(JSON_CODE, () => decodeTraceRequestJson(text));
    }
  });

  it('never throws anything but InvalidInputError when values are swapped for values of other types (500 seeds)', () => {
    const serialized = new TextDecoder().decode(JsonTraceSerializer.serializeRequest(officialSpans()));
    const replacements: unknown[] = [null, true, 0, -1, 1.5, '', 'zz', '-5', [], {}, [{}], { values: 3 }, 'SPAN_KIND_CLIENT', '1e3'];
    let rejected = 0;
    for (let seed = 1; seed <= 500; seed++) {
      const next = prng(seed * 31);
      const doc = JSON.parse(serialized) as unknown;
      // Walk to a random node and replace it.
      let parent: Record<string, unknown> | unknown[] = doc as Record<string, unknown>;
      let key: string | number = 'resourceSpans';
      for (let steps = 0; steps < 12; steps++) {
        const child = (parent as Record<string | number, unknown>)[key];
        if (typeof child !== 'object' || child === null) break;
        const keys: (string | number)[] = Array.isArray(child) ? child.map((_, i) => i) : Object.keys(child);
        if (keys.length === 0 || next() < 0.15) break;
        parent = child as Record<string, unknown>;
        key = keys[Math.floor(next() * keys.length)] as string | number;
      }
      (parent as Record<string | number, unknown>)[key] = replacements[Math.floor(next() * replacements.length)];
      if (decodeOrReject(JSON_CODE, () => decodeTraceRequestJson(JSON.stringify(doc))) instanceof InvalidInputError) rejected++;
    }
    expect(rejected).toBeGreaterThan(100);
  });

  it(`accepts AnyValue nesting up to ${MAX_ANY_VALUE_DEPTH} levels and rejects deeper documents, however deep`, () => {
    const nested = (depth: number): string => {
      let value = '{"stringValue":"leaf"}';
      for (let level = 1; level < depth; level++) value = `{"arrayValue":{"values":[${value}]}}`;
      return `{"resourceSpans":[{"scopeSpans":[{"spans":[{"attributes":[{"key":"k","value":${value}}]}]}]}]}`;
    };
    const ok = decodeTraceRequestJson(nested(MAX_ANY_VALUE_DEPTH));
    expect(depthOf(ok.resourceSpans[0]?.scopeSpans[0]?.spans[0]?.attributes['k'])).toBe(MAX_ANY_VALUE_DEPTH);
    const err = rejection(JSON_CODE, () => decodeTraceRequestJson(nested(MAX_ANY_VALUE_DEPTH + 1)));
    expect(err.message).toContain(`nested deeper than ${MAX_ANY_VALUE_DEPTH} levels`);
    const deep = `{"resourceSpans":[{"scopeSpans":[{"spans":[{"attributes":[{"key":"k","value":${'{"arrayValue":{"values":['.repeat(50_000)}${']}}'.repeat(50_000)}}]}]}]}]}`;
    rejection(JSON_CODE, () => decodeTraceRequestJson(deep));
  });
});

describe('record limits keep tiny bodies from decoding into huge heaps', () => {
  /** One scope with `spans` empty spans (2 bytes each on the wire), each with `events` empty events. */
  function emptySpans(spans: number, events = 0): Uint8Array {
    const span = Writer.create();
    for (let i = 0; i < events; i++) span.uint32((11 << 3) | 2).bytes(new Uint8Array(0));
    const spanBytes = span.finish();
    const w = Writer.create();
    w.uint32((1 << 3) | 2).fork().uint32((2 << 3) | 2).fork();
    for (let i = 0; i < spans; i++) w.uint32((2 << 3) | 2).bytes(spanBytes);
    w.ldelim().ldelim();
    return w.finish();
  }

  it('counts spans, events and links against maxRecords', () => {
    expect(decodeTraceRequestProtobuf(emptySpans(2, 1), { maxRecords: 4 }).resourceSpans[0]?.scopeSpans[0]?.spans).toHaveLength(2);
    const err = rejection('OTLP_TOO_MANY_RECORDS', () => decodeTraceRequestProtobuf(emptySpans(2, 2), { maxRecords: 5 }));
    expect(err.message).toContain('more than 5 spans, span events and links');
    const json = JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spans: [{ links: [{}, {}] }, {}] }] }] });
    expect(decodeTraceRequestJson(json, { maxRecords: 4 }).resourceSpans).toHaveLength(1);
    rejection('OTLP_TOO_MANY_RECORDS', () => decodeTraceRequestJson(json, { maxRecords: 3 }));
  });

  it(`applies a default of ${DEFAULT_MAX_RECORDS} records`, () => {
    const body = emptySpans(DEFAULT_MAX_RECORDS + 1);
    expect(body.length).toBeLessThan(3 * (DEFAULT_MAX_RECORDS + 10));
    rejection('OTLP_TOO_MANY_RECORDS', () => decodeTraceRequestProtobuf(body));
    const text = `{"resourceSpans":[{"scopeSpans":[{"spans":[${'{},'.repeat(DEFAULT_MAX_RECORDS)}{}]}]}]}`;
    rejection('OTLP_TOO_MANY_RECORDS', () => decodeTraceRequestJson(text));
  });
});
