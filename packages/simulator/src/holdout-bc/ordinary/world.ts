/**
 * holdout-bc's world: Acme Solar & Microgrid (Công ty Cổ phần Năng lượng Acme, with its Philippine
 * subsidiary Acme Solar Philippines, Inc.), a solar installer and island-microgrid operator with its
 * head office in Ho Chi Minh City and branches in Đà Nẵng and Cebu City. It builds and runs rooftop
 * plants on factories in the industrial parks of Bình Dương, Đồng Nai and Long An and sells them the
 * power under PPAs, billed monthly by e-invoice and paid by VietQR; it runs solar-and-battery
 * microgrids on islands (Lý Sơn and Phú Quý in Vietnam, Bantayan and the Camotes in the Visayas) whose
 * households buy electricity on prepaid meters, topped up from MoMo, ZaloPay, GCash or Maya; it
 * imports panels, inverters and batteries from China, Germany and Korea (dollar, euro and yuan wires
 * from Vietcombank every week), pays local suppliers and installer partners by NAPAS 247 and Citad,
 * and the Cebu branch pays by InstaPay and PESONet from BDO. It sells its plants' renewable energy
 * certificates (I-RECs) to buyers under signed contracts. Its people, customers, suppliers and the
 * numbers its records carry (tax codes with real check digits, citizen identity numbers, Philippine
 * TINs, phone numbers in +84 and +63, NAPAS bank BINs and accounts, German and Singaporean accounts)
 * are shared by the ordinary workflows (ordinary/*.ts) and the labelled sessions, so both speak of
 * the same company.
 */
import { iban, isoDate, mstCheckDigit, vietnameseCccd, vietnameseMst, vietQr } from '../../fake-data';
import type { Prng } from '../../prng';

export { isoDate, vietQr };

/**
 * A fixed tax code with a valid check digit from its first eight digits: the first ninth digit that
 * gives a check digit (most do), so the company's counterparties keep the same numbers whatever the seed.
 */
export function mstFrom(eight: string): string {
  for (let d = 0; d <= 9; d++) {
    const check = mstCheckDigit(`${eight}${d}`);
    if (check !== undefined) return `${eight}${d}${check}`;
  }
  throw new RangeError(`no tax code starts ${eight}`);
}

export const COMPANY = 'Acme Solar & Microgrid JSC';
export const COMPANY_VI = 'Công ty Cổ phần Năng lượng Acme';
export const COMPANY_PH = 'Acme Solar Philippines, Inc.';
export const COMPANY_DOMAIN = 'acme-solar.example';
/** The company's own tax code (HCMC, 03...) and its Cebu subsidiary's BIR TIN. */
export const COMPANY_MST = mstFrom('03166294');
export const COMPANY_PH_TIN = '009-482-117-000';
export const OFFICES = ['HCMC', 'Đà Nẵng', 'Cebu'] as const;
export type Office = (typeof OFFICES)[number];
export type Country = 'VN' | 'PH';
export const COUNTRY_OF: Readonly<Record<Office, Country>> = { HCMC: 'VN', 'Đà Nẵng': 'VN', Cebu: 'PH' };

/** Who asks the agents for things. User ids ending `.dng` work in Đà Nẵng, `.ceb` in Cebu, the others in Ho Chi Minh City. */
export const CARE_DESK: readonly string[] = ['cskh.ngoc', 'cskh.tuan', 'cskh.vy.dng', 'cs.rhea.ceb', 'cs.jomar.ceb'];
export const SALES_DESK: readonly string[] = ['sales.khoa', 'sales.thao', 'sales.quang.dng', 'sales.jerome.ceb'];
export const OM_DESK: readonly string[] = ['om.hung', 'om.tam', 'om.quan.dng', 'om.rommel.ceb'];
export const HR_STAFF: readonly string[] = ['hr.lan', 'hr.trang', 'hr.kristine.ceb'];
export const ACCOUNTANTS: readonly string[] = ['ketoan.hanh', 'ketoan.phuc', 'ketoan.yen', 'treasury.long', 'ketoan.linh.dng', 'ap.angelica.ceb'];
export const CFO = 'cfo.minh';
export const IT_STAFF: readonly string[] = ['it.dung', 'it.bao', 'it.jun.ceb'];

