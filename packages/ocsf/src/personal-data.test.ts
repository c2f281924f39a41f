import { findPersonalData, maskPersonalData, personalDataIn } from './personal-data';

describe('maskPersonalData', () => {
  it.each([
    ['an e-mail address: first letter and domain stay', 'mail jane.doe@customer.example now', 'mail j***@customer.example now'],
    ['an international phone number: country code and last four stay', 'call +1-415-555-0142.', 'call +1-***-***-0142.'],
    ['a phone number with spaces', 'call +44 20 7946 0958', 'call +44 ** **** 0958'],
    ['a US phone number with an area code in parentheses', 'call (415) 555-0142', 'call (***) ***-0142'],
    ['a grouped IBAN: country and last four stay', 'IBAN DE89 3704 0044 0532 0130 00', 'IBAN DE** **** **** **** **30 00'],
    ['a compact IBAN', 'to GB82WEST12345698765432', 'to GB****************5432'],
    ['an IBAN followed by a short word', 'pay GB82WEST12345698765432 from now on', 'pay GB****************5432 from now on'],
    ['a grouped IBAN followed by a short word', 'IBAN DE89 3704 0044 0532 0130 00 now', 'IBAN DE** **** **** **** **30 00 now'],
    ['a US social security number, entirely', 'SSN 123-45-6789', 'SSN ***-**-****'],
    ['a labelled national identifier, entirely', 'Steuer-ID 12345678903, passport_number: C01X00T47', 'Steuer-ID [national id], passport_number: [national id]'],
    ['a tax id in a quoted record', '{"tax_id":"54006050452"}', '{"tax_id":"[national id]"}'],
  ])('masks %s', (_what, text, masked) => {
    expect(maskPersonalData(text)).toBe(masked);
  });

  it('leaves alone what only looks like personal data: timestamps, ids, dates, addresses, versions', () => {
    const text =
      'ts 1795340066000, date 2026-11-21, ip 10.20.30.40, v1.2.3, order 123-456-7890123, trace 75f80d9046671856919b2a09e21bc08a, ' +
      'span e8410cee1e01a09e, risk 96/100, SSN-like 000-12-3456 and 900-12-3456, IBAN-like DE00 1234 5678 9012 3456 78, order 12345678901, ' +
      'vat_id DE123456789';
    expect(maskPersonalData(text)).toBe(text);
  });

  it('keeps the values listed in keep, however they are spelled', () => {
    const keep = personalDataIn(['Attacker@Evil.example', 'GB82 WEST 1234 5698 7654 32', '+1 415 555 0199']);
    const text = 'to attacker@evil.example, GB82WEST12345698765432, +1-415-555-0199; leaked jane@customer.example';
    expect(maskPersonalData(text, keep)).toBe('to attacker@evil.example, GB82WEST12345698765432, +1-415-555-0199; leaked j***@customer.example');
  });

  it('keeps only destinations that are personal data as a whole, not data inside a URL', () => {
    const keep = personalDataIn(['https://drop.example/c?u=jane@customer.example', '#general', 'drop.example']);
    expect(keep.size).toBe(0);
    expect(maskPersonalData('https://drop.example/c?u=jane@customer.example', keep)).toBe('https://drop.example/c?u=j***@customer.example');
  });

  it('finds each value once where patterns overlap (an IBAN is not also a phone number)', () => {
    expect(findPersonalData('DE89 3704 0044 0532 0130 00').map((m) => m.kind)).toEqual(['iban']);
    expect(findPersonalData('a@b.example +1-415-555-0142 123-45-6789').map((m) => m.kind)).toEqual(['email', 'phone', 'ssn']);
  });
});

