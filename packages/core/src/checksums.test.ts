import { isLuhnValid } from './checksums';

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
