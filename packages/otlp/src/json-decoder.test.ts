import * as fs from 'node:fs';
import * as path from 'node:path';
import { InvalidInputError } from '@warden/core';
import { JsonTraceSerializer } from '@opentelemetry/otlp-transformer';
import { decodeTraceRequestJson } from './json-decoder';
import { decodeTraceRequestProtobuf } from './protobuf-decoder';
import { expectedRequest, officialSpans } from './__tests__/official-spans';
import { encodeReference } from './__tests__/reference-codec';
import type { ExportTraceRequest, OtlpSpan } from './trace-request';

const TESTDATA = path.join(__dirname, '..', 'testdata');
const fixture = (name: string): string => fs.readFileSync(path.join(TESTDATA, name), 'utf8');

function spanAt(request: ExportTraceRequest, r: number, s: number, i: number): OtlpSpan {
  const span = request.resourceSpans[r]?.scopeSpans[s]?.spans[i];
  if (span === undefined) throw new Error(`no span at ${r}/${s}/${i}`);
  return span;
}

/** The InvalidInputError a call throws (fails the test if it throws anything else or nothing). */
function invalidInput(run: () => unknown): InvalidInputError {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(InvalidInputError);
    return err as InvalidInputError;
  }
  throw new Error('expected an InvalidInputError, nothing was thrown');
}

describe('decodeTraceRequestJson on the official OpenTelemetry JS JSON serializer', () => {
  it('decodes to exactly what the protobuf path decodes from the same spans', () => {
    const spans = officialSpans();
    const text = new TextDecoder().decode(JsonTraceSerializer.serializeRequest(spans));
    const decoded = decodeTraceRequestJson(text);
    expect(decoded).toEqual(expectedRequest(spans));
    // The JSON exporter sends hex ids and string timestamps; make sure both really were exercised.
    expect(text).toContain('"startTimeUnixNano":"1767225600123456789"');
    expect(spanAt(decoded, 0, 0, 0).startTimeUnixNano).toBe(1767225600123456789n);
  });
});

