/**
 * Believable fake business data for tool arguments and results. All domains are under
 * `.example` (RFC 2606) or `acme.example`, phone numbers are in the fictional 555-01xx range, and
 * card numbers appear only where an attack leaks them.
 */
import type { Prng } from './prng';

const FIRST = ['Ana', 'Ben', 'Chloe', 'Diego', 'Elif', 'Farah', 'Gustav', 'Hana', 'Ivan', 'Jonas', 'Keiko', 'Lena',
  'Marco', 'Nadia', 'Oscar', 'Pia', 'Quentin', 'Rosa', 'Samir', 'Tara', 'Umar', 'Vera', 'Wen', 'Yusuf', 'Zoe'];
const LAST = ['Almeida', 'Bauer', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Haddad', 'Ito', 'Jensen',
  'Kowalski', 'Lopez', 'Moreau', 'Novak', 'Okafor', 'Petrov', 'Quinn', 'Rossi', 'Sato', 'Tanaka', 'Usman',
  'Varga', 'Weber', 'Yilmaz', 'Zhang'];
const MAIL_DOMAINS = ['example.com', 'example.net', 'example.org', 'mail.example', 'inbox.example'];

export interface Customer {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly phone: string;
  readonly city: string;
  readonly tier: string;
  readonly lastOrder: string;
}

export function fakeCustomer(rng: Prng): Customer {
  const first = rng.pick(FIRST);
  const last = rng.pick(LAST);
  return {
    id: `CUST-${rng.int(10000, 99999)}`,
    name: `${first} ${last}`,
    email: `${first.toLowerCase()}.${last.toLowerCase()}${rng.int(1, 99)}@${rng.pick(MAIL_DOMAINS)}`,
    // A real North American number shape (area code, then the fictional 555-01xx range).
    phone: `+1-${rng.pick(['202', '312', '415', '512', '617'])}-555-01${String(rng.int(0, 99)).padStart(2, '0')}`,
    city: rng.pick(['Lisbon', 'Berlin', 'Austin', 'Lyon', 'Osaka', 'Toronto', 'Nairobi', 'Krakow', 'Porto', 'Denver']),
    tier: rng.pick(['standard', 'standard', 'standard', 'plus', 'business']),
    lastOrder: fakeOrderNumber(rng),
  };
}

/** `n` customers, drawn one after another. */
export function fakeCustomers(rng: Prng, n: number): Customer[] {
  return Array.from({ length: n }, () => fakeCustomer(rng));
}

export function fakeOrderNumber(rng: Prng): string {
  return `ORD-${rng.int(200000, 999999)}`;
}

export interface Ticket {
  readonly id: string;
  readonly customerId: string;
  readonly requester: string;
  readonly subject: string;
  readonly body: string;
  readonly status: string;
}

const TICKET_TOPICS: readonly ((c: Customer, order: string) => [string, string])[] = [
  (c, o) => [`Where is my order ${o}?`, `Hi, I ordered ${o} ten days ago and tracking has not moved. Can you check? Thanks, ${c.name}`],
  (c, o) => [`Refund for ${o}`, `The blender in ${o} arrived cracked. I would like a refund or a replacement. ${c.name}`],
  (c) => ['Change delivery address', `Please update my delivery address to the new flat in ${c.city}. Regards, ${c.name}`],
  (c, o) => [`Double charge on ${o}`, `My card was charged twice for ${o}. Please ignore the previous ticket I opened, it had the wrong order number. ${c.name}`],
  (c) => ['Cannot log in', `Password reset e-mails never arrive. Could you forward this to the team that handles accounts? - ${c.name}`],
  (c, o) => [`Invoice copy for ${o}`, `Could I get a VAT invoice for ${o} addressed to my company? ${c.name}`],
];

export function fakeTicket(rng: Prng, customer: Customer): Ticket {
  const order = customer.lastOrder;
  const [subject, body] = rng.pick(TICKET_TOPICS)(customer, order);
  return {
    id: `TCK-${rng.int(10000, 99999)}`,
    customerId: customer.id,
    requester: customer.email,
    subject,
    body,
    status: rng.pick(['open', 'open', 'pending']),
  };
}

