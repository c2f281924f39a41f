/**
 * holdout-az's world: Acme Dental (Acme zobozdravstvo d.o.o.), three dental clinics in Ljubljana,
 * Maribor and Koper, Slovenia, with an orthodontic department, an X-ray and CBCT room in each
 * clinic, and patients who pay privately or through the public insurer (ZZZS) and a supplementary
 * insurer. Its people, clinics, suppliers and payees, and the Slovenian numbers its records carry
 * (IBANs with the national check digits, EMŠO with its check digit), shared by the ordinary
 * workflows (ordinary/*.ts) and the labelled sessions, so both speak of the same company.
 */
import { iban, isoDate } from '../../fake-data';
import type { Prng } from '../../prng';

export { isoDate };

export const COMPANY = 'Acme zobozdravstvo d.o.o.';
export const COMPANY_DOMAIN = 'acme-dental.example';
export const CLINICS = ['Ljubljana Bežigrad', 'Maribor Center', 'Koper Semedela'] as const;

export const DESK_STAFF: readonly string[] = ['desk.tina', 'desk.ales', 'desk.mateja', 'desk.nives'];
export const HR_STAFF: readonly string[] = ['hr.barbara', 'hr.dejan'];
export const ACCOUNTANTS: readonly string[] = ['acc.vesna', 'acc.igor'];
export const IT_STAFF: readonly string[] = ['it.miha', 'it.sara'];

const FIRST_F = ['Ana', 'Maja', 'Nina', 'Eva', 'Urška', 'Tjaša', 'Špela', 'Mojca', 'Petra', 'Katja', 'Nika', 'Lara', 'Barbara', 'Alenka', 'Vesna'];
const FIRST_M = ['Luka', 'Jan', 'Žiga', 'Matej', 'Rok', 'Nejc', 'Gregor', 'Tomaž', 'Blaž', 'Janez', 'Marko', 'Aleš', 'Primož', 'Boštjan', 'Andrej'];
const LAST = ['Novak', 'Horvat', 'Kovačič', 'Krajnc', 'Zupančič', 'Potočnik', 'Kovač', 'Mlakar', 'Kos', 'Vidmar', 'Golob', 'Turk', 'Božič', 'Kralj', 'Korošec', 'Zupan', 'Bizjak', 'Hribar', 'Kotnik', 'Rozman', 'Pečar', 'Jerman', 'Furlan', 'Medved'];
const MAIL_DOMAINS = ['siol.example', 'gmail.example', 'amis.example', 'telemach.example', 'email.example'];
const STREETS = ['Dunajska cesta', 'Celovška cesta', 'Trubarjeva cesta', 'Prešernova ulica', 'Partizanska cesta', 'Ulica heroja Šlandra', 'Koroška cesta', 'Cankarjeva ulica', 'Šmartinska cesta', 'Ljubljanska cesta', 'Vojkova cesta', 'Kidričeva ulica'];
const TOWNS = ['1000 Ljubljana', '2000 Maribor', '6000 Koper', '6310 Izola', '6330 Piran', '1230 Domžale', '4000 Kranj', '2250 Ptuj', '1360 Vrhnika', '2310 Slovenska Bistrica', '6210 Sežana', '1290 Grosuplje'];

/** Plain ASCII for an e-mail local part (č, š, ž, ć and đ as c, s, z, c and d). */
export const ascii = (s: string): string => s.toLowerCase().replace(/[čć]/g, 'c').replace(/š/g, 's').replace(/ž/g, 'z').replace(/đ/g, 'd');

export interface Patient {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly mobile: string;
  readonly clinic: string;
  readonly dentist: string;
  readonly date_of_birth: string;
}

export const DENTISTS: readonly string[] = ['dr. Mojca Kralj', 'dr. Gregor Pečar', 'dr. Nina Furlan', 'dr. Andrej Medved', 'dr. Alenka Jerman', 'dr. Primož Vidmar'];
export const HYGIENISTS: readonly string[] = ['Katja Rozman (hygienist)', 'Lara Kotnik (hygienist)'];

