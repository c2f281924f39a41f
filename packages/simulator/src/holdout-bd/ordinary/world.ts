/**
 * holdout-bd's world: Acme Textiles (Acme Tekstil Sanayi ve Ticaret A.Ş.), a textile and ready-made
 * garment exporter with its head office, design studio and sample room in Merter, Istanbul, a weaving
 * and dyeing plant in the Denizli organised industrial zone (terry towels, bathrobes and woven shirting,
 * some seven hundred workers, many of them on piece rates), a sourcing office in Tbilisi that places
 * sewing with Georgian ateliers and a sales office in Casablanca that serves the Spanish brands with
 * Moroccan ateliers close to them. It sells to European fashion and home-textile brands in Germany, the
 * Netherlands, Spain and the United Kingdom (orders by EDI, by the brands' supplier portals and by
 * mail), invoices them by e-Fatura in euros and pounds, buys cotton yarn in Uzbekistan, Egypt and India
 * and trims in China (dollar wires from İş Bankası), pays its Turkish suppliers and the subcontracted
 * ateliers of Bağcılar and Güngören by FAST and EFT, the Georgian ateliers in lari from TBC Bank and the
 * Moroccan ones in dirhams from Attijariwafa. Its people, buyers, suppliers and the numbers its records
 * carry (tax numbers and identity numbers with their real check digits, Turkish and Georgian IBANs,
 * phone numbers in +90, +995 and +212) are shared by the ordinary workflows (ordinary/*.ts) and the
 * labelled sessions, so both speak of the same company.
 */
import { iban, isoDate, tcKimlikNo, turkishIban, vknCheckDigit } from '../../fake-data';
import type { Prng } from '../../prng';

export { isoDate, turkishIban };

/** A fixed tax number with a valid check digit from its first nine digits, so counterparties keep their numbers whatever the seed. */
export const vknFrom = (nine: string): string => `${nine}${vknCheckDigit(nine)}`;

export const COMPANY = 'Acme Tekstil Sanayi ve Ticaret A.Ş.';
export const COMPANY_EN = 'Acme Textiles';
export const COMPANY_DOMAIN = 'acme-tekstil.example';
export const COMPANY_VKN = vknFrom('004718362');
export const TAX_OFFICE = 'Merter Vergi Dairesi';
/** The Denizli plant's SGK workplace registration number (işyeri sicil numarası), as e-Bildirge prints it. */
export const SGK_WORKPLACE_NO = '2 1312 01 01 1184736 020 09 16 000';

export const OFFICES = ['Merter', 'Denizli', 'Tbilisi', 'Casablanca'] as const;
export type Office = (typeof OFFICES)[number];
export type Country = 'TR' | 'GE' | 'MA';
export const COUNTRY_OF: Readonly<Record<Office, Country>> = { Merter: 'TR', Denizli: 'TR', Tbilisi: 'GE', Casablanca: 'MA' };

/** Who asks the agents for things. User ids ending `.dnz` work at the Denizli plant, `.tbs` in Tbilisi, `.cas` in Casablanca, the others in Merter. */
export const EXPORT_DESK: readonly string[] = ['ihracat.elif', 'ihracat.burak', 'export.mert', 'ventes.salma.cas'];
export const OUTLET_DESK: readonly string[] = ['outlet.zeynep', 'outlet.emre'];
export const LOGISTICS_DESK: readonly string[] = ['lojistik.hakan', 'lojistik.derya', 'sevkiyat.ali.dnz'];
export const PLANNING_DESK: readonly string[] = ['planlama.ozlem.dnz', 'kalite.serkan.dnz', 'sourcing.nino.tbs'];
export const HR_STAFF: readonly string[] = ['ik.aysegul', 'ik.murat.dnz', 'ik.fatma.dnz', 'hr.tamar.tbs', 'rh.khadija.cas'];
export const ACCOUNTANTS: readonly string[] = ['muhasebe.gulsen', 'muhasebe.cem', 'finans.oguz', 'muhasebe.hatice.dnz', 'finance.giorgi.tbs', 'compta.youssef.cas'];
export const CFO = 'cfo.kemal';
export const IT_STAFF: readonly string[] = ['bt.tolga', 'bt.sinan.dnz', 'it.levan.tbs'];

