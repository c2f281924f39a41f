import { isLuhnValid } from '@warden/core';
import { fakeCustomer, iban, luhnValidCard, VENDORS } from './fake-data';
import { Prng } from './prng';

/** ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97 = 1. */
function ibanIsValid(value: string): boolean {
  const compact = value.replace(/\s+/g, '');
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let rem = 0;
  for (const ch of rearranged) {
    const digits = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of digits) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem === 1;
}

describe('fake data', () => {
  it('makes Luhn-valid card numbers, and the check rejects a changed digit', () => {
    const r = new Prng(3);
    for (let i = 0; i < 50; i++) {
      const card = luhnValidCard(r);
      expect(card).toMatch(/^\d{16}$/);
      expect(isLuhnValid(card)).toBe(true);
      const last = Number(card[15]);
      expect(isLuhnValid(card.slice(0, 15) + String((last + 1) % 10))).toBe(false);
    }
    expect(isLuhnValid('4111 1111 1111 1111')).toBe(true);
  });

  it('computes IBAN check digits that validate, including the textbook example', () => {
    expect(iban('DE', '370400440532013000')).toBe('DE89370400440532013000');
    for (const v of VENDORS) expect(ibanIsValid(v.iban)).toBe(true);
  });

  it('keeps customer contact data in reserved example ranges', () => {
    const r = new Prng(8);
    for (let i = 0; i < 100; i++) {
      const c = fakeCustomer(r);
      expect(c.email).toMatch(/@[a-z.]*example(\.[a-z]+)?$/);
      expect(c.phone).toMatch(/^\+1-\d{3}-555-01\d\d$/);
    }
  });
});