describe('decodeTraceRequestJson fixtures', () => {
  const canonical = decodeTraceRequestJson(fixture('trace-request.json'));

  it('decodes the spec-style example', () => {
    expect(canonical.resourceSpans).toHaveLength(2);
    const root = spanAt(canonical, 0, 0, 0);
    const chat = spanAt(canonical, 0, 0, 1);
    expect(root.traceId).toBe('5b8efff798038103d269b633813fc60c');
    expect(root.parentSpanId).toBe('');
    expect(root.kind).toBe(1);
    expect(root.flags).toBe(257);
    expect(root.traceState).toBe('vendor=abc');
    expect(root.status).toEqual({ code: 1, message: '' });
    expect(chat.parentSpanId).toBe(root.spanId);
    expect(chat.startTimeUnixNano).toBe(1767225600100000000n);
    expect(chat.status).toEqual({ code: 2, message: 'upstream timeout' });
    expect(chat.attributes).toEqual({
      'gen_ai.request.model': 'gpt-4o-2024-08-06',
      'gen_ai.usage.input_tokens': 1520,
      'gen_ai.request.temperature': 0.25,
      'gen_ai.response.finish_reasons': ['tool_calls'],
      'gen_ai.request.stream': false,
      'warden.test.big': { int64: '9007199254740993' },
      'warden.test.negative': { int64: '-9223372036854775808' },
      'warden.test.bytes': new Uint8Array([0, 1, 2, 253, 254, 255]),
      'gen_ai.tool.call.arguments': { to: 'attacker@evil.example', cc: ['a@acme.example', 7], meta: { urgent: true } },
    });
    expect(chat.events).toEqual([{ timeUnixNano: 1767225600200000000n, name: 'gen_ai.choice', attributes: { index: 0 } }]);
    expect(spanAt(canonical, 0, 0, 2).links).toEqual([
      { traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331', attributes: { 'link.kind': 'follows_from' } },
    ]);
    // Omitted fields take proto3 defaults.
    expect(spanAt(canonical, 0, 1, 0).status).toEqual({ code: 0, message: '' });
    expect(spanAt(canonical, 0, 1, 0).events).toEqual([]);
    expect(canonical.resourceSpans[0]?.scopeSpans[1]?.scope).toEqual({ name: 'warden.test.http', version: '', attributes: {} });
    expect(canonical.resourceSpans[1]?.schemaUrl).toBe('https://opentelemetry.io/schemas/1.40.0');
  });

  it.each([
    'trace-request-snake-case.json',
    'trace-request-enum-names.json',
    'trace-request-int64-numbers.json',
    'trace-request-upper-hex.json',
    'trace-request-unknown-fields.json',
  ])('%s decodes to the same structure as the canonical example', (name) => {
    const text = fixture(name);
    expect(text).not.toBe(fixture('trace-request.json'));
    expect(decodeTraceRequestJson(text)).toEqual(canonical);
  });

  it('agrees with the protobuf decoder on the same request', () => {
    expect(decodeTraceRequestProtobuf(encodeReference(canonical))).toEqual(canonical);
  });
});

describe('decodeTraceRequestJson value rules', () => {
  const withValue = (value: unknown): string =>
    JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spans: [{ attributes: [{ key: 'k', value }] }] }] }] });
  const valueOf = (value: unknown): unknown => spanAt(decodeTraceRequestJson(withValue(value)), 0, 0, 0).attributes['k'];

  it('accepts int64 as a decimal string or a number and keeps big ones exact', () => {
    expect(valueOf({ intValue: '42' })).toBe(42);
    expect(valueOf({ intValue: 42 })).toBe(42);
    expect(valueOf({ intValue: '-7' })).toBe(-7);
    expect(valueOf({ intValue: '9223372036854775807' })).toEqual({ int64: '9223372036854775807' });
    expect(valueOf({ int_value: '9007199254740993' })).toEqual({ int64: '9007199254740993' });
  });

  it('accepts the proto3 JSON spellings of doubles', () => {
    expect(valueOf({ doubleValue: 1.5 })).toBe(1.5);
    expect(valueOf({ doubleValue: '2.5' })).toBe(2.5);
    expect(valueOf({ doubleValue: 'NaN' })).toBeNaN();
    expect(valueOf({ doubleValue: 'Infinity' })).toBe(Number.POSITIVE_INFINITY);
    expect(valueOf({ doubleValue: '-Infinity' })).toBe(Number.NEGATIVE_INFINITY);
  });

  it('decodes standard and URL-safe base64 bytes', () => {
    expect(valueOf({ bytesValue: '+/8=' })).toEqual(new Uint8Array([0xfb, 0xff]));
    expect(valueOf({ bytesValue: '-_8' })).toEqual(new Uint8Array([0xfb, 0xff]));
    expect(valueOf({ bytesValue: '' })).toEqual(new Uint8Array([]));
  });

  it('treats null and empty values as not set', () => {
    expect(valueOf(null)).toBeUndefined();
    expect(valueOf({})).toBeUndefined();
    expect(valueOf({ arrayValue: { values: [{ stringValue: 'a' }, {}, { stringValue: null }, { boolValue: true }] } })).toEqual([
      'a',
      true,
    ]);
    const span = spanAt(
      decodeTraceRequestJson(
        '{"resourceSpans":[{"resource":null,"scopeSpans":[{"scope":null,"spans":[{"traceId":null,"kind":null,"status":null,"startTimeUnixNano":null,"attributes":null}]}]}]}',
      ),
      0,
      0,
      0,
    );
    expect(span).toMatchObject({ traceId: '', kind: 0, status: { code: 0, message: '' }, startTimeUnixNano: 0n, attributes: {} });
  });

  it('keeps the value of the last duplicate key and the last oneof member', () => {
    const text = JSON.stringify({
      resourceSpans: [
        {
          scopeSpans: [
            {
              spans: [
                {
                  attributes: [
                    { key: 'dup', value: { stringValue: 'first' } },
                    { key: 'dup', value: { stringValue: 'second' } },
                    { key: 'both', value: { stringValue: 'x', intValue: '3' } },
                  ],
                },
              ],
            },
          ],
        },
      ],
    });
    expect(spanAt(decodeTraceRequestJson(text), 0, 0, 0).attributes).toEqual({ dup: 'second', both: 3 });
  });

  it('keeps an integral number beyond int64 (as the JS exporter sends 1e300) as a double', () => {
    expect(valueOf({ intValue: 1e300 })).toBe(1e300);
  });

  it('reads unknown enum integers as 0 and accepts a leading byte-order mark', () => {
    const text = '\ufeff{"resourceSpans":[{"scopeSpans":[{"spans":[{"kind":9,"status":{"code":7}}]}]}]}';
    const span = spanAt(decodeTraceRequestJson(text), 0, 0, 0);
    expect(span.kind).toBe(0);
    expect(span.status.code).toBe(0);
  });

  it('decodes an empty object as a request with no spans', () => {
    expect(decodeTraceRequestJson('{}')).toEqual({ resourceSpans: [] });
  });
});

