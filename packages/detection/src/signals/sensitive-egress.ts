import { isNationalIdKey, type SignalLocation } from '@warden/core';
import type { ArgumentField } from '../indicators/arguments';
import type { Destination } from '../indicators/indicators';
import { clamp01 } from '../internal/stats';
import { findSensitiveData, maskedExcerpt, maskValue, SECRET_KINDS, type SensitiveKind, type SensitiveMatch } from '../text/sensitive-data';
import { ATLAS, type SignalHit } from './signal-hit';

const ADDRESSING_KEYS = new Set(['to', 'cc', 'bcc', 'recipient', 'recipients', 'email', 'to_email', 'send_to', 'emails', 'iban', 'account', 'account_number', 'acct', 'channel', 'channel_id', 'url', 'webhook', 'webhook_url', 'from', 'reply_to']);

/**
 * The sending side of a call, named as payment and mail APIs name it: the account a payment is
 * debited from (`debit_iban`, `from_account`, `ordering_account`, `compte_debit`) and the mailbox a
 * message is sent as (Graph's `user`, `sender`, `from_address`). Both are the organisation's own
 * address, not data about anyone leaving it; counted as PII, they made nearly every payment and mail
 * "send personal data".
 */
const DEBIT_SIDE_KEY = /^(?:(?:debit|debtor|source|payer|ordering|originator|from)_?(?:iban|account(?:_?(?:no|number|id))?|acct)|compte_debit)$/;
const SENDER_KEY = /^(?:user|mailbox|sender|from_(?:address|email|mailbox))$/;

/**
 * Whether an argument addresses the call rather than carrying its payload. A sender key counts only
 * for a single address (no space in it): a `user` field holding a sentence is text like any other.
 */
export function isAddressingField(f: ArgumentField): boolean {
  return ADDRESSING_KEYS.has(f.key) || DEBIT_SIDE_KEY.test(f.key) || (SENDER_KEY.test(f.key) && !/\s/.test(f.value.trim()));
}

/**
 * The part of a call's arguments that is payload rather than addressing. A value whose key names a
 * national identifier keeps its key (`tax_id: …`): the key is what tells that number from any other.
 */
export function payloadText(fields: readonly ArgumentField[], rawArguments: string | undefined, skip: (f: ArgumentField) => boolean = isAddressingField): string {
  if (fields.length === 0) return rawArguments ?? '';
  return fields
    .filter((f) => !skip(f))
    .map((f) => (isNationalIdKey(f.key) ? `${f.key}: ${f.value}` : f.value))
    .join('\n');
}

/** PII and secrets in an outbound payload, minus the recipient's own address. */
export function sensitivePayload(payload: string, destinations: readonly Destination[]): SensitiveMatch[] {
  const own = new Set(destinations.map((d) => d.value));
  return findSensitiveData(payload).filter((m) => !own.has(m.value));
}

/** High on its own: records published to everyone need no other evidence. */
const PUBLISHED_RECORDS_WEIGHT = 65;

/** Identifiers worth matching bare in a later text: long, checked or labelled where they were read. */
export const RECORD_IDENTIFIER_KINDS: ReadonlySet<SensitiveKind> = new Set(['national_id', 'ssn', 'card', 'iban']);

/**
 * Identifiers of records the session read that a payload quotes without the label or grouping that
 * made them recognisable ("Alıcı Ayşe Yılmaz, T.C. 10000000146" after the shop returned
 * `"tckn": "10000000146"`): exact data match, as DLP tools match a payload against the records they
 * fingerprinted. Whole values only (no letter or digit on either side); values already found skipped.
 */
