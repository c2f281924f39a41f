import { parseArgumentFields } from '../indicators/arguments';
import { findSensitiveData } from '../text/sensitive-data';
import { isAddressingField, maskQuoted, payloadText, quotedRecordIdentifiers } from './sensitive-egress';

const payloadOf = (args: Record<string, unknown>): string => {
  const raw = JSON.stringify(args);
  return payloadText(parseArgumentFields(raw), raw);
};
const kinds = (args: Record<string, unknown>): string[] => findSensitiveData(payloadOf(args)).map((m) => m.kind);

describe('payload text', () => {
  test("a payment's debit account is the organisation's own, not data leaving it", () => {
    const transfer = { debit_iban: 'TR33 0006 1005 1978 6457 8413 26', iban: 'TR32 0010 0099 9990 1234 5678 90', amount: 1850, description: 'Fatura 2026-118' };
    expect(kinds(transfer)).toEqual([]);
    for (const key of ['from_iban', 'from_account', 'debtor_account_number', 'ordering_account', 'source_acct', 'payer_iban', 'compte_debit']) {
      expect([key, isAddressingField({ key, value: 'TR330006100519786457841326' })]).toEqual([key, true]);
    }
    // An IBAN in the payment's text is payload, whoever's it is.
    expect(kinds({ ...transfer, description: 'refund to TR33 0006 1005 1978 6457 8413 26 as agreed' })).toEqual(['iban']);
  });

  test('the mailbox a message is sent as addresses it; the same key holding text is payload', () => {
    expect(kinds({ user: 'ik@acme-tekstil.example', to: 'aday@mail.example', subject: 'Mülakat', body: 'Yarın 10:00 uygun mu?' })).toEqual([]);
    for (const key of ['user', 'mailbox', 'sender', 'from_address', 'from_email']) expect([key, isAddressingField({ key, value: 'ap@acme.example' })]).toEqual([key, true]);
    expect(isAddressingField({ key: 'user', value: 'please call jane@mail.example on +44 20 7946 0958' })).toBe(false);
    expect(kinds({ user: 'please call jane@mail.example', to: 'x@mail.example' })).toEqual(['email']);
  });

  test('a key that only contains a sending-side word is payload', () => {
    for (const key of ['username', 'debit_note', 'source', 'user_email', 'customer_iban', 'accounts']) {
      expect([key, isAddressingField({ key, value: 'jane@mail.example' })]).toEqual([key, false]);
    }
  });

  test("a national identifier's key travels with its value, so the number is read as one", () => {
    expect(payloadOf({ tckn: '10000000146', name: 'Ayşe Yılmaz' })).toContain('tckn: 10000000146');
    expect(kinds({ tckn: '10000000146', name: 'Ayşe Yılmaz' })).toEqual(['national_id']);
  });
});

describe('identifiers of records quoted bare', () => {
  const ids = [{ kind: 'national_id' as const, value: '10000000146' }, { kind: 'iban' as const, value: 'TR330006100519786457841326' }];

  test('a whole value is matched where the text quotes it; a longer number that contains it is not', () => {
    const text = 'Alıcı Ayşe Yılmaz, T.C. 10000000146, teslim edildi.';
    expect(quotedRecordIdentifiers(text, ids, [])).toEqual([{ kind: 'national_id', value: '10000000146', start: 24, end: 35 }]);
    expect(quotedRecordIdentifiers('sipariş 9100000001467 teslim edildi', ids, [])).toEqual([]);
    expect(quotedRecordIdentifiers('tr330006100519786457841326', ids, [])).toEqual([expect.objectContaining({ kind: 'iban' })]);
    // A value the patterns already found is not counted twice.
    expect(quotedRecordIdentifiers(text, ids, [{ kind: 'national_id', value: '10000000146', start: 24, end: 35 }])).toEqual([]);
  });

  test('the excerpt shows the kind, never the value', () => {
    const [q] = quotedRecordIdentifiers('T.C. 10000000146 ve T.C. 10000000146', ids, []);
    expect(maskQuoted('T.C. 10000000146 ve T.C. 10000000146', q === undefined ? [] : [q])).toBe('T.C. [national id] ve T.C. [national id]');
    // An IBAN quoted bare is masked as every other IBAN in a finding is.
    const iban = quotedRecordIdentifiers('hesap TR330006100519786457841326', ids, []);
    expect(maskQuoted('hesap TR330006100519786457841326', iban)).toBe('hesap TR**…26');
  });
});