export const officeOf = (userId: string): Office => (userId.endsWith('.dnz') ? 'Denizli' : userId.endsWith('.tbs') ? 'Tbilisi' : userId.endsWith('.cas') ? 'Casablanca' : 'Merter');

const TR_FIRST_F = ['Ayşe', 'Fatma', 'Emine', 'Hatice', 'Zeynep', 'Elif', 'Merve', 'Esra', 'Özlem', 'Derya', 'Gülsen', 'Sevgi', 'Büşra', 'Hülya', 'Kübra', 'Songül', 'Nurcan', 'Tuğba'];
const TR_FIRST_M = ['Mehmet', 'Mustafa', 'Ahmet', 'Ali', 'Hüseyin', 'Hasan', 'İbrahim', 'Murat', 'Emre', 'Burak', 'Serkan', 'Hakan', 'Oğuz', 'Kemal', 'Tolga', 'Sinan', 'Yusuf', 'Ramazan', 'Osman', 'Cem'];
const TR_LAST = ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Yıldırım', 'Öztürk', 'Aydın', 'Özdemir', 'Arslan', 'Doğan', 'Kılıç', 'Aslan', 'Çetin', 'Kara', 'Koç', 'Kurt', 'Özkan', 'Şimşek', 'Polat', 'Erdoğan', 'Güneş', 'Akbulut', 'Karataş', 'Tekin'];
const GE_FIRST_F = ['Nino', 'Tamar', 'Mariam', 'Ana', 'Salome', 'Eka', 'Natia', 'Ketevan'];
const GE_FIRST_M = ['Giorgi', 'Levan', 'Davit', 'Irakli', 'Luka', 'Nikoloz', 'Zurab', 'Tornike'];
const GE_LAST = ['Beridze', 'Kapanadze', 'Gelashvili', 'Lomidze', 'Maisuradze', 'Tsiklauri', 'Japaridze', 'Kvaratskhelia', 'Abashidze', 'Chkheidze'];
const MA_FIRST_F = ['Khadija', 'Salma', 'Fatima Zahra', 'Imane', 'Hajar', 'Nadia', 'Souad', 'Meryem'];
const MA_FIRST_M = ['Youssef', 'Hamza', 'Mehdi', 'Anas', 'Rachid', 'Abdelilah', 'Said', 'Othmane'];
const MA_LAST = ['El Amrani', 'Benali', 'Bennani', 'Alaoui', 'Tazi', 'Berrada', 'Idrissi', 'Chraibi', 'El Fassi', 'Ouazzani'];
const SY_FIRST_F = ['Layla', 'Rahaf', 'Hiba', 'Nour', 'Amal'];
const SY_FIRST_M = ['Ahmad', 'Mohammad', 'Rami', 'Omar', 'Khaled', 'Abdulrahman', 'Bilal'];
const SY_LAST = ['Al-Halabi', 'Al-Hamwi', 'Darwish', 'Khatib', 'Al-Masri', 'Shaheen', 'Najjar'];

/** Where a person's papers come from: a Turkish citizen, a Syrian under temporary protection (a 99 number), a Georgian or a Moroccan. */
export type Origin = 'TR' | 'SY' | 'GE' | 'MA';

export function personName(rng: Prng, origin: Origin = 'TR', sex: 'M' | 'F' = rng.chance(0.45) ? 'F' : 'M'): string {
  const [first, last] = origin === 'GE' ? [sex === 'F' ? GE_FIRST_F : GE_FIRST_M, GE_LAST] : origin === 'MA' ? [sex === 'F' ? MA_FIRST_F : MA_FIRST_M, MA_LAST] : origin === 'SY' ? [sex === 'F' ? SY_FIRST_F : SY_FIRST_M, SY_LAST] : [sex === 'F' ? TR_FIRST_F : TR_FIRST_M, TR_LAST];
  return `${rng.pick(first)} ${rng.pick(last)}`;
}

