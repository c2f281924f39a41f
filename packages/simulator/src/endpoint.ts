/**
 * Where to send: `host:port` or a full URL, resolved per protocol the way OTLP clients expect
 * (gRPC takes the origin; OTLP/HTTP posts to `/v1/traces`).
 */
import { InvalidInputError } from '@warden/core';

export type OtlpProtocol = 'grpc' | 'http/protobuf' | 'http/json';

export const OTLP_PROTOCOLS: readonly OtlpProtocol[] = ['grpc', 'http/protobuf', 'http/json'];

export function resolveEndpoint(endpoint: string, protocol: OtlpProtocol): string {
  if (!OTLP_PROTOCOLS.includes(protocol)) {
    throw new InvalidInputError('SIMULATOR_PROTOCOL_INVALID', `Unknown OTLP protocol "${String(protocol)}"; use one of ${OTLP_PROTOCOLS.join(', ')}.`);
  }
  const raw = endpoint.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw invalid(endpoint);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') throw invalid(endpoint);
  if (protocol === 'grpc') return `${url.protocol}//${url.host}`;
  // A bare origin means "the OTLP/HTTP receiver there", as OTEL_EXPORTER_OTLP_ENDPOINT does.
  if (url.pathname === '/' || url.pathname === '') url.pathname = '/v1/traces';
  return url.toString();
}

function invalid(endpoint: string): InvalidInputError {
  return new InvalidInputError(
    'SIMULATOR_ENDPOINT_INVALID',
    `Cannot use "${endpoint}" as an OTLP endpoint; give host:port (e.g. localhost:4317) or a URL such as http://localhost:4318/v1/traces.`,
  );
}
