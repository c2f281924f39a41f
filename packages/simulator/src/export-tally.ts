/**
 * Wraps the real exporter to count what the collector accepted and keep the last failure, so the
 * runner can tell "sent" from "delivered" and fail loudly instead of dropping spans quietly. It also
 * tells `onDelivered` which spans each acknowledged export carried: when the collector had a span is
 * where a time to detect starts.
 */
import { ExportResultCode } from '@opentelemetry/core';
import type { ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';

export class ExportTally implements SpanExporter {
  exported = 0;
  failed = 0;
  lastError: Error | undefined;

  constructor(
    private readonly inner: SpanExporter,
    private readonly onDelivered?: (spans: readonly ReadableSpan[]) => void,
  ) {}

  export(spans: ReadableSpan[], resultCallback: (result: ExportResult) => void): void {
    this.inner.export(spans, (result) => {
      if (result.code === ExportResultCode.SUCCESS) {
        this.exported += spans.length;
        this.onDelivered?.(spans);
      } else {
        this.failed += spans.length;
        this.lastError = result.error ?? new Error('export failed without a reason');
      }
      resultCallback(result);
    });
  }

  shutdown(): Promise<void> {
    return this.inner.shutdown();
  }

  forceFlush(): Promise<void> {
    return this.inner.forceFlush?.() ?? Promise.resolve();
  }
}