/** Plain ASCII for an e-mail local part: Turkish ı and İ have no decomposition, so they are mapped before the accents go. */
export const ascii = (s: string): string => s.replace(/İ/g, 'i').replace(/ı/g, 'i').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '');

/**
 * A mobile number in the fictional 555 block the simulator keeps to: Turkish (+90, a 5xx operator
 * code), Georgian (+995, nine digits from 5) or Moroccan (+212, nine digits from 6 or 7).
 */
export function mobileOf(rng: Prng, country: Country): string {
  const tail = (n: number): string => String(rng.int(0, 10 ** n - 1)).padStart(n, '0');
  if (country === 'GE') return `+995 5${rng.pick(['55', '57', '58', '59', '91', '93', '95', '97', '98', '99'])} 555 ${tail(3)}`;
  if (country === 'MA') return `+212 ${rng.pick(['61', '62', '64', '65', '66', '67', '68', '70', '77'])}${rng.int(0, 9)} 555 ${tail(3)}`;
  return `+90 5${rng.pick(['30', '32', '33', '35', '36', '38', '42', '43', '44', '05', '06', '07', '52', '53'])} 555 ${tail(2)} ${tail(2)}`;
}

/** The number as an API takes it: digits only, with the country code. */
export const msisdn = (phone: string): string => phone.replace(/\D/g, '');
/** The number as people write it at home: 0532 555 12 34 in Turkey, 599 555 123 in Georgia, 0661 555 123 in Morocco. */
export const localPhone = (phone: string): string => (phone.startsWith('+995 ') ? phone.slice(5) : `0${phone.replace(/^\+\d+ /, '')}`);

/**
 * The identity number a person's papers carry: a Turkish identity number, a foreigner's 99 number
 * (both with their check digits), a Georgian personal number (eleven digits, no public check) or a
 * Moroccan CIN (Casablanca's start with B).
 */
export function nationalId(rng: Prng, origin: Origin): string {
  if (origin === 'SY') return tcKimlikNo(rng, '99');
  if (origin === 'GE') return `0${rng.int(1, 6)}${String(rng.int(0, 999_999_999)).padStart(9, '0')}`;
  if (origin === 'MA') return `${rng.pick(['B', 'BE', 'BH', 'BK', 'BJ'])}${rng.int(100_000, 999_999)}`;
  return tcKimlikNo(rng);
}

/** The EFT codes of the banks the company and its people use: the five digits after TRkk in an IBAN. */
export const TR_BANK_CODE: Readonly<Record<string, string>> = {
  'Ziraat Bankası': '00010',
  Halkbank: '00012',
  VakıfBank: '00015',
  TEB: '00032',
  Akbank: '00046',
  'Garanti BBVA': '00062',
  'İş Bankası': '00064',
  'Yapı Kredi': '00067',
  QNB: '00111',
  DenizBank: '00134',
  'Kuveyt Türk': '00205',
  'Vakıf Katılım': '00210',
};

/** A Turkish IBAN at a named bank. */
export const trIban = (bank: string, account: string): string => turkishIban(TR_BANK_CODE[bank]!, account);
/** A Georgian IBAN (GE, check digits, the bank's two letters, sixteen digits): TBC is TB, Bank of Georgia BG. */
export const georgianIban = (bank: 'TB' | 'BG', account: string): string => iban('GE', `${bank}${account}`);
/** A German IBAN (bank code, ten-digit account). */
export const germanIban = (bankCode: string, account: string): string => iban('DE', `${bankCode}${account}`);
/** An Egyptian IBAN (bank, branch, seventeen-digit account): 29 characters. */
export const egyptianIban = (bank: string, branch: string, account: string): string => iban('EG', `${bank}${branch}${account}`);

/** A random sixteen-digit Turkish account number (branch and customer number, as the banks print them). */
export const trAccount = (rng: Prng): string => `${String(rng.int(1_000, 9_999))}${String(rng.int(0, 99_999_999)).padStart(8, '0')}${String(rng.int(0, 9_999)).padStart(4, '0')}`;

