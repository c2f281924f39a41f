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
