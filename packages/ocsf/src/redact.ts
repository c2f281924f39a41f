/**
 * Last line of defence before text leaves for a SIEM. Detection already bounds and masks the
 * excerpts it records, but a finding is forwarded to systems with wide read access and long
 * retention, so the mapper masks the secrets that are unambiguous by shape once more:
 *
 * - PEM private-key blocks (also when truncated before the END line),
 * - OpenAI-style `sk-…` keys, AWS access key ids (`AKIA…`/`ASIA…`), GitHub (`ghp_…`, `github_pat_…`)
 *   and Slack (`xox?-…`) tokens,
 * - card-like digit runs: 12–19 digits, optionally grouped by single spaces or dashes, that pass
 *   the Luhn check (order numbers and timestamps mostly do not, so they stay readable).
 *
 * It is not a PII scanner: names, e-mail addresses and phone numbers are detection's job.
 */
import { isLuhnValid } from '@warden/core';

const PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----|$)/g;
const API_KEYS: readonly RegExp[] = [
  /\bsk-[A-Za-z0-9_-]{16,}/g,
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
  /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{30,}\b/g,
  /\bxox[abposr]-[A-Za-z0-9-]{10,}/g,
];
const DIGIT_RUN = /(?<![\dA-Za-z])\d(?:[ -]?\d){11,18}(?![\dA-Za-z])/g;

export const REDACTED_PRIVATE_KEY = '[REDACTED:private-key]';
export const REDACTED_API_KEY = '[REDACTED:api-key]';
export const REDACTED_CARD = '[REDACTED:card-number]';

export function maskSecrets(text: string): string {
  let out = text.replace(PRIVATE_KEY, REDACTED_PRIVATE_KEY);
  for (const re of API_KEYS) out = out.replace(re, REDACTED_API_KEY);
  return out.replace(DIGIT_RUN, (run) => (isLuhnValid(run) ? REDACTED_CARD : run));
}


/** At most `max` UTF-16 units including the ellipsis, never splitting a surrogate pair. */
export function bound(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = Math.max(0, max - 1);
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut)}…`;
}

/** Masked, then bounded: masking first so a truncated secret is not left half-visible. */
export function safeText(text: string, max: number): string {
  return bound(maskSecrets(text), max);
}

/** For one-line fields (message, titles): control characters and line breaks become spaces. */
export function oneLine(text: string, max: number): string {
  return safeText(text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim(), max);
}