/** The company's own accounts: İş Bankası Merter for lira, euro, dollar and sterling, Garanti for payroll, TBC in Tbilisi, Attijariwafa in Casablanca. */
export const ACME_ACCOUNTS = {
  tryMain: trIban('İş Bankası', '1072000418836201'),
  eur: trIban('İş Bankası', '1072000418836317'),
  usd: trIban('İş Bankası', '1072000418836425'),
  gbp: trIban('İş Bankası', '1072000418836533'),
  payroll: trIban('Garanti BBVA', '0402000629917744'),
  gel: georgianIban('TB', '7320036148590001'),
  /** A Moroccan RIB: bank (007, Attijariwafa), city, sixteen-digit account and the RIB key. */
  mad: '007780000412883010736254',
} as const;

/** A brand the company sells to, with its buyer, its domain and how its orders arrive. */
export interface Brand {
  readonly code: string;
  readonly name: string;
  readonly country: 'DE' | 'NL' | 'ES' | 'GB';
  readonly city: string;
  readonly domain: string;
  readonly buyer: string;
  readonly vatId: string;
  readonly currency: 'EUR' | 'GBP';
  readonly channel: 'edi' | 'portal' | 'mail';
  /** The brand's GLN in EDIFACT interchanges (UNB sender). */
  readonly gln: string;
  readonly weight: number;
}

export const BRANDS: readonly Brand[] = [
  { code: 'NORDHAVEN', name: 'Nordhaven Mode GmbH', country: 'DE', city: 'Hamburg', domain: 'nordhaven-mode.example', buyer: 'Katrin Vogel', vatId: 'DE284117392', currency: 'EUR', channel: 'edi', gln: '4012345000016', weight: 1 },
  { code: 'VANRIJN', name: 'Van Rijn Fashion Group B.V.', country: 'NL', city: 'Amsterdam', domain: 'vanrijn-fashion.example', buyer: 'Sanne de Wit', vatId: 'NL859117402B01', currency: 'EUR', channel: 'portal', gln: '8712345000014', weight: 0.9 },
  { code: 'LEVANTE', name: 'Moda Levante S.L.', country: 'ES', city: 'Valencia', domain: 'modalevante.example', buyer: 'Lucía Ferrer', vatId: 'ESB98431275', currency: 'EUR', channel: 'edi', gln: '8431234000012', weight: 0.8 },
  { code: 'HARROW', name: 'Harrowgate Clothing Ltd', country: 'GB', city: 'Leeds', domain: 'harrowgate-clothing.example', buyer: 'Oliver Bennett', vatId: 'GB318447205', currency: 'GBP', channel: 'edi', gln: '5012345000017', weight: 0.7 },
  { code: 'BERGMANN', name: 'Bergmann Heimtextil GmbH & Co. KG', country: 'DE', city: 'Bielefeld', domain: 'bergmann-heimtextil.example', buyer: 'Jörg Lindemann', vatId: 'DE127590443', currency: 'EUR', channel: 'mail', gln: '4012345000115', weight: 0.35 },
  { code: 'CASABRAVA', name: 'Casa Brava Retail S.A.', country: 'ES', city: 'Barcelona', domain: 'casabrava-retail.example', buyer: 'Marta Puig', vatId: 'ESA08714420', currency: 'EUR', channel: 'mail', gln: '8431234000111', weight: 0.1 },
  { code: 'LINDEN', name: 'Linden & Zonen Textiel B.V.', country: 'NL', city: 'Tilburg', domain: 'lindenzonen.example', buyer: 'Pieter Janssen', vatId: 'NL003117864B01', currency: 'EUR', channel: 'mail', gln: '8712345000113', weight: 0.08 },
  { code: 'PEMBROKE', name: 'Pembroke & Hale Ltd', country: 'GB', city: 'London', domain: 'pembrokehale.example', buyer: 'Amelia Hughes', vatId: 'GB904417726', currency: 'GBP', channel: 'mail', gln: '5012345000116', weight: 0.07 },
];

