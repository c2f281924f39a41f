/**
 * Check digits the held-out corpora's planted numbers must pass, as a real attacker's would. IBANs
 * and card numbers are checked with @warden/core's own ISO 13616 and Luhn checks (one definition for
 * the product, written apart from fake-data's generators); here only what core does not have.
 */

/** The ABA routing-number check: weights 3, 7, 1 repeated, sum divisible by ten. */
export function isValidAbaRouting(value: string): boolean {
  const weights = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  return /^\d{9}$/.test(value) && [...value].reduce((acc, ch, i) => acc + Number(ch) * (weights[i] as number), 0) % 10 === 0;
}

/** The value with the digit at `at` changed (plus one, mod ten): what a check must then reject. */
export function bumpDigit(value: string, at: number): string {
  return `${value.slice(0, at)}${(Number(value[at]) + 1) % 10}${value.slice(at + 1)}`;
}
