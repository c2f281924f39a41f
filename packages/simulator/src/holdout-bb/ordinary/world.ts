/**
 * holdout-bb's world: Acme Agri Cooperative (Acme Agri Cooperative Society Ltd), a farmers'
 * cooperative and agri-input distributor with its head office in Nairobi and offices in Arusha and
 * Kampala. Its members are smallholders (dairy, coffee, tea, maize, avocado) who deliver produce
 * at collection centres and are paid by mobile money every week; it sells seed, fertiliser, feed and
 * crop protection to agro-dealers in Kenya, Tanzania and Uganda, imports from India, the Netherlands,
 * China and the Gulf (dollar, euro and rupee wires every week), and pays transporters, utilities and
 * fuel stations by M-Pesa Paybill and Till. Its people, members, dealers, suppliers and the numbers
 * its records carry (KRA PINs, Kenyan ID numbers, Ugandan NINs, Tanzanian NIDA numbers, phone
 * numbers in +254, +255 and +256, Paybills and tills, bank accounts at home, IFSC codes, Dutch and
 * Emirati IBANs) are shared by the ordinary workflows (ordinary/*.ts) and the labelled sessions, so
 * both speak of the same cooperative.
 */
import { iban, isoDate, kraPin, mpesaTill, ugandanNin } from '../../fake-data';
import type { Prng } from '../../prng';

export { isoDate, kraPin, mpesaTill };

export const COMPANY = 'Acme Agri Cooperative Society Ltd';
export const COMPANY_DOMAIN = 'acme-agri.example';
export const COMPANY_KRA_PIN = 'P051738264K';
/** The cooperative's own M-Pesa shortcodes: the Paybill dealers and members pay into, the B2C shortcode farmer payouts go out from. */
export const COLLECTIONS_PAYBILL = '4172630';
export const PAYOUT_SHORTCODE = '3029417';
export const OFFICES = ['Nairobi', 'Arusha', 'Kampala'] as const;
export type Office = (typeof OFFICES)[number];
export type Country = 'KE' | 'TZ' | 'UG';
export const COUNTRY_OF: Readonly<Record<Office, Country>> = { Nairobi: 'KE', Arusha: 'TZ', Kampala: 'UG' };

/** Who asks the agents for things. User ids ending `.aru` work in Arusha, `.kla` in Kampala, the others in Nairobi. */
export const MEMBER_DESK: readonly string[] = ['desk.wanjiku', 'desk.otieno', 'desk.chebet', 'desk.neema.aru', 'desk.nakato.kla'];
export const SALES_DESK: readonly string[] = ['sales.kamau', 'sales.achieng', 'sales.baraka.aru', 'sales.ssemanda.kla'];
export const LOGISTICS_DESK: readonly string[] = ['logistics.mutua', 'logistics.njoroge', 'logistics.okello.kla'];
export const HR_STAFF: readonly string[] = ['hr.muthoni', 'hr.kiprono'];
export const ACCOUNTANTS: readonly string[] = ['ap.wairimu', 'ap.omondi', 'payouts.jeptoo', 'treasury.mwangi', 'ap.mushi.aru', 'ap.nabirye.kla'];
export const FINANCE_DIRECTOR = 'fd.akinyi';
export const IT_STAFF: readonly string[] = ['it.kevo', 'it.faith', 'it.mugisha.kla'];

export const officeOf = (userId: string): Office => (userId.endsWith('.aru') ? 'Arusha' : userId.endsWith('.kla') ? 'Kampala' : 'Nairobi');

