import { isLuhnValid } from '@warden/core';
import { boleto, boletoMod10, boletoMod11, brazilianIban, cnpj, cnpjCheckDigits, cpf, cpfCheckDigits, nifCheckDigit, paraguayanRucCheckDigit, pixEvpKey, portugueseIban, portugueseNif } from './fake-data';
import { chileanRut, containerCheckDigit, containerNumber, emvCrc16, fakeCustomer, iban, kraPin, luhnValidCard, mpesaTill, mstCheckDigit, peruvianRuc, rucCheckDigit, rutCheckDigit, tcKimlikCheckDigits, tcKimlikNo, turkishIban, ugandanNin, VENDORS, vietnameseCccd, vietnameseMst, vietQr, vkn, vknCheckDigit } from './fake-data';
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

  it('computes Vietnamese tax-code check digits as the worked example has them, and never issues a start that needs a 10', () => {
    // The worked example of the tax authority's circular: 010004751 gives 6.
    expect(mstCheckDigit('010004751')).toBe('6');
    const r = new Prng(14);
    for (let i = 0; i < 300; i++) {
      const mst = vietnameseMst(r);
      expect(mst).toMatch(/^\d{10}$/);
      expect(mstCheckDigit(mst.slice(0, 9))).toBe(mst[9]);
    }
    // A start whose weighted sum leaves 0 mod 11 has no digit: 000000000 is one.
    expect(mstCheckDigit('000000000')).toBeUndefined();
  });

  it('writes Vietnamese citizen identity numbers in the shape the card prints: province, sex and century, year, six digits', () => {
    const r = new Prng(15);
    expect(vietnameseCccd(r, '079', 'F', 1988)).toMatch(/^079188\d{6}$/);
    expect(vietnameseCccd(r, '048', 'M', 2001)).toMatch(/^048201\d{6}$/);
    expect(vietnameseCccd(r, '001', 'M', 1975)).toMatch(/^001075\d{6}$/);
  });

  it('closes EMVCo QR payloads with CRC-16/CCITT-FALSE, and VietQR payloads carry NAPAS, the bank, the account and a valid CRC', () => {
    // The catalogue check value of CRC-16/CCITT-FALSE.
    expect(emvCrc16('123456789')).toBe('29B1');
    const qr = vietQr('970436', '0071000123456', 1_250_000, 'INV 0001234');
    expect(qr.startsWith('000201010212')).toBe(true);
    expect(qr).toContain('0010A000000727');
    expect(qr).toContain('0006970436');
    expect(qr).toContain('54071250000');
    expect(emvCrc16(qr.slice(0, -4))).toBe(qr.slice(-4));
    expect(qr.slice(-8, -4)).toBe('6304');
    expect(vietQr('970436', '0071000123456').slice(10, 12)).toBe('11');
  });

  it('gives Turkish identity numbers the two check digits the population register gives them, foreigners\' 99 numbers included', () => {
    // The number every Turkish developer tests with.
    expect(tcKimlikCheckDigits('100000001')).toBe('46');
    const r = new Prng(16);
    for (let i = 0; i < 300; i++) {
      const id = tcKimlikNo(r);
      expect(id).toMatch(/^[1-9]\d{10}$/);
      expect(tcKimlikCheckDigits(id.slice(0, 9))).toBe(id.slice(9));
      // The eleventh digit is the sum of the first ten, mod 10: a changed tenth breaks it.
      const bumped = `${id.slice(0, 9)}${(Number(id[9]) + 1) % 10}${id[10]}`;
      expect(tcKimlikCheckDigits(bumped.slice(0, 9)) === bumped.slice(9)).toBe(false);
    }
    expect(tcKimlikNo(r, '99')).toMatch(/^99\d{9}$/);
  });

  it('computes Turkish tax-number check digits as the published example has them', () => {
    expect(vknCheckDigit('454053692')).toBe('0');
    expect(vknCheckDigit('454053692')).not.toBe('1');
    const r = new Prng(17);
    for (let i = 0; i < 300; i++) {
      const n = vkn(r);
      expect(n).toMatch(/^[1-9]\d{9}$/);
      expect(vknCheckDigit(n.slice(0, 9))).toBe(n[9]);
    }
  });

  it('writes Turkish IBANs of 26 characters with the bank code, the reserved zero and the account, and valid check digits', () => {
    // The example account of the register of IBAN formats.
    expect(turkishIban('00061', '0519786457841326')).toBe('TR330006100519786457841326');
    const value = turkishIban('00064', '1234567890123456');
    expect([value.length, value.slice(4, 10), ibanIsValid(value)]).toEqual([26, '000640', true]);
    expect(() => turkishIban('64', '1234567890123456')).toThrow(RangeError);
  });

  it('gives CPFs and CNPJs the check digits the Receita Federal gives them', () => {
    // The CPF and CNPJ every Brazilian developer tests with.
    expect(cpfCheckDigits('529982247')).toBe('25');
    expect(cnpjCheckDigits('112223330001')).toBe('81');
    const r = new Prng(18);
    for (let i = 0; i < 300; i++) {
      const c = cpf(r);
      expect(c).toMatch(/^\d{3}\.\d{3}\.\d{3}-\d{2}$/);
      const d = c.replace(/\D/g, '');
      expect(cpfCheckDigits(d.slice(0, 9))).toBe(d.slice(9));
      const j = cnpj(r);
      expect(j).toMatch(/^\d{2}\.\d{3}\.\d{3}\/0001-\d{2}$/);
      const e = j.replace(/\D/g, '');
      expect(cnpjCheckDigits(e.slice(0, 12))).toBe(e.slice(12));
    }
  });

  it('writes boletos whose linha digitável carries the FEBRABAN checks of the published example', () => {
    // Banco do Brasil's example bar code 00193373700000001000500940144816060680935031.
    expect(boletoMod11('0019373700000001000500940144816060680935031')).toBe('3');
    expect(boletoMod10('001905009')).toBe('5');
    expect(boletoMod10('4014481606')).toBe('9');
    const b = boleto('341', '2030-12-10', 1_234.56, '1090000012345678901234560');
    expect(b.barcode).toHaveLength(44);
    expect(b.linhaDigitavel.replace(/\D/g, '')).toHaveLength(47);
    const [f1, f2, f3, dv, tail] = b.linhaDigitavel.split(' ').map((x) => x.replace('.', ''));
    for (const f of [f1!, f2!, f3!]) expect(boletoMod10(f.slice(0, -1))).toBe(f.slice(-1));
    expect(boletoMod11(`${b.barcode.slice(0, 4)}${b.barcode.slice(5)}`)).toBe(dv);
    expect(tail!.slice(4)).toBe('0000123456');
  });

  it('gives Paraguayan RUCs, Portuguese NIFs and IBANs and Brazilian IBANs their check digits', () => {
    expect(paraguayanRucCheckDigit('1234567')).toBe('9');
    expect(paraguayanRucCheckDigit('80012345')).toBe('0');
    expect(nifCheckDigit('12345678')).toBe('9');
    const r = new Prng(19);
    for (let i = 0; i < 100; i++) {
      const n = portugueseNif(r, '5');
      expect(nifCheckDigit(n.slice(0, 8))).toBe(n[8]);
    }
    // The examples of the register of IBAN formats.
    expect(portugueseIban('0002', '0123', '12345678901')).toBe('PT50000201231234567890154');
    expect(brazilianIban('00360305', '00001', '0009795493')).toBe('BR1800360305000010009795493C1');
    expect(pixEvpKey(r)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