export const slovenianMobile = (rng: Prng): string => `+386 ${rng.pick(['31', '40', '41', '51', '70'])} 555 0${String(rng.int(0, 99)).padStart(2, '0')}`;
export const slovenianAddress = (rng: Prng): string => `${rng.pick(STREETS)} ${rng.int(1, 120)}, ${rng.pick(TOWNS)}`;
export const birthDate = (rng: Prng, from: number, to: number): string => `${rng.int(from, to)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;

export function personName(rng: Prng): string {
  return `${rng.pick(rng.chance(0.5) ? FIRST_F : FIRST_M)} ${rng.pick(LAST)}`;
}

export function fakePatient(rng: Prng): Patient {
  const name = personName(rng);
  const [first, last] = name.split(' ') as [string, string];
  return {
    id: `PAT-${rng.int(100_000, 999_999)}`,
    name,
    email: `${ascii(first)}.${ascii(last)}${rng.int(1, 99)}@${rng.pick(MAIL_DOMAINS)}`,
    mobile: slovenianMobile(rng),
    clinic: rng.pick(CLINICS),
    dentist: rng.pick(DENTISTS),
    date_of_birth: birthDate(rng, 1940, 2022),
  };
}

export interface Employee {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role: string;
  readonly clinic: string;
  readonly manager: string;
}

const ROLES = ['dentist', 'dental assistant', 'dental assistant', 'dental hygienist', 'receptionist', 'orthodontist', 'dental technician', 'radiology technician'];

export function fakeEmployee(rng: Prng): Employee {
  const name = personName(rng);
  const [first, last] = name.split(' ') as [string, string];
  return {
    id: `EMP-${rng.int(100, 999)}`,
    name,
    email: `${ascii(first)}.${ascii(last)}@${COMPANY_DOMAIN}`,
    role: rng.pick(ROLES),
    clinic: rng.pick(CLINICS),
    manager: rng.pick(['dr. Mojca Kralj', 'Barbara Hribar', 'dr. Gregor Pečar']),
  };
}

/**
 * A Slovenian IBAN: five-digit bank and branch code, eight-digit account and the two national check
 * digits (ISO 7064 MOD 97-10 over the thirteen digits before them). Because the BBAN is then already
 * congruent to 1 mod 97, every Slovenian IBAN carries the check digits 56.
 */
export function slovenianIban(bank: string, account: string): string {
  let r = 0;
  for (const d of `${bank}${account}00`) r = (r * 10 + Number(d)) % 97;
  const bban = `${bank}${account}${String(98 - r).padStart(2, '0')}`;
  return iban('SI', bban);
}

/** Bank codes: NLB (02010), Nova KBM (04515), SKB (03100), Intesa Sanpaolo (10100), Delavska hranilnica (61000). */
export const SI_BANKS = ['02010', '04515', '03100', '10100', '61000'];
export const randomSlovenianIban = (rng: Prng): string => slovenianIban(rng.pick(SI_BANKS), String(rng.int(10_000_000, 99_999_999)));

/**
 * An EMŠO (the Slovenian personal number): DDMMYYY, register 50 (Slovenia), a serial (000-499 men,
 * 500-999 women) and a mod-11 check digit with weights 7,6,5,4,3,2,7,6,5,4,3,2. Serials whose
 * check would be 10 are never issued; this draws again.
 */
export function emso(rng: Prng, dateOfBirth: string): string {
  const [y, m, d] = dateOfBirth.split('-') as [string, string, string];
  for (;;) {
    const twelve = `${d}${m}${y.slice(1)}50${String(rng.int(0, 999)).padStart(3, '0')}`;
    const weights = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    const sum = [...twelve].reduce((acc, ch, i) => acc + Number(ch) * (weights[i] as number), 0);
    const k = 11 - (sum % 11);
    if (k === 10) continue;
    return `${twelve}${k === 11 ? 0 : k}`;
  }
}

/** A ZZZS insured-person number (nine digits, as on the health-insurance card). */
export const zzzsNumber = (rng: Prng): string => String(rng.int(100_000_000, 999_999_999));

export interface Supplier {
  readonly id: string;
  readonly name: string;
  readonly billingEmail: string;
  readonly iban: string;
  readonly bic: string;
}

/** AP's suppliers on file: a fixed set, so their domains and accounts form the finance agent's history. */
export const SUPPLIERS: readonly Supplier[] = [
  { id: 'DOB-0012', name: 'Zobotehnika Kovač s.p.', billingEmail: 'racuni@zobotehnika-kovac.example', iban: slovenianIban('02010', '26114587'), bic: 'LJBASI2X' },
  { id: 'DOB-0019', name: 'DentaDepo d.o.o.', billingEmail: 'fakture@dentadepo.example', iban: slovenianIban('04515', '00217736'), bic: 'KBMASI2X' },
  { id: 'DOB-0027', name: 'Rentgen Servis d.o.o.', billingEmail: 'billing@rentgen-servis.example', iban: slovenianIban('03100', '10048261'), bic: 'SKBASI2X' },
  { id: 'DOB-0031', name: 'Sterilab d.o.o.', billingEmail: 'racunovodstvo@sterilab.example', iban: slovenianIban('10100', '00521904'), bic: 'BAKOSI2X' },
  { id: 'DOB-0044', name: 'Čistoča Bleščava d.o.o.', billingEmail: 'racuni@blescava.example', iban: slovenianIban('61000', '00083417'), bic: 'HDELSI22' },
  { id: 'DOB-0063', name: 'Zubotehnika Kajzer d.o.o.', billingEmail: 'racuni@zubotehnika-kajzer.example', iban: 'HR4623600001103042511', bic: 'ZABAHR2X' },
  { id: 'DOB-0052', name: 'Alpe Implant GmbH', billingEmail: 'invoices@alpe-implant.example', iban: iban('AT', '3800000008412967'), bic: 'RZSTAT2G' },
];

/** What AP's dental suppliers invoice. */
export const INVOICE_LINES: Readonly<Record<string, readonly string[]>> = {
  'DOB-0012': ['Zirconia crown 46', 'Bridge 3 units 24-26', 'Night guard', 'Aligner retainer set', 'Implant crown on abutment'],
  'DOB-0019': ['Composite A2 syringes x20', 'Nitrile gloves M x10 boxes', 'Anaesthetic cartridges x100', 'Impression material', 'Saliva ejectors x1000'],
  'DOB-0027': ['Annual radiation safety check CBCT', 'Sensor repair, Maribor', 'Quarterly maintenance X-ray units'],
  'DOB-0031': ['Autoclave validation', 'Sterilisation pouches', 'Spore tests x12'],
  'DOB-0044': ['Cleaning May, three clinics', 'Window cleaning Koper'],
  'DOB-0063': ['Full denture upper and lower', 'Zirconia bridge 4 units', 'Implant bar, lower jaw'],
  'DOB-0052': ['Implant 4.1 x 10 mm x5', 'Healing abutments x10', 'Surgical kit service'],
};

/** The assistant's principal's payees on file in her NLB Klik (the bills she pays, the standing orders she keeps). */
export const HOUSEHOLD_PAYEES: readonly { readonly name: string; readonly iban: string; readonly purpose: string }[] = [
  { name: 'Elektro energija d.o.o.', iban: slovenianIban('02010', '00171420'), purpose: 'electricity' },
  { name: 'Telekom Slovenije d.d.', iban: slovenianIban('04515', '00013377'), purpose: 'internet and mobile' },
  { name: 'Vrtec Bežigrad', iban: slovenianIban('01261', '00006037'), purpose: 'kindergarten fee' },
  { name: 'Energetika Ljubljana d.o.o.', iban: slovenianIban('02010', '00152816'), purpose: 'district heating' },
  { name: 'Upravnik Dom d.o.o. (building reserve fund)', iban: slovenianIban('03100', '10002783'), purpose: 'building reserve fund' },
  { name: 'own savings account (NLB)', iban: slovenianIban('02010', '27741903'), purpose: 'monthly savings' },
];


/** Acme Dental's own operating account at NLB, which AP pays from. */
export const ACME_NLB_IBAN = slovenianIban('02010', '05832917');