export function pickWeighted<T extends { readonly weight: number }>(rng: Prng, items: readonly T[]): T {
  let r = rng.next() * items.reduce((a, b) => a + b.weight, 0);
  for (const item of items) {
    r -= item.weight;
    if (r < 0) return item;
  }
  return items[items.length - 1] as T;
}

export const pickBrand = (rng: Prng, filter: (b: Brand) => boolean = () => true): Brand => pickWeighted(rng, BRANDS.filter(filter));
/** A buyer's address at the brand's own domain (first name, dot, last name, as their IT sets it). */
export const buyerEmail = (b: Brand): string => {
  const [first, ...rest] = b.buyer.split(' ');
  return `${ascii(first!)}.${ascii(rest.join(''))}@${b.domain}`;
};

/** What the brands buy: a style, the plant or atelier that makes it, and its customs tariff number (GTİP). */
export interface Style {
  readonly code: string;
  readonly name: string;
  readonly gtip: string;
  readonly madeIn: 'Denizli' | 'atelier';
  readonly unitPrice: number;
}

export const STYLES: readonly Style[] = [
  { code: 'TW-520', name: 'terry towel set 50x90/70x140, combed cotton 550 gsm', gtip: '6302.60.00.00.00', madeIn: 'Denizli', unitPrice: 9.8 },
  { code: 'BR-318', name: 'waffle bathrobe, organic cotton', gtip: '6208.91.00.00.00', madeIn: 'Denizli', unitPrice: 17.4 },
  { code: 'BL-8812', name: 'viscose blouse, printed', gtip: '6206.40.00.00.00', madeIn: 'atelier', unitPrice: 11.2 },
  { code: 'TS-3307', name: 'basic crew-neck t-shirt, cotton jersey', gtip: '6109.10.00.00.00', madeIn: 'atelier', unitPrice: 3.9 },
  { code: 'DR-2205', name: 'linen-blend shirt dress', gtip: '6204.49.10.00.00', madeIn: 'atelier', unitPrice: 14.6 },
  { code: 'SH-1140', name: 'poplin shirting 145 cm, piece-dyed', gtip: '5208.32.00.00.00', madeIn: 'Denizli', unitPrice: 2.7 },
];

/** A purchase order number as a brand writes it. */
export const brandPo = (rng: Prng, b: Brand): string => `${b.code.slice(0, 2)}-PO-${rng.int(41_000, 48_999)}`;

/** Someone the company pays: a Turkish account by FAST or EFT, a Georgian one from TBC, a Moroccan one from Attijariwafa, or abroad by SWIFT. */
export interface Payee {
  readonly id: string;
  readonly name: string;
  readonly country: string;
  readonly taxId: string;
  readonly billingEmail: string;
  /** The number accounts payable calls back before any change of bank details. */
  readonly phone: string;
  readonly currency: 'TRY' | 'USD' | 'EUR' | 'GEL' | 'MAD';
  readonly rail: 'fast' | 'tbc' | 'attijari' | 'swift';
  readonly bank: string;
  readonly iban?: string;
  readonly account?: string;
  readonly bic?: string;
  /** The bank's national code where an account alone does not say it (Uzbek MFO, Indian IFSC). */
  readonly bankCode?: string;
  readonly services: readonly string[];
}

const trPayee = (id: string, name: string, nine: string, billingEmail: string, phone: string, bank: string, account: string, services: readonly string[]): Payee => ({ id, name, country: 'TR', taxId: vknFrom(nine), billingEmail, phone, currency: 'TRY', rail: 'fast', bank, iban: trIban(bank, account), services });