export const officeOf = (userId: string): Office => (userId.endsWith('.dng') ? 'Đà Nẵng' : userId.endsWith('.ceb') ? 'Cebu' : 'HCMC');

const VN_FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Trương', 'Đinh'];
const VN_MIDDLE_F = ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Bảo', 'Kim', 'Mỹ', 'Hoài'];
const VN_MIDDLE_M = ['Văn', 'Minh', 'Quốc', 'Hoàng', 'Đức', 'Gia', 'Thành', 'Hữu'];
const VN_GIVEN_F = ['Hà', 'Hạnh', 'Hương', 'Lan', 'Linh', 'Mai', 'Ngân', 'Phương', 'Thảo', 'Trang', 'Vy', 'Yến', 'Châu', 'Nhi', 'Tuyết', 'Diễm'];
const VN_GIVEN_M = ['An', 'Bình', 'Dũng', 'Hải', 'Hiếu', 'Hùng', 'Khoa', 'Long', 'Nam', 'Phúc', 'Quân', 'Quang', 'Tâm', 'Tuấn', 'Sơn', 'Trí', 'Thịnh', 'Lộc'];
const PH_FIRST = ['Maria Cristina', 'Jose Miguel', 'Mark Anthony', 'John Paul', 'Kristine', 'Rhea', 'Jerome', 'Angelica', 'Rommel', 'Ma. Theresa', 'Jun', 'Lovely', 'Jomar', 'Arnel', 'Grace', 'Joy', 'Dindo', 'Marites'];
const PH_LAST = ['Dela Cruz', 'Santos', 'Reyes', 'Garcia', 'Mendoza', 'Villanueva', 'Bautista', 'Cabahug', 'Ybañez', 'Alcantara', 'Sarmiento', 'Tan', 'Lim', 'Uy', 'Abellana', 'Pepito', 'Lapu', 'Ouano', 'Dumdum', 'Rosales'];

/** Plain ASCII for an e-mail local part (Vietnamese đ is not decomposed by NFD, so it is mapped first). */
export const ascii = (s: string): string => s.toLowerCase().replace(/đ/g, 'd').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '');

/** A Vietnamese mobile number (+84 and a carrier's two digits) in the fictional 555 block the simulator keeps to. */
export const vietnameseMobile = (rng: Prng): string => `+84 ${rng.pick(['90', '93', '97', '98', '86', '32', '33', '70', '77', '91', '94', '83', '88'])} 555 ${String(rng.int(0, 9_999)).padStart(4, '0')}`;
/** A Philippine mobile number (+63 9xx), in the 555 block. */
export const philippineMobile = (rng: Prng): string => `+63 9${rng.pick(['17', '18', '27', '05', '15', '66', '77', '98', '47', '56'])} 555 ${String(rng.int(0, 9_999)).padStart(4, '0')}`;
export const mobileOf = (rng: Prng, country: Country): string => (country === 'PH' ? philippineMobile(rng) : vietnameseMobile(rng));
/** A number as Vietnamese and Philippine people write it at home: 0 and the rest (090 555 1234, 0917 555 1234). */
export const localPhone = (phone: string): string => phone.replace(/^\+84 /, '0').replace(/^\+63 /, '0');
/** A number as the wallet and SMS APIs take it: digits only, with the country code (84905551234). */
export const msisdn = (phone: string): string => phone.replace(/\D/g, '');

