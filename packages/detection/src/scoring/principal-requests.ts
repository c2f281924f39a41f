import type { ArgumentField } from '../indicators/arguments';
import type { LiveSession, TimedText } from './live-session';

/** Bounds: a session's requests are few and short; a pasted document is read only so far. */
const MAX_REQUESTS = 20;
const MAX_REQUEST_TEXT = 4_000;

/**
 * Keeps a message of the principal (user input) for what the session was asked to do. Every model
 * call carries the conversation so far, so the same message arrives again and again: it is kept
 * once, at its earliest time, and does not crowd out the requests that follow.
 */
export function notePrincipalRequest(s: LiveSession, timeMs: number, text: string): void {
  const bounded = text.slice(0, MAX_REQUEST_TEXT);
  const i = s.principalRequests.findIndex((r) => r.text === bounded);
  if (i >= 0) {
    const seen = s.principalRequests[i] as TimedText;
    if (timeMs < seen.timeMs) s.principalRequests[i] = { timeMs, text: bounded };
    return;
  }
  if (s.principalRequests.length < MAX_REQUESTS) s.principalRequests.push({ timeMs, text: bounded });
}

/** A word in the singular or the plural, as a request writes it: "invoice" for `invoices`, "expenses" for `expense`. */
function eitherNumber(word: string): string {
  if (word.length < 4) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}(?:y|ies)`;
  if (/(?:ss|x|z|ch|sh)es$/.test(word)) return `${word.slice(0, -2)}(?:es)?`;
  if (word.endsWith('s') && !word.endsWith('ss')) return `${word.slice(0, -1)}s?`;
  return `${word}(?:s|es)?`;
}

/** `bank_feed` as a person writes it: "bank feed", "bank-feed", "bank_feed", "Bank Feed", "bank feeds"; `invoices` as "invoice". */
function namedIn(text: string, domain: string): boolean {
  const words = domain.toLowerCase().split(/[_.-]+/).filter((w) => w.length > 0);
  if (words.length === 0 || words.join('').length < 3) return false;
  const pattern = words.map((w) => eitherNumber(w.replace(/[^a-z0-9]/g, ''))).join('[\\s_-]?');
  return new RegExp(`(?:^|[^a-z0-9])${pattern}(?:$|[^a-z0-9])`, 'i').test(text);
}

/**
 * When the principal's request first named a data domain, if it did: the read the person asked for
 * ("reconcile the settlements against the bank feed") is theirs, whatever text arrives in between.
 */
export function firstRequestNaming(s: LiveSession, domain: string): number | undefined {
  let first: number | undefined;
  for (const r of s.principalRequests) if ((first === undefined || r.timeMs < first) && namedIn(r.text, domain)) first = r.timeMs;
  return first;
}

/** Words of a lookup's arguments (names, roles, places), not its limits, ids or flags. */
const LOOKUP_WORD = /\p{L}{3,}/gu;

/**
 * The call looks up what a request of the principal, made before it, named: every word of its
 * text arguments is in that request ("share my tax folder with Marta, my accountant" then
 * `contacts.search` "Marta accountant"). Arguments with no words (an id) look up nothing named.
 */
export function looksUpRequest(s: LiveSession, timeMs: number, fields: readonly ArgumentField[]): boolean {
  const words = fields.flatMap((f) => f.value.match(LOOKUP_WORD) ?? []).map((w) => w.toLowerCase());
  if (words.length === 0 || words.length > 12) return false;
  return s.principalRequests.some((r) => {
    if (r.timeMs > timeMs) return false;
    const said = new Set((r.text.match(LOOKUP_WORD) ?? []).map((w) => w.toLowerCase()));
    return words.every((w) => said.has(w));
  });
}
