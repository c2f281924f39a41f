import { findTextPatterns, isLuhnValid, normalizeNationalId, PERSONAL_DATA_PATTERNS, type TextPattern } from '@warden/core';
import { normalizeIban } from '../indicators/checksums';

export type SensitiveKind = 'private_key' | 'api_key' | 'password' | 'iban' | 'email' | 'card' | 'ssn' | 'national_id' | 'phone';

export interface SensitiveMatch {
  readonly kind: SensitiveKind;
  /** The value as normalized for comparison (lower-cased e-mail, compact IBAN, digits only). */
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** Secrets are always serious when they leave; PII depends on where it goes. */
export const SECRET_KINDS: ReadonlySet<SensitiveKind> = new Set(['private_key', 'api_key', 'password']);

interface Pattern extends TextPattern<SensitiveKind> {
  readonly normalize: (raw: string) => string;
}

const digitsOnly = (s: string): string => s.replace(/\D/g, '');

/**
 * Documentation and test fixtures carry keys that are placeholders by convention: AWS's own
 * examples end in EXAMPLE (`AKIAIOSFODNN7EXAMPLE`), others say so (`REDACTED`, `xxxxxxxx`). Secret
 * scanners allow-list them; a monitor that pages on them is ignored.
 */
const PLACEHOLDER = /example|placeholder|redacted|changeme|dummy|x{6,}|\*{4,}|0{8,}/i;

function isNotPlaceholder(raw: string): boolean {
  return !PLACEHOLDER.test(raw);
}

/** Random enough to be a credential: letters and digits mixed, not a snake_case name, no placeholder. */
function looksLikeSecretValue(raw: string): boolean {
  const digits = raw.match(/\d/g)?.length ?? 0;
  if (digits < 2 || !/[A-Za-z]/.test(raw) || /^[a-z]+\d?(?:[_.-][a-z]+\d?)+$/.test(raw) || !isNotPlaceholder(raw)) return false;
  const counts = new Map<string, number>();
  for (const ch of raw) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / raw.length) * Math.log2(n / raw.length);
  return bits >= 3.2;
}

/**
 * A password written into a connection string or a URL is chosen by a person, so it need not look
 * random; the place says what it is. What stands for one (a template variable, a prompt) is not.
 */