/** A person's name as people in each country write it (Vietnamese family name first). */
export function personName(rng: Prng, country: Country = 'VN', sex: 'M' | 'F' = rng.chance(0.5) ? 'F' : 'M'): string {
  if (country === 'PH') return `${rng.pick(PH_FIRST)} ${rng.pick(PH_LAST)}`;
  return sex === 'F' ? `${rng.pick(VN_FAMILY)} ${rng.pick(VN_MIDDLE_F)} ${rng.pick(VN_GIVEN_F)}` : `${rng.pick(VN_FAMILY)} ${rng.pick(VN_MIDDLE_M)} ${rng.pick(VN_GIVEN_M)}`;
}

/** The provinces of birth registration the company's people and customers come from, by CCCD code. */
const CCCD_PROVINCES = ['079', '074', '075', '080', '048', '051', '060', '046', '001', '052', '087', '089'];
/** A Philippine TIN as the BIR prints it: nine digits and the branch code (000 for a person's main). */
export const philippineTin = (rng: Prng): string => `${rng.int(100, 799)}-${rng.int(100, 999)}-${rng.int(100, 999)}-000`;

/** A person's national identity number: a Vietnamese CCCD, or a Philippine TIN (the number Philippine records key on). */
export function nationalId(rng: Prng, country: Country, birthYear: number, sex: 'M' | 'F' = rng.chance(0.5) ? 'F' : 'M'): string {
  if (country === 'PH') return philippineTin(rng);
  return vietnameseCccd(rng, rng.pick(CCCD_PROVINCES), sex, birthYear);
}

/** The NAPAS BINs of the banks the company's counterparties bank with (what VietQR and NAPAS 247 route by). */
export const NAPAS_BIN: Readonly<Record<string, string>> = {
  Vietcombank: '970436',
  Techcombank: '970407',
  BIDV: '970418',
  VietinBank: '970415',
  ACB: '970416',
  'MB Bank': '970422',
  VPBank: '970432',
  Sacombank: '970403',
  TPBank: '970423',
  HDBank: '970437',
};

/** The company's own accounts: Vietcombank in dong, dollars, euros and yuan; BDO in Cebu in pesos. */
export const ACME_ACCOUNTS = { vnd: '1029384756', usd: '1029384761', eur: '1029384778', cny: '1029384783', bdoPhp: '008120447391' } as const;
/** The VietQR every PPA invoice carries: the company's dong account at Vietcombank. */
export const COLLECTION_QR_BANK = { bank: 'Vietcombank', bin: NAPAS_BIN['Vietcombank']!, account: ACME_ACCOUNTS.vnd, name: 'CONG TY CP NANG LUONG ACME' } as const;

/** A factory the company sells rooftop power to under a PPA: its tax code, its mail domain, its facility manager and its plant. */
export interface PpaCustomer {
  readonly code: string;
  readonly name: string;
  readonly mst: string;
  readonly domain: string;
  readonly contact: string;
  readonly park: string;
  readonly province: string;
  readonly site: string;
  readonly kwp: number;
  /** VND per kWh under the PPA (a discount on the EVN tariff the factory would otherwise pay). */
  readonly tariff: number;
  readonly phone: string;
  /** How often the customer writes, relative to a regular one (1). */
  readonly weight: number;
}

const ppa = (code: string, name: string, mst: string, domain: string, contact: string, park: string, province: string, kwp: number, tariff: number, phone: string, weight = 1): PpaCustomer => ({ code, name, mst, domain, contact, park, province, site: `${code}-RT`, kwp, tariff, phone, weight });

/**
 * The PPA customers: a fixed set, so their domains form the care desk's history. The regular ones
 * write every week; the occasional ones (weight below 1) a few times a season, so a week often meets
 * one of them first on its last days.
 */
