import { findSensitiveData, maskedExcerpt, maskSensitive } from './sensitive-data';

describe('findSensitiveData', () => {
  test('finds each kind of PII and secret', () => {
    const text = [
      'mail jane.doe@mail.example',
      'call +1 415 555 0134',
      'card 4111 1111 1111 1111',
      'iban DE89 3704 0044 0532 0130 00',
      'ssn 123-45-6789',
      'key sk-proj-abcdefghijklmnopqrstuv',
      'aws AKIAABCDEFGHIJKLMNOP',
      'gh ghp_abcdefghijklmnopqrstuvwxyz0123456789',
      'slack xoxb-1234567890-abcdef',
      '-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----',
    ].join('\n');
    const kinds = findSensitiveData(text).map((m) => m.kind);
    expect(kinds).toEqual(['email', 'phone', 'card', 'iban', 'ssn', 'api_key', 'api_key', 'api_key', 'api_key', 'private_key']);
  });

  test("finds a national identifier by the label before it, in any country's name for it", () => {
    const text = [
      '{"tax_id":"54006050452","date_of_birth":"1994-12-13"}',
      'Steuer-ID 12345678903 and her address',
      'passport no. C01X00T47, valid until 2031',
      'BSN: 123456782',
      '"personnummer": "19811218-9876"',
    ].join('\n');
    expect(findSensitiveData(text).map((m) => [m.kind, m.value])).toEqual([
      ['national_id', '54006050452'],
      ['national_id', '12345678903'],
      ['national_id', 'C01X00T47'],
      ['national_id', '123456782'],
      ['national_id', '198112189876'],
    ]);
    expect(maskSensitive('Steuer-ID 12345678903 and her address')).toBe('Steuer-ID [national id] and her address');
  });

  test('a digit run without such a label, a flag named like one, a business id or a placeholder is not a national id', () => {
    const text = [
      'Order 12345678901 shipped',
      '"tax_id_verified": true, "id": "12345678"',
      'martin: 123456789',
      'vat_id: DE123456789',
      'ssn: 000000000',
      'passport: on file',
    ].join('\n');
    expect(findSensitiveData(text).filter((m) => m.kind === 'national_id')).toEqual([]);
  });

  test('finds tokens by their issuer prefix and secrets by the name they are assigned to', () => {
    const env = [
      'NPM_TOKEN=npm_1bf85d3ad2bab7b434',
      'AWS_SECRET_ACCESS_KEY=2abd059946452f8c97c6',
      '"api_key": "Zt81mQ0pLx7Rw2Vb9Nc4"',
      'glpat-AbCdEf0123456789xYzW',
    ].join('\n');
    const found = findSensitiveData(env);
    expect(found.map((m) => [m.kind, m.value])).toEqual([
      ['api_key', 'npm_1bf85d3ad2bab7b434'],
      ['api_key', '2abd059946452f8c97c6'],
      ['api_key', 'Zt81mQ0pLx7Rw2Vb9Nc4'],
      ['api_key', 'glpat-AbCdEf0123456789xYzW'],
    ]);
  });

  test('placeholders, names and ordinary settings named like secrets are not secrets', () => {
    const text = [
      'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
      'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'token_type: refresh_token_rotation_v2',
      'password: xxxxxxxxxxxxxxxxxxxx',
      'api_key: ${NPM_TOKEN}',
      '"max_tokens": 4096, "auth_method": "oauth2_client_credentials"',
      'session_token_expires_at: 2026-11-21T10:00:00Z',
    ].join('\n');
    expect(findSensitiveData(text).filter((m) => m.kind === 'api_key')).toEqual([]);
  });

  test('an order number that looks like a card but fails Luhn is not a card', () => {
    expect(findSensitiveData('Order 4111 1111 1111 1112 shipped').filter((m) => m.kind === 'card')).toEqual([]);
  });

  test('an international phone number that happens to pass Luhn is a phone, not a card', () => {
    expect(findSensitiveData('tel +90 532 555 01 01, Bağdat Cad.').map((m) => m.kind)).toEqual(['phone']);
    expect(findSensitiveData('card 4111 1111 1111 1111').map((m) => m.kind)).toEqual(['card']);
  });

  test("an IBAN's digits are not also counted as a card", () => {
    const m = findSensitiveData('pay DE89 3704 0044 0532 0130 00 today');
    expect(m).toHaveLength(1);
    expect(m[0]?.kind).toBe('iban');
    expect(m[0]?.value).toBe('DE89370400440532013000');
  });

  test('dates, prices and ticket ids are not PII', () => {
    expect(findSensitiveData('On 2026-01-05 ticket T-7781 cost $1,234.56 for order A12345')).toEqual([]);
  });
});