describe('decodeTraceRequestJson errors', () => {
  const base = (): { resourceSpans: { scopeSpans: { spans: Record<string, unknown>[] }[] }[] } =>
    JSON.parse(fixture('trace-request.json')) as { resourceSpans: { scopeSpans: { spans: Record<string, unknown>[] }[] }[] };

  function withSpan2(change: (span: Record<string, unknown>) => void): string {
    const doc = base();
    const span = doc.resourceSpans[0]?.scopeSpans[0]?.spans[2];
    if (span === undefined) throw new Error('fixture changed: no spans[2]');
    change(span);
    return JSON.stringify(doc);
  }

  const SPAN = 'resourceSpans[0].scopeSpans[0].spans[2]';

  it.each<[string, (span: Record<string, unknown>) => void, string]>([
    ['a boolean time', (s) => (s.startTimeUnixNano = true), `${SPAN}.startTimeUnixNano: expected an unsigned 64-bit integer (decimal string or number), got the boolean true`],
    ['a fractional time', (s) => (s.endTimeUnixNano = 1.5), `${SPAN}.endTimeUnixNano: expected an unsigned 64-bit integer`],
    ['a negative time', (s) => (s.start_time_unix_nano = '-1'), `${SPAN}.startTimeUnixNano: expected an unsigned 64-bit integer`],
    ['a time beyond uint64', (s) => (s.startTimeUnixNano = '18446744073709551616'), `${SPAN}.startTimeUnixNano: expected`],
    ['a base64 trace id', (s) => (s.traceId = 'W47/95gDgQPSabYzgT/GDA=='), `${SPAN}.traceId: expected a hex string`],
    ['an odd-length span id', (s) => (s.spanId = 'abc'), `${SPAN}.spanId: expected a hex string`],
    ['a numeric name', (s) => (s.name = 5), `${SPAN}.name: expected a string, got the number 5`],
    ['an unknown kind name', (s) => (s.kind = 'SPAN_KIND_SIDEWAYS'), `${SPAN}.kind: expected an enum integer or one of SPAN_KIND_UNSPECIFIED`],
    ['a status that is a string', (s) => (s.status = 'ERROR'), `${SPAN}.status: expected an object, got the string "ERROR"`],
    ['a bad status code', (s) => (s.status = { code: 'STATUS_CODE_MAYBE' }), `${SPAN}.status.code: expected an enum integer`],
    ['attributes as a map', (s) => (s.attributes = { k: 'v' }), `${SPAN}.attributes: expected an array, got an object`],
    ['an attribute that is a string', (s) => (s.attributes = ['k=v']), `${SPAN}.attributes[0]: expected an object`],
    ['a numeric key', (s) => (s.attributes = [{ key: 1, value: { stringValue: 'x' } }]), `${SPAN}.attributes[0].key: expected a string`],
    ['a string boolValue', (s) => (s.attributes = [{ key: 'k', value: { boolValue: 'true' } }]), `${SPAN}.attributes[0].value.boolValue: expected a boolean`],
    ['a fractional intValue', (s) => (s.attributes = [{ key: 'k', value: { intValue: '1.5' } }]), `${SPAN}.attributes[0].value.intValue: expected a 64-bit integer`],
    ['an int64 overflow', (s) => (s.attributes = [{ key: 'k', value: { intValue: '9223372036854775808' } }]), `${SPAN}.attributes[0].value.intValue: expected a 64-bit integer`],
    ['invalid base64', (s) => (s.attributes = [{ key: 'k', value: { bytesValue: 'not base64!' } }]), `${SPAN}.attributes[0].value.bytesValue: expected a base64 string`],
    ['a non-numeric double', (s) => (s.attributes = [{ key: 'k', value: { doubleValue: 'fast' } }]), `${SPAN}.attributes[0].value.doubleValue: expected a number`],
    [
      'a bad value deep in a kvlist',
      (s) => (s.attributes = [{ key: 'k', value: { kvlistValue: { values: [{ key: 'a', value: { arrayValue: { values: [{ intValue: 'x' }] } } }] } } }]),
      `${SPAN}.attributes[0].value.kvlistValue.values[0].value.arrayValue.values[0].intValue: expected a 64-bit integer`,
    ],
    ['events as an object', (s) => (s.events = {}), `${SPAN}.events: expected an array`],
    ['a link with a bad id', (s) => (s.links = [{ traceId: 'zz' }]), `${SPAN}.links[0].traceId: expected a hex string`],
    ['flags as a negative number', (s) => (s.flags = -1), `${SPAN}.flags: expected an unsigned 32-bit integer`],
  ])('rejects %s with the path of the field', (_label, change, message) => {
    const err = invalidInput(() => decodeTraceRequestJson(withSpan2(change)));
    expect(err.code).toBe('OTLP_MALFORMED_JSON');
    expect(err.message.startsWith(message)).toBe(true);
  });

  it.each([
    ['not JSON at all', 'resourceSpans: []'],
    ['truncated JSON', fixture('trace-request.json').slice(0, 200)],
    ['an empty body', ''],
  ])('rejects %s with the parser message', (_label, text) => {
    const err = invalidInput(() => decodeTraceRequestJson(text));
    expect(err.code).toBe('OTLP_MALFORMED_JSON');
    expect(err.message).toMatch(/^Request body is not valid JSON: .+/);
  });

  it.each([
    ['an array', '[]', '(root): expected an object, got an array'],
    ['a string', '"x"', '(root): expected an object'],
    ['resourceSpans as an object', '{"resourceSpans":{}}', 'resourceSpans: expected an array'],
    ['a null span', '{"resourceSpans":[{"scopeSpans":[{"spans":[null]}]}]}', 'resourceSpans[0].scopeSpans[0].spans[0]: expected an object, got null'],
  ])('rejects %s at the top', (_label, text, message) => {
    const err = invalidInput(() => decodeTraceRequestJson(text));
    expect(err.code).toBe('OTLP_MALFORMED_JSON');
    expect(err.message.startsWith(message)).toBe(true);
  });
});