export const PPA_CUSTOMERS: readonly PpaCustomer[] = [
  ppa('TANPHU', 'Công ty TNHH Dệt may Tân Phú', mstFrom('37018294'), 'detmaytanphu.example', 'Nguyễn Văn Hùng', 'VSIP I', 'Bình Dương', 1_850, 1_780, '+84 90 555 2101'),
  ppa('HOAPHAT', 'Công ty TNHH Bao bì Hòa Phát Nam', mstFrom('37022145'), 'baobihoaphatnam.example', 'Trần Thị Hương', 'Mỹ Phước 3', 'Bình Dương', 980, 1_820, '+84 93 555 2114'),
  ppa('SUNGWOO', 'Công ty TNHH Sungwoo Vina', mstFrom('36033771'), 'sungwoovina.example', 'Park Ji-hoon', 'Amata', 'Đồng Nai', 2_400, 1_750, '+84 97 555 2128'),
  ppa('MEKOFOOD', 'Công ty CP Thực phẩm Mekong Xanh', mstFrom('11016488'), 'mekongxanhfood.example', 'Lê Minh Tâm', 'Long Hậu', 'Long An', 1_200, 1_800, '+84 98 555 2135'),
  ppa('VIETSHOE', 'Công ty TNHH Giày da Việt Tiến', mstFrom('37027503'), 'giaydavietien.example', 'Phạm Thị Ngọc', 'Nam Tân Uyên', 'Bình Dương', 1_600, 1_790, '+84 86 555 2142'),
  ppa('DAIKO', 'Công ty TNHH Daiko Seimitsu Việt Nam', mstFrom('36035128'), 'daiko-seimitsu-vn.example', 'Tanaka Hiroshi', 'Long Đức', 'Đồng Nai', 1_100, 1_760, '+84 32 555 2156'),
  ppa('COLDCHAIN', 'Công ty CP Kho lạnh Sài Gòn Logistics', mstFrom('03149817'), 'khosglogistics.example', 'Võ Quốc Bình', 'Tân Tạo', 'TP.HCM', 760, 1_840, '+84 77 555 2163'),
  ppa('DNGSEAF', 'Công ty CP Thủy sản Sơn Trà', mstFrom('04015339'), 'thuysansontra.example', 'Huỳnh Thị Mai', 'KCN Thọ Quang', 'Đà Nẵng', 640, 1_830, '+84 91 555 2177'),
  ppa('CEBUFURN', 'Mactan Rattan & Furniture Corp.', 'PH TIN 004-771-235-000', 'mactanrattan.example', 'Ma. Theresa Ouano', 'MEPZ I', 'Cebu', 720, 9, '+63 917 555 2184'),
  ppa('VSCEMENT', 'Công ty TNHH Gạch men Vĩnh Sơn', mstFrom('38012098'), 'gachmenvinhson.example', 'Đỗ Hữu Thịnh', 'Becamex Bình Phước', 'Bình Phước', 2_900, 1_740, '+84 94 555 2191', 0.15),
  ppa('PHUQUOCRS', 'Công ty CP Du lịch Sao Biển Phú Quốc', mstFrom('17019263'), 'saobienphuquoc.example', 'Trương Thanh Nhi', 'Dương Đông', 'Kiên Giang', 450, 1_950, '+84 83 555 2203', 0.12),
  ppa('CAMOTESRS', 'Camotes Blue Water Resort, Inc.', 'PH TIN 008-339-120-000', 'camotesbluewater.example', 'Arnel Pepito', 'San Francisco, Camotes', 'Cebu', 180, 11, '+63 927 555 2216', 0.12),
];

export function pickWeighted<T extends { readonly weight: number }>(rng: Prng, items: readonly T[]): T {
  let r = rng.next() * items.reduce((a, b) => a + b.weight, 0);
  for (const item of items) {
    r -= item.weight;
    if (r < 0) return item;
  }
  return items[items.length - 1] as T;
}

