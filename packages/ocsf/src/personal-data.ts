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
import { findTextPatterns, normalizeNationalId, PERSONAL_DATA_PATTERNS, type PersonalDataKind } from '@warden/core';

export type { PersonalDataKind } from '@warden/core';

const { iban, email, ssn, national_id, phone } = PERSONAL_DATA_PATTERNS;
// Earlier patterns win where matches overlap: an IBAN's digits must not also read as a phone.
const PATTERNS = [iban, email, ssn, national_id, phone];

export interface PersonalDataMatch {
  readonly kind: PersonalDataKind;
  readonly start: number;
  readonly end: number;
}

/** Every personal-data value in the text, non-overlapping, in text order. */
export function findPersonalData(text: string): PersonalDataMatch[] {
  return findTextPatterns(text, PATTERNS).map((m) => ({ kind: m.pattern.kind, start: m.start, end: m.end }));
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

