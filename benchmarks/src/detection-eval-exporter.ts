import { ExportResultCode, type ExportResult } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';

/**
 * The official OTLP gRPC exporter, noting when each span's export was acknowledged. Warden's
 * findings file says when a finding was written but not when its trigger span arrived, so the
 * harness times detection from its own side: from this acknowledgement to the finding's line.
 */
export class AcknowledgedExporter implements SpanExporter {
  private readonly inner: SpanExporter;

  /** `acknowledgedAtMs` gets `${traceId}/${spanId}` → epoch ms of the first successful export. */
  constructor(url: string, timeoutMillis: number, private readonly acknowledgedAtMs: Map<string, number>) {
    this.inner = new OTLPTraceExporter({ url, timeoutMillis });
  }

  export(spans: ReadableSpan[], done: (result: ExportResult) => void): void {
    this.inner.export(spans, (result) => {
      if (result.code === ExportResultCode.SUCCESS) {
        const now = Date.now();
        for (const s of spans) {
          const { traceId, spanId } = s.spanContext();
          const key = `${traceId}/${spanId}`;
          if (!this.acknowledgedAtMs.has(key)) this.acknowledgedAtMs.set(key, now);
        }
      }
      done(result);
    });
  }

  shutdown(): Promise<void> {
    return this.inner.shutdown();
  }

  forceFlush(): Promise<void> {
    return this.inner.forceFlush?.() ?? Promise.resolve();
  }
}