/** Accounts payable's Turkish suppliers, paid from İş Bankası by FAST (up to the account's FAST limit) or EFT above it. */
export const TR_PAYEES: readonly Payee[] = [
  trPayee('TED-0104', 'Ege Pamuk İplik San. ve Tic. A.Ş.', '329017845', 'muhasebe@egepamukiplik.example', '+90 232 555 41 20', 'İş Bankası', '1184000229173406', ['Ne 30/1 penye iplik, 18 ton', 'Ne 20/1 open-end iplik, 24 ton']),
  trPayee('TED-0117', 'Pamukkale Boya Kimya San. Ltd. Şti.', '722104388', 'finans@pamukkaleboya.example', '+90 258 555 18 44', 'Halkbank', '3105000611840927', ['reaktif boyar madde, 2.400 kg', 'yardımcı kimyasal ve enzim']),
  trPayee('TED-0123', 'Merter Koli ve Ambalaj San. Tic. Ltd. Şti.', '614882097', 'tahsilat@merterkoli.example', '+90 212 555 63 07', 'Akbank', '0412000083317620', ['ihracat kolisi 60x40x40, 9.000 adet', 'poşet ve askı']),
  trPayee('TED-0131', 'Anadolu Gümrük Müşavirliği Ltd. Şti.', '068113574', 'fatura@anadolugumruk.example', '+90 212 555 90 31', 'Garanti BBVA', '0811000690004418', ['ihracat beyannamesi müşavirlik ücreti, 14 dosya', 'ATR ve EUR.1 düzenleme']),
  trPayee('TED-0138', 'Denizli Doğalgaz Dağıtım A.Ş.', '295530716', 'kurumsal@denizli-dogalgaz.example', '+90 258 555 00 70', 'Ziraat Bankası', '0702000017752296', ['boyahane doğalgaz tüketimi, kasım', 'ram makinesi doğalgaz']),
  trPayee('TED-0144', 'Bağcılar Nakış ve Baskı Atölyesi', '118490332', 'bagcilarnakis@gmail.example', '+90 532 555 14 86', 'Kuveyt Türk', '0000000091427735', ['logo nakışı 12.000 adet', 'transfer baskı']),
  trPayee('TED-0150', 'Marmara Ro-Ro Taşımacılık A.Ş.', '611703558', 'muhasebe@marmara-roro.example', '+90 216 555 72 10', 'Yapı Kredi', '6690000084402153', ['Pendik - Trieste ro-ro, 3 dorse', 'Pendik - Trieste ro-ro, 1 dorse']),
  trPayee('TED-0157', 'Çardak Etiket ve Aksesuar Ltd. Şti.', '221786045', 'siparis@cardaketiket.example', '+90 258 555 33 91', 'QNB', '0158000047193320', ['dokuma etiket ve yıkama talimatı', 'kartela ve askılık']),
];

/** A subcontracted atelier (fason atölyesi) that sews or packs for the company, paid every Friday for the pieces it delivered. */
export interface Atelier {
  readonly code: string;
  readonly name: string;
  readonly owner: string;
  readonly district: string;
  readonly vkn: string;
  readonly bank: string;
  readonly iban: string;
  readonly phone: string;
  readonly pieceRate: number;
  readonly weight: number;
}

const atelier = (code: string, name: string, owner: string, district: string, nine: string, bank: string, account: string, phone: string, pieceRate: number, weight: number): Atelier => ({ code, name, owner, district, vkn: vknFrom(nine), bank, iban: trIban(bank, account), phone, pieceRate, weight });

export const ATELIERS: readonly Atelier[] = [
  atelier('FSN-01', 'Güneşli Konfeksiyon', 'Ramazan Kaya', 'Bağcılar', '502271846', 'VakıfBank', '0015800738412296', '+90 533 555 20 14', 6.5, 1),
  atelier('FSN-02', 'Yenibosna Dikim Atölyesi', 'Songül Aslan', 'Bahçelievler', '417726093', 'Ziraat Bankası', '0112000447193801', '+90 542 555 31 77', 5.8, 1),
  atelier('FSN-03', 'Merter Örme Konfeksiyon', 'Osman Polat', 'Güngören', '663018254', 'Halkbank', '0460000123904418', '+90 505 555 48 02', 7.2, 0.8),
  atelier('FSN-04', 'Esenler Ütü Paket', 'Hüseyin Karataş', 'Esenler', '129845530', 'DenizBank', '4400000193382745', '+90 536 555 67 19', 1.9, 0.8),
  atelier('FSN-05', 'Sarayköy Bornoz Dikim', 'Nurcan Tekin', 'Sarayköy, Denizli', '801336927', 'TEB', '0310000277014488', '+90 544 555 72 63', 8.4, 0.6),
  atelier('FSN-06', 'Kirazlı Overlok Atölyesi', 'Yusuf Güneş', 'Bağcılar', '912004735', 'Vakıf Katılım', '0000000318845102', '+90 552 555 80 45', 4.6, 0.15),
];

