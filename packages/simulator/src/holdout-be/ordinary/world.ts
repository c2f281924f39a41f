/**
 * holdout-be's world: Acme Saúde (Acme Saúde Serviços Médicos e Diagnósticos Ltda.), a private clinic
 * and diagnostics-lab network with its head office, its main clinic and its central laboratory on
 * Avenida Paulista in São Paulo, clinics in Recife (Boa Viagem) and Curitiba (Batel), imaging (MRI, CT,
 * mammography, ultrasound) in São Paulo and Recife, a partner laboratory in Asunción (Paraguay) that
 * runs the esoteric and molecular tests and sends its own samples north, and a billing and back-office
 * team in Porto (Portugal) that codes the TISS guides, fights the insurers' glosas and runs the
 * Portuguese payroll of its own people. Patients pay through their health insurers (convênios: Unimed,
 * Bradesco Saúde, SulAmérica, Amil, Porto Saúde, Cassi, now and then a new one) or privately by PIX and
 * card. Its people, doctors' companies, suppliers and the numbers its records carry (CPFs and CNPJs with
 * their real check digits, PIX keys of every kind, boletos with their linha digitável, Paraguayan RUCs,
 * Portuguese NIFs and IBANs, phone numbers in +55, +595 and +351) are shared by the ordinary workflows
 * (ordinary/*.ts) and the labelled sessions, so both speak of the same company.
 */
import { boleto, brazilianIban, cnpjOf, cpf, cpfCheckDigits, iban, isoDate, nifCheckDigit, paraguayanRuc, pixEvpKey, portugueseIban, portugueseNif } from '../../fake-data';
import type { Prng } from '../../prng';

