/**
 * Last line of defence before text leaves for a SIEM. Detection already bounds and masks the
 * excerpts it records, but a finding is forwarded to systems with wide read access and long
 * retention, and explanations, summaries, span names and resource ids are not excerpts. So the
 * mapper masks every free-text field once more, secrets first (unambiguous by shape):
 *
 * - PEM private-key blocks (also when truncated before the END line),
 * - OpenAI-style `sk-…` keys, AWS access key ids (`AKIA…`/`ASIA…`), GitHub (`ghp_…`, `github_pat_…`),
 *   Slack (`xox?-…`) and Google (`AIza…`) keys,
 * - card-like digit runs: 12–19 digits, optionally grouped by single spaces or dashes, that pass
 *   the Luhn check (order numbers and timestamps mostly do not, so they stay readable),
 *
 * then personal data (`personal-data.ts`: e-mail, phone, IBAN, SSN) except the finding's own
 * destinations. Names and street addresses have no reliable shape and are not caught here.
 */
import { isLuhnValid, isValidIban } from '@warden/core';
import { maskPersonalData } from './personal-data';

const PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----|$)/g;
const API_KEYS: readonly RegExp[] = [
  /\bsk-[A-Za-z0-9_-]{16,}/g,
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
  /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{30,}\b/g,
  /\bxox[abposr]-[A-Za-z0-9-]{10,}/g,
  /\bAIza[0-9A-Za-z_-]{35}/g,
];
const DIGIT_RUN = /(?<![\dA-Za-z])\d(?:[ -]?\d){11,18}(?![\dA-Za-z])/g;
/** Country and check digits of a grouped IBAN, right before a digit run. */
const IBAN_HEAD = /[A-Z]{2}\d{2} $/i;

export const REDACTED_PRIVATE_KEY = '[REDACTED:private-key]';
export const REDACTED_API_KEY = '[REDACTED:api-key]';
export const REDACTED_CARD = '[REDACTED:card-number]';

export function maskSecrets(text: string): string {
  let out = text.replace(PRIVATE_KEY, REDACTED_PRIVATE_KEY);
  for (const re of API_KEYS) out = out.replace(re, REDACTED_API_KEY);
  return out.replace(DIGIT_RUN, (run: string, at: number, text: string) => {
    if (!isLuhnValid(run)) return run;
    // A grouped IBAN's tail is an account: left whole for the personal-data pass to mask as one.
    const head = IBAN_HEAD.exec(text.slice(Math.max(0, at - 5), at))?.[0];
    return head !== undefined && isValidIban(head + run) ? run : REDACTED_CARD;
  });
}


/** At most `max` UTF-16 units including the ellipsis, never splitting a surrogate pair. */
export function bound(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = Math.max(0, max - 1);
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut)}…`;
}

/**
 * Secrets and personal data masked; personal data whose normalized form is in `keep` (see
 * `personalDataIn`) stays, because the finding's destinations are indicators, not leaked data.
 */
export function maskSensitive(text: string, keep?: ReadonlySet<string>): string {
  return maskPersonalData(maskSecrets(text), keep);
}

/** Masked, then bounded: masking first so a truncated secret is not left half-visible. */
export function safeText(text: string, max: number, keep?: ReadonlySet<string>): string {
  return bound(maskSensitive(text, keep), max);
}

/** For one-line fields (message, titles): control characters and line breaks become spaces. */
export function oneLine(text: string, max: number, keep?: ReadonlySet<string>): string {
  return safeText(text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim(), max, keep);
}
