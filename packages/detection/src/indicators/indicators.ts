import { isNationalIdKey } from '@warden/core';
import { isValidIban, normalizeIban, validIbanPrefix } from './checksums';
import type { ArgumentField } from './arguments';
import { pixKeysIn, pixKeysOfCall } from './pix-key';

/** Kinds of outbound destination a profile remembers. */
export type DestinationKind = 'email' | 'email_domain' | 'host' | 'channel' | 'account' | 'phone';

export const DESTINATION_KINDS: readonly DestinationKind[] = ['email', 'email_domain', 'host', 'channel', 'account', 'phone'];

export interface Destination {
  readonly kind: DestinationKind;
  readonly value: string;
}

/** Values that can link a piece of content to a later action (provenance). */
export interface Indicators {
  readonly emails: readonly string[];
  readonly emailDomains: readonly string[];
  readonly urls: readonly string[];
  readonly hosts: readonly string[];
  readonly ibans: readonly string[];
  readonly accounts: readonly string[];
  /**
   * Public keys (SSH, as `ssh-ed25519 AAAA…`, and WireGuard keys named as a public or peer key), by
   * their base64 body: a key from untrusted content registered as a deploy key, an authorized key or
   * a VPN peer identifies the grantee as an address would.
   */
  readonly keys: readonly string[];
  /**
   * Storage buckets, as `bucket:<name>`: named in prose ("register our bucket kv-snapshots"), as an
   * `s3://` or `gs://` address, or as a `bucket` field. A bucket from untrusted content that a later
   * call writes to or registers is where the data goes, as an address would be.
   */
  readonly buckets: readonly string[];
}