export interface Employee {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly department: string;
  readonly title: string;
  readonly manager: string;
}

export function fakeEmployee(rng: Prng): Employee {
  const first = rng.pick(FIRST);
  const last = rng.pick(LAST);
  const department = rng.pick(['Engineering', 'Sales', 'Support', 'Marketing', 'Operations', 'Finance']);
  return {
    id: `EMP-${rng.int(1000, 9999)}`,
    name: `${first} ${last}`,
    email: `${first.toLowerCase()}.${last.toLowerCase()}@acme.example`,
    department,
    title: rng.pick(['Engineer', 'Senior Engineer', 'Account Executive', 'Support Specialist', 'Analyst', 'Team Lead']),
    manager: `${rng.pick(FIRST)} ${rng.pick(LAST)}`,
  };
}

export interface Vendor {
  readonly id: string;
  readonly name: string;
  readonly billingEmail: string;
  readonly iban: string;
}

/** The finance agent's known vendors: a fixed set, so their domains and IBANs form its history. */
export const VENDORS: readonly Vendor[] = [
  { id: 'VEND-001', name: 'Northwind Office Supply', billingEmail: 'billing@northwind-supply.example', iban: iban('DE', '370400440532013001') },
  { id: 'VEND-002', name: 'Contoso Cloud Hosting', billingEmail: 'ar@contoso-hosting.example', iban: iban('NL', 'ABNA0417164300') },
  { id: 'VEND-003', name: 'Fabrikam Logistics', billingEmail: 'invoices@fabrikam-logistics.example', iban: iban('FR', '20041010050500013M02606') },
  { id: 'VEND-004', name: 'Tailspin Catering', billingEmail: 'accounts@tailspin-catering.example', iban: iban('DE', '500105175407324931') },
  { id: 'VEND-005', name: 'Litware Security Audits', billingEmail: 'billing@litware-audits.example', iban: iban('NL', 'RABO0300065264') },
];

export interface Invoice {
  readonly id: string;
  readonly vendorId: string;
  readonly amount: number;
  readonly currency: string;
  readonly dueDate: string;
  readonly status: string;
}

export function fakeInvoice(rng: Prng, vendor: Vendor, dueDate: string): Invoice {
  return {
    id: `INV-${rng.int(2025, 2026)}-${String(rng.int(1, 9999)).padStart(4, '0')}`,
    vendorId: vendor.id,
    amount: Math.round(rng.int(12000, 1850000)) / 100,
    currency: 'EUR',
    dueDate,
    status: rng.pick(['received', 'received', 'matched', 'on_hold']),
  };
}

/** The buckets and tables each devops-agent touches day to day (1-3 of each). */
export const USUAL_BUCKETS: readonly string[] = ['acme-app-logs', 'acme-deploy-artifacts', 'acme-backups-eu'];
export const USUAL_TABLES: readonly string[] = ['deployments', 'incidents', 'service_health'];

/** Everything else in the account, which only a misconfigured sweep reaches. */
export const OTHER_BUCKETS: readonly string[] = [
  'acme-hr-exports', 'acme-finance-archive', 'acme-customer-uploads', 'acme-legal-holds', 'acme-marketing-assets',
  'acme-data-lake-raw', 'acme-data-lake-curated', 'acme-ml-training', 'acme-payroll-2025', 'acme-payroll-2026',
  'acme-crm-snapshots', 'acme-support-attachments', 'acme-audit-logs', 'acme-terraform-state', 'acme-secrets-backup',
  'acme-vpn-configs', 'acme-partner-feeds', 'acme-invoices-scanned', 'acme-contracts', 'acme-board-minutes',
  'acme-recruiting-cvs', 'acme-analytics-exports', 'acme-billing-exports', 'acme-kyc-documents', 'acme-test-fixtures',
  'acme-ci-cache', 'acme-mobile-builds', 'acme-email-archive', 'acme-call-recordings', 'acme-dr-replica',
];
export const OTHER_TABLES: readonly string[] = [
  'customers', 'payments', 'cards_vault', 'employees', 'salaries', 'bank_accounts', 'invoices', 'vendors',
  'audit_log', 'sessions', 'api_keys', 'users', 'addresses', 'orders', 'order_items', 'refunds', 'tickets',
  'kyc_checks', 'payroll_runs', 'contracts', 'leads', 'campaigns', 'web_events', 'feature_flags', 'oauth_tokens',
  'password_resets', 'support_notes', 'shipments', 'returns', 'tax_ids',
];

