/**
 * The ways real payloads hide from a human reviewer or a keyword filter: zero-width characters
 * inside words, a base64 chunk the model is told to decode, an HTML comment a browser never shows.
 * Pure string functions, so a test can check that the plain instruction is recoverable.
 */

const ZERO_WIDTH_SPACE = '\u200b';
const ZERO_WIDTH_JOINER = '\u200d';

/** Puts a zero-width character after every second letter of each word longer than three letters. */
export function zeroWidthSplit(text: string): string {
  return text.replace(/[A-Za-z]{4,}/g, (word) =>
    [...word].map((ch, i) => (i % 2 === 1 && i < word.length - 1 ? ch + (i % 4 === 1 ? ZERO_WIDTH_SPACE : ZERO_WIDTH_JOINER) : ch)).join(''),
  );
}

/** Removes the zero-width characters zeroWidthSplit adds (what a model effectively reads). */
export function stripZeroWidth(text: string): string {
  return text.replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, '');
}

export function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

export function htmlComment(text: string): string {
  return `<!-- ${text} -->`;
}