export function quotedRecordIdentifiers(payload: string, identifiers: readonly { kind: SensitiveKind; value: string }[], found: readonly SensitiveMatch[]): SensitiveMatch[] {
  const out: SensitiveMatch[] = [];
  if (identifiers.length === 0) return out;
  const upper = payload.toUpperCase();
  const seen = new Set(found.map((m) => m.value));
  for (const { kind, value } of identifiers) {
    if (seen.has(value) || value.length < 6) continue;
    for (let at = upper.indexOf(value); at >= 0; at = upper.indexOf(value, at + 1)) {
      if (/[A-Z0-9]/.test(upper[at - 1] ?? '') || /[A-Z0-9]/.test(upper[at + value.length] ?? '')) continue;
      out.push({ kind, value, start: at, end: at + value.length });
      seen.add(value);
      break;
    }
  }
  return out;
}

/** An excerpt with the quoted identifiers masked: the patterns that mask the rest do not see them bare. */
export function maskQuoted(excerpt: string, quoted: readonly SensitiveMatch[]): string {
  let out = excerpt;
  for (const q of quoted) out = out.split(q.value).join(maskValue(q.kind, q.value));
  return out;
}

const KIND_WEIGHT: Record<SensitiveMatch['kind'], number> = {
  private_key: 1,
  api_key: 1,
  password: 1,
  card: 0.7,
  ssn: 0.7,
  national_id: 0.7,
  iban: 0.45,
  phone: 0.25,
  email: 0.25,
};

/** 0..1 strength of a payload: secrets decide alone, PII adds up with diminishing returns. */
export function payloadSensitivity(items: readonly SensitiveMatch[]): number {
  let keep = 1;
  const seen = new Set<string>();
  for (const m of items) {
    if (seen.has(m.value)) continue;
    seen.add(m.value);
    keep *= 1 - KIND_WEIGHT[m.kind];
  }
  return clamp01(1 - keep);
}

/**
 * PII or secrets leaving through an egress call. `destinationFactor` is how unusual the receiving
 * end is (1 new or public, ~0.3 established), `carriedFromRead` whether the values came from a
 * sensitive read earlier in the session. `publishedRecords`: the call publishes where anyone reads
 * it, and the personal data came from customer, employee or financial records the session read: a
 * breach whatever the page, High on its own (`egress.pii_published`).
 */
export function sensitiveEgressHit(
  tool: string,
  payload: string,
  items: readonly SensitiveMatch[],
  destinationFactor: number,
  carriedFromRead: boolean,
  destinations: readonly Destination[],
  loc: SignalLocation,
  publishedRecords = false,
): SignalHit | undefined {
  if (items.length === 0) return undefined;
  const secrets = items.some((m) => SECRET_KINDS.has(m.kind));
  const strength = payloadSensitivity(items);
  const factor = secrets ? 1 : Math.max(destinationFactor, carriedFromRead ? 0.6 : 0.3);
  const score = clamp01(strength * factor);
  if (score < 0.05) return undefined;
  const kinds = [...new Set(items.map((m) => m.kind))].join(', ');
  const first = items[0] as SensitiveMatch;
  // Published, one record's personal data is a breach however little of it there is: anyone can
  // read it and nobody can take it back.
  const published = publishedRecords && !secrets;
  return {
    key: `egress:${loc.spanId}`,
    type: 'sensitive_data_egress',
    rule: secrets ? 'egress.secret' : published ? 'egress.pii_published' : 'egress.pii',
    score: published ? 1 : score,
    weight: secrets ? 60 : published ? PUBLISHED_RECORDS_WEIGHT : 30,
    explanation: published
      ? `${tool} published ${items.length} sensitive value(s) (${kinds}) from records read earlier in the session where anyone can read them.`
      : `${tool} sent ${items.length} sensitive value(s) (${kinds}) to ${destinations.map((d) => d.value).slice(0, 3).join(', ') || 'an external destination'}${carriedFromRead ? ', copied from a record read earlier in the session' : ''}.`,
    location: loc,
    excerpt: maskedExcerpt(payload, first.start, first.end),
    origin: 'tool_arguments',
    role: 'action',
    destinations: destinations.map((d) => d.value),
    techniques: [ATLAS.llmDataLeakage],
  };
}
