/**
 * Personal data a finding may quote: e-mail addresses, phone numbers, IBANs, US social security
 * numbers and labelled national identifiers (`Steuer-ID …`, `"passport_number": "…"`), the PII
 * kinds detection reports (cards and secrets are `redact.ts`'s). A finding about
 * a leak must not become a second copy of what leaked, so every occurrence in free text is masked
 * to a form an analyst can still tell apart (`j***@example.com`, `+1-***-***-0142`,
 * `DE** **** **** **** **30 00`, `***-**-****`, `[national id]`).
 *
 * Except the indicators of compromise: the addresses and accounts data was sent *to* are what an
 * analyst blocks, so values the caller lists in `keep` (the finding's destinations) stay visible.
 */
import { isNationalIdShape, NATIONAL_ID_PATTERN, normalizeNationalId, validIbanPrefix } from '@warden/core';

export type PersonalDataKind = 'iban' | 'email' | 'ssn' | 'national_id' | 'phone';

interface Pattern {
  readonly kind: PersonalDataKind;
  readonly re: RegExp;
  readonly accept?: (raw: string) => boolean;
  /** The part of the match that is the value (undefined: none), for patterns that over-match. */
  readonly trim?: (raw: string) => string | undefined;
}

// Earlier patterns win where matches overlap: an IBAN's digits must not also read as a phone.
const PATTERNS: readonly Pattern[] = [
  { kind: 'iban', re: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/gi, trim: validIbanPrefix },
  { kind: 'email', re: /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g },
  // Area 000/666/9xx and zero groups are never issued, so dates and part numbers rarely match.
  { kind: 'ssn', re: /(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])/g },
  { kind: 'national_id', re: NATIONAL_ID_PATTERN, accept: isNationalIdShape },
  {
    kind: 'phone',
    // Separators are required: bare digit runs are timestamps and ids far more often than phones.
    re: /(?<![\w+])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\w-])|\+\d{1,3}(?:[ .-]\d{2,4}){3,5}(?![\w-])/g,
  },
];

export interface PersonalDataMatch {
  readonly kind: PersonalDataKind;
  readonly start: number;
  readonly end: number;
}

/** Every personal-data value in the text, non-overlapping, in text order. */
export function findPersonalData(text: string): PersonalDataMatch[] {
  const taken: PersonalDataMatch[] = [];
  for (const p of PATTERNS) {
    for (const m of text.matchAll(p.re)) {
      // A pattern that matches context around its value (a label) marks the value as its `value` group.
      const at = m.indices?.groups?.value;
      const found = at === undefined ? m[0] : text.slice(at[0], at[1]);
      const raw = p.trim === undefined ? found : p.trim(found);
      if (raw === undefined) continue;
      const start = at?.[0] ?? m.index ?? 0;
      const end = start + raw.length;
      if (p.accept !== undefined && !p.accept(raw)) continue;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      taken.push({ kind: p.kind, start, end });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * The form a value is compared in, so `keep` matches however the text spells it: lower-case
 * e-mail, compact upper-case IBAN, digits of a phone number or SSN.
 */
export function normalizePersonalData(kind: PersonalDataKind, raw: string): string {
  switch (kind) {
    case 'email':
      return raw.toLowerCase();
    case 'iban':
      return raw.replace(/\s+/g, '').toUpperCase();
    case 'ssn':
    case 'phone':
      return raw.replace(/\D/g, '');
    case 'national_id':
      return normalizeNationalId(raw);
  }
}

/**
 * Normalized forms of the `values` (e.g. destinations) that are themselves personal data, for
 * `keep`. Only whole values count: an address in a URL's query string is data sent to that URL,
 * not where it went, so it stays masked.
 */
export function personalDataIn(values: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const raw of values) {
    const v = raw.trim();
    const [m, ...more] = findPersonalData(v);
    if (m !== undefined && more.length === 0 && m.start === 0 && m.end === v.length) out.add(normalizePersonalData(m.kind, v));
  }
  return out;
}

/** The text with every personal-data value masked, except those whose normalized form is in `keep`. */
export function maskPersonalData(text: string, keep: ReadonlySet<string> = new Set()): string {
  const matches = findPersonalData(text);
  if (matches.length === 0) return text;
  let out = '';
  let cursor = 0;
  for (const m of matches) {
    const raw = text.slice(m.start, m.end);
    out += text.slice(cursor, m.start) + (keep.has(normalizePersonalData(m.kind, raw)) ? raw : maskOne(m.kind, raw));
    cursor = m.end;
  }
  return out + text.slice(cursor);
}

function maskOne(kind: PersonalDataKind, raw: string): string {
  switch (kind) {
    case 'email': {
      // The domain stays: it tells whose customers leaked; the mailbox is the person.
      const at = raw.lastIndexOf('@');
      return `${raw.slice(0, 1)}***${raw.slice(at)}`;
    }
    case 'iban':
      // Country and last four stay, as on a bank statement; separators keep the length readable.
      return raw.slice(0, 2) + starAllBut(raw.slice(2), /[A-Za-z0-9]/, 4);
    case 'phone': {
      // Country code and last four stay; grouping is kept so the number's shape is recognisable.
      const cc = /^\+\d{1,3}/.exec(raw)?.[0] ?? '';
      return cc + starAllBut(raw.slice(cc.length), /\d/, 4);
    }
    case 'ssn':
      return '***-**-****';
    case 'national_id':
      // No part stays: unlike a phone's last digits, a fragment of these numbers identifies.
      return '[national id]';
  }
}

/** Replaces every character matching `unit` with `*`, except the last `keepLast` of them. */
function starAllBut(text: string, unit: RegExp, keepLast: number): string {
  let units = [...text].filter((c) => unit.test(c)).length;
  let out = '';
  for (const c of text) {
    if (!unit.test(c)) {
      out += c;
      continue;
    }
    out += units > keepLast ? '*' : c;
    units--;
  }
  return out;
}

