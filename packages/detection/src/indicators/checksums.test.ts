import { isValidIban, normalizeIban } from './checksums';

describe('isValidIban', () => {
  test.each(['DE89 3704 0044 0532 0130 00', 'GB82WEST12345698765432', 'fr1420041010050500013m02606'])('accepts %s', (iban) => {
    expect(isValidIban(iban)).toBe(true);
  });
  test('rejects a one-digit change (mod 97 fails) and malformed text', () => {
    expect(isValidIban('DE89 3704 0044 0532 0130 01')).toBe(false);
    expect(isValidIban('XX00')).toBe(false);
    expect(isValidIban('not an iban at all')).toBe(false);
  });
  test('normalizes spacing and case', () => {
    expect(normalizeIban('de89 3704 0044 0532 0130 00')).toBe('DE89370400440532013000');
  });
});