export const countryOfCustomer = (c: PpaCustomer): Country => (c.province === 'Cebu' ? 'PH' : 'VN');
export const pickCustomer = (rng: Prng, filter: (c: PpaCustomer) => boolean = () => true): PpaCustomer => pickWeighted(rng, PPA_CUSTOMERS.filter(filter));
/** A customer's facility manager's address at the customer's own domain (Vietnamese given name first, as their IT sets it). */
export const customerEmail = (c: PpaCustomer): string => {
  const parts = c.contact.split(' ');
  const given = parts[parts.length - 1] as string;
  return `${ascii(given)}.${ascii(parts[0] as string)}@${c.domain}`;
};

/** An island microgrid: its site code, the meters on it, the wallet households top up from, and the villages. */
export interface Microgrid {
  readonly code: string;
  readonly island: string;
  readonly country: Country;
  readonly province: string;
  readonly kwp: number;
  readonly batteryKwh: number;
  readonly villages: readonly string[];
}

export const MICROGRIDS: readonly Microgrid[] = [
  { code: 'MG-LYSON', island: 'Lý Sơn', country: 'VN', province: 'Quảng Ngãi', kwp: 1_400, batteryKwh: 3_200, villages: ['An Vĩnh', 'An Hải', 'An Bình', 'Thôn Đông', 'Thôn Tây'] },
  { code: 'MG-PHUQUY', island: 'Phú Quý', country: 'VN', province: 'Bình Thuận', kwp: 1_900, batteryKwh: 4_000, villages: ['Tam Thanh', 'Ngũ Phụng', 'Long Hải', 'Triều Dương'] },
  { code: 'MG-BANTAYAN', island: 'Bantayan', country: 'PH', province: 'Cebu', kwp: 1_100, batteryKwh: 2_600, villages: ['Kangkaibe', 'Sillon', 'Ticad', 'Atop-atop', 'Baigad'] },
  { code: 'MG-CAMOTES', island: 'Pacijan (Camotes)', country: 'PH', province: 'Cebu', kwp: 650, batteryKwh: 1_500, villages: ['Santiago', 'Consuelo', 'Union', 'Esperanza'] },
];

export const microgridsOf = (country: Country): Microgrid[] => MICROGRIDS.filter((m) => m.country === country);

/** A household on a microgrid, as the prepaid-meter system keeps it. */
export interface Household {
  readonly account_no: string;
  readonly meter_no: string;
  readonly name: string;
  readonly national_id: string;
  readonly phone: string;
  readonly microgrid: string;
  readonly village: string;
  readonly tariff_band: 'lifeline' | 'residential' | 'small business';
  readonly balance_kwh: number;
}

/** An STS prepaid meter number: eleven digits, as the keypad meters on the islands print them. */
const meterNumber = (rng: Prng): string => `0${rng.int(1_000_000_000, 9_999_999_999)}`.slice(-11);

export function fakeHousehold(rng: Prng, grid: Microgrid = rng.pick(MICROGRIDS)): Household {
  const birth = rng.int(1950, 2003);
  return {
    account_no: `${grid.code.replace('MG-', '').slice(0, 3)}-${rng.int(10_000, 39_999)}`,
    meter_no: meterNumber(rng),
    name: personName(rng, grid.country),
    national_id: nationalId(rng, grid.country, birth),
    phone: mobileOf(rng, grid.country),
    microgrid: grid.code,
    village: rng.pick(grid.villages),
    tariff_band: rng.pick(['lifeline', 'residential', 'residential', 'residential', 'small business']),
    balance_kwh: rng.int(0, 180),
  };
}

/** A twenty-digit STS token as a vending system issues it, in groups of four. */
export const stsToken = (rng: Prng): string => Array.from({ length: 5 }, () => String(rng.int(0, 9_999)).padStart(4, '0')).join('-');
/** What a household's top-up buys: dong or pesos at the band's tariff. */
export const TOPUP_TARIFF: Readonly<Record<Country, Readonly<Record<Household['tariff_band'], number>>>> = {
  VN: { lifeline: 1_900, residential: 2_900, 'small business': 3_400 },
  PH: { lifeline: 12, residential: 17, 'small business': 21 },
};
export const CURRENCY_OF: Readonly<Record<Country, 'VND' | 'PHP'>> = { VN: 'VND', PH: 'PHP' };

