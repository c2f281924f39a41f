import { isLuhnValid, isValidIban, validIbanPrefix } from './checksums';

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
  it('accepts IBANs with a correct check and rejects a changed digit', () => {
    expect(isValidIban('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(isValidIban('GB82WEST12345698765432')).toBe(true);
    expect(isValidIban('DE89 3704 0044 0532 0130 01')).toBe(false);
    expect(isValidIban('DE89')).toBe(false);
  });
});

describe('validIbanPrefix', () => {
  it('drops the short words an IBAN pattern swallows after the IBAN, and finds nothing when no prefix is valid', () => {
    expect(validIbanPrefix('GB82WEST12345698765432 from')).toBe('GB82WEST12345698765432');
    expect(validIbanPrefix('DE89 3704 0044 0532 0130 00 now')).toBe('DE89 3704 0044 0532 0130 00');
    expect(validIbanPrefix('GB82WEST12345698765432')).toBe('GB82WEST12345698765432');
    expect(validIbanPrefix('DE00 1234 5678 9012 3456 78 to')).toBeUndefined();
  });
});
