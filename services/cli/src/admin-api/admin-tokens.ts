import { ConfigError } from '@warden/core';

/** Who may do what on the admin API; each role includes everything the ones before it may do. */
export const ADMIN_ROLES = ['viewer', 'approver', 'admin'] as const;
export type AdminRole = (typeof ADMIN_ROLES)[number];

/** The person (or system) a token stands for: the name is what the audit log and the votes record. */
export interface AdminIdentity {
  readonly name: string;
  readonly role: AdminRole;
}

export type AdminTokens = ReadonlyMap<string, AdminIdentity>;

/** Short tokens can be guessed; this is the floor, not a recommendation (use 32+ random characters). */
export const MIN_ADMIN_TOKEN_LENGTH = 16;

/**
 * Actors the audit log already uses for something else: `warden` for automatic steps and
 * `anonymous` for calls without a valid token. A token with such a name would blur who did what.
 */
const RESERVED_NAMES = new Set(['warden', 'anonymous']);
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

export function roleAtLeast(role: AdminRole, needed: AdminRole): boolean {
  return ADMIN_ROLES.indexOf(role) >= ADMIN_ROLES.indexOf(needed);
}

/**
 * Parses `WARDEN_ADMIN_TOKENS` = `token=name:role,...`. The token is everything before the last
 * `=`, so base64 padding in a token is fine. Every problem is reported at once, naming the entry
 * by position and name, never by its token (the message may end up in a log). Empty text: no
 * tokens, so the `/api/v1` endpoints stay off.
 */
export function parseAdminTokens(text: string): Map<string, AdminIdentity> {
  const tokens = new Map<string, AdminIdentity>();
  const problems: string[] = [];
  // Every entry's token, valid or not, so a duplicate is reported even next to another mistake.
  const holders = new Map<string, string>();
  const entries = text.split(',').map((e) => e.trim());
  entries.forEach((entry, index) => {
    if (entry === '') return;
    const where = `WARDEN_ADMIN_TOKENS entry ${index + 1}`;
    const problemsBefore = problems.length;
    const eq = entry.lastIndexOf('=');
    if (eq < 0) {
      problems.push(`${where}: expected token=name:role (roles: ${ADMIN_ROLES.join(', ')}), found no "="`);
      return;
    }
    const token = entry.slice(0, eq).trim();
    const [name = '', role, ...extra] = entry.slice(eq + 1).split(':').map((p) => p.trim());
    const named = NAME_PATTERN.test(name) ? `${where} (${name})` : where;
    if (!NAME_PATTERN.test(name)) {
      problems.push(`${where}: the name must be 1-64 letters, digits or . _ @ - (it is what the audit log records); set token=name:role`);
    } else if (RESERVED_NAMES.has(name.toLowerCase())) {
      problems.push(`${named}: "${name}" is reserved for the audit log's own actors; choose the person's or system's name`);
    }
    if (role === undefined || extra.length > 0 || !(ADMIN_ROLES as readonly string[]).includes(role)) {
      problems.push(`${named}: the role must be one of ${ADMIN_ROLES.join(', ')}, after the name as name:role`);
    }
    if (token.length < MIN_ADMIN_TOKEN_LENGTH) {
      problems.push(`${named}: the token is shorter than ${MIN_ADMIN_TOKEN_LENGTH} characters; use a random one, e.g. \`openssl rand -hex 24\``);
    } else if (/\s/.test(token)) {
      problems.push(`${named}: the token contains whitespace, which an Authorization header cannot carry; use a random hex or base64 token`);
    } else if (holders.has(token)) {
      problems.push(`${named}: the same token is already given to "${holders.get(token) ?? ''}"; every token must be unique so each call names one actor`);
    } else {
      holders.set(token, name);
    }
    if (problems.length === problemsBefore) tokens.set(token, { name, role: role as AdminRole });
  });
  if (problems.length > 0) throw new ConfigError(problems);
  return tokens;
}