const EMAIL_RE = /\b[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})\b/g;
const URL_RE = /\bhttps?:\/\/[^\s"'<>()\]]+/gi;
const IBAN_RE = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/gi;
// An account number is named in the language of the invoice ("conta 3201-0847-7215-06", "cuenta
// corriente N° 0012345678", "Konto-Nr. 1234567", "STK 0399188207") and grouped as the bank prints it;
// the payment carries the digits alone. Where no IBAN is used the national number is named by its
// own acronym and runs longer: a Moroccan or Tunisian RIB (24 and 20 digits), an Argentine CBU (22),
// a Mexican CLABE (18). The word for "new" may stand between (nouveau RIB, RIB jdid in Darija).
const ACCOUNT_RE =
  /(?<![A-Za-zÀ-ÿ])(?:account|acct|cuenta(?:\s+corriente|\s+de\s+ahorros?)?|cta\.?(?:\s*cte\.?)?|conta(?:\s+corrente)?|compte|konto|conto(?:\s+corrente)?|rekening|akaunti|s[ốo]\s+t[àa]i\s+kho[ảa]n|t[àa]i\s+kho[ảa]n|s?tk(?=[\s:])|rib|cbu|clabe)(?:\s*(?:no\.?|number|nr\.?|n[°º.]|nº|número|numero|#|-nr\.?|new|nouveau|nuevo|novo|neue?|jdid))?\s*[:#]?\s*(\d{2,6}(?:[ .-]\d{2,6}){1,5}|\d{6,24})\b/gi;
/**
 * An M-Pesa business number: a Paybill or a Till, 5 to 7 digits, is where a customer's money goes,
 * and a "new Paybill" in a letter is where mobile-money invoice fraud starts ("Paybill mpya 529183",
 * "Till No. 5123456"). Counted as an account from 6 digits, as `account` arguments are.
 */
const PAYBILL_RE = /(?<![A-Za-z])(?:pay\s?bill|buy\s+goods\s+till|till)(?:\s+(?:no\.?|number|namba|nambari|mpya|new))*\s*[:#]?\s*(\d{5,7})\b/gi;
/**
 * A business or partner account named by its id ("Business ID 2290417735861094"): whom a page, ad
 * account or workspace is handed to when the grant goes to an organisation, not to a person.
 */
const BUSINESS_ID_RE = /\b(?:business|partner|agency)(?:\s+(?:manager|portfolio|account))?\s+id\s*[:#]?\s*(\d{6,20})\b/gi;
/** The account inside an AWS ARN (`arn:aws:iam::123456789012:root`): the principal a policy lets in. */
const AWS_ARN_ACCOUNT_RE = /\barn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\d{12}):/g;
// A WireGuard public key (32 bytes in base64) named as a key: the peer a VPN admits is who gets in.
const WIREGUARD_KEY_RE = /\b(?:public|wireguard|peer)[ _-]?key\b["']?\s*[:=]?\s*["']?([A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/gi;
const SSH_KEY_RE = /\b(?:ssh-(?:ed25519|rsa|dss)|ecdsa-sha2-nistp(?:256|384|521)|sk-ssh-ed25519@openssh\.com)\s+(AAAA[A-Za-z0-9+/]{40,}={0,3})/g;
// A bucket name (S3, GCS, Azure container rules): lower case, 3-63 characters; in prose only with a
// hyphen, dot or digit in it, so "the bucket policy" names nothing.
const BUCKET_PROSE_RE = /\b(?:bucket|container)\s+(?:named\s+|called\s+)?[`"'“]?([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\b/g;
const BUCKET_URL_RE = /\b(?:s3|gs|s3a):\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])/gi;
const BUCKET_FIELD_RE = /"(?:bucket|bucket_name|s3_bucket|gcs_bucket|target_bucket|destination_bucket)"\s*:\s*"([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])"/gi;
const MAX_PER_KIND = 50;
/** A bare domain a text names as one ("share it with our domain agency.example"). */
const NAMED_DOMAIN_RE = /\bdomains?\s*(?:name\s*)?[:"'(]?\s*((?:[a-z0-9-]+\.)+[a-z]{2,})\b/gi;
/**
 * Every mailbox of a domain, written as the address's tail ("e-mails ending in @firm.example"): what
 * an access rule admits by domain. A handle (`@dana`) has no dot and names no domain.
 */
const AT_DOMAIN_RE = /(?<![A-Za-z0-9._%+-])@((?:[a-z0-9-]+\.)+[a-z]{2,})\b/gi;
const GRANTEE_DOMAIN_KEY = /^(?:value|domain|domain_name|allowed_domains?|grantee_domain)$/;
const DOMAIN_SHAPE = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i;

function pushUnique(list: string[], value: string): void {
  if (list.length < MAX_PER_KIND && !list.includes(value)) list.push(value);
}

export function hostOfUrl(url: string): string | undefined {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(url.trim());
  return m?.[1]?.toLowerCase().replace(/\.$/, '');
}

/** E-mail addresses, URLs, hosts, IBANs (mod-97 checked) and account numbers named in free text. */
export function extractIndicators(text: string): Indicators {
  const emails: string[] = [];
  const emailDomains: string[] = [];
  const urls: string[] = [];
  const hosts: string[] = [];
  const ibans: string[] = [];
  const accounts: string[] = [];
  const keys: string[] = [];
  for (const m of text.matchAll(EMAIL_RE)) {
    pushUnique(emails, m[0].toLowerCase());
    if (m[1] !== undefined) pushUnique(emailDomains, m[1].toLowerCase());
  }
  for (const m of text.matchAll(URL_RE)) {
    const url = m[0].replace(/[.,;:!?]+$/, '');
    pushUnique(urls, url);
    const host = hostOfUrl(url);
    if (host !== undefined) pushUnique(hosts, host);
  }
  for (const m of text.matchAll(NAMED_DOMAIN_RE)) if (m[1] !== undefined) pushUnique(emailDomains, m[1].toLowerCase());
  for (const m of text.matchAll(AT_DOMAIN_RE)) if (m[1] !== undefined) pushUnique(emailDomains, m[1].toLowerCase());
  for (const m of text.matchAll(IBAN_RE)) {
    const iban = validIbanPrefix(m[0]);
    if (iban !== undefined) pushUnique(ibans, normalizeIban(iban));
  }
  for (const m of text.matchAll(ACCOUNT_RE)) {
    const digits = m[1]?.replace(/[ .-]/g, '') ?? '';
    if (digits.length >= 6 && digits.length <= 24) pushUnique(accounts, digits);
  }
  for (const m of text.matchAll(PAYBILL_RE)) if (m[1] !== undefined && m[1].length >= 6) pushUnique(accounts, m[1]);
  for (const m of text.matchAll(BUSINESS_ID_RE)) if (m[1] !== undefined) pushUnique(accounts, m[1]);
  for (const m of text.matchAll(AWS_ARN_ACCOUNT_RE)) if (m[1] !== undefined) pushUnique(accounts, m[1]);
  for (const k of pixKeysIn(text)) pushUnique(accounts, k);
  for (const m of text.matchAll(SSH_KEY_RE)) if (m[1] !== undefined) pushUnique(keys, `key:${m[1].slice(0, 64)}`);
  for (const m of text.matchAll(WIREGUARD_KEY_RE)) if (m[1] !== undefined) pushUnique(keys, `key:${m[1]}`);
  const buckets: string[] = [];
  for (const m of text.matchAll(BUCKET_PROSE_RE)) if (m[1] !== undefined && /[-.\d]/.test(m[1])) pushUnique(buckets, `bucket:${m[1]}`);
  for (const re of [BUCKET_URL_RE, BUCKET_FIELD_RE]) for (const m of text.matchAll(re)) if (m[1] !== undefined) pushUnique(buckets, `bucket:${m[1].toLowerCase()}`);
  return { emails, emailDomains, urls, hosts, ibans, accounts, keys, buckets };
}

/** A host name written bare in a sentence ("the portal at claims.carrier.example"), not only inside a URL. */
const BARE_HOST_RE = /(?<![A-Za-z0-9@._%+-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?![A-Za-z0-9@-])/gi;

/**
 * Every host a text names, bare or in a URL (`indicators`: the text's `extractIndicators`, when the
 * caller already has it), lower-cased. Broader than `extractIndicators` (a file name such as
 * report.pdf has the same shape), so only for recognising a destination the text named, never for
 * deciding that a text planted one.
 */
export function namedHosts(text: string, indicators: Pick<Indicators, 'hosts'> = extractIndicators(text)): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(BARE_HOST_RE)) if (m[1] !== undefined) pushUnique(out, m[1].toLowerCase());
  for (const host of indicators.hosts) pushUnique(out, host);
  return out;
}

/** Every indicator value in one flat list, for "does this value show up later" checks. */
export function indicatorValues(ind: Indicators): string[] {
  return [...ind.emails, ...ind.emailDomains, ...ind.hosts, ...ind.ibans, ...ind.accounts, ...ind.keys, ...ind.buckets];
}

// Invitations and shares reach people as surely as mail does: an attendee is a recipient.
const RECIPIENT_KEYS = new Set([
  'to', 'cc', 'bcc', 'recipient', 'recipients', 'email', 'to_email', 'address', 'send_to', 'emails', 'reply_to',
  'attendee', 'attendees', 'invitee', 'invitees', 'guests', 'participants', 'share_with', 'shared_with', 'collaborators',
]);
/**
 * Keys that name who receives, beyond the fixed list: `forward_to`, `redirect_to`, `deliver_to`,
 * and whoever a grant is for (a mailbox delegate, a workspace member, a grantee). Only e-mail
 * addresses are taken from them, so a broad shape costs nothing on other values.
 */
const RECIPIENT_KEY_SHAPE = /(?:^|_)(?:to|recipients?|delegates?|members?|grantees?|principals?|invitees?|collaborators?|forward(?:ing)?_address|subscribers?|new_owner)$|^(?:delegate|member|grantee|invitee|collaborator|user)_emails?$/;

function isRecipientKey(key: string): boolean {
  return RECIPIENT_KEYS.has(key) || RECIPIENT_KEY_SHAPE.test(key);
}

/** Text messages and calls: the number is where the data goes. */
// Forwarding rules name the number calls go to (`forwardingNumbers: [{ phoneNumber }]`); keys arrive lower-cased.
const PHONE_KEYS = new Set(['phone', 'phone_number', 'phonenumber', 'to_number', 'msisdn', 'mobile', 'sms_to', 'number', 'forwarding_number', 'forwardingnumber', 'forward_to_number']);
const PHONE_RE = /^\+?[\d\s().-]{7,20}$/;
// A date is digits and dashes too: `to: "2027-09-03"` ends a date range, it reaches no one.
const DATE_SHAPE = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$|^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$/;

function isPhoneNumber(value: string): boolean {
  const v = value.trim();
  return PHONE_RE.test(v) && !DATE_SHAPE.test(v) && (v.match(/\d/g)?.length ?? 0) >= 7;
}
const CHANNEL_KEYS = new Set(['channel', 'channel_id', 'channel_name', 'room', 'conversation']);
// A presigned upload or a git remote takes data out as surely as a webhook does.
const URL_KEYS = new Set([
  'url', 'webhook', 'webhook_url', 'endpoint', 'uri', 'callback_url', 'target_url', 'destination_url',
  'upload_url', 'presigned_url', 'signed_url', 'put_url', 'remote', 'remote_url', 'push_url',
]);
/**
 * `redirect_uri`, `notify_url`, `export_url`: where an OAuth code, a notification or an export is
 * sent. A URL that only names a thing (`image_url`, `profile_url`) is not a destination.
 */
const URL_KEY_SHAPE = /^(?:\w+_)?(?:redirect|return|notify|notification|callback|hook|export|delivery|forward|target|destination|post|push|sync|report|upload)_?(?:url|uri)$|_endpoint$/;

function isUrlKey(key: string): boolean {
  return URL_KEYS.has(key) || URL_KEY_SHAPE.test(key);
}

// M-Pesa's pay-bill and buy-goods calls name the business they pay by its Paybill or Till number.
const ACCOUNT_KEYS = new Set(['iban', 'account', 'account_number', 'acct', 'beneficiary_account', 'to_account', 'destination_account', 'business_number', 'paybill', 'paybill_number', 'till_number']);
/**
 * Whom a grant is for when the grantee is a cloud account, project, tenant or business rather than a
 * person: a snapshot shared with `account_id`, an image with `target_account_ids`, a role with a
 * `project`, a page with a `partner_business_id`.
 * Only a grant's arguments are read this way: elsewhere an account id names the record worked on.
 */
const GRANTEE_ACCOUNT_KEY = /^(?:(?:target|destination|grantee|shared?_with|to|aws|gcp|azure|cloud|partner|agency)_)?(?:account|project|tenant|subscription|organization|org|business|partner|agency)(?:_ids?|s)?$/;
const ACCOUNT_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{3,62}$/;

// The keys under which a record gives a person's own contact details, as opposed to naming an addressee (`to`, `recipient`).
const CONTACT_KEYS = new Set(['email', 'emails', 'phone', 'phone_number', 'phonenumber', 'mobile', 'msisdn']);
const BIRTH_DATE_KEY = /^(?:date_of_birth|dob|birth_?date|born(?:_on)?)$/;

/**
 * The objects of a call's arguments that describe a person: one that carries a national id or a
 * date of birth is a record about someone (a candidate sent for vetting, a member's id sent for
 * verification), so its phone and e-mail are that person's details travelling as payload, not
 * where the call sends: the service at the call's URL is.
 */
function personRecords(fields: readonly ArgumentField[]): ReadonlySet<number> {
  const out = new Set<number>();
  for (const f of fields) if (f.record !== undefined && (isNationalIdKey(f.key) || BIRTH_DATE_KEY.test(f.key))) out.add(f.record);
  return out;
}

/**
 * Where a call sends data, from its recipient-like arguments only: an address merely mentioned in
 * an e-mail body is content, not a destination, and nor is the contact of a person a record
 * describes (a grant's member stays a grantee, whatever else its record holds).
 */
export function destinationsFromArguments(fields: readonly ArgumentField[], includeUrls: boolean, grant = false): Destination[] {
  const out: Destination[] = [];
  const add = (kind: DestinationKind, value: string): void => {
    if (value.length === 0 || out.length >= MAX_PER_KIND) return;
    if (!out.some((d) => d.kind === kind && d.value === value)) out.push({ kind, value });
  };
  const people = grant ? new Set<number>() : personRecords(fields);
  // A payment names its rail beside the account number it pays (`channel: "FAST"`, `"EFT"`,
  // `"SEPA"`): the account is where the money goes, the channel only how. An `account` that is a
  // handle or a workspace (no number in it), or a channel written as one (`#finance`, `@ops`), leaves
  // a channel a channel.
  const payment = fields.some((f) => ACCOUNT_KEYS.has(f.key) && (f.value.match(/\d/g)?.length ?? 0) >= 6);
  const paymentRail = (value: string): boolean => payment && !/^\s*[#@]/.test(value);
  for (const { key, value, record } of fields) {
    if (record !== undefined && people.has(record) && CONTACT_KEYS.has(key)) continue;
    if (isRecipientKey(key) || PHONE_KEYS.has(key)) {
      for (const m of value.matchAll(EMAIL_RE)) {
        add('email', m[0].toLowerCase());
        if (m[1] !== undefined) add('email_domain', m[1].toLowerCase());
      }
      // A recipient that is a phone number (an SMS `to`), kept as its digits with the leading +.
      if (isPhoneNumber(value)) add('phone', value.trim().replace(/[^\d+]/g, ''));
    } else if (CHANNEL_KEYS.has(key)) {
      if (!paymentRail(value)) add('channel', value.trim().toLowerCase());
    } else if (isUrlKey(key) && includeUrls) {
      const host = hostOfUrl(value);
      if (host !== undefined) add('host', host);
    } else if (ACCOUNT_KEYS.has(key)) {
      const compact = normalizeIban(value);
      add('account', isValidIban(compact) ? compact : value.replace(/[\s-]/g, ''));
    } else if (grant && GRANTEE_ACCOUNT_KEY.test(key) && ACCOUNT_ID.test(value.trim())) {
      add('account', value.trim());
    } else if (grant) {
      // A policy's principal: the account of an ARN anywhere in the grant (Principal.AWS).
      for (const m of value.matchAll(AWS_ARN_ACCOUNT_RE)) if (m[1] !== undefined) add('account', m[1]);
      // Where the standing flow goes when the grant names it by URL (a log sink's destination) or
      // by domain (a calendar shared with everyone at a domain).
      const host = /^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim()) ? hostOfUrl(value) : undefined;
      if (host !== undefined) add('host', host);
      else if (isGranteeDomain({ key, value })) add('email_domain', value.trim().toLowerCase());
    }
  }
  // A PIX transfer pays a key, whatever kind of value the key is.
  for (const k of pixKeysOfCall(fields)) add('account', k);
  return out;
}

export function hasRecipientArgument(fields: readonly ArgumentField[]): boolean {
  // A shape-matched key (`assigned_to`) is a recipient only when it holds an address.
  return fields.some(
    (f) => RECIPIENT_KEYS.has(f.key) || PHONE_KEYS.has(f.key) || CHANNEL_KEYS.has(f.key) || ACCOUNT_KEYS.has(f.key) || (RECIPIENT_KEY_SHAPE.test(f.key) && f.value.includes('@')),
  );
}

/** An argument that names a whole domain as whom a grant is for (`domain: firm.example`). */
function isGranteeDomain({ key, value }: ArgumentField): boolean {
  return GRANTEE_DOMAIN_KEY.test(key) && DOMAIN_SHAPE.test(value.trim());
}

export function hasGranteeDomainArgument(fields: readonly ArgumentField[]): boolean {
  return fields.some(isGranteeDomain);
}

export function hasUrlArgument(fields: readonly ArgumentField[]): boolean {
  return fields.some((f) => isUrlKey(f.key) && hostOfUrl(f.value) !== undefined);
}

/**
 * Kinds that name infrastructure, not data: a session that changes dozens of them is a sweep, but
 * `namespace:payments` holds no payments, so none is a sensitive data resource. What an operations
 * agent changes in bulk: a database's sequences, a cluster's workloads and the nodes they run on
 * (draining every node at once takes the whole cluster down), a cloud's machines, disks and
 * functions, a message broker's queues, topics and streams and the clusters that run them, and the
 * monitors and alarms that watch it all (muting every one of them silences production).
 */
const INFRASTRUCTURE_KINDS: ReadonlySet<string> = new Set([
  'sequence', 'namespace', 'deployment', 'statefulset', 'daemonset', 'pod', 'node', 'instance', 'vm', 'volume', 'function',
  'queue', 'topic', 'stream', 'cluster', 'monitor', 'alarm',
]);

const RESOURCE_KEYS: ReadonlySet<string> = new Set([
  'table', 'tables', 'table_name', 'bucket', 'bucket_name', 'collection', 'index', 'index_name',
  'path', 'file', 'filepath', 'file_path', 'database', 'db', 'dataset', 'container', 'schema', 'repo', 'repository',
  ...INFRASTRUCTURE_KINDS,
  // The names the infrastructure kinds also go by in arguments (resourceKind strips the suffix).
  'node_name', 'instance_id', 'volume_id', 'function_name', 'queue_url', 'queue_name', 'topic_name', 'topic_arn', 'stream_name', 'cluster_name',
  'monitor_id', 'alarm_name',
]);

export function isDataResource(resource: string): boolean {
  const colon = resource.indexOf(':');
  return colon < 0 || !INFRASTRUCTURE_KINDS.has(resource.slice(0, colon));
}

function resourceKind(key: string): string {
  if (key.startsWith('table')) return 'table';
  if (key.startsWith('bucket')) return 'bucket';
  if (key.startsWith('index')) return 'index';
  if (key === 'file' || key.includes('path')) return 'path';
  if (key === 'db') return 'database';
  if (key === 'repository') return 'repo';
  if (/_(?:id|name|url|arn)$/.test(key)) return key.slice(0, key.lastIndexOf('_'));
  return key;
}

/** The names arguments give, as `kind:value` (lower-cased, at most 200 characters), for the keys `kindOf` gives a kind. */
function namedInArguments(fields: readonly ArgumentField[], kindOf: (key: string) => string | undefined): string[] {
  const out: string[] = [];
  for (const { key, value } of fields) {
    const kind = kindOf(key);
    if (kind === undefined) continue;
    const v = value.trim().toLowerCase();
    if (v.length === 0 || v.length > 200) continue;
    pushUnique(out, `${kind}:${v}`);
  }
  return out;
}

// A reference or a number identifies as an id does (`mandate_reference`, `contract_number`), but only
// as the name of something: a bare `reference` is a payment's free text.
const ID_KEY = /^(?:(.+)_)?ids?$|^(.+)_(?:uids?|refs?|references?|numbers?)$/;
// A feature flag is named, not numbered (Unleash's `feature`, LaunchDarkly's `flag_key`): switching
// off every flag of a project is the same sweep as disabling every user.
const FLAG_KEY = /^(?:feature|flag|toggle)(?:_?(?:name|key))?s?$/;

/**
 * What a blocking change applies to, by the identifiers it names (`vendor_id` → `vendor:vend-004`,
 * `mandate_reference` → `mandate:acme-b2b-0017`, a bare `id` by the tool's service, `feature` →
 * `feature:checkout-one-page`). Blocking every vendor, user or card at once, cancelling every
 * customer's mandate or switching off every feature is a sweep like deleting every bucket, though
 * none of them is a resource a read would name.
 */
export function blockedTargetsFromArguments(fields: readonly ArgumentField[], service: string): string[] {
  return namedInArguments(fields, (key) => {
    if (FLAG_KEY.test(key)) return 'feature';
    const m = RESOURCE_KEYS.has(key) ? null : ID_KEY.exec(key);
    return m === null ? undefined : (m[1] ?? m[2] ?? service);
  });
}

/** Named data resources (`table:customers`, `bucket:ops-logs`) a call touches. */
export function resourcesFromArguments(fields: readonly ArgumentField[]): string[] {
  return namedInArguments(fields, (key) => (RESOURCE_KEYS.has(key) ? resourceKind(key) : undefined));
}
