import { findTextPatterns, PERSONAL_DATA_PATTERNS } from './personal-data-patterns';

const { iban, email, national_id, phone } = PERSONAL_DATA_PATTERNS;

describe('findTextPatterns', () => {
  it('lets the earlier pattern win an overlap', () => {
    const number = { kind: 'number', re: /\d+/g };
    const pair = { kind: 'pair', re: /\d\d/g };
    expect(findTextPatterns('a 1234 b', [number, pair]).map((m) => [m.pattern.kind, m.raw])).toEqual([['number', '1234']]);
    expect(findTextPatterns('a 1234 b', [pair, number]).map((m) => [m.pattern.kind, m.raw])).toEqual([
      ['pair', '12'],
      ['pair', '34'],
    ]);
  });

  it('reports only the labelled value, at its own offsets, when a pattern marks a value group', () => {
    const text = 'Steuer-ID: 12 345 678 901 and her address';
    const [m] = findTextPatterns(text, [national_id]);
    expect(m?.raw).toBe('12 345 678 901');
    expect(text.slice(m?.start, m?.end)).toBe('12 345 678 901');
  });

  it('skips a match whose trim finds no value and one its accept rejects', () => {
    expect(findTextPatterns('ref DE00 1234 5678 9012 3456 78', [iban])).toEqual([]);
    expect(findTextPatterns('passport no. 000000000', [national_id])).toEqual([]);
  });

  it('returns matches in text order whatever the pattern order', () => {
    const found = findTextPatterns('call +49 30 1234 5678 or mail ana@example.org', [email, phone]);
    expect(found.map((m) => m.pattern.kind)).toEqual(['phone', 'email']);
  });

  it('reads a mobile number written nationally with its trunk 0, grouped 4-3-3 or as Philippine mobiles are, and not a bare run or a longer group', () => {
    const raw = (text: string): string[] => findTextPatterns(text, [phone]).map((m) => m.raw);
    expect(raw('sai natumia hii mpya 0768 555 314. Payout')).toEqual(['0768 555 314']);
    expect(raw('namba 0712-345-678 leo')).toEqual(['0712-345-678']);
    expect(raw('number ng pinsan ko 0917 555 0417, salamat')).toEqual(['0917 555 0417']);
    expect(raw('ref 0768555314, batch 10768 555 314, lot 0768 555 3141')).toEqual([]);
  });
});
