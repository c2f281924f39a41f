import { WardenError } from '@warden/core';
import { JsonTraceSerializer, ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { encodeExportTraceResponse } from './export-response';
import { traceType } from './__tests__/reference-codec';

const responseType = traceType('ExportTraceServiceResponse');

describe('encodeExportTraceResponse (protobuf)', () => {
  it('leaves partial_success unset on full success', () => {
    const body = encodeExportTraceResponse(undefined, 'protobuf');
    expect(body).toHaveLength(0);
    expect(ProtobufTraceSerializer.deserializeResponse(body)).toEqual({});
  });

  it('carries rejected_spans and error_message that the official exporter reads back', () => {
    const body = encodeExportTraceResponse({ rejectedSpans: 2, errorMessage: '2 spans had no trace id' }, 'protobuf');
    expect(ProtobufTraceSerializer.deserializeResponse(body)).toEqual({
      partialSuccess: { rejectedSpans: 2, errorMessage: '2 spans had no trace id' },
    });
    const independent = responseType.toObject(responseType.decode(body), { longs: String });
    expect(independent).toEqual({ partialSuccess: { rejectedSpans: '2', errorMessage: '2 spans had no trace id' } });
  });

  it('encodes large counts as int64 and a warning-only partial success without rejected_spans', () => {
    const big = encodeExportTraceResponse({ rejectedSpans: 2 ** 40 + 3, errorMessage: '' }, 'protobuf');
    expect(responseType.toObject(responseType.decode(big), { longs: String })).toEqual({
      partialSuccess: { rejectedSpans: String(2 ** 40 + 3) },
    });
    const warning = encodeExportTraceResponse({ rejectedSpans: 0, errorMessage: 'attribute values truncated' }, 'protobuf');
    expect(ProtobufTraceSerializer.deserializeResponse(warning)).toEqual({
      partialSuccess: { errorMessage: 'attribute values truncated' },
    });
  });

  it('treats an all-empty partial success as full success', () => {
    expect(encodeExportTraceResponse({ rejectedSpans: 0, errorMessage: '' }, 'protobuf')).toHaveLength(0);
  });
});

describe('encodeExportTraceResponse (json)', () => {
  const parseLikeTheExporter = (text: string): unknown => JsonTraceSerializer.deserializeResponse(new TextEncoder().encode(text));

  it('writes {} on full success', () => {
    expect(encodeExportTraceResponse(undefined, 'json')).toBe('{}');
    expect(encodeExportTraceResponse({ rejectedSpans: 0, errorMessage: '' }, 'json')).toBe('{}');
    expect(parseLikeTheExporter('{}')).toEqual({});
  });

  it('writes rejectedSpans as a decimal string, as the collector does, and the exporter parses it', () => {
    const text = encodeExportTraceResponse({ rejectedSpans: 2, errorMessage: 'too many attributes' }, 'json');
    expect(text).toBe('{"partialSuccess":{"rejectedSpans":"2","errorMessage":"too many attributes"}}');
    expect(parseLikeTheExporter(text)).toEqual({ partialSuccess: { rejectedSpans: '2', errorMessage: 'too many attributes' } });
  });

  it('omits default-valued fields of a partial success', () => {
    expect(encodeExportTraceResponse({ rejectedSpans: 0, errorMessage: 'warn' }, 'json')).toBe('{"partialSuccess":{"errorMessage":"warn"}}');
    expect(encodeExportTraceResponse({ rejectedSpans: 5, errorMessage: '' }, 'json')).toBe('{"partialSuccess":{"rejectedSpans":"5"}}');
  });

  it('escapes the message as JSON', () => {
    const message = 'bad "quote" \n and \u2028';
    const parsed = JSON.parse(encodeExportTraceResponse({ rejectedSpans: 1, errorMessage: message }, 'json')) as {
      partialSuccess: { errorMessage: string };
    };
    expect(parsed.partialSuccess.errorMessage).toBe(message);
  });
});

describe('encodeExportTraceResponse argument checks', () => {
  it.each([-1, 1.5, Number.NaN, 2 ** 60])('refuses rejectedSpans %p', (rejectedSpans) => {
    expect(() => encodeExportTraceResponse({ rejectedSpans, errorMessage: '' }, 'json')).toThrow(WardenError);
    expect(() => encodeExportTraceResponse({ rejectedSpans, errorMessage: '' }, 'protobuf')).toThrow(/rejectedSpans/);
  });
});