/** Someone the company pays: a Vietnamese account (by NAPAS 247 or Citad), a Philippine one (InstaPay or PESONet), or abroad by SWIFT. */
export interface Payee {
  readonly id: string;
  readonly name: string;
  readonly country: string;
  readonly taxId: string;
  readonly billingEmail: string;
  readonly currency: 'VND' | 'PHP' | 'USD' | 'EUR' | 'CNY';
  readonly rail: 'napas' | 'ph_bank' | 'swift';
  readonly bank: string;
  readonly bin?: string;
  readonly branch?: string;
  readonly account?: string;
  readonly iban?: string;
  readonly bic?: string;
  readonly services: readonly string[];
}

const vnPayee = (id: string, name: string, mst: string, billingEmail: string, bank: string, account: string, services: readonly string[]): Payee => ({ id, name, country: 'VN', taxId: mst, billingEmail, currency: 'VND', rail: 'napas', bank, bin: NAPAS_BIN[bank]!, account, services });

/** Accounts payable's Vietnamese suppliers, paid from Vietcombank by NAPAS 247 (up to 500 million dong) or Citad above. */
export const VN_PAYEES: readonly Payee[] = [
  vnPayee('NCC-0107', 'Công ty CP Dây cáp điện Phương Nam', mstFrom('03024188'), 'ketoan@daycapphuongnam.example', 'BIDV', '31410001928374', ['cáp DC 4 mm², 60 cuộn', 'cáp AC 3x95 mm², 1.200 m']),
  vnPayee('NCC-0112', 'Công ty TNHH Khung nhôm Solar Tân Bình', mstFrom('03137740'), 'congno@khungnhomtanbinh.example', 'Techcombank', '19036617254018', ['rail nhôm và kẹp giữa, 2 MWp', 'kẹp biên và bulông inox']),
  vnPayee('NCC-0120', 'Công ty CP Logistics Cát Lái Xanh', mstFrom('03129066'), 'invoice@catlaixanh.example', 'Vietcombank', '0071001427753', ['thông quan 4 x 40HC tấm pin tại Cát Lái', 'vận chuyển Cát Lái - Bình Dương']),
  vnPayee('NCC-0126', 'Công ty TNHH Cơ điện Lạnh Hưng Thịnh', mstFrom('37026511'), 'hungthinh.me@gmail.example', 'ACB', '218847193', ['bảo trì tủ điện trung thế', 'thay CB và relay bảo vệ']),
  vnPayee('NCC-0133', 'Công ty CP Vận tải Biển đảo Sa Huỳnh', mstFrom('43010277'), 'vantaisahuynh@yahoo.example', 'VietinBank', '108873920156', ['tàu hàng Sa Kỳ - Lý Sơn, container pin lưu trữ', 'vận chuyển tấm pin ra đảo']),
  vnPayee('NCC-0140', 'Công ty TNHH Vệ sinh Tấm pin Sạch Nắng', mstFrom('03165209'), 'sachnang.cleaning@gmail.example', 'MB Bank', '0881002376411', ['vệ sinh tấm pin 3 nhà máy, tháng 11']),
  vnPayee('NCC-0147', 'Tổng Công ty Điện lực miền Nam (EVN SPC) - tiền điện văn phòng', mstFrom('03009420'), 'hoadon@evnspc-billing.example', 'Vietcombank', '0071000882154', ['tiền điện văn phòng Quận 7', 'tiền điện kho Thủ Đức']),
  vnPayee('NCC-0152', 'Công ty CP Viễn thông FPT - chi nhánh HCM', mstFrom('01017781'), 'ebill@fpt-telecom-billing.example', 'TPBank', '00291847301', ['đường truyền cáp quang văn phòng và kho', 'SIM 4G cho 60 datalogger']),
];

