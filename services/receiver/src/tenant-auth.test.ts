import { TenantAuthenticator } from './tenant-auth';

describe('TenantAuthenticator', () => {
  const auth = new TenantAuthenticator(
    new Map([
      ['tok-acme-1', 'acme'],
      ['tok.globex/2=', 'globex'],
    ]),
  );

  test.each([
    ['Bearer tok-acme-1', 'acme'],
    ['bearer tok-acme-1', 'acme'],
    ['BEARER   tok.globex/2=  ', 'globex'],
  ])('%j → %s', (header, tenant) => {
    expect(auth.authenticate(header)).toEqual({ ok: true, tenant });
  });

  test.each([
    [undefined, /missing credentials/],
    ['', /missing credentials/],
    ['tok-acme-1', /must be "Bearer <token>"/],
    ['Basic dG9r', /must be "Bearer <token>"/],
    ['Bearer tok-acme-1 extra', /must be "Bearer <token>"/],
    ['Bearer tok-acme-2', /unknown bearer token/],
    ['Bearer TOK-ACME-1', /unknown bearer token/],
  ])('%j is refused', (header, message) => {
    const result = auth.authenticate(header);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(message);
      // The refusal never repeats what the client sent.
      if (header) expect(result.message).not.toContain(header.split(' ').at(-1) ?? header);
    }
  });

  test('without tokens every caller is the default tenant, whatever it sends', () => {
    const open = new TenantAuthenticator(undefined);
    expect(open.enabled).toBe(false);
    expect(open.authenticate(undefined)).toEqual({ ok: true, tenant: 'default' });
    expect(open.authenticate('Bearer whatever')).toEqual({ ok: true, tenant: 'default' });
    expect(auth.enabled).toBe(true);
  });
});