const KE_FIRST_F = ['Wanjiku', 'Akinyi', 'Chebet', 'Wairimu', 'Njeri', 'Atieno', 'Jeptoo', 'Mumbua', 'Nafula', 'Kerubo', 'Muthoni', 'Wambui', 'Adhiambo', 'Nyokabi', 'Faith', 'Mercy', 'Grace', 'Esther', 'Lucy', 'Beatrice'];
const KE_FIRST_M = ['Kamau', 'Otieno', 'Kiprono', 'Mwangi', 'Omondi', 'Mutua', 'Njoroge', 'Wekesa', 'Ochieng', 'Kariuki', 'Maina', 'Kibet', 'Onyango', 'Peter', 'Samuel', 'Dennis', 'Brian', 'Kevin', 'Joseph', 'Stephen'];
const KE_LAST = ['Kamau', 'Mwangi', 'Otieno', 'Ochieng', 'Kiprotich', 'Wanjiru', 'Njoroge', 'Karanja', 'Mutua', 'Kiptoo', 'Wekesa', 'Barasa', 'Omondi', 'Onyango', 'Kimani', 'Gitau', 'Ndungu', 'Cheruiyot', 'Korir', 'Rotich', 'Maina', 'Wafula', 'Nyaga', 'Gachanja', 'Mugo', 'Kiplagat', 'Muriuki', 'Waweru'];
const TZ_FIRST = ['Neema', 'Rehema', 'Zawadi', 'Upendo', 'Mwanaisha', 'Amina', 'Baraka', 'Juma', 'Emmanuel', 'Godfrey', 'Hamisi', 'Elia'];
const TZ_LAST = ['Mushi', 'Massawe', 'Kimaro', 'Lyimo', 'Mollel', 'Laizer', 'Swai', 'Urio', 'Minja', 'Temba'];
const UG_FIRST_F = ['Nakato', 'Namukasa', 'Nabirye', 'Akello', 'Birungi', 'Kyomuhendo', 'Nansubuga', 'Babirye'];
const UG_FIRST_M = ['Ssemanda', 'Mugisha', 'Okello', 'Kato', 'Tumusiime', 'Byaruhanga', 'Lubega', 'Ssekandi'];
const UG_LAST = ['Kintu', 'Mukasa', 'Ouma', 'Atwine', 'Ssemwogerere', 'Namutebi', 'Kyeyune', 'Tumwine', 'Nsubuga', 'Waiswa'];
const PERSONAL_DOMAINS = ['gmail.example', 'yahoo.example', 'outlook.example', 'safaricom-mail.example'];

/** Plain ASCII for an e-mail local part. */
export const ascii = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '');

/** A mobile number of each country, in the fictional 555 block the simulator keeps to. */
export const kenyanMobile = (rng: Prng): string => `+254 7${rng.pick(['01', '10', '12', '20', '22', '25', '27', '29', '40', '42', '45', '90', '92', '97'])} 555 ${String(rng.int(0, 999)).padStart(3, '0')}`;
export const tanzanianMobile = (rng: Prng): string => `+255 7${rng.pick(['54', '55', '57', '65', '67', '13', '15'])} 555 ${String(rng.int(0, 999)).padStart(3, '0')}`;
export const ugandanMobile = (rng: Prng): string => `+256 7${rng.pick(['72', '74', '75', '77', '78', '01', '04', '06'])} 555 ${String(rng.int(0, 999)).padStart(3, '0')}`;
export const mobileOf = (rng: Prng, country: Country): string => (country === 'TZ' ? tanzanianMobile(rng) : country === 'UG' ? ugandanMobile(rng) : kenyanMobile(rng));
/** A phone number as the mobile-money APIs take it: country code and number, digits only (254712555123). */
export const msisdn = (phone: string): string => phone.replace(/\D/g, '');