/** Cebu's suppliers, paid in pesos from BDO by InstaPay (up to PHP 50,000) or PESONet. */
export const PH_PAYEES: readonly Payee[] = [
  { id: 'SUP-C014', name: 'Visayan Electrical Supply Co.', country: 'PH', taxId: 'PH TIN 005-118-402-000', billingEmail: 'billing@visayanelectrical.example', currency: 'PHP', rail: 'ph_bank', bank: 'BPI', branch: 'Mandaue', account: '9381047725', services: ['breakers and combiner boxes, Bantayan', 'grounding kits'] },
  { id: 'SUP-C021', name: 'Hagnaya Roro Shipping Lines', country: 'PH', taxId: 'PH TIN 004-220-981-000', billingEmail: 'accounts@hagnayaroro.example', currency: 'PHP', rail: 'ph_bank', bank: 'UnionBank', branch: 'Cebu IT Park', account: '001340228817', services: ['roro freight Hagnaya - Santa Fe, 2 trucks', 'battery container crossing'] },
];

/** A German IBAN (bank code, ten-digit account) with valid check digits. */
export const germanIban = (bankCode: string, account: string): string => iban('DE', `${bankCode}${account}`);

/** The suppliers abroad, paid every week by SWIFT from Vietcombank's dollar, euro or yuan account. */
export const FOREIGN_PAYEES: readonly Payee[] = [
  { id: 'NCC-N201', name: 'Zhejiang Guangyao PV Technology Co., Ltd.', country: 'CN', taxId: 'USCC 91330481MA2BC7Q41X', billingEmail: 'overseas.ar@guangyao-pv.example', currency: 'USD', rail: 'swift', bank: 'Bank of China, Jiaxing Branch', account: '361273648119', bic: 'BKCHCNBJ92A', services: ['mono PERC 550 W modules, 4 x 40HC', 'bifacial 580 W modules, 2 x 40HC'] },
  { id: 'NCC-N208', name: 'Shenzhen Kelin Inverter Co., Ltd.', country: 'CN', taxId: 'USCC 91440300MA5EQ81L3N', billingEmail: 'finance@kelin-inverter.example', currency: 'CNY', rail: 'swift', bank: 'China Merchants Bank, Shenzhen Branch', account: '755918472610201', bic: 'CMBCCNBS', services: ['string inverters 110 kW, 24 units', 'smart loggers and meters'] },
  { id: 'NCC-N215', name: 'Speicherwerk Sachsen GmbH', country: 'DE', taxId: 'USt-IdNr. DE318452097', billingEmail: 'buchhaltung@speicherwerk-sachsen.example', currency: 'EUR', rail: 'swift', bank: 'Ostsächsische Sparkasse Dresden', iban: germanIban('85050300', '3120418875'), bic: 'OSDDDE81', services: ['battery management firmware licences, 4 sites', 'commissioning engineer, 6 days'] },
  { id: 'NCC-N222', name: 'Hanul Energy Storage Co., Ltd.', country: 'KR', taxId: 'BRN 214-88-41527', billingEmail: 'ar@hanul-ess.example', currency: 'USD', rail: 'swift', bank: 'KEB Hana Bank, Seoul', account: '17491004418205', bic: 'KOEXKRSE', services: ['LFP battery containers 1 MWh, 2 units', 'BMS spare boards'] },
  { id: 'NCC-N229', name: 'Straits Marine Freight Pte. Ltd.', country: 'SG', taxId: 'UEN 201734419K', billingEmail: 'billing@straitsmarinefreight.example', currency: 'USD', rail: 'swift', bank: 'DBS Bank Ltd, Singapore', account: '0720184472', bic: 'DBSSSGSG', services: ['ocean freight Ningbo - Cát Lái, 6 x 40HC', 'ocean freight Busan - Cebu, 1 x 40HC'] },
];

