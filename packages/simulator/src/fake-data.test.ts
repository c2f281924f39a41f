import { isLuhnValid } from '@warden/core';
import { chileanRut, containerCheckDigit, containerNumber, fakeCustomer, iban, kraPin, luhnValidCard, mpesaTill, peruvianRuc, rucCheckDigit, rutCheckDigit, ugandanNin, VENDORS } from './fake-data';
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

  it('computes Chilean RUT check digits (K and 0 included) and Peruvian RUC check digits, as the textbook examples have them', () => {
    expect([rutCheckDigit(12_345_678), rutCheckDigit('11.111.111'), rutCheckDigit(10_000_013), rutCheckDigit(10_000_004)]).toEqual(['5', '1', 'K', '0']);
    // SUNAT's own RUC.
    expect(rucCheckDigit('2013131295')).toBe('5');
    const r = new Prng(11);
    for (let i = 0; i < 200; i++) {
      const rut = chileanRut(r, 5_000_000, 99_999_999);
      expect(rut).toMatch(/^\d{1,2}\.\d{3}\.\d{3}-[\dK]$/);
      const [body, dv] = rut.replace(/\./g, '').split('-') as [string, string];
      expect(rutCheckDigit(body)).toBe(dv);
      const ruc = peruvianRuc(r);
      expect(ruc).toMatch(/^20\d{9}$/);
      expect(rucCheckDigit(ruc.slice(0, 10))).toBe(ruc[10]);
    }
  });

  it('numbers containers with ISO 6346 check digits, as the textbook example has them', () => {
    expect(containerCheckDigit('CSQU305438')).toBe('3');
    const r = new Prng(12);
    for (let i = 0; i < 50; i++) {
      const c = containerNumber(r, r.pick(['MSKU', 'MEDU', 'HLXU', 'CMAU']));
      expect(c).toMatch(/^[A-Z]{3}U\d{7}$/);
      expect(containerCheckDigit(c.slice(0, 10))).toBe(c[10]);
    }
  });

  it('writes KRA PINs, Ugandan NINs and M-Pesa till numbers in the shapes their issuers print', () => {
    const r = new Prng(13);
    for (let i = 0; i < 200; i++) {
      expect(kraPin(r)).toMatch(/^A\d{9}[A-Z]$/);
      expect(kraPin(r, 'company')).toMatch(/^P\d{9}[A-Z]$/);
      const nin = ugandanNin(r, i % 2 === 0 ? 'F' : 'M', 1960 + (i % 45));
      expect(nin).toMatch(/^C[MF]\d{2}\d{7}[A-Z]{3}$/);
      expect([nin[1], nin.slice(2, 4)]).toEqual([i % 2 === 0 ? 'F' : 'M', String((1960 + (i % 45)) % 100).padStart(2, '0')]);
      expect(mpesaTill(r)).toMatch(/^[1-9]\d{5,6}$/);
    }
  });
});