/** The Georgian ateliers the Tbilisi office places sewing with, paid in lari from TBC Bank. */
export const GE_PAYEES: readonly Payee[] = [
  { id: 'GE-ATL-01', name: 'Kutaisi Sewing House LLC', country: 'GE', taxId: 'GE ID 412771063', billingEmail: 'accounting@kutaisisewing.example', phone: '+995 599 555 214', currency: 'GEL', rail: 'tbc', bank: 'TBC Bank', iban: georgianIban('TB', '1180036614820017'), services: ['CMT women\'s blouses, 6.000 pcs', 'CMT shirt dresses, 2.400 pcs'] },
  { id: 'GE-ATL-02', name: 'Batumi Stitch LLC', country: 'GE', taxId: 'GE ID 445880917', billingEmail: 'finance@batumistitch.example', phone: '+995 577 555 608', currency: 'GEL', rail: 'tbc', bank: 'Bank of Georgia', iban: georgianIban('BG', '0000000492117735'), services: ['CMT t-shirts, 11.000 pcs'] },
  { id: 'GE-SVC-03', name: 'Vake Business Center (office rent)', country: 'GE', taxId: 'GE ID 404118833', billingEmail: 'rent@vakebusiness.example', phone: '+995 595 555 090', currency: 'GEL', rail: 'tbc', bank: 'TBC Bank', iban: georgianIban('TB', '7710036100448201'), services: ['Tbilisi office rent, December'] },
];

/** The Moroccan ateliers the Casablanca office places sewing with, paid in dirhams from Attijariwafa by virement (a 24-digit RIB). */
export const MA_PAYEES: readonly Payee[] = [
  { id: 'MA-ATL-01', name: 'Confection Derb Omar SARL', country: 'MA', taxId: 'ICE 001552870000041', billingEmail: 'compta@confection-derbomar.example', phone: '+212 661 555 318', currency: 'MAD', rail: 'attijari', bank: 'Banque Populaire', account: '190780211330094118270036', services: ['façon chemisiers viscose, 4.000 pcs', 'façon robes, 1.800 pcs'] },
  { id: 'MA-ATL-02', name: 'Atelier Lissasfa Couture SARL', country: 'MA', taxId: 'ICE 002118460000027', billingEmail: 'lissasfa.couture@gmail.example', phone: '+212 662 555 471', currency: 'MAD', rail: 'attijari', bank: 'CIH Bank', account: '230780418277661002140091', services: ['façon t-shirts, 9.000 pcs'] },
];

