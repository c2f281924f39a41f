/**
 * Luhn check for payment card numbers (12-19 digits; spaces and dashes ignored). One definition
 * for the whole product: what detection reports as a card is exactly what the OCSF mask hides.
 * Order numbers of the same length almost always fail it.
 */
export function isLuhnValid(digits: string): boolean {
  const clean = digits.replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(clean)) return false;
  let sum = 0;
  let double = false;
  for (let i = clean.length - 1; i >= 0; i--) {
    let d = clean.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/**
 * ISO 13616 IBAN check (mod 97 = 1), so random letter-digit runs are not taken for accounts.
 * Shared for the same reason as the Luhn check: detection and the OCSF mask must agree.
 */
export function isValidIban(candidate: string): boolean {
  const iban = candidate.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? String(code - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return remainder === 1;
}

/**
 * The valid IBAN a pattern match starts with. IBAN patterns take space-separated groups of up to
 * four letters or digits, so they also swallow a short word after the IBAN ("…0100 from now on"
 * reads "from" as a group, and the checksum then fails); groups are dropped from the end until the
 * checksum holds. Undefined when no prefix is valid.
 */
export function validIbanPrefix(candidate: string): string | undefined {
  let c = candidate.trimEnd();
  for (;;) {
    if (isValidIban(c)) return c;
    const cut = c.lastIndexOf(' ');
    if (cut < 0) return undefined;
    c = c.slice(0, cut);
  }
}
