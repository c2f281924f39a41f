/**
 * An IdGenerator that hands out the ids chosen at generation time, so that the labels (computed
 * before anything is sent) name the exact trace and span ids the collector receives.
 */
import type { IdGenerator } from '@opentelemetry/sdk-trace-base';

export class ScriptedIdGenerator implements IdGenerator {
  private traceId = '';
  private spanId = '';

  /** Sets the ids the next startSpan call will receive. */
  next(traceId: string, spanId: string): void {
    this.traceId = traceId;
    this.spanId = spanId;
  }

  generateTraceId(): string {
    return this.traceId;
  }

  generateSpanId(): string {
    return this.spanId;
  }
}
