import { ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { Writer } from 'protobufjs/minimal';
import { decodeTraceRequestProtobuf } from './protobuf-decoder';
import { isOtlpInt64 } from './otlp-value';
import { expectedRequest, officialSpans } from './__tests__/official-spans';
import { encodeReference } from './__tests__/reference-codec';
import type { ExportTraceRequest, OtlpSpan, OtlpValue } from './trace-request';

function officialBytes(): Uint8Array {
  const bytes = ProtobufTraceSerializer.serializeRequest(officialSpans());
  if (bytes === undefined) throw new Error('serializer returned nothing');
  return bytes;
}

function onlySpan(request: ExportTraceRequest): OtlpSpan {
  const span = request.resourceSpans[0]?.scopeSpans[0]?.spans[0];
  if (span === undefined) throw new Error('no span decoded');
  return span;
}

/** A request with one span whose only attribute is `key` = the given encoded AnyValue bytes. */
function requestWithAnyValue(anyValue: Uint8Array, key = 'k'): Uint8Array {
  const w = Writer.create();
  w.uint32((1 << 3) | 2).fork(); // resource_spans
  w.uint32((2 << 3) | 2).fork(); // scope_spans
  w.uint32((2 << 3) | 2).fork(); // spans
  w.uint32((9 << 3) | 2).fork(); // attributes
  w.uint32((1 << 3) | 2).string(key);
  w.uint32((2 << 3) | 2).bytes(anyValue);
  w.ldelim().ldelim().ldelim().ldelim();
  return w.finish();
}

function int64AnyValue(value: string): Uint8Array {
  return Writer.create().uint32((3 << 3) | 0).int64(value).finish();
}

describe('decodeTraceRequestProtobuf on bytes from the official OpenTelemetry JS serializer', () => {
  it('round-trips every field: ids, times as bigint, kinds, status, flags, events, links, attributes', () => {
    const spans = officialSpans();
    const decoded = decodeTraceRequestProtobuf(officialBytes());
    expect(decoded).toEqual(expectedRequest(spans));
    // Guard against a vacuous comparison: the fixture really spans several resources and scopes.
    expect(decoded.resourceSpans).toHaveLength(2);
    expect(decoded.resourceSpans[0]?.scopeSpans).toHaveLength(2);
    expect(decoded.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans.map((x) => x.kind)))).toEqual(
      spans.map((s) => (s.kind === undefined ? 0 : s.kind + 1)),
    );
  });

  it('keeps int64 values beyond 2^53 exact as { int64 } and smaller ones as numbers', () => {
    const chat = decodeTraceRequestProtobuf(officialBytes()).resourceSpans[0]?.scopeSpans[0]?.spans[1];
    expect(chat?.attributes['int.two_pow_60']).toEqual({ int64: (2n ** 60n).toString() });
    expect(chat?.attributes['int.int64_min']).toEqual({ int64: (-(2n ** 63n)).toString() });
    expect(chat?.attributes['int.max_safe']).toBe(Number.MAX_SAFE_INTEGER);
    expect(typeof chat?.startTimeUnixNano).toBe('bigint');
    const big = chat?.attributes['int.two_pow_60'] as OtlpValue;
    expect(isOtlpInt64(big)).toBe(true);
    expect(isOtlpInt64(chat?.attributes['kvlist'] as OtlpValue)).toBe(false);
  });

  it('decodes spans recorded by a real BasicTracerProvider', () => {
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    const tracer = provider.getTracer('warden.test', '9.9.9');
    const root = tracer.startSpan('invoke_agent', { kind: SpanKind.SERVER });
    const child = tracer.startSpan(
      'execute_tool db.query',
      { attributes: { table: 'customers', rows: 3 }, links: [{ context: root.spanContext() }] },
      trace.setSpan(ROOT_CONTEXT, root),
    );
    child.addEvent('db.query.result', { 'db.query.result.id': 'r1' });
    child.setStatus({ code: SpanStatusCode.ERROR, message: 'denied' });
    child.end();
    root.end();
    const spans = exporter.getFinishedSpans();
    expect(spans).toHaveLength(2);
    const bytes = ProtobufTraceSerializer.serializeRequest(spans);
    if (bytes === undefined) throw new Error('serializer returned nothing');
    const decoded = decodeTraceRequestProtobuf(bytes);
    expect(decoded).toEqual(expectedRequest(spans));
    const [decodedChild, decodedRoot] = decoded.resourceSpans[0]?.scopeSpans[0]?.spans ?? [];
    expect(decodedChild?.parentSpanId).toBe(decodedRoot?.spanId);
    expect(decodedChild?.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(decodedChild?.links[0]?.spanId).toBe(root.spanContext().spanId);
  });

  it('matches an independent encoder (protobufjs reflection) on the same request', () => {
    const expected = expectedRequest(officialSpans());
    expect(decodeTraceRequestProtobuf(encodeReference(expected))).toEqual(expected);
  });

  it('accepts a plain Uint8Array that is a view into a larger buffer', () => {
    const bytes = officialBytes();
    const backing = new Uint8Array(bytes.length + 20);
    backing.set(bytes, 10);
    const view = new Uint8Array(backing.buffer, 10, bytes.length);
    expect(decodeTraceRequestProtobuf(view)).toEqual(decodeTraceRequestProtobuf(bytes));
  });
});