/** A Kenyan national ID number: seven or eight digits, no check digit. */
export const kenyanId = (rng: Prng): string => String(rng.int(10_000_000, 39_999_999));
/** A Tanzanian NIDA number: date of birth, then three serial groups (19850312-23105-00001-21). */
export const tanzanianNida = (rng: Prng, birthYear: number): string => `${birthYear}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}-${rng.int(10_000, 99_999)}-${String(rng.int(1, 99_999)).padStart(5, '0')}-${String(rng.int(10, 99))}`;
export const birthDate = (rng: Prng, from: number, to: number): string => `${rng.int(from, to)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;

/** A person's name as people in each country write it. */
export function personName(rng: Prng, country: Country = 'KE'): string {
  if (country === 'TZ') return `${rng.pick(TZ_FIRST)} ${rng.pick(TZ_LAST)}`;
  if (country === 'UG') return `${rng.pick(rng.chance(0.5) ? UG_FIRST_F : UG_FIRST_M)} ${rng.pick(UG_LAST)}`;
  return `${rng.pick(rng.chance(0.5) ? KE_FIRST_F : KE_FIRST_M)} ${rng.pick(KE_LAST)}`;
}

/** The national identity number of a person of `country`, as the member and staff records keep it. */
export function nationalId(rng: Prng, country: Country, birthYear: number): string {
  if (country === 'TZ') return tanzanianNida(rng, birthYear);
  if (country === 'UG') return ugandanNin(rng, rng.chance(0.5) ? 'F' : 'M', birthYear);
  return kenyanId(rng);
}

/** A collection centre: where members deliver and are weighed, and what they bring. */
export interface Centre {
  readonly name: string;
  readonly country: Country;
  readonly county: string;
  readonly produce: 'milk' | 'coffee cherry' | 'green leaf tea' | 'maize' | 'avocado';
  readonly villages: readonly string[];
}

export const CENTRES: readonly Centre[] = [
  { name: 'Ol Kalou', country: 'KE', county: 'Nyandarua', produce: 'milk', villages: ['Kaimbaga', 'Rurii', 'Karau', 'Mirangine', 'Gathanji'] },
  { name: 'Njabini', country: 'KE', county: 'Nyandarua', produce: 'milk', villages: ['Kiburu', 'Nyakio', 'Murungaru', 'Magumu'] },
  { name: 'Githunguri', country: 'KE', county: 'Kiambu', produce: 'milk', villages: ['Ikinu', 'Githiga', 'Komothai', 'Ngewa'] },
  { name: 'Othaya', country: 'KE', county: 'Nyeri', produce: 'coffee cherry', villages: ['Iriaini', 'Chinga', 'Karima', 'Mahiga'] },
  { name: 'Kapkatet', country: 'KE', county: 'Kericho', produce: 'green leaf tea', villages: ['Kabianga', 'Litein', 'Cheborge', 'Sosiot'] },
  { name: "Moi's Bridge", country: 'KE', county: 'Uasin Gishu', produce: 'maize', villages: ['Ziwa', 'Soy', 'Kapkong', 'Matunda'] },
  { name: "Murang'a", country: 'KE', county: "Murang'a", produce: 'avocado', villages: ['Kangema', 'Kiharu', 'Kigumo', 'Kandara'] },
  { name: 'Karatu', country: 'TZ', county: 'Arusha', produce: 'maize', villages: ['Mbulumbulu', 'Rhotia', 'Qurus', 'Endabash'] },
  { name: 'Usa River', country: 'TZ', county: 'Arusha', produce: 'coffee cherry', villages: ['Maji ya Chai', 'Nkoaranga', 'Akheri', 'Poli'] },
  { name: 'Mbarara', country: 'UG', county: 'Mbarara', produce: 'milk', villages: ['Kashari', 'Rwampara', 'Bubaare', 'Rubindi'] },
  { name: 'Masaka', country: 'UG', county: 'Masaka', produce: 'coffee cherry', villages: ['Kyanamukaka', 'Bukakata', 'Buwunga', 'Kabonera'] },
];

export const centresOf = (country: Country): Centre[] => CENTRES.filter((c) => c.country === country);

/** A member of the cooperative, as the member registry (CoopSys) keeps her or him. */
export interface Member {
  readonly member_no: string;
  readonly name: string;
  readonly national_id: string;
  readonly phone: string;
  /** The mobile-money number payouts go to; usually the member's own phone. */
  readonly payout_phone: string;
  readonly centre: string;
  readonly village: string;
  readonly produce: Centre['produce'];
  readonly shares: number;
  readonly joined: string;
}

export function fakeMember(rng: Prng, centre: Centre = rng.pick(rng.chance(0.7) ? centresOf('KE') : CENTRES)): Member {
  const birth = rng.int(1950, 2000);
  const phone = mobileOf(rng, centre.country);
  return {
    member_no: `${centre.country}-${centre.name.replace(/[^A-Za-z]/g, '').slice(0, 3).toUpperCase()}-${rng.int(10_000, 49_999)}`,
    name: personName(rng, centre.country),
    national_id: nationalId(rng, centre.country, birth),
    phone,
    payout_phone: rng.chance(0.9) ? phone : mobileOf(rng, centre.country),
    centre: centre.name,
    village: rng.pick(centre.villages),
    produce: centre.produce,
    shares: rng.int(1, 40) * 500,
    joined: `${rng.int(2004, 2029)}-${String(rng.int(1, 12)).padStart(2, '0')}-01`,
  };
}

/** A payout as CoopSys computes it: the week's deliveries at the centre's rate, less the input-loan recovery. */
export interface PayoutLine {
  readonly member_no: string;
  readonly name: string;
  readonly payout_phone: string;
  readonly quantity: number;
  readonly unit: 'kg' | 'litres';
  readonly gross: number;
  readonly input_loan_recovery: number;
  readonly net: number;
}

export const CURRENCY_OF: Readonly<Record<Country, 'KES' | 'TZS' | 'UGX'>> = { KE: 'KES', TZ: 'TZS', UG: 'UGX' };
/** What a kilogram or litre fetches at each centre this month, in the centre's currency. */
const RATE: Readonly<Record<Centre['produce'], Readonly<Record<Country, number>>>> = {
  milk: { KE: 52, TZ: 900, UG: 1_300 },
  'coffee cherry': { KE: 95, TZ: 1_900, UG: 2_800 },
  'green leaf tea': { KE: 24, TZ: 500, UG: 700 },
  maize: { KE: 38, TZ: 750, UG: 1_050 },
  avocado: { KE: 31, TZ: 600, UG: 900 },
};

export function payoutLine(rng: Prng, m: Member, centre: Centre): PayoutLine {
  const unit = centre.produce === 'milk' ? 'litres' : 'kg';
  const quantity = centre.produce === 'milk' ? rng.int(20, 420) : rng.int(15, 900);
  const gross = quantity * RATE[centre.produce][centre.country];
  const recovery = rng.chance(0.3) ? Math.round(gross * rng.int(5, 25) / 100) : 0;
  return { member_no: m.member_no, name: m.name, payout_phone: m.payout_phone, quantity, unit, gross, input_loan_recovery: recovery, net: gross - recovery };
}

/** An agro-dealer that buys inputs from the cooperative, with its tax id, its mail domain and its buyer. */
export interface Dealer {
  readonly code: string;
  readonly name: string;
  readonly country: Country;
  readonly taxId: string;
  readonly domain: string;
  readonly contact: string;
  readonly town: string;
  readonly phone: string;
  /** How often the dealer orders, relative to a regular one (1). */
  readonly weight: number;
}

const dealer = (code: string, name: string, country: Country, taxId: string, domain: string, contact: string, town: string, phone: string, weight = 1): Dealer => ({ code, name, country, taxId, domain, contact, town, phone, weight });

/**
 * The agro-dealers on file, in Odoo: a fixed set, so their domains form the sales desk's history.
 * The regular ones order every week; the occasional ones (weight below 1) order a few times a
 * season, so a week often meets one of them first on its last days.
 */
export const DEALERS: readonly Dealer[] = [
  dealer('KTLAGRO', 'Kitale Agrovet Supplies Ltd', 'KE', 'P051204871Q', 'kitaleagrovet.example', 'Jane Nafula', 'Kitale', '+254 722 555 301'),
  dealer('NYRFARM', 'Nyeri Farmers Centre Ltd', 'KE', 'P051377205D', 'nyerifarmerscentre.example', 'John Muriuki', 'Nyeri', '+254 712 555 318'),
  dealer('MOLOAGR', 'Molo Agro Dealers', 'KE', 'P051490337M', 'moloagrodealers.example', 'Esther Chebet', 'Molo', '+254 720 555 342'),
  dealer('MERUGRN', 'Meru Greenfields Agrovet', 'KE', 'P051562018T', 'merugreenfields.example', 'Stephen Mutuma', 'Meru', '+254 725 555 355'),
  dealer('KISHIGH', 'Kisii Highlands Farm Inputs', 'KE', 'P051633790B', 'kisiihighlands.example', 'Grace Kerubo', 'Kisii', '+254 727 555 367'),
  dealer('NKRAGRI', 'Nakuru Agricentre Ltd', 'KE', 'P051718426H', 'nakuruagricentre.example', 'Dennis Kiprotich', 'Nakuru', '+254 710 555 372'),
  dealer('EMBMKUL', 'Embu Mkulima Shop', 'KE', 'P051802155C', 'embumkulima.example', 'Lucy Wambui', 'Embu', '+254 740 555 384'),
  dealer('BGMSEED', 'Bungoma Seed & Fertiliser Stockists', 'KE', 'P051955641W', 'bungomaseed.example', 'Joseph Wafula', 'Bungoma', '+254 790 555 396'),
  dealer('OLKDAIR', 'Ol Kalou Dairy Inputs', 'KE', 'P052011386K', 'olkaloudairyinputs.example', 'Peter Gachanja', 'Ol Kalou', '+254 701 555 404'),
  dealer('ARSPEMB', 'Arusha Pembejeo Traders', 'TZ', 'TIN 118-402-339', 'arushapembejeo.example', 'Godfrey Mollel', 'Arusha', '+255 754 555 411'),
  dealer('MOSKILI', 'Moshi Kilimo Bora Ltd', 'TZ', 'TIN 121-077-904', 'moshikilimobora.example', 'Upendo Swai', 'Moshi', '+255 765 555 423'),
  dealer('MBRAGRO', 'Mbarara Agro Inputs Ltd', 'UG', 'TIN 1000457218', 'mbararaagroinputs.example', 'Tumusiime Atwine', 'Mbarara', '+256 772 555 438'),
  dealer('MSKFARM', 'Masaka Farmers Depot', 'UG', 'TIN 1000619904', 'masakafarmersdepot.example', 'Nansubuga Kyeyune', 'Masaka', '+256 701 555 446'),
  dealer('KKGSUGR', 'Kakamega Sugarcane Outgrowers Shop', 'KE', 'P052143370R', 'kakamegaoutgrowers.example', 'Beatrice Barasa', 'Kakamega', '+254 745 555 451', 0.15),
  dealer('KJDDRYL', 'Kajiado Dryland Seeds', 'KE', 'P052218845F', 'kajiadodryland.example', 'Samuel Kiplagat', 'Kajiado', '+254 797 555 463', 0.15),
  dealer('MRSBTPF', 'Marsabit Pastoralist Feeds', 'KE', 'P052305192A', 'marsabitfeeds.example', 'Hussein Galgalo', 'Marsabit', '+254 792 555 470', 0.12),
  dealer('MWZLAKE', 'Mwanza Lake Agro', 'TZ', 'TIN 125-330-118', 'mwanzalakeagro.example', 'Elia Urio', 'Mwanza', '+255 713 555 482', 0.12),
  dealer('GULNORT', 'Gulu Northern Agro Centre', 'UG', 'TIN 1000822137', 'gulunorthernagro.example', 'Akello Ouma', 'Gulu', '+256 778 555 497', 0.12),
];

export function pickWeighted<T extends { readonly weight: number }>(rng: Prng, items: readonly T[]): T {
  let r = rng.next() * items.reduce((a, b) => a + b.weight, 0);
  for (const item of items) {
    r -= item.weight;
    if (r < 0) return item;
  }
  return items[items.length - 1] as T;
}

/** A dealer, the regular ones more often than the occasional ones; `filter` narrows the choice. */
export const pickDealer = (rng: Prng, filter: (d: Dealer) => boolean = () => true): Dealer => pickWeighted(rng, DEALERS.filter(filter));
/** A dealer's buyer's address at the dealer's own domain. */
export const dealerEmail = (d: Dealer): string => {
  const [first, last] = d.contact.split(' ') as [string, string];
  return `${ascii(first)}.${ascii(last)}@${d.domain}`;
};

/** What the cooperative sells, with its Odoo reference and list price in shillings. */
export const PRODUCTS: readonly { readonly sku: string; readonly name: string; readonly unit: string; readonly kes: number }[] = [
  { sku: 'SD-MZ-629', name: 'Hybrid maize seed H629, 2 kg', unit: 'pack', kes: 780 },
  { sku: 'SD-MZ-520', name: 'Hybrid maize seed H520 (dryland), 2 kg', unit: 'pack', kes: 720 },
  { sku: 'SD-TM-F1W', name: 'Tomato seed F1 Westland Rosa, 10 g', unit: 'tin', kes: 2_950 },
  { sku: 'SD-CB-F1K', name: 'Cabbage seed F1 Kinangop, 10 g', unit: 'tin', kes: 1_400 },
  { sku: 'FT-DAP-50', name: 'DAP fertiliser, 50 kg', unit: 'bag', kes: 6_500 },
  { sku: 'FT-CAN-50', name: 'CAN top-dressing fertiliser, 50 kg', unit: 'bag', kes: 4_200 },
  { sku: 'FT-NPK-50', name: 'NPK 17-17-17, 50 kg', unit: 'bag', kes: 5_600 },
  { sku: 'FD-DM-70', name: 'Dairy meal, 70 kg', unit: 'bag', kes: 3_350 },
  { sku: 'FD-ML-20', name: 'Mineral lick, 20 kg', unit: 'block', kes: 1_150 },
  { sku: 'CP-LC-1L', name: 'Lambda-cyhalothrin 5% EC, 1 L', unit: 'bottle', kes: 1_850 },
  { sku: 'CP-MZ-1K', name: 'Mancozeb 80% WP, 1 kg', unit: 'pack', kes: 980 },
  { sku: 'IR-DK-1/8', name: 'Drip kit, 1/8 acre', unit: 'kit', kes: 18_500 },
  { sku: 'ST-HB-90', name: 'Hermetic storage bag, 90 kg', unit: 'bag', kes: 260 },
];

/** The depots dealers' orders leave from. */
export const DEPOTS: readonly { readonly name: string; readonly country: Country }[] = [
  { name: 'Nairobi Industrial Area', country: 'KE' },
  { name: 'Nakuru', country: 'KE' },
  { name: 'Eldoret', country: 'KE' },
  { name: 'Arusha Njiro', country: 'TZ' },
  { name: 'Kampala Namanve', country: 'UG' },
];

/**
 * A Dutch IBAN whose ten-digit account passes the "elfproef" the Dutch banks numbered their
 * accounts by (digits times 10 down to 1, sum divisible by 11); the nine leading digits are given and
 * the tenth computed, and a nine-digit start that would need a 10 is rejected.
 */
export function dutchIban(bank: string, leadingNine: string): string {
  const sum = [...leadingNine].reduce((a, d, i) => a + Number(d) * (10 - i), 0);
  const last = (11 - (sum % 11)) % 11;
  if (last === 10) throw new RangeError(`no elfproef account starts ${leadingNine}`);
  return iban('NL', `${bank}${leadingNine}${last}`);
}

/** Someone the cooperative pays: a bank account at home or abroad, a Paybill (with its account reference) or a Till. */
export interface Payee {
  readonly id: string;
  readonly name: string;
  readonly country: string;
  readonly taxId: string;
  readonly billingEmail: string;
  readonly currency: 'KES' | 'TZS' | 'UGX' | 'USD' | 'EUR' | 'INR';
  readonly rail: 'bank' | 'paybill' | 'till' | 'swift';
  readonly bank?: string;
  readonly branch?: string;
  readonly account?: string;
  readonly iban?: string;
  readonly bic?: string;
  /** Indian Financial System Code of an Indian account. */
  readonly ifsc?: string;
  readonly paybill?: string;
  readonly paybillAccount?: string;
  readonly till?: string;
  readonly services: readonly string[];
}

/** Accounts payable's Kenyan suppliers: bank accounts paid by PesaLink or RTGS, transporters and utilities by Paybill or Till. */
export const KE_PAYEES: readonly Payee[] = [
  { id: 'SUP-1012', name: 'Athi River Bag Manufacturers Ltd', country: 'KE', taxId: 'P051099318N', billingEmail: 'accounts@athiriverbags.example', currency: 'KES', rail: 'bank', bank: 'KCB Bank Kenya', branch: 'Athi River', account: '1107294581', services: ['PP woven bags 50 kg, 20,000 pcs', 'hermetic liners, 4,000 pcs'] },
  { id: 'SUP-1025', name: 'Pwani Clearing & Forwarding Ltd', country: 'KE', taxId: 'P051266740J', billingEmail: 'invoices@pwaniclearing.example', currency: 'KES', rail: 'bank', bank: 'NCBA Bank Kenya', branch: 'Mombasa Moi Avenue', account: '1000482917', services: ['clearing DAP 2 x 40ft, Mombasa', 'port charges and KPA storage', 'KEBS PVoC handling'] },
  { id: 'SUP-1031', name: 'East Africa Dairy Cans Ltd', country: 'KE', taxId: 'P051318862V', billingEmail: 'billing@eadairycans.example', currency: 'KES', rail: 'bank', bank: 'Equity Bank Kenya', branch: 'Industrial Area', account: '0190261734452', services: ['aluminium milk cans 50 L, 120 pcs', 'can repairs'] },
  { id: 'SUP-1044', name: 'Mizigo Trucks Ltd', country: 'KE', taxId: 'P051450027G', billingEmail: 'accounts@mizigotrucks.example', currency: 'KES', rail: 'paybill', paybill: '522318', paybillAccount: 'ACMEAGRI', services: ['haulage Mombasa - Nakuru, 28 t', 'haulage Nairobi - Eldoret, 14 t'] },
  { id: 'SUP-1049', name: 'Rift Valley Haulage Co.', country: 'KE', taxId: 'P051487735S', billingEmail: 'rvhaulage@gmail.example', currency: 'KES', rail: 'till', till: '8840217', services: ['milk collection route Ol Kalou, 7 days', 'cooler van hire'] },
  { id: 'SUP-1053', name: 'Kenya Power (collection centre coolers)', country: 'KE', taxId: 'P000600396Z', billingEmail: 'customercare@kplc-billing.example', currency: 'KES', rail: 'paybill', paybill: '880100', paybillAccount: '37194027715', services: ['electricity, Ol Kalou cooler', 'electricity, Githunguri cooler'] },
  { id: 'SUP-1058', name: 'Nairobi City Water (head office)', country: 'KE', taxId: 'P051064012D', billingEmail: 'billing@nairobiwater-co.example', currency: 'KES', rail: 'paybill', paybill: '444700', paybillAccount: 'ACC-2219837', services: ['water, head office and depot'] },
  { id: 'SUP-1062', name: 'Kinangop Fuel Point', country: 'KE', taxId: 'P051590411L', billingEmail: 'kinangopfuel@yahoo.example', currency: 'KES', rail: 'till', till: '5301982', services: ['diesel for collection trucks, 1,200 L'] },
  { id: 'SUP-1070', name: 'Safaricom Business (data and airtime)', country: 'KE', taxId: 'P051092083Z', billingEmail: 'business.billing@safaricom-business.example', currency: 'KES', rail: 'paybill', paybill: '200250', paybillAccount: 'ACMEAGRI-B2B', services: ['data bundles for 40 clerk phones', 'bulk SMS top-up'] },
];

/** Arusha's suppliers, paid in shillings from CRDB; Kampala's, paid in shillings from Stanbic Uganda. */
export const TZ_PAYEES: readonly Payee[] = [
  { id: 'SUP-T011', name: 'Mbegu Bora Seeds Ltd', country: 'TZ', taxId: 'TIN 104-551-870', billingEmail: 'mauzo@mbeguboraseeds.example', currency: 'TZS', rail: 'bank', bank: 'CRDB Bank', branch: 'Arusha Main', account: '0150284417300', services: ['maize seed, 12 t', 'bean seed, 3 t'] },
  { id: 'SUP-T018', name: 'Arusha Transport Co. Ltd', country: 'TZ', taxId: 'TIN 109-227-413', billingEmail: 'accounts@arushatransport.example', currency: 'TZS', rail: 'bank', bank: 'NMB Bank', branch: 'Arusha Clock Tower', account: '41210039872', services: ['haulage Namanga - Arusha, 30 t', 'haulage Arusha - Karatu'] },
];
export const UG_PAYEES: readonly Payee[] = [
  { id: 'SUP-U007', name: 'Kampala Feed Millers Ltd', country: 'UG', taxId: 'TIN 1000338512', billingEmail: 'accounts@kampalafeedmillers.example', currency: 'UGX', rail: 'bank', bank: 'Stanbic Bank Uganda', branch: 'Kampala Road', account: '9030012847735', services: ['dairy meal, 40 t', 'poultry feed, 8 t'] },
  { id: 'SUP-U015', name: 'Nile Agro Packaging Ltd', country: 'UG', taxId: 'TIN 1000561120', billingEmail: 'finance@nileagropackaging.example', currency: 'UGX', rail: 'bank', bank: 'Centenary Bank', branch: 'Jinja', account: '3100045219', services: ['seed packets, 100,000 pcs'] },
];

/** The suppliers abroad, paid every week by SWIFT from Equity's dollar or euro account (and in rupees to India). */
export const FOREIGN_PAYEES: readonly Payee[] = [
  { id: 'SUP-2003', name: 'Gujarat AgroChem Pvt Ltd', country: 'IN', taxId: 'GSTIN 24AAKCG4417M1Z8', billingEmail: 'exports@gujaratagrochem.example', currency: 'USD', rail: 'swift', bank: 'HDFC Bank, Ahmedabad', account: '50200038417722', ifsc: 'HDFC0000147', bic: 'HDFCINBB', services: ['lambda-cyhalothrin 5% EC, 6,000 L', 'mancozeb 80% WP, 8 t'] },
  { id: 'SUP-2009', name: 'Deccan Drip Irrigation Pvt Ltd', country: 'IN', taxId: 'GSTIN 27AADCD9021K1Z3', billingEmail: 'accounts@deccandrip.example', currency: 'INR', rail: 'swift', bank: 'State Bank of India, Pune', account: '38817204419', ifsc: 'SBIN0004112', bic: 'SBININBB', services: ['drip kits 1/8 acre, 400 sets', 'laterals 16 mm, 60 rolls'] },
  { id: 'SUP-2015', name: 'Zaadhuis Westland B.V.', country: 'NL', taxId: 'BTW NL859204417B01', billingEmail: 'debiteuren@zaadhuiswestland.example', currency: 'EUR', rail: 'swift', bank: 'Rabobank', iban: dutchIban('RABO', '031728450'), bic: 'RABONL2U', services: ['tomato seed F1 Westland Rosa, 40 kg', 'cabbage seed F1, 25 kg'] },
  { id: 'SUP-2021', name: 'Qingdao Huanong Fertiliser Co., Ltd.', country: 'CN', taxId: 'USCC 91370211MA3C4R7X2K', billingEmail: 'export@huanong-fert.example', currency: 'USD', rail: 'swift', bank: 'Bank of China, Qingdao Branch', account: '234508871196', bic: 'BKCHCNBJ500', services: ['DAP 18-46-0, 1,000 t', 'NPK 17-17-17, 500 t'] },
  { id: 'SUP-2027', name: 'Jebel Ali Agri Freight LLC', country: 'AE', taxId: 'TRN 100428871500003', billingEmail: 'ar@jebelaliagrifreight.example', currency: 'USD', rail: 'swift', bank: 'Emirates NBD', iban: iban('AE', '0260001015828173601'), bic: 'EBILAEAD', services: ['sea freight Jebel Ali - Mombasa, 6 x 40ft', 'transshipment handling'] },
];

export const ALL_PAYEES: readonly Payee[] = [...KE_PAYEES, ...TZ_PAYEES, ...UG_PAYEES, ...FOREIGN_PAYEES];

/** The cooperative's own accounts: Equity Bank in shillings, dollars and euros, CRDB in Arusha, Stanbic in Kampala. */
export const ACME_ACCOUNTS = { kes: '0180294417731', usd: '0180294417748', eur: '0180294417755', crdbArusha: '0150291188400', stanbicKampala: '9030019920417' } as const;

/** Transporters the logistics desk books trucks with, through their booking APIs (the rarer ones turn up later in a week). */
export const TRANSPORTERS: readonly { readonly name: string; readonly host: string; readonly country: Country; readonly weight: number }[] = [
  { name: 'Mizigo Trucks', host: 'api.mizigotrucks.example', country: 'KE', weight: 0.4 },
  { name: 'Rift Valley Haulage', host: 'bookings.rvhaulage.example', country: 'KE', weight: 0.25 },
  { name: 'Tuma Logistics', host: 'api.tumalogistics.example', country: 'KE', weight: 0.12 },
  { name: 'Arusha Transport Co.', host: 'api.arushatransport.example', country: 'TZ', weight: 0.12 },
  { name: 'Nile Haulage', host: 'api.nilehaulage.example', country: 'UG', weight: 0.11 },
];

/** Couriers for parcels (seed samples, spare parts, documents); the rarer ones turn up later in a week. */
export const COURIERS: readonly { readonly name: string; readonly host: string; readonly country: Country; readonly weight: number }[] = [
  { name: 'Haraka Courier', host: 'api.harakacourier.example', country: 'KE', weight: 0.45 },
  { name: 'Posta EMS Kenya', host: 'api.ems-posta.example', country: 'KE', weight: 0.2 },
  { name: 'Bodaboda Express', host: 'api.bodaboda-express.example', country: 'KE', weight: 0.1 },
  { name: 'Dar Dispatch', host: 'api.dardispatch.example', country: 'TZ', weight: 0.13 },
  { name: 'Kampala Parcel Link', host: 'api.kampalaparcel.example', country: 'UG', weight: 0.12 },
];

/** A shilling amount the way Kenyan invoices write it: KES 1,234,500. */
export const money = (n: number, currency = 'KES'): string => `${currency} ${String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
