/** The official OTLP trace exporters, one per protocol, configured from the simulator's options. */
import { Metadata } from '@grpc/grpc-js';
import { OTLPTraceExporter as GrpcTraceExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { OTLPTraceExporter as HttpJsonTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as HttpProtoTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { OtlpProtocol } from './endpoint';

export interface OtlpExporterOptions {
  /** Already resolved with resolveEndpoint. */
  readonly url: string;
  readonly protocol: OtlpProtocol;
  /** HTTP headers, or gRPC metadata (keys lower-cased), e.g. `{ authorization: 'Bearer ...' }`. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly timeoutMillis: number;
}

export function createOtlpExporter(o: OtlpExporterOptions): SpanExporter {
  const headers = { ...(o.headers ?? {}) };
  switch (o.protocol) {
    case 'grpc': {
      const metadata = new Metadata();
      for (const [key, value] of Object.entries(headers)) metadata.set(key.toLowerCase(), value);
      return new GrpcTraceExporter({ url: o.url, metadata, timeoutMillis: o.timeoutMillis });
    }
    case 'http/protobuf':
      return new HttpProtoTraceExporter({ url: o.url, headers, timeoutMillis: o.timeoutMillis });
    case 'http/json':
      return new HttpJsonTraceExporter({ url: o.url, headers, timeoutMillis: o.timeoutMillis });
  }
}
