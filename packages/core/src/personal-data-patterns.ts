/**
 * The personal-data patterns, written once: detection scores what they find leaving, and a
 * finding masks what they find in its own text. Two copies would drift, and a finding would then
 * quote in clear a phone number that detection had counted as leaked.
 */
import { validIbanPrefix } from './checksums';
import { isNationalIdShape, NATIONAL_ID_PATTERN } from './national-id';

export type PersonalDataKind = 'iban' | 'email' | 'ssn' | 'national_id' | 'phone';

export interface TextPattern<K extends string = string> {
  readonly kind: K;
  /** Global; a pattern that matches context around its value (a label) marks the value as its `value` group (`d` flag). */
  readonly re: RegExp;
  readonly accept?: (raw: string) => boolean;
  /** The part of the match that is the value (undefined: none), for patterns that over-match. */
  readonly trim?: (raw: string) => string | undefined;
}

export const PERSONAL_DATA_PATTERNS: { readonly [K in PersonalDataKind]: TextPattern<K> } = {
  iban: { kind: 'iban', re: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/gi, trim: validIbanPrefix },
  email: { kind: 'email', re: /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g },
  // Area 000/666/9xx and zero groups are never issued, so dates and part numbers rarely match.
  ssn: { kind: 'ssn', re: /(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])/g },
  // Any country's tax, social-security, passport or id-card number, told by the label before it.
  national_id: { kind: 'national_id', re: NATIONAL_ID_PATTERN, accept: isNationalIdShape },
  phone: {
    kind: 'phone',
    // Separators are required: bare digit runs are timestamps and ids far more often than phones.
    // A mobile number written nationally with its trunk 0 is grouped 4-3-3 (`0768 555 314` in Kenya,
    // Tanzania, Uganda, `0912 345 678` in Vietnam), or 4-3-4 in the Philippines, whose mobiles all start 09
    // (`0917 555 0417`): other 4-3-4 groups are lot and part numbers as often.
    re: /(?<![\w+])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\w-])|\+\d{1,3}(?:[ .-]\d{2,4}){3,5}(?![\w-])|(?<![\w+])0\d{3}[ .-]\d{3}[ .-]\d{3}(?![\w-])|(?<![\w+])09\d{2}[ .-]\d{3}[ .-]\d{4}(?![\w-])/g,
  },
};

export interface TextPatternMatch<P extends TextPattern> {
  readonly pattern: P;
  /** The value as written in the text (after `trim`). */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Every accepted value the patterns find, non-overlapping, in text order. Earlier patterns win
 * where matches overlap, so the caller's order is its precedence: an IBAN's digits listed first
 * are not also read as a phone number.
 */
export function findTextPatterns<P extends TextPattern>(text: string, patterns: readonly P[]): TextPatternMatch<P>[] {
  const taken: TextPatternMatch<P>[] = [];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern.re)) {
      const at = m.indices?.groups?.value;
      const found = at === undefined ? m[0] : text.slice(at[0], at[1]);
      const raw = pattern.trim === undefined ? found : pattern.trim(found);
      if (raw === undefined) continue;
      const start = at?.[0] ?? m.index ?? 0;
      const end = start + raw.length;
      if (pattern.accept !== undefined && !pattern.accept(raw)) continue;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      taken.push({ pattern, raw, start, end });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}