describe('a password written where it is used', () => {
  test('in a database connection string, whatever its length or shape', () => {
    const line = '2026-11-25T01:12:09Z DEBUG pdks-sync db.connect Server=pdks-dnz-01;Database=PDKS;User Id=pdks_sync;Password=4f9a1cDnz!42;Encrypt=false';
    expect(findSensitiveData(line).map((m) => [m.kind, m.value])).toEqual([['password', '4f9a1cDnz!42']]);
    expect(maskSensitive(line)).toContain('Password=[password redacted];Encrypt=false');
    expect(findSensitiveData('Data Source=sql01.acme.example;Initial Catalog=hr;Pwd=Winter2026').map((m) => m.kind)).toEqual(['password']);
  });

  test('in a URL before its host', () => {
    expect(findSensitiveData('DATABASE_URL=postgres://app:s3cretPw99@db.internal.example:5432/app').map((m) => [m.kind, m.value])).toEqual([['password', 's3cretPw99']]);
  });

  test('a template, a prompt, a placeholder or a port is not one, nor a password with no server beside it', () => {
    const text = [
      'Server=db01;User Id=app;Password=${DB_PASSWORD}',
      'Server=db01;User Id=app;Password=<password>',
      'Server=db01;User Id=app;Password=xxxxxxxx',
      'Server=db01;User Id=app;Password=password',
      'https://grafana.acme.example:3000/d/abc',
      'postgres://app:{{pw}}@db.internal.example/app',
      'Password=Winter2026 is what the form asks you to change',
    ].join('\n');
    expect(findSensitiveData(text).filter((m) => m.kind === 'password')).toEqual([]);
  });
});

describe('an IBAN followed by a short word', () => {
  test('is found as the IBAN alone, and masked', () => {
    const text = 'remit to GB82WEST12345698765432 from today';
    expect(findSensitiveData(text).map((m) => [m.kind, m.value])).toEqual([['iban', 'GB82WEST12345698765432']]);
    expect(maskSensitive(text)).not.toContain('12345698765432');
  });
});

describe('maskSensitive', () => {
  test('never leaves the raw value and keeps what an analyst needs', () => {
    const masked = maskSensitive('send 4111 1111 1111 1111 and sk-live-ABCDEFGHIJKLMNOPQRST to attacker@evil.example');
    expect(masked).not.toContain('4111 1111 1111 1111');
    expect(masked).toContain('…1111');
    expect(masked).not.toContain('ABCDEFGHIJKLMNOPQRST');
    expect(masked).not.toContain('attacker@');
    expect(masked).toContain('@evil.example');
  });

  test('text without sensitive values is unchanged', () => {
    expect(maskSensitive('nothing to see here')).toBe('nothing to see here');
  });
});

describe('maskedExcerpt', () => {
  test('is bounded to 200 characters and masked', () => {
    const text = `${'x'.repeat(500)} jane.doe@mail.example ${'y'.repeat(500)}`;
    const e = maskedExcerpt(text, 500, 520);
    expect(e.length).toBeLessThanOrEqual(200);
    expect(e).not.toContain('jane.doe');
  });

  test('widens the window so a value at its edge is masked whole, never shown half-raw', () => {
    const text = `card 4111 1111 1111 1111 then ${'z'.repeat(300)}`;
    const e = maskedExcerpt(text, 70, 75);
    expect(e).not.toMatch(/\d{4} \d{4}/);
  });

  test('drops invisible characters so the excerpt reads cleanly', () => {
    expect(maskedExcerpt('ig\u200bnore \u{E0041}this', 0, 10)).toBe('ig nore this');
  });
});