describe('decodeTraceRequestProtobuf wire rules', () => {
  it('decodes an empty body as a request with no spans', () => {
    expect(decodeTraceRequestProtobuf(new Uint8Array(0))).toEqual({ resourceSpans: [] });
  });

  it('skips unknown fields of every wire type at every level', () => {
    const expected = expectedRequest(officialSpans());
    const plain = decodeTraceRequestProtobuf(encodeReference(expected));
    // Unknown fields appended to a message are part of it, so add them at the top and inside a span.
    const unknown = Writer.create()
      .uint32((100 << 3) | 0).uint32(123456)
      .uint32((101 << 3) | 1).fixed64(7)
      .uint32((102 << 3) | 2).string('future')
      .uint32((103 << 3) | 5).fixed32(9)
      .uint32((104 << 3) | 3).uint32((1 << 3) | 0).uint32(1).uint32((104 << 3) | 4) // a group
      .finish();
    const withTopLevel = Buffer.concat([unknown, encodeReference(expected), unknown]);
    expect(decodeTraceRequestProtobuf(withTopLevel)).toEqual(plain);

    const span = Writer.create().uint32((5 << 3) | 2).string('s').raw(unknown).uint32((200 << 3) | 2).bytes(new Uint8Array(3)).finish();
    const request = Writer.create();
    request.uint32((1 << 3) | 2).fork().uint32((2 << 3) | 2).fork().uint32((2 << 3) | 2).bytes(span).ldelim().ldelim();
    expect(onlySpan(decodeTraceRequestProtobuf(request.finish())).name).toBe('s');
  });

  it('keeps ids of any length as lower-case hex and missing ids as empty strings', () => {
    const span = Writer.create()
      .uint32((1 << 3) | 2).bytes(new Uint8Array([0xab, 0xcd, 0xef]))
      .uint32((2 << 3) | 2).bytes(new Uint8Array(0))
      .finish();
    const request = Writer.create();
    request.uint32((1 << 3) | 2).fork().uint32((2 << 3) | 2).fork().uint32((2 << 3) | 2).bytes(span).ldelim().ldelim();
    const decoded = onlySpan(decodeTraceRequestProtobuf(request.finish()));
    expect(decoded.traceId).toBe('abcdef');
    expect(decoded.spanId).toBe('');
    expect(decoded.parentSpanId).toBe('');
    expect(decoded.startTimeUnixNano).toBe(0n);
  });

  it('reads enum values it does not know as 0 (proto3 enums are open)', () => {
    const span = Writer.create().uint32((6 << 3) | 0).int32(42).uint32((15 << 3) | 2).fork().uint32((3 << 3) | 0).int32(-3).ldelim().finish();
    const request = Writer.create();
    request.uint32((1 << 3) | 2).fork().uint32((2 << 3) | 2).fork().uint32((2 << 3) | 2).bytes(span).ldelim().ldelim();
    const decoded = onlySpan(decodeTraceRequestProtobuf(request.finish()));
    expect(decoded.kind).toBe(0);
    expect(decoded.status.code).toBe(0);
  });

  it('decodes fixed64 times across the whole unsigned range', () => {
    for (const t of [0n, 1n, 2n ** 32n - 1n, 2n ** 32n, 2n ** 53n + 1n, 1767225600123456789n, 2n ** 64n - 1n]) {
      const span = Writer.create().uint32((7 << 3) | 1).fixed64(t.toString()).finish();
      const request = Writer.create();
      request.uint32((1 << 3) | 2).fork().uint32((2 << 3) | 2).fork().uint32((2 << 3) | 2).bytes(span).ldelim().ldelim();
      expect(onlySpan(decodeTraceRequestProtobuf(request.finish())).startTimeUnixNano).toBe(t);
    }
  });

  it('turns int64 into a number only while it is exact', () => {
    const cases: [string, OtlpValue][] = [
      ['0', 0],
      ['-1', -1],
      ['9007199254740991', Number.MAX_SAFE_INTEGER],
      ['-9007199254740991', -Number.MAX_SAFE_INTEGER],
      ['9007199254740992', { int64: '9007199254740992' }],
      ['-9007199254740992', { int64: '-9007199254740992' }],
      ['9223372036854775807', { int64: '9223372036854775807' }],
      ['-9223372036854775808', { int64: '-9223372036854775808' }],
    ];
    for (const [wire, expected] of cases) {
      const attributes = onlySpan(decodeTraceRequestProtobuf(requestWithAnyValue(int64AnyValue(wire)))).attributes;
      expect(attributes['k']).toEqual(expected);
    }
  });

  it('decodes non-finite doubles', () => {
    for (const d of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0]) {
      const anyValue = Writer.create().uint32((4 << 3) | 1).double(d).finish();
      expect(onlySpan(decodeTraceRequestProtobuf(requestWithAnyValue(anyValue))).attributes['k']).toBe(d);
    }
  });

  it('leaves out attributes and array elements whose AnyValue is empty, and lets the last duplicate key win', () => {
    const empty = new Uint8Array(0);
    expect(onlySpan(decodeTraceRequestProtobuf(requestWithAnyValue(empty))).attributes).toEqual({});

    const array = Writer.create();
    array.uint32((5 << 3) | 2).fork();
    array.uint32((1 << 3) | 2).bytes(Writer.create().uint32((1 << 3) | 2).string('a').finish());
    array.uint32((1 << 3) | 2).bytes(empty);
    array.uint32((1 << 3) | 2).bytes(Writer.create().uint32((2 << 3) | 0).bool(true).finish());
    array.ldelim();
    expect(onlySpan(decodeTraceRequestProtobuf(requestWithAnyValue(array.finish()))).attributes['k']).toEqual(['a', true]);

    const w = Writer.create();
    w.uint32((1 << 3) | 2).fork().uint32((2 << 3) | 2).fork().uint32((2 << 3) | 2).fork();
    for (const value of ['first', 'second']) {
      w.uint32((9 << 3) | 2).fork().uint32((1 << 3) | 2).string('dup');
      w.uint32((2 << 3) | 2).bytes(Writer.create().uint32((1 << 3) | 2).string(value).finish()).ldelim();
    }
    w.ldelim().ldelim().ldelim();
    expect(onlySpan(decodeTraceRequestProtobuf(w.finish())).attributes['dup']).toBe('second');
  });

  it('gives bytes values their own memory, not a view of the request', () => {
    const anyValue = Writer.create().uint32((7 << 3) | 2).bytes(new Uint8Array([1, 2, 3])).finish();
    const body = requestWithAnyValue(anyValue);
    const value = onlySpan(decodeTraceRequestProtobuf(body)).attributes['k'] as Uint8Array;
    expect(value).toEqual(new Uint8Array([1, 2, 3]));
    body.fill(0);
    expect(Array.from(value)).toEqual([1, 2, 3]);
  });
});
