/**
 * One key for the phone numbers that are the same line, however a text or an API spells it: a
 * WhatsApp message gives `0768 555 314`, a mobile-money payout's `msisdn` is `254768555314`, a CRM
 * `+254 768 555 314`. The last nine digits are the subscriber number without a trunk 0 or a
 * country code in most numbering plans (Kenya, Tanzania, Uganda, India, most of Europe), so a
 * number named in content meets the call that pays or texts it.
 */
const MIN_DIGITS = 9;

/** `tel:` and the last nine digits, or undefined for a value too short to be a subscriber number. */
export function phoneKey(value: string): string | undefined {
  if (!/^[+\d\s().-]+$/.test(value)) return undefined;
  const digits = value.replace(/\D/g, '');
  return digits.length < MIN_DIGITS ? undefined : `tel:${digits.slice(-MIN_DIGITS)}`;
}
