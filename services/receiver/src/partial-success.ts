import type { RejectedSpan } from '@warden/normalize';
import type { PartialSuccess } from '@warden/otlp';

/** Enough for a developer to find the bad spans, small enough to keep responses tiny. */
const MAX_REASONS = 5;
const MAX_REASON_CHARS = 200;
const MAX_ID_CHARS = 32;

/**
 * The OTLP partial_success for a request some of whose spans were refused, or undefined when all
 * were taken (the field stays unset on full success). Clients do not retry a partial success, so
 * the message is the only trace the sender gets of what was dropped and why.
 */
export function partialSuccessFor(rejected: readonly RejectedSpan[]): PartialSuccess | undefined {
  if (rejected.length === 0) return undefined;
  const shown = rejected.slice(0, MAX_REASONS).map(
    (r) => `span ${clip(r.traceId, MAX_ID_CHARS) || '(no trace id)'}/${clip(r.spanId, MAX_ID_CHARS) || '(no span id)'}: ${clip(r.reason, MAX_REASON_CHARS)}`,
  );
  const more = rejected.length - shown.length;
  const noun = rejected.length === 1 ? 'span' : 'spans';
  return {
    rejectedSpans: rejected.length,
    errorMessage: `${rejected.length} ${noun} rejected: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`,
  };
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
