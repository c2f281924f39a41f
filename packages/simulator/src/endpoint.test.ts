import { InvalidInputError } from '@warden/core';
import { resolveEndpoint } from './endpoint';

describe('resolveEndpoint', () => {
  it('turns host:port into the gRPC origin', () => {
    expect(resolveEndpoint('localhost:4317', 'grpc')).toBe('http://localhost:4317');
    expect(resolveEndpoint('https://warden.example:4317/ignored', 'grpc')).toBe('https://warden.example:4317');
  });

  it('turns host:port or a bare origin into the OTLP/HTTP traces URL', () => {
    expect(resolveEndpoint('localhost:4318', 'http/protobuf')).toBe('http://localhost:4318/v1/traces');
    expect(resolveEndpoint('http://10.0.0.5:4318', 'http/json')).toBe('http://10.0.0.5:4318/v1/traces');
  });

  it('keeps a full URL with a path as given', () => {
    expect(resolveEndpoint('https://ingest.example/otlp/v1/traces', 'http/protobuf')).toBe('https://ingest.example/otlp/v1/traces');
  });

  it('rejects what no OTLP client could use, saying what to give instead', () => {
    for (const bad of ['', 'ftp://host:21', 'http://']) {
      expect(() => resolveEndpoint(bad, 'grpc')).toThrow(InvalidInputError);
    }
    expect(() => resolveEndpoint('localhost:4317', 'thrift' as never)).toThrow(/grpc, http\/protobuf, http\/json/);
    try {
      resolveEndpoint('ftp://host', 'grpc');
    } catch (err) {
      expect((err as InvalidInputError).code).toBe('SIMULATOR_ENDPOINT_INVALID');
      expect((err as Error).message).toContain('host:port');
    }
  });
});
