/**
 * holdout-ba's world: Acme Freight (Acme Freight Logística y Aduanas SpA), a freight forwarder and
 * customs broker headquartered in Valparaíso, Chile, with offices in Lima (Callao) and Montevideo.
 * It books sea freight with the shipping lines, clears imports and exports through Chile's,
 * Peru's and Uruguay's customs, trucks containers from the terminals and hands small consignments
 * to last-mile couriers, and pays carriers, terminals and partner agents at home and abroad (USD
 * wires to Panama, Peru, Brazil, the United States and Europe are an ordinary week's work). Its
 * people, customers, carriers, payees and the numbers its records carry (Chilean RUTs and Peruvian
 * RUCs with their check digits, ISO 6346 container numbers, Chilean bank accounts, SWIFT codes, ABA
 * routing numbers and European and Brazilian IBANs) are shared by the ordinary workflows
 * (ordinary/*.ts) and the labelled sessions, so both speak of the same company.
 */
import { chileanRut, containerNumber, iban, isoDate, rucCheckDigit, rutCheckDigit } from '../../fake-data';
import type { Prng } from '../../prng';

export { isoDate };

export const COMPANY = 'Acme Freight Logística y Aduanas SpA';
export const COMPANY_DOMAIN = 'acme-freight.example';
export const COMPANY_RUT = `76.418.253-${rutCheckDigit(76_418_253)}`;
export const OFFICES = ['Valparaíso', 'Lima', 'Montevideo'] as const;
export type Office = (typeof OFFICES)[number];

/** Who asks the agents for things: the operations desk's three teams, HR, accounts payable, IT and the CFO. */
export const DESK_STAFF: readonly string[] = ['cs.catalina', 'cs.matias', 'cs.rosario.lima', 'cs.florencia.mvd'];
export const CUSTOMS_STAFF: readonly string[] = ['aduana.ignacio', 'aduana.javiera', 'aduana.renzo.lima'];
export const DISPATCH_STAFF: readonly string[] = ['despacho.cristobal', 'despacho.camila', 'trafico.mauricio.mvd'];
export const HR_STAFF: readonly string[] = ['rrhh.constanza', 'rrhh.gonzalo'];
export const ACCOUNTANTS: readonly string[] = ['cxp.paula', 'cxp.rodrigo', 'tesoreria.ximena', 'cxp.milagros.lima'];
export const CFO_USER = 'gaf.alejandra';
export const IT_STAFF: readonly string[] = ['ti.benjamin', 'ti.fernanda', 'ti.agustin.mvd'];

const FIRST_F = ['Catalina', 'Javiera', 'Constanza', 'Francisca', 'Valentina', 'Camila', 'Fernanda', 'Antonia', 'Josefa', 'Macarena', 'Trinidad', 'Paz', 'Carolina', 'Daniela'];
const FIRST_M = ['Matías', 'Benjamín', 'Vicente', 'Cristóbal', 'Tomás', 'Sebastián', 'Ignacio', 'Felipe', 'Joaquín', 'Diego', 'Rodrigo', 'Gonzalo', 'Nicolás', 'Álvaro'];
const LAST = ['González', 'Muñoz', 'Rojas', 'Díaz', 'Pérez', 'Soto', 'Contreras', 'Silva', 'Sepúlveda', 'Morales', 'Fuentes', 'Araya', 'Espinoza', 'Valenzuela', 'Tapia', 'Reyes', 'Castro', 'Pizarro', 'Vásquez', 'Carrasco', 'Cortés', 'Núñez', 'Jara', 'Vergara', 'Olivares', 'Saavedra'];
const PE_FIRST = ['Rosa', 'Lucía', 'Milagros', 'Yesenia', 'Flor', 'Wilber', 'Edwin', 'Percy', 'Jhon', 'Elmer'];
const PE_LAST = ['Quispe', 'Mamani', 'Huamán', 'Condori', 'Ccahuana', 'Choque', 'Apaza', 'Chávez', 'Ramos', 'Vargas'];
const UY_FIRST = ['Florencia', 'Agustina', 'Sofía', 'Martina', 'Santiago', 'Facundo', 'Bruno', 'Gastón'];
const UY_LAST = ['Pereira', 'Suárez', 'Olivera', 'Sosa', 'Acosta', 'Techera', 'Cabrera', 'Bentancor'];
const PERSONAL_DOMAINS = ['gmail.example', 'hotmail.example', 'vtr.example', 'entel.example', 'outlook.example', 'movistar.example'];

