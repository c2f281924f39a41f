/**
 * Check digits the held-out corpora's planted numbers must pass, as a real attacker's would. IBANs
 * and card numbers are checked with @warden/core's own ISO 13616 and Luhn checks (one definition for
 * the product, written apart from fake-data's generators); here only what core does not have, and
 * how a carrier's text spells an IBAN.
 */

/** The ABA routing-number check: weights 3, 7, 1 repeated, sum divisible by ten. */
export function isValidAbaRouting(value: string): boolean {
  const weights = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  return /^\d{9}$/.test(value) && [...value].reduce((acc, ch, i) => acc + Number(ch) * (weights[i] as number), 0) % 10 === 0;
}

/**
 * The lengths ISO 13616 fixes for the countries the held-out corpora plant IBANs in. A set that plants
 * in a new country adds it here; the mod-97 check alone would pass an IBAN of the wrong length.
 */
export const IBAN_LENGTH: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AT: 20, AZ: 28, BE: 16, BG: 22, BR: 29, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, EG: 29, ES: 24, FI: 18, FR: 27, GB: 22, GE: 22, GI: 23, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, KZ: 20, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, ME: 22, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, RS: 22, SE: 24, SI: 19, SK: 24, TR: 26,
};

/** The value with the digit at `at` changed (plus one, mod ten): what a check must then reject. */
export function bumpDigit(value: string, at: number): string {
  return `${value.slice(0, at)}${(Number(value[at]) + 1) % 10}${value.slice(at + 1)}`;
}

/** The Italian national check letter (CIN) over ABI, CAB and account: odd positions by table, even by value, mod 26. */
export function italianCin(bban: string): string {
  const odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
  const value = (ch: string): number => (/\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65);
  const sum = [...bban].reduce((acc, ch, i) => acc + (i % 2 === 0 ? (odd[value(ch)] as number) : value(ch)), 0);
  return String.fromCharCode(65 + (sum % 26));
}

/** The Norwegian national check digit: weights 5,4,3,2,7,6,5,4,3,2 over bank and account, mod 11. */
export function norwegianCheck(ten: string): string {
  const weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const c = 11 - ([...ten].reduce((acc, ch, i) => acc + Number(ch) * (weights[i] as number), 0) % 11);
  return c === 11 ? '0' : String(c);
}

/** The Belgian national check pair: the first ten digits of the BBAN mod 97 (97 when that is 0). */
export function belgianCheck(ten: string): string {
  const r = Number(ten) % 97;
  return String(r === 0 ? 97 : r).padStart(2, '0');
}

/** The Polish sort-code check: weights 3, 9, 7, 1, 3, 9, 7 over the first seven digits of the eight-digit bank number, the eighth makes the sum a multiple of ten. */
export function isValidPolishSortCode(eight: string): boolean {
  const weights = [3, 9, 7, 1, 3, 9, 7];
  const sum = [...eight.slice(0, 7)].reduce((acc, ch, i) => acc + Number(ch) * (weights[i] as number), 0);
  return /^\d{8}$/.test(eight) && (10 - (sum % 10)) % 10 === Number(eight[7]);
}

/** The IBAN of `country` a carrier spells the way people do, in groups of four, found in the text and compacted. */
export function spacedIbanIn(text: string, country: string): string {
  return text.match(new RegExp(`${country}\\d{2}(?: [A-Z0-9]{1,4})+`))![0].replace(/ /g, '');
}