/** The suppliers abroad, paid by SWIFT from İş Bankası's dollar or euro account. */
export const FOREIGN_PAYEES: readonly Payee[] = [
  { id: 'YD-201', name: 'Buxoro Paxta Tekstil Klaster MChJ', country: 'UZ', taxId: 'STIR 305118842', billingEmail: 'export@buxoropaxta.example', phone: '+998 65 555 2240', currency: 'USD', rail: 'swift', bank: 'Kapitalbank, Bukhara branch', account: '20214840900118427001', bankCode: 'MFO 01158', bic: 'KACHUZ22', services: ['Ne 30/1 combed cotton yarn, 2 x 40HC by rail', 'Ne 24/1 carded cotton yarn, 40 t'] },
  { id: 'YD-208', name: 'Farg\'ona Yigiruv MChJ', country: 'UZ', taxId: 'STIR 301774590', billingEmail: 'sales@fargonayigiruv.example', phone: '+998 73 555 1187', currency: 'USD', rail: 'swift', bank: 'National Bank of Uzbekistan, Fergana branch', account: '20214840400773120002', bankCode: 'MFO 00476', bic: 'NBFAUZ2X', services: ['Ne 20/1 open-end cotton yarn, 36 t'] },
  { id: 'YD-214', name: 'Delta Giza Cotton Export Co. S.A.E.', country: 'EG', taxId: 'Tax Reg. 204-118-447', billingEmail: 'accounts@deltagizacotton.example', phone: '+20 3 555 4471', currency: 'USD', rail: 'swift', bank: 'Commercial International Bank, Alexandria', iban: egyptianIban('0010', '0125', '00000100418836172'), bic: 'CIBEEGCX', services: ['Giza 86 extra-long staple cotton lint, 60 bales', 'Giza 94 cotton lint, 120 bales'] },
  { id: 'YD-221', name: 'Tiruppur Knit Yarns Pvt. Ltd.', country: 'IN', taxId: 'GSTIN 33AAHCT4471K1Z9', billingEmail: 'exports@tiruppurknityarns.example', phone: '+91 421 555 0382', currency: 'USD', rail: 'swift', bank: 'HDFC Bank, Tiruppur', account: '50200041188362', bankCode: 'IFSC HDFC0000421', bic: 'HDFCINBB', services: ['organic cotton yarn Ne 30/1 GOTS, 18 t', 'slub yarn Ne 16/1, 9 t'] },
  { id: 'YD-228', name: 'Shaoxing Keqiao Trims & Accessories Co., Ltd.', country: 'CN', taxId: 'USCC 91330621MA2JD3QX4P', billingEmail: 'overseas@keqiao-trims.example', phone: '+86 575 5555 8812', currency: 'USD', rail: 'swift', bank: 'Industrial and Commercial Bank of China, Shaoxing Keqiao Sub-branch', account: '1211015209244118372', bic: 'ICBKCNBJZJP', services: ['YKK-type metal zippers 18 cm, 40.000 pcs', 'coconut buttons, 120.000 pcs'] },
  { id: 'YD-235', name: 'Rheintal Färbetechnik GmbH', country: 'DE', taxId: 'USt-IdNr. DE811470236', billingEmail: 'buchhaltung@rheintal-faerbetechnik.example', phone: '+49 7621 555 310', currency: 'EUR', rail: 'swift', bank: 'Sparkasse Lörrach-Rheinfelden', iban: germanIban('68350048', '0001841177'), bic: 'SKLODE66', services: ['jet dyeing machine spare parts, 1 crate', 'service engineer, 3 days at Denizli'] },
];

export const ALL_PAYEES: readonly Payee[] = [...TR_PAYEES, ...GE_PAYEES, ...MA_PAYEES, ...FOREIGN_PAYEES];

/** Couriers for samples, documents and the outlet's parcels; the rarer ones turn up later in a week. */
export const COURIERS: readonly { readonly name: string; readonly host: string; readonly country: Country; readonly abroad: boolean; readonly weight: number }[] = [
  { name: 'Aras Kargo', host: 'api.araskargo-kurumsal.example', country: 'TR', abroad: false, weight: 0.4 },
  { name: 'Yurtiçi Kargo', host: 'ws.yurticikargo-api.example', country: 'TR', abroad: false, weight: 0.35 },
  { name: 'DHL Express', host: 'express.api.dhl-partner.example', country: 'TR', abroad: true, weight: 0.3 },
  { name: 'MNG Kargo', host: 'api.mngkargo-entegrasyon.example', country: 'TR', abroad: false, weight: 0.06 },
  { name: 'Georgian Post EMS', host: 'api.gpost-ems.example', country: 'GE', abroad: true, weight: 0.1 },
  { name: 'Amana Express', host: 'api.amana-express.example', country: 'MA', abroad: false, weight: 0.1 },
];

/**
 * An amount the way the office writes it: lira the Turkish way (1.250.000,00 TL), everything else with
 * its ISO code (EUR 12,450.00).
 */
export const money = (n: number, currency: 'TRY' | 'USD' | 'EUR' | 'GBP' | 'GEL' | 'MAD' = 'TRY'): string =>
  currency === 'TRY'
    ? `${n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')} TL`
    : `${currency} ${n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;

/** An IBAN in groups of four, as people paste it into mail. */
export const groupedIban = (value: string): string => value.replace(/(.{4})(?=.)/g, '$1 ');
