import { isNationalIdKey, isNationalIdShape, NATIONAL_ID_PATTERN, normalizeNationalId } from './national-id';

const found = (text: string): string[] => [...text.matchAll(NATIONAL_ID_PATTERN)].map((m) => m.groups?.value ?? '').filter(isNationalIdShape);

describe('national identifiers', () => {
  test.each([
    ['a JSON record', '{"tax_id":"54006050452"}', ['54006050452']],
    ['prose with a German label', 'Steuer-ID 12345678903 und Adresse', ['12345678903']],
    ['a passport number after "no."', 'passport no. C01X00T47, valid', ['C01X00T47']],
    ['a Dutch BSN', 'BSN: 123456782', ['123456782']],
    ['a Swiss AHV number with dots', 'AHV-Nr: 756.1234.5678.97', ['756.1234.5678.97']],
    ['a number followed by words', 'social security number 12 345 678 and her address', ['12 345 678']],
    ['a British NINO grouped by spaces', 'NINO: AB 12 34 56 C.', ['AB 12 34 56 C']],
    ['a Turkish identity number as a record keys it', '{"tckn":"10000000146"}', ['10000000146']],
    ['a Turkish identity number as a form labels it', 'T.C. Kimlik No: 10000000146, doğum tarihi 1990', ['10000000146']],
    ['a Turkish identity number in capitals', 'KİMLİK NUMARASI 10000000146', ['10000000146']],
    ['a Turkish identity number labelled without the dots', 'TC kimlik numarası 10000000146', ['10000000146']],
  ])('are found in %s', (_what, text, values) => {
    expect(found(text)).toEqual(values);
  });

  test.each([
    ['a bare digit run', 'order 12345678901'],
    ['a label inside a longer word', 'martin: 123456789'],
    ['a key that only starts like a label', '"tax_id_verified": "2024-10-01"'],
    ['a business identifier', 'vat_id: DE123456789, ein: 12-3456789'],
    ['a placeholder', 'ssn: 000000000'],
    ['a label without a number', 'passport: on file'],
    ['the state named before a word and a number', 'T.C. Ziraat Bankası hesap 12345678, T.C. HAZİNE 2026'],
  ])('are not found in %s', (_what, text) => {
    expect(found(text)).toEqual([]);
  });

  test('keys are named whole, in any case', () => {
    expect(['tax_id', 'TaxId', 'passport_number', 'social_security_number', 'bsn', 'codice_fiscale', 'tckn', 'TCKN', 'tc_kimlik_no'].every(isNationalIdKey)).toBe(true);
    expect(['tax_id_verified', 'taxonomy', 'vat_id', 'order_number', 'id', 'kimlik', 'tc'].some(isNationalIdKey)).toBe(false);
  });

  test('values compare without separators or case', () => {
    expect(normalizeNationalId('756.1234.5678.97')).toBe('7561234567897');
    expect(normalizeNationalId('ab 12 34 56')).toBe('AB123456');
  });
});