export const ALL_PAYEES: readonly Payee[] = [...VN_PAYEES, ...PH_PAYEES, ...FOREIGN_PAYEES];

/** The installer partners who build residential rooftops under the Acme brand, paid commission every Wednesday by NAPAS 247. */
export interface Installer {
  readonly code: string;
  readonly name: string;
  readonly mst: string;
  readonly domain: string;
  readonly bank: string;
  readonly account: string;
  readonly weight: number;
}

export const INSTALLERS: readonly Installer[] = [
  { code: 'IP-THUDUC', name: 'Điện mặt trời Thủ Đức Xanh', mst: mstFrom('03172044'), domain: 'thuducxanh.example', bank: 'Vietcombank', account: '0441000719382', weight: 1 },
  { code: 'IP-BIENHOA', name: 'Năng lượng Biên Hòa Sun', mst: mstFrom('36037718'), domain: 'bienhoasun.example', bank: 'Techcombank', account: '19037720448011', weight: 1 },
  { code: 'IP-CANTHO', name: 'Solar Miền Tây Cần Thơ', mst: mstFrom('18016621'), domain: 'solarmientay.example', bank: 'Sacombank', account: '070118827364', weight: 0.8 },
  { code: 'IP-DANANG', name: 'Nắng Sông Hàn', mst: mstFrom('04021193'), domain: 'nangsonghan.example', bank: 'BIDV', account: '56010002218473', weight: 0.8 },
  { code: 'IP-NHATRANG', name: 'Điện Xanh Khánh Hòa', mst: mstFrom('42018530'), domain: 'dienxanhkhanhhoa.example', bank: 'VPBank', account: '229184736', weight: 0.2 },
  { code: 'IP-VUNGTAU', name: 'Solar Bà Rịa Vũng Tàu', mst: mstFrom('35024001'), domain: 'solarbrvt.example', bank: 'HDBank', account: '004704070018822', weight: 0.15 },
];

/** Couriers for spare parts and documents; the rarer ones turn up later in a week. */
export const COURIERS: readonly { readonly name: string; readonly host: string; readonly country: Country; readonly weight: number }[] = [
  { name: 'Giao Hàng Nhanh', host: 'online-gateway.ghn-api.example', country: 'VN', weight: 0.4 },
  { name: 'Viettel Post', host: 'partner.viettelpost-api.example', country: 'VN', weight: 0.22 },
  { name: 'Ahamove', host: 'api.ahamove-partner.example', country: 'VN', weight: 0.12 },
  { name: 'LBC Express', host: 'api.lbcexpress-biz.example', country: 'PH', weight: 0.16 },
  { name: '2GO Express', host: 'api.2go-express.example', country: 'PH', weight: 0.1 },
];

/** Parts the field teams order and ship to sites, with the warehouse code. */
export const SPARE_PARTS: readonly { readonly sku: string; readonly name: string }[] = [
  { sku: 'SP-MC4-100', name: 'MC4 connectors, pack of 100' },
  { sku: 'SP-FUSE-15', name: 'DC string fuses 15 A, box of 20' },
  { sku: 'SP-SPD-DC', name: 'DC surge protection device' },
  { sku: 'SP-LOG-4G', name: 'datalogger 4G modem' },
  { sku: 'SP-FAN-110', name: 'inverter cooling fan, 110 kW model' },
  { sku: 'SP-CT-400', name: 'current transformer 400/5 A' },
  { sku: 'SP-KEYPAD', name: 'prepaid meter customer keypad' },
];

/** A dong amount the way Vietnamese invoices write it (1.250.000 ₫), or pesos the Philippine way (PHP 12,500.00). */
export const money = (n: number, currency: 'VND' | 'PHP' | 'USD' | 'EUR' | 'CNY' = 'VND'): string =>
  currency === 'VND' ? `${String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} ₫` : `${currency} ${n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;

export { vietnameseMst };