function isWrittenPassword(raw: string): boolean {
  return isNotPlaceholder(raw) && !/^[$%{<[]/.test(raw) && !/^(?:pass(?:word)?|passwd|secret|pwd)$/i.test(raw);
}

// Earlier patterns win where matches overlap: an IBAN's digit run must not also count as a card.
const PATTERNS: readonly Pattern[] = [
  {
    kind: 'private_key',
    re: /-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----[\s\S]*?(?:-----END (?:[A-Z]+ )*PRIVATE KEY-----|$)/g,
    normalize: (s) => s.slice(0, 64),
  },
  {
    kind: 'api_key',
    re: /\b(?:sk-(?:proj-|live-|test-|ant-)?[A-Za-z0-9_-]{16,}|(?:AKIA|ASIA)[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}|xox[abposr]-[A-Za-z0-9-]{10,}|AIza[0-9A-Za-z_-]{35}|npm_[A-Za-z0-9]{36}|glpat-[A-Za-z0-9_-]{20,}|sntrys_[A-Za-z0-9_=+/]{20,}|pypi-[A-Za-z0-9_-]{50,}|[rs]k_live_[A-Za-z0-9]{20,}|hf_[A-Za-z0-9]{30,})/g,
    accept: isNotPlaceholder,
    normalize: (s) => s,
  },
  {
    // A value assigned to a name that says it is a secret (`AWS_SECRET_ACCESS_KEY=…`, `"api_token": "…"`),
    // as an environment dump, a config file or a JSON body spells it; the value must look random.
    kind: 'api_key',
    re: /(?<=\b[A-Za-z0-9_.-]*(?:secret|token|passw(?:or)?d|pwd|api_?key|access_?key|private_?key|auth_?key|credentials?)[A-Za-z0-9_.-]*["']?\s*[=:]\s*["']?)[A-Za-z0-9/+_.=-]{16,}/gi,
    accept: looksLikeSecretValue,
    normalize: (s) => s,
  },
  {
    // A database connection string (ADO.NET, ODBC, JDBC properties) names its server, then perhaps
    // its database and user, then the password: `Server=db01;Database=PDKS;User Id=sync;Password=…`.
    // A log line that prints it has printed the password, whatever its length or shape, which is
    // why secret scanners read the pair rather than the value's randomness.
    kind: 'password',
    re: /\b(?:Server|Data Source|Host|Address|Addr)\s*=[^;\n"']{1,100};(?:\s*[A-Za-z][A-Za-z ]{0,30}=[^;\n"']{0,100};){0,6}?\s*(?:Password|Pwd)\s*=\s*(?<value>[^;\s"']{6,64})/dgi,
    accept: isWrittenPassword,
    normalize: (s) => s,
  },
  {
    // A URL carrying its user's password (`postgres://app:…@db.internal:5432/app`, `https://user:…@host`).
    kind: 'password',
    re: /\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:/@"'<>]{1,64}:(?<value>[^\s:/@"'<>]{6,64})@[a-z0-9-]+(?:\.[a-z0-9-]+)*/dgi,
    accept: (raw) => isWrittenPassword(raw) && !/^\d+$/.test(raw),
    normalize: (s) => s,
  },
  { ...PERSONAL_DATA_PATTERNS.iban, normalize: normalizeIban },
  { ...PERSONAL_DATA_PATTERNS.email, normalize: (s) => s.toLowerCase() },
  {
    kind: 'card',
    // A number written after "+" is an international phone number, never a card: one in ten of
    // those passes Luhn by chance ("+90 532 555 01 01").
    re: /(?<![\d+-])\d(?:[ -]?\d){11,18}(?![\d-])/g,
    accept: (s) => isLuhnValid(s),
    normalize: digitsOnly,
  },
  { ...PERSONAL_DATA_PATTERNS.ssn, normalize: digitsOnly },
  { ...PERSONAL_DATA_PATTERNS.national_id, normalize: normalizeNationalId },
  { ...PERSONAL_DATA_PATTERNS.phone, normalize: digitsOnly },
];

/** Every PII or secret value in the text, non-overlapping, in text order. */
export function findSensitiveData(text: string): SensitiveMatch[] {
  return findTextPatterns(text, PATTERNS).map((m) => ({ kind: m.pattern.kind, value: m.pattern.normalize(m.raw), start: m.start, end: m.end }));
}

/** One value's masked form, as every finding shows it (`[card …1111]`, `TR**…26`, `[national id]`). */
export function maskValue(kind: SensitiveKind, raw: string): string {
  switch (kind) {
    case 'private_key':
      return '[private key redacted]';
    case 'api_key':
      return `${raw.slice(0, 4)}…[key redacted]`;
    case 'password':
      return '[password redacted]';
    case 'iban': {
      const c = normalizeIban(raw);
      return `${c.slice(0, 2)}**…${c.slice(-2)}`;
    }
    case 'email': {
      const at = raw.indexOf('@');
      // The domain stays: where data went is the point of the finding, the mailbox is the PII.
      return `${raw.slice(0, 1)}***${raw.slice(at)}`;
    }
    case 'card':
      return `[card …${digitsOnly(raw).slice(-4)}]`;
    case 'ssn':
    case 'national_id':
      return '[national id]';
    case 'phone':
      return `[phone …${digitsOnly(raw).slice(-2)}]`;
  }
}

/** The text with every PII or secret value replaced by a short masked form. */
export function maskSensitive(text: string): string {
  const matches = findSensitiveData(text);
  if (matches.length === 0) return text;
  let out = '';
  let cursor = 0;
  for (const m of matches) {
    out += text.slice(cursor, m.start) + maskValue(m.kind, text.slice(m.start, m.end));
    cursor = m.end;
  }
  return out + text.slice(cursor);
}

/**
 * A masked excerpt of at most `max` characters around `[start, end)`. The window is widened to
 * whole sensitive values before masking, so a value cut by the window edge is never shown half-raw.
 */
export function maskedExcerpt(text: string, start = 0, end = start, max = 200): string {
  let from = Math.max(0, start - 60);
  let to = Math.min(text.length, Math.max(end, start) + 140);
  for (const m of findSensitiveData(text)) {
    if (m.start < from && m.end > from) from = m.start;
    if (m.start < to && m.end > to) to = m.end;
  }
  let excerpt = maskSensitive(text.slice(from, to))
    .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u2060-\u2064\ufeff]/g, ' ')
    .replace(/[\u{e0000}-\u{e007f}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (excerpt.length > max) excerpt = `${excerpt.slice(0, max - 1)}…`;
  return excerpt;
}
