import { createHash } from 'node:crypto';

/** Stable short id from parts; the separator keeps ("ab","c") and ("a","bc") apart. */
export function stableId(...parts: readonly (string | number)[]): string {
  return createHash('sha256').update(parts.map(String).join('\u001f')).digest('hex').slice(0, 32);
}

/**
 * Fingerprint of a text that survives the cosmetic changes a store or a retriever makes
 * (case, whitespace, quoting), so a memory record read back is recognised as the one written.
 */
export function contentFingerprint(text: string): string {
  const normalized = text
    .toLowerCase()
    .replace(/["'`\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return stableId('content', normalized);
}
