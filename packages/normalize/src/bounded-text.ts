/**
 * Text hygiene for everything copied out of a span. Control characters are replaced rather than
 * dropped so an analyst can still see that something was hidden there; lone surrogates are
 * replaced so the event always encodes as valid UTF-8/JSON downstream.
 */

// C0 controls except TAB, LF, CR; DEL; C1 controls; unpaired surrogates.
const UNSAFE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const REPLACEMENT_CHAR = '\uFFFD';

export function sanitizeText(text: string): string {
  return text.replace(UNSAFE, REPLACEMENT_CHAR);
}

export function truncationMarker(droppedChars: number): string {
  return `…[${droppedChars} chars truncated]…`;
}

/**
 * Sanitize and cap `text` at `maxChars` (marker included). Long text keeps both its head and its
 * tail: injected instructions are as often appended to a document as prepended to it.
 */
export function boundText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return sanitizeText(text);
  const probe = truncationMarker(text.length);
  if (probe.length + 2 > maxChars) return sanitizeText(text.slice(0, maxChars));
  const keep = maxChars - probe.length;
  const marker = truncationMarker(text.length - keep);
  const headLen = Math.ceil(keep / 2);
  const tailLen = keep - headLen;
  const head = text.slice(0, headLen);
  const tail = text.slice(text.length - tailLen);
  // Slicing may leave half a surrogate pair at either edge; sanitizing replaces it.
  return sanitizeText(head) + marker + sanitizeText(tail);
}

