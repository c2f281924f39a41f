/** The IBAN check itself lives in @warden/core, shared with the OCSF mask. */
export { isValidIban, validIbanPrefix } from '@warden/core';

export function normalizeIban(candidate: string): string {
  return candidate.replace(/\s+/g, '').toUpperCase();
}
