import { isLuhnValid, isValidIban, normalizeIban } from './checksums';

describe('isLuhnValid', () => {
  test.each(['4111 1111 1111 1111', '5500-0000-0000-0004', '378282246310005'])('accepts the test card %s', (n) => {
    expect(isLuhnValid(n)).toBe(true);
  });
  test('rejects an order number of card length that fails the checksum', () => {
    expect(isLuhnValid('4111 1111 1111 1112')).toBe(false);
    expect(isLuhnValid('4000 1234 5678 9011')).toBe(false);
  });
  test('rejects too short, too long and non-digits', () => {
    expect(isLuhnValid('42')).toBe(false);
    expect(isLuhnValid('4'.repeat(20))).toBe(false);
    expect(isLuhnValid('4111-1111-abcd-1111')).toBe(false);
  });
});

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
