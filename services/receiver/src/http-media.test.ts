import { contentCodingFor, otlpEncodingFor } from './http-media';

describe('otlpEncodingFor (Content-Type)', () => {
  test.each([
    ['application/x-protobuf', 'protobuf'],
    ['Application/X-Protobuf', 'protobuf'],
    ['application/x-protobuf; proto=opentelemetry', 'protobuf'],
    ['application/json', 'json'],
    ['application/json; charset=utf-8', 'json'],
    ['application/json;charset="UTF-8"', 'json'],
  ])('%s → %s', (header, encoding) => {
    expect(otlpEncodingFor(header)).toEqual({ ok: true, encoding });
  });

  test.each([
    [undefined, /missing Content-Type/],
    ['', /missing Content-Type/],
    ['text/plain', /unsupported media type "text\/plain"/],
    ['application/protobuf', /unsupported media type/],
    ['application/json; charset=utf-16', /unsupported charset "utf-16"/],
  ])('%j is refused', (header, message) => {
    const result = otlpEncodingFor(header);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  test('echoes at most a short prefix of a hostile header', () => {
    const result = otlpEncodingFor(`x/${'a'.repeat(10_000)}`);
    expect(!result.ok && result.message.length).toBeLessThan(200);
  });
});

describe('contentCodingFor (Content-Encoding)', () => {
  test.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['identity', 'identity'],
    ['gzip', 'gzip'],
    ['GZIP', 'gzip'],
    ['x-gzip', 'gzip'],
    ['deflate', 'deflate'],
    ['identity, gzip', 'gzip'],
  ])('%j → %s', (header, coding) => {
    expect(contentCodingFor(header)).toEqual({ ok: true, coding });
  });

  test.each(['br', 'zstd', 'snappy', 'gzip, gzip', 'gzip, deflate'])('%s is refused', (header) => {
    const result = contentCodingFor(header);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/unsupported Content-Encoding/);
  });
});