/** A fixed CPF, formatted, with its check digits from its first nine. */
export const cpfFrom = (nine: string): string => { const d = `${nine}${cpfCheckDigits(nine)}`; return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`; };

export { boleto, cnpjOf, cpf, isoDate, pixEvpKey, portugueseIban, portugueseNif };

export const COMPANY = 'Acme Saúde Serviços Médicos e Diagnósticos Ltda.';
export const COMPANY_SHORT = 'Acme Saúde';
export const COMPANY_DOMAIN = 'acme-saude.example';
export const COMPANY_CNPJ = cnpjOf('41873226');
/** The Recife and Curitiba clinics are branches of the same company (their own establishment numbers). */
export const RECIFE_CNPJ = cnpjOf('41873226', '0002');
export const CURITIBA_CNPJ = cnpjOf('41873226', '0003');
/** The registration at the health agency (ANS register of the provider, CNES of each unit). */
export const CNES: Readonly<Record<string, string>> = { 'São Paulo': '7718842', Recife: '9120337', Curitiba: '6604518' };

export const UNITS = ['São Paulo', 'Recife', 'Curitiba', 'Porto', 'Asunción'] as const;
export type Unit = (typeof UNITS)[number];
export type Country = 'BR' | 'PY' | 'PT';
export const COUNTRY_OF: Readonly<Record<Unit, Country>> = { 'São Paulo': 'BR', Recife: 'BR', Curitiba: 'BR', Porto: 'PT', Asunción: 'PY' };

/** Who asks the agents for things. User ids ending `.rec` work in Recife, `.cwb` in Curitiba, `.opo` in Porto, `.asu` with the Asunción lab, the others in São Paulo. */
export const FRONT_DESK: readonly string[] = ['recepcao.juliana', 'recepcao.thiago', 'agendamento.camila', 'recepcao.rafaela.rec', 'recepcao.edson.rec', 'recepcao.leticia.cwb'];
export const RESULTS_DESK: readonly string[] = ['resultados.bruna', 'resultados.kenji', 'sac.priscila'];
export const INSURANCE_DESK: readonly string[] = ['convenios.marcia', 'convenios.renato', 'faturamento.ines.opo', 'faturamento.joao.opo'];
export const LOGISTICS_DESK: readonly string[] = ['logistica.wagner', 'coleta.aline.rec', 'coleta.diego.cwb', 'laboratorio.rocio.asu'];
export const HR_STAFF: readonly string[] = ['rh.patricia', 'rh.fernando', 'dp.simone', 'rh.ana.rec', 'rh.gisele.cwb', 'rh.sofia.opo'];
export const ACCOUNTANTS: readonly string[] = ['financeiro.adriana', 'financeiro.lucas', 'contasapagar.vanessa', 'tesouraria.roberto', 'contabilidade.mariana.opo', 'finanzas.gustavo.asu'];
export const CFO = 'cfo.eduardo';
export const IT_STAFF: readonly string[] = ['ti.rodrigo', 'ti.hiroshi', 'infra.carla', 'ti.marcelo.cwb', 'ti.nuno.opo'];

export const unitOf = (userId: string): Unit => (userId.endsWith('.rec') ? 'Recife' : userId.endsWith('.cwb') ? 'Curitiba' : userId.endsWith('.opo') ? 'Porto' : userId.endsWith('.asu') ? 'Asunción' : 'São Paulo');

const BR_FIRST_F = ['Ana', 'Maria', 'Juliana', 'Fernanda', 'Camila', 'Patrícia', 'Aline', 'Bruna', 'Letícia', 'Vanessa', 'Luciana', 'Tatiane', 'Gabriela', 'Jéssica', 'Daniela', 'Raquel', 'Simone', 'Francisca', 'Josefa', 'Maria das Graças'];
const BR_FIRST_M = ['José', 'João', 'Antônio', 'Francisco', 'Carlos', 'Paulo', 'Pedro', 'Lucas', 'Luiz', 'Marcos', 'Rafael', 'Thiago', 'Diego', 'Rodrigo', 'Gustavo', 'Edson', 'Severino', 'Wagner', 'Anderson'];
const BR_LAST = ['Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes', 'Costa', 'Ribeiro', 'Martins', 'Carvalho', 'Almeida', 'Lopes', 'Soares', 'Araújo', 'Cavalcanti', 'Barbosa', 'Nascimento', 'Moura', 'Kowalski', 'Zanetti'];
/** Japanese-Brazilian family names, common in São Paulo and Curitiba. */
const NIKKEI_FIRST_F = ['Erika', 'Mayumi', 'Akemi', 'Juliana', 'Natsumi', 'Cristina'];
const NIKKEI_FIRST_M = ['Kenji', 'Hiroshi', 'Takeshi', 'Ricardo', 'Eduardo', 'Massao'];
const NIKKEI_LAST = ['Tanaka', 'Yamamoto', 'Sato', 'Nakamura', 'Watanabe', 'Hayashi', 'Kobayashi', 'Suzuki', 'Ito', 'Okada', 'Matsumoto', 'Shimizu'];
const PY_FIRST_F = ['Rocío', 'Lourdes', 'Mirna', 'Noelia', 'Fátima', 'Liz'];
const PY_FIRST_M = ['Gustavo', 'Hugo', 'Derlis', 'Ever', 'Rodrigo', 'Blas'];
const PY_LAST = ['Benítez', 'González', 'Ayala', 'Giménez', 'Ortiz', 'Villalba', 'Cáceres', 'Riquelme', 'Duarte', 'Acosta'];
const PT_FIRST_F = ['Inês', 'Beatriz', 'Sofia', 'Mariana', 'Catarina', 'Joana'];
const PT_FIRST_M = ['João', 'Nuno', 'Tiago', 'Rui', 'Miguel', 'Duarte'];
const PT_LAST = ['Silva', 'Pereira', 'Fonseca', 'Magalhães', 'Teixeira', 'Carvalho', 'Pinto', 'Moreira', 'Sousa', 'Vieira'];

export type Origin = 'BR' | 'NIKKEI' | 'PY' | 'PT';

export function personName(rng: Prng, origin: Origin = rng.chance(0.12) ? 'NIKKEI' : 'BR', sex: 'M' | 'F' = rng.chance(0.55) ? 'F' : 'M'): string {
  if (origin === 'NIKKEI') return `${rng.pick(sex === 'F' ? NIKKEI_FIRST_F : NIKKEI_FIRST_M)} ${rng.pick(BR_LAST)} ${rng.pick(NIKKEI_LAST)}`;
  if (origin === 'PY') return `${rng.pick(sex === 'F' ? PY_FIRST_F : PY_FIRST_M)} ${rng.pick(PY_LAST)} ${rng.pick(PY_LAST)}`;
  if (origin === 'PT') return `${rng.pick(sex === 'F' ? PT_FIRST_F : PT_FIRST_M)} ${rng.pick(PT_LAST)}`;
  return `${rng.pick(sex === 'F' ? BR_FIRST_F : BR_FIRST_M)} ${rng.pick(BR_LAST)} ${rng.pick(BR_LAST)}`;
}

/** Plain ASCII for an e-mail local part. */
export const ascii = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '');

/** Area codes (DDD) of the cities the patients and staff live in. */
export const DDD: Readonly<Record<string, readonly string[]>> = { 'São Paulo': ['11', '11', '11', '19', '13'], Recife: ['81', '81', '83', '87'], Curitiba: ['41', '41', '42', '47'] };

/**
 * A mobile number in the fictional 5555 block the simulator keeps to: Brazilian (+55, area code,
 * nine digits from 9), Paraguayan (+595, 9xx) or Portuguese (+351, 9x).
 */
export function mobileOf(rng: Prng, country: Country, city: string = 'São Paulo'): string {
  const tail = (n: number): string => String(rng.int(0, 10 ** n - 1)).padStart(n, '0');
  if (country === 'PY') return `+595 9${rng.pick(['71', '72', '81', '82', '83', '84', '85', '91', '92', '94', '95', '96'])} 555 ${tail(3)}`;
  if (country === 'PT') return `+351 9${rng.pick(['1', '2', '3', '6'])}${rng.int(0, 9)} 555 ${tail(3)}`;
  return `+55 ${rng.pick(DDD[city] ?? DDD['São Paulo']!)} 95555-${tail(4)}`;
}

/** The number as an API takes it: digits only, with the country code. */
export const msisdn = (phone: string): string => phone.replace(/\D/g, '');
/** The number as Brazilians write it: (11) 95555-1234. */
export const localPhone = (phone: string): string => phone.replace(/^\+55 (\d\d) /, '($1) ');

/** A PIX key of one of its five kinds, as a payee registered it in the central bank's DICT. */
export type PixKeyType = 'cpf' | 'cnpj' | 'email' | 'phone' | 'evp';
export interface PixKey {
  readonly type: PixKeyType;
  readonly key: string;
}

/** The ISPB and COMPE codes of the banks the company, its people and suppliers use. */
export const BANKS: Readonly<Record<string, { readonly compe: string; readonly ispb: string }>> = {
  'Banco do Brasil': { compe: '001', ispb: '00000000' },
  Bradesco: { compe: '237', ispb: '60746948' },
  'Itaú Unibanco': { compe: '341', ispb: '60701190' },
  Santander: { compe: '033', ispb: '90400888' },
  Caixa: { compe: '104', ispb: '00360305' },
  Sicredi: { compe: '748', ispb: '01181521' },
  Inter: { compe: '077', ispb: '00416968' },
  Nubank: { compe: '260', ispb: '18236120' },
  'C6 Bank': { compe: '336', ispb: '31872495' },
  Sicoob: { compe: '756', ispb: '02038232' },
};

/** A Brazilian bank account as a TED or a payroll file takes it: bank code, branch, account with its digit. */
export interface BrAccount {
  readonly bank: string;
  readonly compe: string;
  readonly agencia: string;
  readonly conta: string;
}
export const brAccount = (bank: string, agencia: string, conta: string): BrAccount => ({ bank, compe: BANKS[bank]!.compe, agencia, conta });
export const randomBrAccount = (rng: Prng, bank: string = rng.pick(Object.keys(BANKS))): BrAccount => brAccount(bank, String(rng.int(1, 9_999)).padStart(4, '0'), `${rng.int(10_000, 9_999_999)}-${rng.int(0, 9)}`);

/** The company's own accounts: Itaú Unibanco (Paulista) for reais, Itaú's dollar account abroad for the SWIFT wires, Millennium bcp in Porto, Banco Itaú Paraguay in Asunción. */
export const ACME_ACCOUNTS = {
  itau: brAccount('Itaú Unibanco', '0912', '48117-3'),
  itauIban: brazilianIban('60701190', '00912', '0000481173'),
  payroll: brAccount('Bradesco', '3310', '0077412-6'),
  millennium: portugueseIban('0033', '0000', '45318827105'),
  /** Banco Itaú Paraguay, account in guaraníes of Acme Saúde Paraguay S.A. */
  pyg: '700218834-01',
} as const;
export const ACME_PIX_KEY: PixKey = { type: 'cnpj', key: COMPANY_CNPJ };

/** A doctor or a doctors' company (pessoa jurídica) the clinic pays its share (repasse médico) every Friday. */
export interface Doctor {
  readonly name: string;
  readonly specialty: string;
  readonly crm: string;
  readonly unit: Unit;
  readonly company: string;
  readonly cnpj: string;
  readonly pix: PixKey;
}

const doctor = (name: string, specialty: string, crm: string, unit: Unit, company: string, root: string, pix?: PixKey): Doctor => {
  const c = cnpjOf(root);
  return { name, specialty, crm, unit, company, cnpj: c, pix: pix ?? { type: 'cnpj', key: c } };
};

export const DOCTORS: readonly Doctor[] = [
  doctor('Dra. Marina Hayashi Albuquerque', 'cardiologia', 'CRM-SP 118447', 'São Paulo', 'Hayashi Albuquerque Serviços Médicos Ltda.', '30118874'),
  doctor('Dr. Ricardo Tanaka Lopes', 'radiologia', 'CRM-SP 132208', 'São Paulo', 'RTL Radiologia e Diagnóstico Ltda.', '28740551'),
  doctor('Dra. Fernanda Cavalcanti Moura', 'ginecologia e obstetrícia', 'CRM-PE 21774', 'Recife', 'FCM Saúde da Mulher Ltda.', '33904127', { type: 'email', key: 'financeiro@fcmsaudedamulher.example' }),
  doctor('Dr. Severino Araújo Lima', 'clínica médica', 'CRM-PE 14093', 'Recife', 'Araújo Lima Clínica Médica Ltda.', '19477360'),
  doctor('Dr. Paulo Kowalski Zanetti', 'ortopedia', 'CRM-PR 27811', 'Curitiba', 'Kowalski Ortopedia Ltda.', '35661209', { type: 'evp', key: '3f1c2a77-9b04-4d2e-a1c5-7e0b9d44f218' }),
  doctor('Dra. Erika Sato Ribeiro', 'endocrinologia', 'CRM-SP 141230', 'São Paulo', 'Sato Ribeiro Endocrinologia S/S', '38012264'),
  doctor('Dr. Takeshi Nakamura Costa', 'gastroenterologia', 'CRM-PR 30452', 'Curitiba', 'TNC Gastro Ltda.', '24418873', { type: 'phone', key: '+5541955557710' }),
  doctor('Dra. Luciana Barbosa Soares', 'dermatologia', 'CRM-SP 155918', 'São Paulo', 'LBS Dermatologia Ltda.', '40227519'),
];

/** The health insurers (operadoras) whose patients the clinics see, with their ANS register, TISS web-service host and how often they turn up. */
export interface Insurer {
  readonly code: string;
  readonly name: string;
  readonly ans: string;
  readonly host: string;
  readonly cnpj: string;
  readonly domain: string;
  readonly weight: number;
}

export const INSURERS: readonly Insurer[] = [
  { code: 'UNIMED', name: 'Unimed Paulistana Cooperativa Médica', ans: '301337', host: 'tiss.unimed-paulistana.example', cnpj: cnpjOf('43202472'), domain: 'unimed-paulistana.example', weight: 1 },
  { code: 'BRADESCO', name: 'Bradesco Saúde S.A.', ans: '005711', host: 'wstiss.bradescosaude.example', cnpj: cnpjOf('92693118'), domain: 'bradescosaude.example', weight: 0.9 },
  { code: 'SULAMERICA', name: 'SulAmérica Companhia de Seguro Saúde', ans: '006246', host: 'tiss.sulamerica-saude.example', cnpj: cnpjOf('01685053'), domain: 'sulamerica-saude.example', weight: 0.8 },
  { code: 'AMIL', name: 'Amil Assistência Médica Internacional S.A.', ans: '326305', host: 'autorizador.amil-saude.example', cnpj: cnpjOf('29309127'), domain: 'amil-saude.example', weight: 0.6 },
  { code: 'PORTO', name: 'Porto Seguro - Seguro Saúde S.A.', ans: '000582', host: 'tiss.portosaude.example', cnpj: cnpjOf('04540010'), domain: 'portosaude.example', weight: 0.4 },
  { code: 'CASSI', name: 'Caixa de Assistência dos Funcionários do Banco do Brasil', ans: '346659', host: 'tiss.cassi-autogestao.example', cnpj: cnpjOf('33719485'), domain: 'cassi-autogestao.example', weight: 0.3 },
  { code: 'UNIMEDREC', name: 'Unimed Recife Cooperativa de Trabalho Médico', ans: '338745', host: 'tiss.unimedrecife.example', cnpj: cnpjOf('11214624'), domain: 'unimedrecife.example', weight: 0.3 },
  // Rare: a newer insurer whose portal the desk meets a few times a week.
  { code: 'OMINT', name: 'Omint Serviços de Saúde S.A.', ans: '359661', host: 'portalprestador.omint-saude.example', cnpj: cnpjOf('48715338'), domain: 'omint-saude.example', weight: 0.06 },
  { code: 'SEGUROSUNIDOS', name: 'Seguros Unidos Saúde S.A.', ans: '421987', host: 'prestador.segurosunidos-saude.example', cnpj: cnpjOf('47118204'), domain: 'segurosunidos-saude.example', weight: 0.04 },
];

export function pickWeighted<T extends { readonly weight: number }>(rng: Prng, items: readonly T[]): T {
  let r = rng.next() * items.reduce((a, b) => a + b.weight, 0);
  for (const item of items) {
    r -= item.weight;
    if (r < 0) return item;
  }
  return items[items.length - 1] as T;
}
export const pickInsurer = (rng: Prng): Insurer => pickWeighted(rng, INSURERS);

/** The exams and procedures the clinics do, with their TUSS codes (the table TISS guides use). */
export interface Exam {
  readonly tuss: string;
  readonly name: string;
  readonly kind: 'lab' | 'imaging' | 'consult';
  readonly price: number;
  /** Done by the Asunción partner laboratory. */
  readonly partner?: boolean;
}

export const EXAMS: readonly Exam[] = [
  { tuss: '40304361', name: 'Hemograma completo', kind: 'lab', price: 18.5 },
  { tuss: '40302040', name: 'Glicose', kind: 'lab', price: 6.2 },
  { tuss: '40302750', name: 'Hemoglobina glicada (A1c)', kind: 'lab', price: 24.9 },
  { tuss: '40316521', name: 'TSH', kind: 'lab', price: 27.4 },
  { tuss: '40301630', name: 'Colesterol total e frações', kind: 'lab', price: 21.3 },
  { tuss: '40314618', name: 'PCR para HPV (genotipagem)', kind: 'lab', price: 310, partner: true },
  { tuss: '40503569', name: 'Painel genético de trombofilia', kind: 'lab', price: 690, partner: true },
  { tuss: '41101014', name: 'RM de crânio', kind: 'imaging', price: 820 },
  { tuss: '41001079', name: 'TC de tórax', kind: 'imaging', price: 410 },
  { tuss: '40808041', name: 'Mamografia digital bilateral', kind: 'imaging', price: 168 },
  { tuss: '40901114', name: 'Ultrassonografia de abdome total', kind: 'imaging', price: 155 },
  { tuss: '40101010', name: 'Ecocardiograma transtorácico', kind: 'imaging', price: 240 },
  { tuss: '10101012', name: 'Consulta em consultório', kind: 'consult', price: 180 },
];

export const pickExam = (rng: Prng, kind?: Exam['kind']): Exam => rng.pick(EXAMS.filter((e) => kind === undefined || e.kind === kind));

/** Someone the company pays: a Brazilian supplier by PIX, boleto or TED, a Portuguese one by SEPA from Porto, the Paraguayan lab in guaraníes, or abroad by SWIFT. */
export interface Supplier {
  readonly id: string;
  readonly name: string;
  readonly country: 'BR' | 'PT' | 'PY' | 'DE' | 'US';
  readonly taxId: string;
  readonly billingEmail: string;
  /** The number accounts payable calls back before any change of bank details. */
  readonly phone: string;
  readonly currency: 'BRL' | 'EUR' | 'PYG' | 'USD';
  readonly rail: 'pix' | 'boleto' | 'ted' | 'sepa' | 'sipap' | 'swift';
  readonly pix?: PixKey;
  readonly account?: BrAccount;
  readonly iban?: string;
  readonly bic?: string;
  readonly bank?: string;
  /** An account number abroad where there is no IBAN (Paraguay, the United States). */
  readonly accountNo?: string;
  /** The boleto issuer's bank code (the first three digits of its linha digitável). */
  readonly boletoBank?: string;
  readonly services: readonly string[];
}

const br = (id: string, name: string, root: string, billingEmail: string, phone: string, rail: 'pix' | 'boleto' | 'ted', pay: { pix?: PixKey; account?: BrAccount; boletoBank?: string }, services: readonly string[]): Supplier => ({ id, name, country: 'BR', taxId: cnpjOf(root), billingEmail, phone, currency: 'BRL', rail, ...pay, services });

/** Accounts payable's Brazilian suppliers. */
export const BR_SUPPLIERS: readonly Supplier[] = [
  br('F-0102', 'DiagSul Reagentes e Equipamentos Ltda.', '07448120', 'cobranca@diagsul-reagentes.example', '+55 11 3555-4120', 'boleto', { boletoBank: '237' }, ['reagentes de bioquímica, lote 11/30', 'controles de qualidade interlaboratorial']),
  br('F-0109', 'Radiomed Manutenção de Equipamentos Ltda.', '12336057', 'financeiro@radiomed-manutencao.example', '+55 11 3555-8810', 'pix', { pix: { type: 'cnpj', key: cnpjOf('12336057') } }, ['contrato de manutenção RM 1.5T, dezembro', 'troca de bobina de crânio']),
  br('F-0114', 'Hélio Líquido Brasil Gases Medicinais S.A.', '05519443', 'faturamento@heliobrasil-gases.example', '+55 11 3555-2290', 'boleto', { boletoBank: '341' }, ['reabastecimento de hélio RM, 400 L', 'oxigênio medicinal, cilindros']),
  br('F-0121', 'Lavanderia Hospitalar Paulista Ltda.', '22871904', 'financeiro@lavpaulista.example', '+55 11 3555-6371', 'pix', { pix: { type: 'email', key: 'financeiro@lavpaulista.example' } }, ['enxoval hospitalar, 2.800 kg']),
  br('F-0126', 'Coleta Segura Resíduos de Serviços de Saúde Ltda.', '19004876', 'cobranca@coletasegura-rss.example', '+55 11 3555-0931', 'boleto', { boletoBank: '001' }, ['coleta de resíduos grupo A e E, novembro']),
  br('F-0133', 'Condomínio Edifício Paulista Center', '54730019', 'administracao@paulistacenter.example', '+55 11 3555-1144', 'boleto', { boletoBank: '104' }, ['condomínio 7º e 8º andares, dezembro']),
  br('F-0140', 'Boa Viagem Imóveis e Participações Ltda.', '10553821', 'aluguel@boaviagem-imoveis.example', '+55 81 3555-2270', 'ted', { account: brAccount('Santander', '3091', '13004417-2') }, ['aluguel clínica Recife, dezembro']),
  br('F-0147', 'InfoMed Sistemas de Gestão em Saúde Ltda.', '08117755', 'financeiro@infomed-sistemas.example', '+55 41 3555-7702', 'pix', { pix: { type: 'evp', key: '9d2b7c01-4e8a-4f3b-b6d2-51a0c7e8f934' } }, ['licença LIS e prontuário, dezembro', 'horas de integração HL7, 18 h']),
  br('F-0152', 'Copel Distribuição S.A.', '04368898', 'grandesclientes@copel-distribuicao.example', '+55 41 3555-0800', 'boleto', { boletoBank: '001' }, ['energia elétrica clínica Batel']),
  br('F-0158', 'Papelaria e Descartáveis Recife Ltda.', '31880712', 'vendas@descartaveisrecife.example', '+55 81 95555-4418', 'pix', { pix: { type: 'phone', key: '+5581955554418' } }, ['tubos de coleta e luvas, 40 caixas']),
];

/** The Portuguese suppliers of the Porto back office, paid by SEPA from Millennium bcp. */
export const PT_SUPPLIERS: readonly Supplier[] = [
  { id: 'PT-201', name: 'Ribeira Business Center, Lda.', country: 'PT', taxId: `PT${'5' + '1331870'}${nifCheckDigit('51331870')}`, billingEmail: 'contabilidade@ribeirabc.example', phone: '+351 22 555 4010', currency: 'EUR', rail: 'sepa', iban: portugueseIban('0035', '0651', '00018837710'), bic: 'CGDIPTPL', bank: 'Caixa Geral de Depósitos', services: ['renda do escritório da Boavista, dezembro'] },
  { id: 'PT-208', name: 'Codifica Saúde - Serviços de Faturação, Lda.', country: 'PT', taxId: `PT${'5' + '1677204'}${nifCheckDigit('51677204')}`, billingEmail: 'faturas@codifica-saude.example', phone: '+351 22 555 7731', currency: 'EUR', rail: 'sepa', iban: portugueseIban('0010', '0000', '52871460012'), bic: 'BBPIPTPL', bank: 'Banco BPI', services: ['auditoria de codificação TISS, 600 guias', 'formação TUSS, 2 dias'] },
];

/** The partner laboratory in Asunción, paid in guaraníes from Banco Itaú Paraguay by SIPAP. */
export const PY_SUPPLIERS: readonly Supplier[] = [
  { id: 'PY-301', name: 'Laboratorio Guaraní de Diagnóstico S.A.', country: 'PY', taxId: `RUC ${paraguayanRuc('80071184')}`, billingEmail: 'facturacion@labguarani.example', phone: '+595 21 555 610', currency: 'PYG', rail: 'sipap', bank: 'Banco Continental', accountNo: '0140-2211873-05', services: ['PCR HPV genotipificación, 420 muestras', 'paneles de trombofilia, 36 muestras'] },
  { id: 'PY-305', name: 'Transportadora Chaco Frío S.R.L.', country: 'PY', taxId: `RUC ${paraguayanRuc('80099317')}`, billingEmail: 'administracion@chacofrio.example', phone: '+595 21 555 884', currency: 'PYG', rail: 'sipap', bank: 'Banco Basa', accountNo: '20-118447-3', services: ['transporte refrigerado de muestras Asunción - Foz, 8 viajes'] },
];

/** The suppliers abroad, paid by SWIFT from Itaú's foreign exchange desk. */
export const FOREIGN_SUPPLIERS: readonly Supplier[] = [
  { id: 'EX-401', name: 'Medizintechnik Rhein-Ruhr GmbH', country: 'DE', taxId: 'USt-IdNr. DE287114032', billingEmail: 'buchhaltung@mt-rheinruhr.example', phone: '+49 201 555 3317', currency: 'EUR', rail: 'swift', iban: iban('DE', '360400390118471100'), bic: 'COBADEFFXXX', bank: 'Commerzbank Essen', services: ['DICOM-Router Lizenzverlängerung 2031', 'Ersatzteile Mammographie-Detektor'] },
  { id: 'EX-408', name: 'Bioscreen Reagents Inc.', country: 'US', taxId: 'EIN 47-3318820', billingEmail: 'ar@bioscreen-reagents.example', phone: '+1 617 555 0148', currency: 'USD', rail: 'swift', bank: 'Bank of America, Boston', bic: 'BOFAUS3N', accountNo: 'ABA 026009593, acct 004471183320', services: ['molecular panels, 12 kits', 'calibrators lot 2211'] },
];

export const ALL_SUPPLIERS: readonly Supplier[] = [...BR_SUPPLIERS, ...PT_SUPPLIERS, ...PY_SUPPLIERS, ...FOREIGN_SUPPLIERS];

/** Couriers for lab samples, documents and results; the rarer ones turn up later in a week. */
export const COURIERS: readonly { readonly name: string; readonly host: string; readonly unit: Unit; readonly cold: boolean; readonly weight: number }[] = [
  { name: 'Loggi', host: 'api.loggi-empresas.example', unit: 'São Paulo', cold: false, weight: 0.4 },
  { name: 'BioExpress Motoboy', host: 'api.bioexpress-motoboy.example', unit: 'São Paulo', cold: true, weight: 0.35 },
  { name: 'Azul Cargo Express', host: 'api.azulcargo-express.example', unit: 'Recife', cold: true, weight: 0.25 },
  { name: 'Correios SEDEX', host: 'api.correios-contratos.example', unit: 'Curitiba', cold: false, weight: 0.15 },
  { name: 'DHL Medical Express', host: 'express.api.dhl-partner.example', unit: 'Asunción', cold: true, weight: 0.08 },
  // Rare: a cold-chain courier in Curitiba the desk met this month.
  { name: 'Biologística Sul', host: 'api.biologistica-sul.example', unit: 'Curitiba', cold: true, weight: 0.04 },
];

/** An amount the way the office writes it: reais the Brazilian way (R$ 1.250,00), guaraníes without decimals (₲ 4.500.000), the others with their code. */
export const money = (n: number, currency: 'BRL' | 'EUR' | 'PYG' | 'USD' = 'BRL'): string => {
  const br = (v: string): string => v.replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  if (currency === 'BRL') return `R$ ${br(n.toFixed(2))}`;
  if (currency === 'PYG') return `₲ ${Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
  if (currency === 'EUR') return `${br(n.toFixed(2)).replace(/\./g, ' ')} €`;
  return `USD ${n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
};

/** A boleto of a supplier's bill, its free field drawn from the bill so the linha digitável stays the bill's own. */
export function supplierBoleto(rng: Prng, bank: string, dueIso: string, amount: number): string {
  const free = Array.from({ length: 25 }, () => String(rng.int(0, 9))).join('');
  return boleto(bank, dueIso, amount, free).linhaDigitavel;
}

/** A PIX key of the given kind for a person: their CPF, e-mail, phone or a random key. */
export function personalPixKey(rng: Prng, type: PixKeyType, person: { cpf: string; email: string; phone: string }): PixKey {
  if (type === 'cpf') return { type, key: person.cpf };
  if (type === 'email') return { type, key: person.email };
  if (type === 'phone') return { type, key: `+${msisdn(person.phone)}` };
  if (type === 'evp') return { type, key: pixEvpKey(rng) };
  return { type: 'cpf', key: person.cpf };
}

/** A patient as the clinics' records hold them. */
export interface Patient {
  readonly prontuario: string;
  readonly name: string;
  readonly cpf: string;
  readonly birth: string;
  readonly phone: string;
  readonly email: string;
  readonly unit: Unit;
  readonly insurer: string;
  readonly card: string;
}

const MAIL_PROVIDERS = ['gmail.example', 'hotmail.example', 'uol.example', 'outlook.example', 'terra.example', 'bol.example'];

export function fakePatient(rng: Prng, unit: Unit = rng.chance(0.6) ? 'São Paulo' : rng.chance(0.55) ? 'Recife' : 'Curitiba'): Patient {
  const name = personName(rng, unit === 'Curitiba' && rng.chance(0.15) ? 'NIKKEI' : undefined);
  const parts = name.split(' ');
  const privatePay = rng.chance(0.18);
  const ins = pickInsurer(rng);
  return {
    prontuario: `${unit === 'Recife' ? 'REC' : unit === 'Curitiba' ? 'CWB' : 'SP'}-${rng.int(100_000, 999_999)}`,
    name,
    cpf: cpf(rng),
    birth: `${rng.int(1940, 2022)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
    phone: mobileOf(rng, 'BR', unit),
    email: `${ascii(parts[0]!)}.${ascii(parts[parts.length - 1]!)}${rng.int(1, 99)}@${rng.pick(MAIL_PROVIDERS)}`,
    unit,
    insurer: privatePay ? 'particular' : ins.code,
    card: privatePay ? '' : `${ins.ans}${String(rng.int(0, 999_999_999)).padStart(9, '0')}${rng.int(10, 99)}`,
  };
}

/** A date's ISO weekday in UTC (0 Sunday). */
export const weekday = (atMs: number): number => new Date(atMs).getUTCDay();
/** The last days of a month (from the 28th): closing the payroll, the NFS-e batch and the returns. */
export const monthEnd = (atMs: number): boolean => new Date(atMs).getUTCDate() >= 28;