const CL_STREETS = ['Av. Brasil', 'Calle Prat', 'Av. Libertad', 'Av. Pedro Montt', 'Calle Condell', 'Av. Providencia', 'Av. Apoquindo', 'Av. Matta', 'Calle Blanco', 'Av. España', 'Av. Alemania', 'Pasaje Gálvez', 'Av. Los Carrera', 'Calle Esmeralda'];
const CL_COMUNAS = ['Valparaíso', 'Viña del Mar', 'Quilpué', 'Villa Alemana', 'Santiago', 'Providencia', 'Las Condes', 'Ñuñoa', 'Maipú', 'San Antonio', 'Los Andes', 'Concepción', 'Rancagua', 'Talca', 'La Serena', 'Quillota'];

/** Plain ASCII for an e-mail local part. */
export const ascii = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '');

export const chileanMobile = (rng: Prng): string => `+56 9 5550 ${String(rng.int(0, 9_999)).padStart(4, '0')}`;
export const peruvianMobile = (rng: Prng): string => `+51 955 501 ${String(rng.int(0, 999)).padStart(3, '0')}`;
export const uruguayanMobile = (rng: Prng): string => `+598 95 550 ${String(rng.int(0, 999)).padStart(3, '0')}`;
export const chileanAddress = (rng: Prng): string => `${rng.pick(CL_STREETS)} ${rng.int(10, 3_900)}, ${rng.pick(CL_COMUNAS)}`;
/** A person's RUN (the RUT of a natural person), as on the identity card. */
export const personRut = (rng: Prng): string => chileanRut(rng, 6_000_000, 24_999_999);
/** A company's RUT (the 76 to 77 million range SII gives new companies). */
export const companyRut = (rng: Prng): string => chileanRut(rng, 76_000_000, 77_999_999);
export const birthDate = (rng: Prng, from: number, to: number): string => `${rng.int(from, to)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;

/** A Chilean name as people write it: given name and both surnames. */
export function personName(rng: Prng): string {
  return `${rng.pick(rng.chance(0.5) ? FIRST_F : FIRST_M)} ${rng.pick(LAST)} ${rng.pick(LAST)}`;
}

/** One person who receives a consignment: what a courier needs to hand it over (name, RUN, mobile, e-mail, address). */
export interface Consignee {
  readonly name: string;
  readonly rut: string;
  readonly mobile: string;
  readonly email: string;
  readonly address: string;
}

export function fakeConsignee(rng: Prng): Consignee {
  const name = personName(rng);
  const [first, last] = name.split(' ') as [string, string];
  return { name, rut: personRut(rng), mobile: chileanMobile(rng), email: `${ascii(first)}.${ascii(last)}${rng.int(1, 99)}@${rng.pick(PERSONAL_DOMAINS)}`, address: chileanAddress(rng) };
}

/** A customer of the forwarder: an importer or exporter with its tax id, its mail domain and its people. */
export interface Org {
  readonly code: string;
  readonly name: string;
  readonly country: 'CL' | 'PE' | 'UY';
  readonly taxId: string;
  readonly domain: string;
  readonly contact: string;
  readonly trade: 'import' | 'export';
  readonly goods: readonly string[];
  /** How often the customer writes or ships, relative to a regular one (1). */
  readonly weight: number;
}

const org = (code: string, name: string, country: Org['country'], taxId: string, domain: string, contact: string, trade: Org['trade'], goods: readonly string[], weight = 1): Org => ({ code, name, country, taxId, domain, contact, trade, goods, weight });
const clRut = (body: number): string => `${String(body).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}-${rutCheckDigit(body)}`;
const peRuc = (ten: string): string => `${ten}${rucCheckDigit(ten)}`;

/**
 * The customers on file, in CargoWise: a fixed set, so their domains form the desk's history. The
 * regular ones write every day; the occasional ones (weight below 1) ship a few times a season, so a
 * week often meets one of them first on its last days.
 */
export const CUSTOMERS: readonly Org[] = [
  org('VINSBRSCL', 'Viña Santa Brígida S.A.', 'CL', clRut(96_512_774), 'vsantabrigida.example', 'Macarena Olivares', 'export', ['bottled wine, 20 pallets', 'bulk wine flexitank']),
  org('FRUAROCL', 'Frutícola Los Aromos Ltda.', 'CL', clRut(77_104_385), 'losaromos-fruta.example', 'Felipe Saavedra', 'export', ['fresh cherries, reefer', 'blueberries, reefer', 'apples, reefer']),
  org('SALAUSCL', 'Salmones Austral Sur S.A.', 'CL', clRut(96_871_230), 'australsur.example', 'Daniela Vergara', 'export', ['frozen salmon fillets, reefer']),
  org('COBANDCL', 'Cobre Andino Repuestos SpA', 'CL', clRut(76_955_102), 'cobreandino.example', 'Rodrigo Pizarro', 'import', ['mill liners', 'crusher spare parts', 'conveyor idlers']),
  org('DIMEPACL', 'Distribuidora Médica Pacífico Ltda.', 'CL', clRut(77_318_640), 'dimepac.example', 'Trinidad Carrasco', 'import', ['surgical gloves', 'infusion pumps', 'syringes']),
  org('ELHOBBCL', 'Electro Hogar Bío Bío S.A.', 'CL', clRut(96_743_118), 'electrohogarbiobio.example', 'Sebastián Núñez', 'import', ['washing machines', 'split air conditioners', 'microwave ovens']),
  org('NUEMAUCL', 'Nueces del Maule SpA', 'CL', clRut(76_602_941), 'nuecesdelmaule.example', 'Josefa Tapia', 'export', ['walnuts in shell', 'walnut kernels']),
  org('CERCALCL', 'Cervecera Cerro Alegre SpA', 'CL', clRut(76_230_587), 'cerveceracerroalegre.example', 'Tomás Jara', 'import', ['malted barley', 'brewing equipment']),
  org('AGRELQCL', 'Agrícola Valle de Elqui Ltda.', 'CL', clRut(77_501_233), 'agrivalleelqui.example', 'Carolina Cortés', 'export', ['table grapes, reefer', 'pisco, 12 pallets']),
  org('FERQUICL', 'Ferretería Industrial Quilpué Ltda.', 'CL', clRut(77_888_016), 'ferreteriaquilpue.example', 'Álvaro Reyes', 'import', ['power tools', 'fasteners', 'welding rods']),
  org('MUENUNCL', 'Muebles Ñuñoa SpA', 'CL', clRut(76_144_770), 'mueblesnunoa.example', 'Antonia Castro', 'import', ['flat-pack furniture', 'office chairs']),
  org('TEXGAMPE', 'Textil Gamarra Andina S.A.C.', 'PE', peRuc('2060184753'), 'textilgamarra.example', 'Milagros Quispe', 'import', ['cotton yarn', 'knitting machines']),
  org('CAFSELPE', 'Café Selva Central S.A.C.', 'PE', peRuc('2054873216'), 'cafeselvacentral.example', 'Wilber Huamán', 'export', ['green coffee, 275 bags']),
  org('QUIALTPE', 'Quinua Real del Altiplano S.A.C.', 'PE', peRuc('2044762198'), 'quinuarealaltiplano.example', 'Yesenia Condori', 'export', ['organic quinoa, 20 t']),
  org('ESPICAPE', 'Espárragos de Ica S.A.C.', 'PE', peRuc('2049315570'), 'esparragosica.example', 'Percy Chávez', 'export', ['fresh asparagus, reefer']),
  org('LANPLAUY', 'Lanas del Plata S.A.', 'UY', '217845630019', 'lanasdelplata.example', 'Agustina Techera', 'export', ['scoured wool, 40 bales']),
  org('VINCANUY', 'Vinos de Canelones S.A.', 'UY', '216533290014', 'vinoscanelones.example', 'Facundo Sosa', 'export', ['tannat wine, 18 pallets']),
  org('IMPPOCUY', 'Importadora Pocitos S.R.L.', 'UY', '215977410012', 'importadorapocitos.example', 'Gastón Cabrera', 'import', ['household appliances', 'toys']),
  org('BODCASCL', 'Bodegas Casablanca Alto SpA', 'CL', clRut(76_771_204), 'bodegascasablancaalto.example', 'Paz Morales', 'export', ['sparkling wine, 10 pallets'], 0.15),
  org('OLIHUACL', 'Olivares del Huasco Ltda.', 'CL', clRut(77_290_318), 'olivareshuasco.example', 'Vicente Araya', 'export', ['olive oil, 16 pallets'], 0.15),
  org('MINREPCL', 'Minera Repuestos Norte SpA', 'CL', clRut(76_418_902), 'mineranorte-repuestos.example', 'Diego Rojas', 'import', ['haul truck tyres', 'hydraulic hoses'], 0.15),
  org('JUGSURCL', 'Juguetería del Sur Ltda.', 'CL', clRut(77_830_145), 'jugueteriadelsur.example', 'Camila Soto', 'import', ['toys, seasonal', 'bicycles'], 0.12),
  org('PALAREPE', 'Paltas de Arequipa S.A.C.', 'PE', peRuc('2045518037'), 'paltasarequipa.example', 'Elmer Apaza', 'export', ['avocados, reefer'], 0.15),
  org('CUEPIUPE', 'Curtiembre Piura S.A.C.', 'PE', peRuc('2052906411'), 'curtiembrepiura.example', 'Lucía Ramos', 'import', ['tanning drums', 'chemicals, IMO 8'], 0.12),
  org('ARRTACUY', 'Arrocera Tacuarí S.A.', 'UY', '214402880017', 'arroceratacuari.example', 'Bruno Acosta', 'export', ['rice, 24 t'], 0.15),
  org('FARMONUY', 'Farmacéutica Montevideana S.A.', 'UY', '218330550011', 'farmaceuticamvd.example', 'Sofía Bentancor', 'import', ['pharmaceuticals, temperature controlled'], 0.12),
];

export interface Carrier {
  readonly scac: string;
  readonly name: string;
  readonly host: string;
  readonly containerOwner: string;
  readonly blPrefix: string;
}

/** The shipping lines the desk books with, through INTTRA, and whose tracking APIs it reads. */
export const CARRIERS: readonly Carrier[] = [
  { scac: 'MAEU', name: 'Maersk', host: 'api.maersk.example', containerOwner: 'MSKU', blPrefix: 'MAEU' },
  { scac: 'MSCU', name: 'MSC', host: 'api.msc.example', containerOwner: 'MEDU', blPrefix: 'MEDU' },
  { scac: 'HLCU', name: 'Hapag-Lloyd', host: 'api.hlag.example', containerOwner: 'HLXU', blPrefix: 'HLCU' },
  { scac: 'CMDU', name: 'CMA CGM', host: 'api.cma-cgm.example', containerOwner: 'CMAU', blPrefix: 'CMDU' },
  { scac: 'ONEY', name: 'Ocean Network Express', host: 'api.one-line.example', containerOwner: 'ONEU', blPrefix: 'ONEY' },
  { scac: 'EGLV', name: 'Evergreen', host: 'api.evergreen-line.example', containerOwner: 'EGHU', blPrefix: 'EGLV' },
  { scac: 'COSU', name: 'COSCO Shipping', host: 'api.coscoshipping.example', containerOwner: 'CSNU', blPrefix: 'COSU' },
  { scac: 'ZIMU', name: 'ZIM', host: 'api.zim.example', containerOwner: 'ZCSU', blPrefix: 'ZIMU' },
];

export const VESSELS: readonly string[] = ['PACIFIC CONDOR', 'MAULE BRIDGE', 'ANDES TRADER', 'HUMBOLDT CURRENT', 'RIO DE LA PLATA STAR', 'SANTA CATALINA EXPRESS', 'ATACAMA SPIRIT', 'CHILOE HIGHWAY', 'CALLAO PIONEER', 'TIERRA DEL FUEGO'];
export const PORTS: readonly string[] = ['CNSHA', 'CNNGB', 'KRPUS', 'USLGB', 'USMIA', 'NLRTM', 'DEHAM', 'ESVLC', 'BRSSZ', 'PABLB', 'MXZLO', 'ECGYE', 'COBUN', 'JPYOK'];
export const HOME_PORTS: Readonly<Record<Office, readonly string[]>> = { Valparaíso: ['CLVAP', 'CLSAI'], Lima: ['PECLL'], Montevideo: ['UYMVD'] };

/** Each home port's terminals and port community system, which the dispatch desk reads for gate and release status. */
export const TERMINALS: readonly { readonly port: string; readonly name: string; readonly host: string }[] = [
  { port: 'CLVAP', name: 'TPS Valparaíso', host: 'silogport.puertovalparaiso.example' },
  { port: 'CLSAI', name: 'San Antonio Terminal Internacional', host: 'pcs.puertosanantonio.example' },
  { port: 'CLSAI', name: 'DP World San Antonio', host: 'pcs.puertosanantonio.example' },
  { port: 'PECLL', name: 'APM Terminals Callao', host: 'portal.apmterminals-callao.example' },
  { port: 'PECLL', name: 'DP World Callao', host: 'tracking.dpworld-callao.example' },
  { port: 'UYMVD', name: 'TCP Montevideo', host: 'consultas.tcp-montevideo.example' },
];

export const blNumber = (rng: Prng, c: Carrier): string => `${c.blPrefix}${rng.int(200_000_000, 299_999_999)}`;
export const bookingNumber = (rng: Prng): string => `${rng.int(2_300_000_000, 2_399_999_999)}`;
export const shipmentId = (rng: Prng): string => `S${rng.int(10_000_000, 10_999_999)}`;
export const container = (rng: Prng, c: Carrier): string => containerNumber(rng, c.containerOwner);
export const voyage = (rng: Prng): string => `${rng.int(230, 252)}${rng.pick(['S', 'N', 'E', 'W'])}`;

/** A customs declaration number of each office's customs (Chile's DIN, Peru's DAM, Uruguay's DUA). */
export function declarationNumber(rng: Prng, office: Office): string {
  if (office === 'Lima') return `118-2030-10-${String(rng.int(1, 199_999)).padStart(6, '0')}`;
  if (office === 'Montevideo') return `001-2030-${String(rng.int(1, 99_999)).padStart(5, '0')}`;
  return `${rng.int(5_100_000_000, 5_199_999_999)}`;
}

/** Which customs system each office declares to, and where its web service is. */
export const CUSTOMS: Readonly<Record<Office, { readonly authority: string; readonly system: string; readonly host: string; readonly declaration: string }>> = {
  Valparaíso: { authority: 'Servicio Nacional de Aduanas', system: 'ISIDORA', host: 'isidora.aduana.example', declaration: 'DIN' },
  Lima: { authority: 'SUNAT Aduanas', system: 'SIGAD', host: 'ws.aduanet.sunat.example', declaration: 'DAM' },
  Montevideo: { authority: 'Dirección Nacional de Aduanas', system: 'LUCIA', host: 'lucia.aduanas.example', declaration: 'DUA' },
};

/**
 * A Spanish IBAN: bank, branch, the two national check digits (módulo 11 over "00" + bank + branch,
 * then over the account, weights 1, 2, 4, 8, 5, 10, 9, 7, 3, 6) and the ten-digit account.
 */
export function spanishIban(bank: string, branch: string, account: string): string {
  const weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const dc = (ten: string): string => {
    const k = 11 - ([...ten].reduce((a, d, i) => a + Number(d) * (weights[i] as number), 0) % 11);
    return String(k === 11 ? 0 : k === 10 ? 1 : k);
  };
  return iban('ES', `${bank}${branch}${dc(`00${bank}${branch}`)}${dc(account)}${account}`);
}

/** A Brazilian IBAN: the bank's eight-digit ISPB, five-digit branch, ten-digit account, account type (C current) and holder (1 first). */
export const brazilianIban = (ispb: string, branch: string, account: string): string => iban('BR', `${ispb}${branch}${account}C1`);

/** Someone accounts payable pays: a Chilean account by RUT and bank code, or a foreign one by SWIFT and account or IBAN. */
export interface Payee {
  readonly id: string;
  readonly name: string;
  readonly country: string;
  readonly taxId: string;
  readonly billingEmail: string;
  readonly currency: 'CLP' | 'USD' | 'EUR' | 'PEN';
  readonly bank: string;
  /** Chilean bank code (SBIF) of a domestic account. */
  readonly bankCode?: string;
  readonly account?: string;
  readonly iban?: string;
  readonly bic?: string;
  /** ABA routing number of a United States account. */
  readonly aba?: string;
  readonly services: readonly string[];
}

/** Accounts payable's carriers, terminals, truckers and partner agents, at home and abroad. */
export const PAYEES: readonly Payee[] = [
  { id: 'PRV-1104', name: 'San Antonio Terminal Internacional S.A.', country: 'CL', taxId: clRut(96_908_970), billingEmail: 'facturacion@sti-terminal.example', currency: 'CLP', bank: 'Banco de Chile', bankCode: '001', account: '00-801-04417-06', services: ['THC import, 14 x 40HC', 'storage, 6 days', 'reefer plug-in, 3 days'] },
  { id: 'PRV-1117', name: 'Terminal Pacífico Sur Valparaíso S.A.', country: 'CL', taxId: clRut(96_909_650), billingEmail: 'cobranzas@tps-valparaiso.example', currency: 'CLP', bank: 'Banco Santander Chile', bankCode: '037', account: '0-000-71820-44', services: ['THC export, 9 x 40RH', 'weighing (VGM)', 'gate-in'] },
  { id: 'PRV-1230', name: 'Transportes Cordillera Ltda.', country: 'CL', taxId: clRut(77_612_408), billingEmail: 'facturas@transportescordillera.example', currency: 'CLP', bank: 'BancoEstado', bankCode: '012', account: '2907-133-4581', services: ['container haulage San Antonio - Santiago x 11', 'haulage Los Andes - Valparaíso x 6'] },
  { id: 'PRV-1246', name: 'Transportes Hermanos Tapia SpA', country: 'CL', taxId: clRut(76_890_155), billingEmail: 'hnostapia.facturacion@transportes-tapia.example', currency: 'CLP', bank: 'BCI', bankCode: '016', account: '1184-2209', services: ['haulage San Antonio - Rancagua x 8', 'false freight'] },
  { id: 'PRV-1302', name: 'Depósito de Contenedores Placilla Ltda.', country: 'CL', taxId: clRut(77_044_321), billingEmail: 'dte@depotplacilla.example', currency: 'CLP', bank: 'Itaú Chile', bankCode: '039', account: '0211-870-35', services: ['empty container storage', 'container repair'] },
  { id: 'PRV-2011', name: 'Pacific Bridge Lines S.A.', country: 'PA', taxId: 'RUC 155601234-2-2015 DV 41', billingEmail: 'ar@pacificbridgelines.example', currency: 'USD', bank: 'Banco General, Panamá', account: '03-72-01-093517-2', bic: 'BAGEPAPA', services: ['ocean freight Shanghai - San Antonio, 4 x 40HC', 'BAF', 'ocean freight Ningbo - Callao, 2 x 20GP'] },
  { id: 'PRV-2016', name: 'Colón Free Zone Consolidators Inc.', country: 'PA', taxId: 'RUC 2238746-1-780112 DV 09', billingEmail: 'billing@cfz-consolidators.example', currency: 'USD', bank: 'Banistmo, Panamá', account: '0107-0451-2288', bic: 'MIDLPAPA', services: ['LCL consolidation Colón - Valparaíso', 'warehouse handling Colón'] },
  { id: 'PRV-2040', name: 'Agencia Marítima Chalaca S.A.C.', country: 'PE', taxId: peRuc('2051738842'), billingEmail: 'facturacion@maritimachalaca.example', currency: 'USD', bank: 'Banco de Crédito del Perú', account: '193-2456789-1-54', bic: 'BCPLPEPL', services: ['agency fee Callao', 'destination handling Callao, 3 x 40HC'] },
  { id: 'PRV-2052', name: 'Transportes Rodoviários Serra Gaúcha Ltda.', country: 'BR', taxId: 'CNPJ 07.418.331/0001-52', billingEmail: 'financeiro@serragaucha-transportes.example', currency: 'USD', bank: 'Itaú Unibanco', iban: brazilianIban('60701190', '03123', '0045123678'), bic: 'ITAUBRSP', services: ['road freight Caxias do Sul - Santiago, 2 trailers', 'cross-border MIC/DTA'] },
  { id: 'PRV-2058', name: 'Rodo Pampa Logística Internacional Ltda.', country: 'BR', taxId: 'CNPJ 11.902.655/0001-08', billingEmail: 'cobranca@rodopampa.example', currency: 'USD', bank: 'Banco do Brasil', iban: brazilianIban('00000000', '02746', '0000318824'), bic: 'BRASBRRJ', services: ['road freight Uruguaiana - Montevideo', 'road freight São Paulo - Los Andes'] },
  { id: 'PRV-3007', name: 'Valencia Cargo Partners S.L.', country: 'ES', taxId: 'CIF B98471236', billingEmail: 'facturacion@valenciacargopartners.example', currency: 'EUR', bank: 'CaixaBank', iban: spanishIban('2100', '4410', '0200187453'), bic: 'CAIXESBBXXX', services: ['origin handling Valencia, 3 x 20GP', 'export customs Valencia'] },
  { id: 'PRV-3012', name: 'Rotterdam Forwarding B.V.', country: 'NL', taxId: 'BTW NL862044117B01', billingEmail: 'invoices@rotterdamforwarding.example', currency: 'EUR', bank: 'ABN AMRO', iban: iban('NL', 'ABNA0417209358'), bic: 'ABNANL2A', services: ['origin handling Rotterdam, 2 x 40HC', 'pick-up Venlo'] },
  { id: 'PRV-3019', name: 'Hanseatic Freight GmbH', country: 'DE', taxId: 'USt-IdNr DE298174530', billingEmail: 'rechnungen@hanseatic-freight.example', currency: 'EUR', bank: 'Hamburger Sparkasse', iban: iban('DE', '200505501281447730'), bic: 'HASPDEHHXXX', services: ['origin handling Hamburg, 1 x 40HC', 'export declaration ATLAS'] },
  { id: 'PRV-3031', name: 'Miami Gateway Logistics LLC', country: 'US', taxId: 'EIN 65-1420388', billingEmail: 'ar@miamigatewaylogistics.example', currency: 'USD', bank: 'JPMorgan Chase Bank, Florida', account: '771234589', aba: '267084131', bic: 'CHASUS33', services: ['air freight MIA - SCL, 840 kg', 'consolidation Doral warehouse'] },
];

/** The Lima office's own suppliers, paid in soles from its BCP account through Telecrédito. */
export const LIMA_PAYEES: readonly Payee[] = [
  { id: 'PRV-L011', name: 'Transportes Chalacos S.A.C.', country: 'PE', taxId: peRuc('2050918736'), billingEmail: 'facturacion@transporteschalacos.example', currency: 'PEN', bank: 'Banco de Crédito del Perú', account: '191-3320145-0-71', services: ['haulage Callao - Ate, 5 x 40HC', 'false freight Callao'] },
  { id: 'PRV-L018', name: 'Almacén Extraportuario Callao S.A.', country: 'PE', taxId: peRuc('2033047815'), billingEmail: 'cobranzas@almacen-callao.example', currency: 'PEN', bank: 'Interbank', account: '200-3001877452', services: ['storage, 8 days', 'container inspection (aforo)'] },
];

export const FOREIGN_PAYEES = PAYEES.filter((p) => p.country !== 'CL');
export const DOMESTIC_PAYEES = PAYEES.filter((p) => p.country === 'CL');

/** Acme Freight's own accounts: Banco de Chile in pesos and dollars, BCP in Lima. */
export const ACME_ACCOUNTS = { clp: '00-800-12345-07', usd: '05-100-77821-04', bcpLima: '194-1882045-0-33' } as const;

/** The last-mile couriers the dispatch desk hands consignments to, by their APIs (the rarer ones turn up later in a week). */
export const COURIERS: readonly { readonly name: string; readonly host: string; readonly weight: number }[] = [
  { name: 'Chilexpress', host: 'api.chilexpress-empresas.example', weight: 0.34 },
  { name: 'Starken', host: 'api.starken-b2b.example', weight: 0.26 },
  { name: 'Blue Express', host: 'api.blue-express.example', weight: 0.2 },
  { name: 'Correos de Chile', host: 'api.correos-pymes.example', weight: 0.1 },
  { name: 'Olva Courier', host: 'api.olva-courier.example', weight: 0.06 },
  { name: 'DAC Uruguay', host: 'api.dac-uruguay.example', weight: 0.04 },
];

/** A customer, the regular ones more often than the occasional ones; `filter` narrows the choice. */
export function pickCustomer(rng: Prng, filter: (o: Org) => boolean = () => true): Org {
  return pickWeighted(rng, CUSTOMERS.filter(filter));
}

export function pickWeighted<T extends { readonly weight: number }>(rng: Prng, items: readonly T[]): T {
  let r = rng.next() * items.reduce((a, b) => a + b.weight, 0);
  for (const item of items) {
    r -= item.weight;
    if (r < 0) return item;
  }
  return items[items.length - 1] as T;
}

/** An employee: drivers, dispatchers, customs brokers' assistants, desk and back office, in the three offices. */
export interface Employee {
  readonly id: string;
  readonly name: string;
  readonly rut: string;
  readonly email: string;
  readonly role: string;
  readonly office: Office;
  readonly manager: string;
}

const ROLES = ['truck driver', 'truck driver', 'truck driver', 'dispatcher', 'customs broker assistant', 'customer service executive', 'warehouse operator', 'accounts assistant', 'pricing analyst'];

export function fakeEmployee(rng: Prng): Employee {
  const office = rng.chance(0.7) ? 'Valparaíso' : rng.pick(['Lima', 'Montevideo'] as const);
  const name = office === 'Lima' ? `${rng.pick(PE_FIRST)} ${rng.pick(PE_LAST)} ${rng.pick(PE_LAST)}` : office === 'Montevideo' ? `${rng.pick(UY_FIRST)} ${rng.pick(UY_LAST)}` : personName(rng);
  const [first, last] = name.split(' ') as [string, string];
  return {
    id: `COL-${rng.int(1_000, 1_999)}`,
    name,
    rut: office === 'Valparaíso' ? personRut(rng) : office === 'Lima' ? `DNI ${rng.int(40_000_000, 79_999_999)}` : `CI ${rng.int(3_000_000, 5_999_999)}-${rng.int(0, 9)}`,
    email: `${ascii(first)}.${ascii(last)}@${COMPANY_DOMAIN}`,
    role: rng.pick(ROLES),
    office,
    manager: rng.pick(['Cristóbal Araya (operations)', 'Javiera Rojas (customs)', 'Paula Sepúlveda (finance)', 'Renzo Quispe (Lima office)', 'Florencia Olivera (Montevideo office)']),
  };
}

/** A CLP amount the way Chilean invoices write it: $1.234.567. */
export const clp = (n: number): string => `$${String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
