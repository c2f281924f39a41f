/**
 * Whether a value (an address, a host, an account) is written inside running prose of a text,
 * rather than standing as a field of its own.
 *
 * A ticket's `requester` field, a vendor record's billing address, or a `From:` header hold an
 * address because that is what the field is for; replying there is ordinary work. An address
 * inside a sentence of a calendar description, a PDF's keywords or a photo's caption was put
 * there by whoever wrote the sentence, and an agent that then sends to it, or grants it access,
 * is following the sentence. That holds in every language, so the test counts letters and words
 * of any script, not phrases.
 */

/** A JSON string or a line ends the passage a value sits in; beyond this the passage is cut. */
const REACH = 300;
/** Words (two or more letters, any script) around the value that make it a sentence. */
const MIN_WORDS = 5;
/** Letters around the value, for long words and scripts written without spaces. */
const MIN_LETTERS = 24;
/** Han, kana and Hangul carry a word's meaning in one or two signs. */
const MIN_IDEOGRAPHS = 10;

const WORD = /\p{L}{2,}/gu;
const LETTER = /\p{L}/gu;
const IDEOGRAPH = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

function passageBounds(text: string, start: number, end: number): [number, number] {
  let from = start;
  const floor = Math.max(0, start - REACH);
  while (from > floor) {
    const c = text[from - 1];
    if (c === '\n' || (c === '"' && text[from - 2] !== '\\')) break;
    from--;
  }
  let to = end;
  const ceil = Math.min(text.length, end + REACH);
  while (to < ceil) {
    const c = text[to];
    if (c === '\n' || (c === '"' && text[to - 1] !== '\\')) break;
    to++;
  }
  return [from, to];
}

/** The values (lower-case, as indicators are kept) some occurrence of which sits inside a sentence of `text`. */
export function mentionedInProse(text: string, values: Iterable<string>): Set<string> {
  const out = new Set<string>();
  let lower: string | undefined;
  for (const v of values) {
    lower ??= text.toLowerCase();
    if (inProse(text, lower, v.toLowerCase())) out.add(v);
  }
  return out;
}

function inProse(text: string, lower: string, needle: string): boolean {
  if (needle.length === 0) return false;
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
    const [from, to] = passageBounds(text, at, at + needle.length);
    const around = text.slice(from, at) + ' ' + text.slice(at + needle.length, to);
    // The value's own parts (the words of a URL path, an address's name) are not prose.
    const words = (around.match(WORD) ?? []).length;
    const letters = (around.match(LETTER) ?? []).length;
    if (words >= MIN_WORDS || letters >= MIN_LETTERS || (around.match(IDEOGRAPH) ?? []).length >= MIN_IDEOGRAPHS) return true;
  }
  return false;
}
