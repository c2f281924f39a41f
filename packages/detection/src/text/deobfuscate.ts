/**
 * Undoes the cheap disguises injected text wears to slip past phrase rules while staying legible
 * to a model: look-alike letters from other scripts inside Latin words ("іgnоrе" with Cyrillic і
 * and о), digits for letters ("1gn0r3"), and words spelled out letter by letter ("i g n o r e").
 * Every change keeps the text's length, so positions found in the result point into the original.
 */

/** Cyrillic and Greek letters that render like Latin ones. */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ӏ: 'l', к: 'k', ԛ: 'q', ԝ: 'w',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S', У: 'Y',
  α: 'a', ο: 'o', ρ: 'p', ν: 'v', ι: 'i', κ: 'k', Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Χ: 'X', Υ: 'Y',
};
const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b' };

const WORD = /[\p{L}\p{N}]+/gu;
const LATIN = /[A-Za-z]/;
const SPELLED_OUT = /(?<![\p{L}\p{N}])(?:\p{L}[ .·_-]){2,}\p{L}(?![\p{L}\p{N}])/gu;

export interface Deobfuscated {
  readonly text: string;
  /** Something was undone: the disguise is itself a sign of intent. */
  readonly changed: boolean;
}

// Cheap tests first: most text has no look-alike letters and no digit inside a word.
const MAYBE_LOOK_ALIKE = /[\u0370-\u052f]/;
const MAYBE_LEET = /[A-Za-z][0134578]|[0134578][A-Za-z]/;

export function deobfuscate(text: string): Deobfuscated {
  let changed = false;
  let out = !MAYBE_LOOK_ALIKE.test(text) && !MAYBE_LEET.test(text) ? text : text.replace(WORD, (word, offset: number) => {
    const next = undisguiseWord(word, text[offset - 1], text[offset + word.length]);
    if (next !== word) changed = true;
    return next;
  });
  out = out.replace(SPELLED_OUT, (run) => {
    changed = true;
    const letters = run.replace(/[ .·_-]/g, '');
    return letters + ' '.repeat(run.length - letters.length);
  });
  return { text: out, changed };
}

function undisguiseWord(word: string, before: string | undefined, after: string | undefined): string {
  const chars = [...word];
  // Mixed scripts in one word: a Russian or Greek word is left alone, a Latin one with a stray look-alike is not.
  if (LATIN.test(word) && chars.some((c) => LOOK_ALIKES[c] !== undefined)) {
    return chars.map((c) => LOOK_ALIKES[c] ?? c).join('');
  }
  // Digits for letters, but never inside addresses, hosts, paths or identifiers like INV2026
  // (a digit no letter looks like gives an identifier away).
  const digits = chars.filter((c) => /\p{N}/u.test(c));
  const hasLetter = chars.some((c) => /\p{L}/u.test(c));
  const inIdentifier = [before, after].some((c) => c !== undefined && /[@./:_\-\\]/.test(c));
  if (digits.length === 0 || !hasLetter || digits.some((c) => LEET[c] === undefined) || word.length < 3 || inIdentifier) return word;
  const asI = chars.map((c) => LEET[c] ?? c).join('');
  // "a11" is "all", not "aii".
  return asI.includes('ii') ? chars.map((c) => (c === '1' ? 'l' : (LEET[c] ?? c))).join('') : asI;
}
