/**
 * Disguises that keep an instruction readable to a model while a keyword filter or a quick human
 * glance misses it: leetspeak digits, letters spaced apart, Cyrillic/Greek look-alike letters, and
 * data packed into DNS labels. Pure string functions with their inverses, so a test can check that
 * the plain text is recoverable (what the model effectively reads).
 */

const LEET: Readonly<Record<string, string>> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));

/** Lower-cases and swaps a, e, i, o, s, t for digits ("export" -> "3xp0r7"). */
export function leetspeak(text: string): string {
  return [...text.toLowerCase()].map((ch) => LEET[ch] ?? ch).join('');
}

/** Inverse of leetspeak for text without digits of its own. */
export function unleet(text: string): string {
  return [...text].map((ch) => UNLEET[ch] ?? ch).join('');
}

/** "send all" -> "S E N D   A L L": one space between letters, three between words. */
export function spacedOut(text: string): string {
  return text
    .toUpperCase()
    .split(/\s+/)
    .map((word) => [...word].join(' '))
    .join('   ');
}

/** Inverse of spacedOut (upper-cased). */
export function unspace(text: string): string {
  return text
    .split(/ {3}/)
    .map((word) => word.replace(/ /g, ''))
    .join(' ');
}

/** Latin letters and the Cyrillic or Greek letters that render the same in most fonts. */
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  a: '\u0430', c: '\u0441', e: '\u0435', i: '\u0456', o: '\u043e', p: '\u0440', x: '\u0445', y: '\u0443',
  A: '\u0410', B: '\u0412', C: '\u0421', E: '\u0415', H: '\u041d', I: '\u0406', K: '\u041a', M: '\u041c',
  O: '\u041e', P: '\u0420', T: '\u0422', X: '\u0425', F: '\u03dc',
};
const LATIN: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(HOMOGLYPHS).map(([k, v]) => [v, k]));

/** Replaces every letter that has a look-alike; the text reads the same and matches no Latin keyword. */
export function homoglyphs(text: string): string {
  return [...text].map((ch) => HOMOGLYPHS[ch] ?? ch).join('');
}

/** Maps the look-alikes back to Latin letters (what a confusables-aware filter would do). */
export function foldHomoglyphs(text: string): string {
  return [...text].map((ch) => LATIN[ch] ?? ch).join('');
}

/**
 * Packs text into DNS labels under `domain` as lower-case hex, at most 60 characters a label, so a
 * plain GET (or just its DNS lookup) carries the data out: `68656c6c6f.<domain>`.
 */
export function hexSubdomain(text: string, domain: string): string {
  const hex = Buffer.from(text, 'utf8').toString('hex');
  const labels: string[] = [];
  for (let i = 0; i < hex.length; i += 60) labels.push(hex.slice(i, i + 60));
  return [...labels, domain].join('.');
}

/** Recovers the text hexSubdomain packed into `host` above `domain`. */
export function decodeHexSubdomain(host: string, domain: string): string {
  const prefix = host.endsWith(`.${domain}`) ? host.slice(0, -domain.length - 1) : host;
  return Buffer.from(prefix.replace(/\./g, ''), 'hex').toString('utf8');
}
