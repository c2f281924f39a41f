import { ConfigError } from '@warden/core';
import { parseAdminTokens, roleAtLeast } from './admin-tokens';
import { createBearerAuthenticator } from './bearer-auth';

const T1 = '0123456789abcdef0123';
const T2 = 'fedcba9876543210fedc';

function problemsOf(text: string): readonly string[] {
  try {
    parseAdminTokens(text);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('parseAdminTokens', () => {
  it('reads token=name:role entries, trimming spaces and ignoring empty ones', () => {
    const tokens = parseAdminTokens(` ${T1}=alice:approver , ${T2}=ops-bot:admin,, `);
    expect([...tokens]).toEqual([
      [T1, { name: 'alice', role: 'approver' }],
      [T2, { name: 'ops-bot', role: 'admin' }],
    ]);
    expect(parseAdminTokens('').size).toBe(0);
  });

  it('splits at the last "=", so base64 padding stays in the token', () => {
    expect([...parseAdminTokens(`${T1}==vera:viewer`)]).toEqual([[`${T1}=`, { name: 'vera', role: 'viewer' }]]);
  });

  it('reports every bad entry at once, by position and name, never echoing a token', () => {
    const problems = problemsOf(`${T1}=alice:root,s3cr3t=bob:viewer,${T2}=:admin,${T1}=carol:viewer,novalue,${T2}x=anonymous:viewer`);
    expect(problems).toEqual([
      expect.stringMatching(/^WARDEN_ADMIN_TOKENS entry 1 \(alice\): the role must be one of viewer, approver, admin/),
      expect.stringMatching(/^WARDEN_ADMIN_TOKENS entry 2 \(bob\): the token is shorter than 16 characters/),
      expect.stringMatching(/^WARDEN_ADMIN_TOKENS entry 3: the name must be/),
      expect.stringMatching(/^WARDEN_ADMIN_TOKENS entry 4 \(carol\): the same token is already given to "alice"/),
      expect.stringMatching(/^WARDEN_ADMIN_TOKENS entry 5: expected token=name:role/),
      expect.stringMatching(/^WARDEN_ADMIN_TOKENS entry 6 \(anonymous\): "anonymous" is reserved/),
    ]);
    expect(problems.join('\n')).not.toContain(T1);
    expect(problems.join('\n')).not.toContain('s3cr3t');
  });

  it('refuses whitespace inside a token and a role with extra parts', () => {
    expect(problemsOf(`0123456789 abcdef0123=alice:viewer`)).toEqual([expect.stringMatching(/whitespace/)]);
    expect(problemsOf(`${T1}=alice:viewer:admin`)).toEqual([expect.stringMatching(/role must be one of/)]);
  });
});

describe('roles', () => {
  it('orders viewer < approver < admin', () => {
    expect(roleAtLeast('admin', 'approver')).toBe(true);
    expect(roleAtLeast('approver', 'approver')).toBe(true);
    expect(roleAtLeast('approver', 'admin')).toBe(false);
    expect(roleAtLeast('viewer', 'approver')).toBe(false);
  });
});

describe('createBearerAuthenticator', () => {
  const authenticate = createBearerAuthenticator(parseAdminTokens(`${T1}=alice:approver,${T2}=vera:viewer`));

  it('finds the identity of a known bearer token, with the scheme in any case', () => {
    expect(authenticate(`Bearer ${T2}`)).toEqual({ kind: 'authenticated', identity: { name: 'vera', role: 'viewer' } });
    expect(authenticate(`bearer ${T1}`)).toEqual({ kind: 'authenticated', identity: { name: 'alice', role: 'approver' } });
  });

  it('tells a missing token from an unknown one, and accepts no near miss', () => {
    expect(authenticate(undefined)).toEqual({ kind: 'missing' });
    expect(authenticate(`Basic ${T1}`)).toEqual({ kind: 'missing' });
    expect(authenticate('Bearer ')).toEqual({ kind: 'missing' });
    expect(authenticate(`Bearer ${T1.slice(0, -1)}`)).toEqual({ kind: 'unknown' });
    expect(authenticate(`Bearer ${T1}0`)).toEqual({ kind: 'unknown' });
    expect(authenticate(`Bearer ${T1.toUpperCase()}`)).toEqual({ kind: 'unknown' });
  });

  it('is off when no tokens are configured, whatever is sent', () => {
    expect(createBearerAuthenticator(undefined)(`Bearer ${T1}`)).toEqual({ kind: 'api_off' });
    expect(createBearerAuthenticator(new Map())(undefined)).toEqual({ kind: 'api_off' });
  });
});