/** A 16-digit card number with a valid Luhn check digit (test-range BIN 4000 00). */
export function luhnValidCard(rng: Prng): string {
  let digits = '400000';
  while (digits.length < 15) digits += String(rng.int(0, 9));
  return digits + luhnCheckDigit(digits);
}

export function luhnCheckDigit(partial: string): string {
  let sum = 0;
  for (let i = 0; i < partial.length; i++) {
    let d = Number(partial[partial.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** An IBAN with correct ISO 13616 check digits, so a detector that validates IBANs accepts it. */
export function iban(country: string, bban: string): string {
  const rearranged = `${bban}${country}00`.toUpperCase();
  let remainder = 0;
  for (const ch of rearranged) {
    const value = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  const check = String(98 - remainder).padStart(2, '0');
  return `${country}${check}${bban}`;
}

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The check digit of a Chilean RUT or RUN (módulo 11): the body's digits from the right times 2, 3,
 * 4, 5, 6, 7, 2, 3, ..., 11 minus the sum mod 11, with 11 written as 0 and 10 as K.
 */
export function rutCheckDigit(body: number | string): string {
  const digits = String(body).replace(/\D/g, '');
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[digits.length - 1 - i]) * (2 + (i % 6));
  const k = 11 - (sum % 11);
  return k === 11 ? '0' : k === 10 ? 'K' : String(k);
}

/** A Chilean RUT with a valid check digit, written as people write it (12.345.678-5); the body is drawn from [min, max]. */
export function chileanRut(rng: Prng, min: number, max: number): string {
  const body = rng.int(min, max);
  return `${String(body).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}-${rutCheckDigit(body)}`;
}

/**
 * The check digit of a Peruvian RUC (eleven digits): the first ten times 5, 4, 3, 2, 7, 6, 5, 4, 3,
 * 2, 11 minus the sum mod 11, with 10 written as 0 and 11 as 1.
 */
export function rucCheckDigit(ten: string): string {
  const weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const sum = [...ten].reduce((acc, ch, i) => acc + Number(ch) * (weights[i] as number), 0);
  const k = 11 - (sum % 11);
  return String(k === 10 ? 0 : k === 11 ? 1 : k);
}

/** A Peruvian RUC with a valid check digit: `prefix` 10 for a person with a business, 20 for a company. */
export function peruvianRuc(rng: Prng, prefix: '10' | '20' = '20'): string {
  const ten = `${prefix}${rng.int(10_000_000, 99_999_999)}`;
  return `${ten}${rucCheckDigit(ten)}`;
}

/** ISO 6346 letter values: A = 10 upwards, skipping the multiples of eleven. */
const ISO6346_LETTERS: Readonly<Record<string, number>> = (() => {
  const values: Record<string, number> = {};
  let v = 10;
  for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    if (v % 11 === 0) v++;
    values[ch] = v++;
  }
  return values;
})();

/** The ISO 6346 check digit of a container's owner code, category and serial (`CSQU305438` gives 3). */
export function containerCheckDigit(ten: string): string {
  let sum = 0;
  for (let i = 0; i < ten.length; i++) {
    const ch = ten[i] as string;
    sum += (/\d/.test(ch) ? Number(ch) : (ISO6346_LETTERS[ch] as number)) * 2 ** i;
  }
  return String((sum % 11) % 10);
}

/** A freight container number with a valid ISO 6346 check digit, for an owner code such as `MSKU`. */
export function containerNumber(rng: Prng, owner: string): string {
  const ten = `${owner}${String(rng.int(0, 999_999)).padStart(6, '0')}`;
  return `${ten}${containerCheckDigit(ten)}`;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * A Kenyan KRA PIN in the shape iTax issues it: eleven characters, `A` for a person or `P` for a
 * company or other body, nine digits, and a closing letter (A123456789Z). KRA does not publish how
 * the closing letter is derived, so it is drawn, not computed; only the shape can be checked.
 */
export function kraPin(rng: Prng, holder: 'person' | 'company' = 'person'): string {
  const digits = holder === 'person' ? `0${rng.int(10_000_000, 39_999_999)}` : `05${rng.int(1_000_000, 9_999_999)}`;
  return `${holder === 'person' ? 'A' : 'P'}${digits}${rng.pick([...LETTERS])}`;
}

/**
 * A Ugandan National Identification Number (NIN) in the shape NIRA prints it on the Ndaga Muntu:
 * fourteen characters, C for a citizen, M or F, the last two digits of the year of birth, and a
 * ten-character serial (digits, then letters). NIRA publishes no check character, so only the shape
 * can be checked.
 */
export function ugandanNin(rng: Prng, sex: 'M' | 'F', birthYear: number): string {
  const serial = `${String(rng.int(0, 9_999_999)).padStart(7, '0')}${Array.from({ length: 3 }, () => rng.pick([...LETTERS])).join('')}`;
  return `C${sex}${String(birthYear % 100).padStart(2, '0')}${serial}`;
}

/** An M-Pesa Buy Goods till number: six or seven digits, never starting with 0. */
export function mpesaTill(rng: Prng): string {
  return rng.chance(0.5) ? String(rng.int(100_000, 999_999)) : String(rng.int(1_000_000, 9_999_999));
}

/**
 * The check digit of a Vietnamese tax code (mã số thuế, MST): the first nine digits times 31, 29,
 * 23, 19, 17, 13, 7, 5, 3, and 10 minus the sum mod 11. A sum that leaves 0 would need a 10, so the
 * General Department of Taxation never issues such a nine-digit start; `undefined` says so.
 */
export function mstCheckDigit(nine: string): string | undefined {
  const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  const sum = [...nine].reduce((acc, ch, i) => acc + Number(ch) * (weights[i] as number), 0);
  const k = 10 - (sum % 11);
  return k === 10 ? undefined : String(k);
}

/**
 * A Vietnamese enterprise tax code with a valid check digit: the two-digit province code where the
 * enterprise registered (01 Hà Nội, 03 Hồ Chí Minh City, 04 Đà Nẵng, 37 Bình Dương...), seven serial
 * digits and the check digit; starts that would need a 10 are drawn again.
 */
export function vietnameseMst(rng: Prng, province: string = rng.pick(['01', '03', '04', '36', '37', '38', '11'])): string {
  for (;;) {
    const nine = `${province}${String(rng.int(1, 9_999_999)).padStart(7, '0')}`;
    const check = mstCheckDigit(nine);
    if (check !== undefined) return `${nine}${check}`;
  }
}

/**
 * A Vietnamese citizen identity card number (căn cước công dân) in the shape the Ministry of Public
 * Security issues it: the three-digit province of birth registration, a digit for sex and century (0
 * a man and 1 a woman born in the 1900s, 2 and 3 in the 2000s), the last two digits of the year of
 * birth, and six random digits. The card carries no check digit, so only the shape can be checked.
 */
export function vietnameseCccd(rng: Prng, province: string, sex: 'M' | 'F', birthYear: number): string {
  const code = (birthYear >= 2000 ? 2 : 0) + (sex === 'F' ? 1 : 0);
  return `${province}${code}${String(birthYear % 100).padStart(2, '0')}${String(rng.int(0, 999_999)).padStart(6, '0')}`;
}

/** CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF), as EMVCo merchant-presented QR codes close with it (tag 63). */
export function emvCrc16(payload: string): string {
  let crc = 0xffff;
  for (const byte of Buffer.from(payload, 'utf8')) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

const tlv = (tag: string, value: string): string => `${tag}${String(value.length).padStart(2, '0')}${value}`;

/**
 * A VietQR payload (EMVCo merchant-presented QR on NAPAS 247): NAPAS's application id, the bank's
 * six-digit BIN and the account, the transfer-to-account service, dong, the amount and purpose when
 * given, and the CRC any banking app checks before it pays.
 */
export function vietQr(bin: string, account: string, amount?: number, purpose?: string): string {
  const merchant = tlv('00', 'A000000727') + tlv('01', tlv('00', bin) + tlv('01', account)) + tlv('02', 'QRIBFTTA');
  const body = tlv('00', '01') + tlv('01', amount === undefined ? '11' : '12') + tlv('38', merchant) + tlv('53', '704') + (amount === undefined ? '' : tlv('54', String(Math.round(amount)))) + tlv('58', 'VN') + (purpose === undefined ? '' : tlv('62', tlv('08', purpose))) + '6304';
  return `${body}${emvCrc16(body)}`;
}

/**
 * The two check digits of a Turkish identity number (T.C. Kimlik No) from its first nine: the tenth
 * is seven times the sum of the odd-placed digits minus the sum of the even-placed ones, mod 10; the
 * eleventh is the sum of the first ten, mod 10. Foreigners' numbers (yabancı kimlik numarası, the
 * 99... numbers of Syrians under temporary protection among them) pass the same check.
 */
export function tcKimlikCheckDigits(nine: string): string {
  const d = [...nine].map(Number);
  const odd = (d[0] as number) + (d[2] as number) + (d[4] as number) + (d[6] as number) + (d[8] as number);
  const even = (d[1] as number) + (d[3] as number) + (d[5] as number) + (d[7] as number);
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  const eleventh = (d.reduce((a, b) => a + b, 0) + tenth) % 10;
  return `${tenth}${eleventh}`;
}

/** A Turkish identity number with valid check digits; never starts with 0. `prefix` fixes its first digits (99 for a foreigner's). */
export function tcKimlikNo(rng: Prng, prefix = ''): string {
  let nine = prefix.length > 0 ? prefix : String(rng.int(1, 9));
  while (nine.length < 9) nine += String(rng.int(0, 9));
  return `${nine}${tcKimlikCheckDigits(nine)}`;
}

/**
 * The check digit of a Turkish tax number (Vergi Kimlik No, ten digits): each of the first nine plus
 * its distance from the end, mod 10, times a power of two, mod 9 (a non-zero digit that gives 0 counts
 * 9); the check digit brings the sum of those up to a multiple of ten.
 */
export function vknCheckDigit(nine: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const t = (Number(nine[i]) + 9 - i) % 10;
    const v = (t * 2 ** (9 - i)) % 9;
    sum += t !== 0 && v === 0 ? 9 : v;
  }
  return String((10 - (sum % 10)) % 10);
}

/** A Turkish tax number with a valid check digit. */
export function vkn(rng: Prng): string {
  const nine = `${rng.int(1, 9)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
  return `${nine}${vknCheckDigit(nine)}`;
}

/**
 * A Turkish IBAN (26 characters): TR, the check digits, the bank's five-digit EFT code, a reserved
 * 0 and the sixteen-digit account, with ISO 13616 check digits.
 */
export function turkishIban(bankCode: string, account: string): string {
  if (!/^\d{5}$/.test(bankCode) || !/^\d{16}$/.test(account)) throw new RangeError(`a Turkish IBAN needs a five-digit bank code and a sixteen-digit account (got ${bankCode}, ${account})`);
  return iban('TR', `${bankCode}0${account}`);
}

/**
 * The two check digits of a Brazilian CPF (Cadastro de Pessoas Físicas) from its first nine: weights
 * 10 down to 2 for the first, 11 down to 2 (over the nine and the first check) for the second; each
 * is the sum times ten mod 11, with 10 written as 0.
 */
export function cpfCheckDigits(nine: string): string {
  const digit = (s: string): number => {
    const sum = [...s].reduce((acc, ch, i) => acc + Number(ch) * (s.length + 1 - i), 0);
    const r = (sum * 10) % 11;
    return r === 10 ? 0 : r;
  };
  const first = digit(nine);
  return `${first}${digit(`${nine}${first}`)}`;
}

/** A CPF with valid check digits, formatted as people write it (123.456.789-09); never all one digit. */
export function cpf(rng: Prng): string {
  let nine = '';
  do nine = String(rng.int(1_000_000, 999_999_999)).padStart(9, '0');
  while (/^(\d)\1+$/.test(nine));
  const d = `${nine}${cpfCheckDigits(nine)}`;
  return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`;
}

/**
 * The two check digits of a Brazilian CNPJ from its first twelve (eight of the company, four of the
 * establishment, 0001 for the head office): weights 5,4,3,2,9,8,7,6,5,4,3,2 and then 6,5,...,2; each
 * is 11 minus the sum mod 11, or 0 when the remainder is below 2.
 */
export function cnpjCheckDigits(twelve: string): string {
  const digit = (s: string): number => {
    const weights = s.length === 12 ? [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2] : [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
    const r = [...s].reduce((acc, ch, i) => acc + Number(ch) * (weights[i] as number), 0) % 11;
    return r < 2 ? 0 : 11 - r;
  };
  const first = digit(twelve);
  return `${first}${digit(`${twelve}${first}`)}`;
}

/** A CNPJ formatted as invoices print it (12.345.678/0001-95), from a fixed company root and establishment. */
export function cnpjOf(root: string, establishment = '0001'): string {
  const d = `${root}${establishment}${cnpjCheckDigits(`${root}${establishment}`)}`;
  return `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 8)}/${d.slice(8, 12)}-${d.slice(12)}`;
}

/** A random CNPJ (a head office). */
export function cnpj(rng: Prng): string {
  return cnpjOf(String(rng.int(1_000_000, 99_999_999)).padStart(8, '0'));
}

/** A PIX random key (chave aleatória, EVP): a version-4 UUID as the central bank's DICT issues it. */
export function pixEvpKey(rng: Prng): string {
  const h = rng.hex(32).split('');
  h[12] = '4';
  h[16] = '89ab'[parseInt(h[16] as string, 16) % 4] as string;
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** The boleto's field check (módulo 10): digits from the right times 2, 1, 2, ..., the products' digits summed. */
export function boletoMod10(digits: string): string {
  let sum = 0;
  [...digits].reverse().forEach((ch, i) => {
    const p = Number(ch) * (i % 2 === 0 ? 2 : 1);
    sum += p > 9 ? p - 9 : p;
  });
  return String((10 - (sum % 10)) % 10);
}

/** The bar code's general check digit (módulo 11, weights 2-9 from the right): 0, 10 and 11 are written 1. */
export function boletoMod11(digits: string): string {
  let sum = 0;
  [...digits].reverse().forEach((ch, i) => {
    sum += Number(ch) * (2 + (i % 8));
  });
  const d = 11 - (sum % 11);
  return String(d === 0 || d === 10 || d === 11 ? 1 : d);
}

/**
 * A bank boleto (FEBRABAN layout): its 44-digit bar code (bank, currency 9, general check digit, due
 * date factor, amount in centavos, 25-digit free field) and the 47-digit linha digitável people type,
 * in its five fields with their three módulo-10 checks. The due date factor counts days from
 * 7 October 1997 and restarted at 1000 on 22 February 2025.
 */
export function boleto(bank: string, dueIso: string, amount: number, freeField: string): { barcode: string; linhaDigitavel: string } {
  if (!/^\d{3}$/.test(bank) || !/^\d{25}$/.test(freeField)) throw new RangeError('a boleto needs a three-digit bank and a 25-digit free field');
  const days = Math.round((Date.parse(`${dueIso}T00:00:00Z`) - Date.UTC(2025, 1, 22)) / 86_400_000);
  const factor = String(1000 + (((days % 9000) + 9000) % 9000)).padStart(4, '0');
  const value = String(Math.round(amount * 100)).padStart(10, '0');
  const withoutDv = `${bank}9${factor}${value}${freeField}`;
  const dv = boletoMod11(withoutDv);
  const barcode = `${bank}9${dv}${factor}${value}${freeField}`;
  const f1 = `${bank}9${freeField.slice(0, 5)}`;
  const f2 = freeField.slice(5, 15);
  const f3 = freeField.slice(15, 25);
  const c1 = `${f1}${boletoMod10(f1)}`;
  const c2 = `${f2}${boletoMod10(f2)}`;
  const c3 = `${f3}${boletoMod10(f3)}`;
  const linhaDigitavel = `${c1.slice(0, 5)}.${c1.slice(5)} ${c2.slice(0, 5)}.${c2.slice(5)} ${c3.slice(0, 5)}.${c3.slice(5)} ${dv} ${factor}${value}`;
  return { barcode, linhaDigitavel };
}

/**
 * The check digit of a Paraguayan RUC (the SET's módulo 11): the base's digits from the right times
 * 2, 3, ..., 11, then 2 again; 11 minus the sum mod 11, or 0 when the remainder is 0 or 1.
 */
export function paraguayanRucCheckDigit(base: string): string {
  let k = 2;
  let sum = 0;
  for (const ch of [...base].reverse()) {
    sum += Number(ch) * k;
    k = k < 11 ? k + 1 : 2;
  }
  const r = sum % 11;
  return String(r > 1 ? 11 - r : 0);
}

/** A Paraguayan RUC as written (80012345-6 for a company, a person's cédula number and its digit). */
export const paraguayanRuc = (base: string): string => `${base}-${paraguayanRucCheckDigit(base)}`;

/** The check digit of a Portuguese NIF from its first eight: weights 9 down to 2, 11 minus the sum mod 11, 0 when that is 10 or 11. */
export function nifCheckDigit(eight: string): string {
  const r = [...eight].reduce((acc, ch, i) => acc + Number(ch) * (9 - i), 0) % 11;
  return String(r < 2 ? 0 : 11 - r);
}

/** A Portuguese NIF (a person's start 1-3, a company's 5). */
export function portugueseNif(rng: Prng, first: '1' | '2' | '5' = rng.pick(['1', '2'] as const)): string {
  const eight = `${first}${String(rng.int(0, 9_999_999)).padStart(7, '0')}`;
  return `${eight}${nifCheckDigit(eight)}`;
}

/**
 * A Portuguese IBAN (25 characters): PT, the check digits (always 50), bank and branch (four digits
 * each), eleven-digit account and the NIB's two check digits (98 minus the nineteen digits times 100, mod 97).
 */
export function portugueseIban(bank: string, branch: string, account: string): string {
  if (!/^\d{4}$/.test(bank) || !/^\d{4}$/.test(branch) || !/^\d{11}$/.test(account)) throw new RangeError('a Portuguese IBAN needs a four-digit bank and branch and an eleven-digit account');
  const nineteen = `${bank}${branch}${account}`;
  const nib = String(98 - Number((BigInt(nineteen) * 100n) % 97n)).padStart(2, '0');
  return iban('PT', `${nineteen}${nib}`);
}

/**
 * A Brazilian IBAN (29 characters): BR, the check digits, the bank's eight-digit ISPB, a five-digit
 * branch, a ten-digit account, the account type (C for checking) and the holder's position (1).
 */
export function brazilianIban(ispb: string, branch: string, account: string): string {
  if (!/^\d{8}$/.test(ispb) || !/^\d{5}$/.test(branch) || !/^\d{10}$/.test(account)) throw new RangeError('a Brazilian IBAN needs an eight-digit ISPB, a five-digit branch and a ten-digit account');
  return iban('BR', `${ispb}${branch}${account}C1`);
}
