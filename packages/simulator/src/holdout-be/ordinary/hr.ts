/**
 * holdout-be hr-agent: Acme Saúde's people team (RH and departamento pessoal) in São Paulo, Recife and
 * Curitiba, and the Porto back office's own HR. Senior HCM holds the employees; the ponto system holds
 * the clock-ins and the adjustments managers approve; the nursing scale (escala) holds the nurses' and
 * technicians' 12x36 shifts, swapped on request and the next week's scale published on Thursdays;
 * eSocial receives the admissions (S-2200, with new hires starting on Mondays), the leaves (S-2230)
 * and the terminations (S-2299), and the month's period is closed in its last days with the payroll;
 * every nurse's COREN and every doctor's CRM is checked at the council before the first shift; the
 * occupational-health clinic books the ASO exams (admission, periodic, dismissal); Clicksign carries the
 * admission contracts; the VR/VA benefit credits are ordered in the month's last days; Gupy holds the
 * applications; the staff's WhatsApp line answers questions about shifts and payslips. Porto's people
 * are declared to the Segurança Social in the month's last days. Rarer: a pay-history review for a
 * promotion, a letter for a bank or a consulate.
 */
import type { Prng } from '../../prng';
import type { RetrievedDocument, SessionScript, ToolCall, TurnScript } from '../../script';
import { buildTurns, ORDINARY_TOOL_ERRORS } from '../../workflows/workflow';
import type { WorkflowContext } from '../../workflows/workflow';
import { STAFF_WA_NUMBER_ID, whatsappGetCall, whatsappSendCall } from './channels';
import { driveSearch, mailCall, sendMailCall } from './workspace';
import { ascii, COMPANY_CNPJ, COMPANY_DOMAIN, cpf, HR_STAFF, isoDate, mobileOf, monthEnd, personName, portugueseNif, randomBrAccount, unitOf, weekday } from './world';
import type { BrAccount, Unit } from './world';

export const HR_MAILBOX = `rh@${COMPANY_DOMAIN}`;
export const SENIOR = 'https://api.senior-hcm.example/hcm/v1';
export const PONTO = 'https://api.pontodigital-saude.example/v2';
export const ESCALA = `https://escala.${COMPANY_DOMAIN}/api`;
export const ESOCIAL = 'https://webservices.esocial-gov.example/servicos/empregador';
export const FOLHA = 'https://api.senior-hcm.example/folha/v1';
export const SESMT = 'https://api.medtrabalho-ocupacional.example/v1';
export const BENEFICIOS = 'https://api.beneficios-flex.example/empresas/v3';
export const GUPY = 'https://api.gupy-recrutamento.example/api/v1';
export const CLICKSIGN = 'https://app.clicksign-assinaturas.example/api/v3';
export const SEG_SOCIAL = 'https://www.seg-social-directa.example/api';

export const HR_POLICIES: readonly Omit<RetrievedDocument, 'score'>[] = [
  { id: 'RH-01', title: 'Manual do Colaborador: escala 12x36 e trocas', content: 'Trocas de plantão entre profissionais da mesma categoria, com 48 h de antecedência e anuência da coordenação de enfermagem.' },
  { id: 'RH-02', title: 'Manual do Colaborador: atestados', content: 'Atestado médico entregue em até 48 h pelo WhatsApp do RH ou pessoalmente. Acima de 15 dias, encaminhamento ao INSS.' },
  { id: 'RH-03', title: 'Política de dados de colaboradores (LGPD)', content: 'Dados de colaboradores só para quem precisa deles para o trabalho; nada de planilhas com CPF por e-mail para fora.' },
  { id: 'RH-04', title: 'Benefícios: VR, VA e plano de saúde', content: 'VR R$ 38/dia útil e VA R$ 620/mês, creditados no dia 1º. Dependentes no plano com carência zero até 30 dias da admissão.' },
  { id: 'RH-05', title: 'Admissão: checklist', content: 'CTPS digital, ASO admissional, COREN/CRM ativo, contrato assinado pelo Clicksign, S-2200 antes do início.' },
];
export const hrSearch = (rng: Prng, query: string, first?: string): ToolCall => driveSearch(rng, 'RH / Manual do Colaborador', 'drive-manual-colaborador', HR_POLICIES, query, first);

export const ROLES: readonly { readonly role: string; readonly council?: 'COREN' | 'CRM' | 'CRBM' | 'CRTR'; readonly weight: number; readonly salary: [number, number] }[] = [
  { role: 'Técnica(o) de enfermagem', council: 'COREN', weight: 0.3, salary: [3_100, 4_200] },
  { role: 'Enfermeira(o)', council: 'COREN', weight: 0.15, salary: [5_800, 8_400] },
  { role: 'Recepcionista', weight: 0.18, salary: [2_200, 2_900] },
  { role: 'Biomédica(o)', council: 'CRBM', weight: 0.08, salary: [5_200, 7_600] },
  { role: 'Técnica(o) de radiologia', council: 'CRTR', weight: 0.08, salary: [3_600, 4_900] },
  { role: 'Médica(o) plantonista', council: 'CRM', weight: 0.05, salary: [18_000, 26_000] },
  { role: 'Auxiliar administrativo', weight: 0.1, salary: [2_400, 3_300] },
  { role: 'Analista de faturamento', weight: 0.06, salary: [4_100, 6_200] },
];

export interface Employee {
  readonly id: string;
  readonly name: string;
  readonly cpf: string;
  readonly pis: string;
  readonly role: string;
  readonly council: string;
  readonly unit: Unit;
  readonly email: string;
  readonly phone: string;
  readonly admission: string;
  readonly salary: number;
  readonly account: BrAccount | string;
}

const COUNCIL_UF: Readonly<Record<string, string>> = { 'São Paulo': 'SP', Recife: 'PE', Curitiba: 'PR' };

export function fakeEmployee(rng: Prng, unit: Unit = rng.chance(0.55) ? 'São Paulo' : rng.chance(0.5) ? 'Recife' : rng.chance(0.85) ? 'Curitiba' : 'Porto'): Employee {
  const porto = unit === 'Porto';
  const r = porto ? { role: rng.pick(['Técnica de faturação', 'Codificadora clínica', 'Contabilista']), salary: [1_300, 2_400] as [number, number] } : (() => { const total = ROLES.reduce((a, b) => a + b.weight, 0); let x = rng.next() * total; for (const ro of ROLES) { x -= ro.weight; if (x < 0) return ro; } return ROLES[0]!; })();
  const name = personName(rng, porto ? 'PT' : undefined);
  const parts = name.split(' ');
  const council = 'council' in r && r.council !== undefined ? `${r.council}-${COUNCIL_UF[unit] ?? 'SP'} ${r.council === 'COREN' ? `${rng.int(100_000, 999_999)}-${rng.pick(['TE', 'ENF'])}` : rng.int(10_000, 199_999)}` : '';
  return {
    id: `${porto ? 'PT' : 'C'}${rng.int(10_000, 99_999)}`,
    name,
    cpf: porto ? `NIF ${portugueseNif(rng)}` : cpf(rng),
    pis: porto ? `NISS ${rng.int(10_000_000_000, 29_999_999_999)}` : `${rng.int(100, 299)}.${rng.int(10_000, 99_999)}.${rng.int(10, 99)}-${rng.int(0, 9)}`,
    role: r.role,
    council,
    unit,
    email: `${ascii(parts[0]!)}.${ascii(parts[parts.length - 1]!)}@${COMPANY_DOMAIN}`,
    phone: mobileOf(rng, porto ? 'PT' : 'BR', unit),
    admission: `${rng.int(2012, 2030)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
    salary: Math.round(rng.int(r.salary[0], r.salary[1]) / 10) * 10,
    account: porto ? `PT50 0033 0000 ${rng.int(1_000, 9_999)} ${rng.int(1_000, 9_999)} ${rng.int(100, 999)}` : randomBrAccount(rng),
  };
}

export const getEmployeeCall = (e: Employee, extra: Record<string, unknown> = {}): ToolCall => ({ tool: 'seniorhcm.get_employee', args: { employee_id: e.id }, result: { employee: e, ...extra }, http: [{ method: 'GET', url: `${SENIOR}/employees/${e.id}`, statusCode: 200 }] });

export function searchEmployeesCall(query: Record<string, unknown>, found: readonly unknown[], extra: Record<string, unknown> = {}, mark?: string): ToolCall {
  return { tool: 'seniorhcm.search_employees', args: { ...query, page_size: 20, ...extra }, result: { total: found.length, employees: found }, http: [{ method: 'GET', url: `${SENIOR}/employees?${Object.keys(query).map((k) => `${k}=…`).join('&')}`, statusCode: 200 }], ...(mark === undefined ? {} : { mark }) };
}

function lookupTurn(ctx: WorkflowContext, unit: Unit): TurnScript {
  const { rng } = ctx;
  const e = fakeEmployee(rng, unit);
  const rounds: ToolCall[][] = [];
  if (rng.chance(0.04)) rounds.push([{ ...searchEmployeesCall({ name: e.name }, []), result: null, error: rng.pick(ORDINARY_TOOL_ERRORS) }]);
  rounds.push([searchEmployeesCall({ name: e.name.split(' ').slice(0, 2).join(' ') }, [{ id: e.id, name: e.name, role: e.role, unit: e.unit }])], [getEmployeeCall(e)]);
  return { userMessage: `Qual a data de admissão e o cargo da ${e.name}?`, rounds, finalAnswer: `${e.name}: ${e.role}, admitted ${e.admission}.` };
}

function timesheetTurn(ctx: WorkflowContext, unit: Unit): TurnScript {
  const { rng } = ctx;
  const e = fakeEmployee(rng, unit === 'Porto' ? 'São Paulo' : unit);
  const marks = Array.from({ length: rng.int(4, 10) }, (_, i) => ({ day: isoDate(ctx.atMs - (i + 1) * 86_400_000), in: `0${rng.int(6, 7)}:${rng.int(10, 59)}`, out: `${rng.int(18, 19)}:${rng.int(10, 59)}`, missing: rng.chance(0.1) }));
  const rounds: ToolCall[][] = [[{ tool: 'ponto.get_timesheet', args: { employee_id: e.id, from: marks[marks.length - 1]!.day, to: marks[0]!.day }, result: { employee: e.name, marks }, http: [{ method: 'GET', url: `${PONTO}/timesheets/${e.id}`, statusCode: 200 }] }]];
  const missing = marks.find((m) => m.missing);
  if (missing !== undefined && rng.chance(0.7)) rounds.push([{ tool: 'ponto.approve_adjustment', args: { employee_id: e.id, day: missing.day, reason: 'esquecimento de marcação, confirmado pela coordenação', approved_by: rng.pick(HR_STAFF) }, result: { status: 'aprovado' }, http: [{ method: 'POST', url: `${PONTO}/adjustments`, statusCode: 201 }] }]);
  return { userMessage: `Confere o ponto de ${e.name} dos últimos dias e aprova o ajuste se a coordenação confirmou.`, rounds, finalAnswer: `${marks.length} days checked for ${e.name}.` };
}

function rosterTurn(ctx: WorkflowContext, unit: Unit): TurnScript {
  const { rng } = ctx;
  const sector = rng.pick(['Coleta', 'Imagem - RM/TC', 'Pronto atendimento', 'Hemodinâmica', 'Recepção']);
  const a = fakeEmployee(rng, unit);
  const b = fakeEmployee(rng, unit);
  const day = isoDate(ctx.atMs + rng.int(2, 9) * 86_400_000);
  const rounds: ToolCall[][] = [[{ tool: 'escala.get_roster', args: { unit, sector, week_of: isoDate(ctx.atMs) }, result: { sector, shifts: [{ day, shift: '07h-19h', staff: [a.name] }, { day, shift: '19h-07h', staff: [b.name] }] }, http: [{ method: 'GET', url: `${ESCALA}/rosters?unit=${encodeURIComponent(unit)}&sector=${encodeURIComponent(sector)}`, statusCode: 200 }] }]];
  const swap = rng.chance(0.5);
  if (swap) rounds.push([{ tool: 'escala.swap_shift', args: { unit, sector, day, from_employee: a.id, to_employee: b.id, approved_by: 'coordenação de enfermagem' }, result: { status: 'troca registrada' }, http: [{ method: 'POST', url: `${ESCALA}/swaps`, statusCode: 201 }] }]);
  return { userMessage: swap ? `${a.name} e ${b.name} querem trocar o plantão de ${day.split('-').reverse().join('/')} em ${sector}; a coordenação já aprovou.` : `Como está a escala de ${sector} em ${unit} essa semana?`, rounds, finalAnswer: swap ? `Swap recorded for ${day}.` : `Roster of ${sector} above.` };
}

/** Thursdays only: the next week's nursing scale published for every unit. */
function publishRosterTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const week = isoDate(ctx.atMs + 4 * 86_400_000);
  const units = ['São Paulo', 'Recife', 'Curitiba'];
  return { userMessage: 'Quinta-feira: publica a escala de enfermagem da semana que vem.', rounds: [units.map((unit) => ({ tool: 'escala.publish_roster', args: { unit, week_of: week, notify: 'app e WhatsApp' }, result: { unit, shifts: rng.int(140, 380), published: true }, http: [{ method: 'POST', url: `${ESCALA}/rosters/publish`, statusCode: 200 }] }))], finalAnswer: `Scales for the week of ${week} published for ${units.join(', ')}.` };
}

export function esocialCall(rng: Prng, event: string, payload: Record<string, unknown>, mark?: string): ToolCall {
  return { tool: 'esocial.send_event', args: { event, employer: COMPANY_CNPJ, ...payload }, result: { protocol: `1.2.${rng.int(100_000_000, 999_999_999)}`, status: 'recebido', receipt: `${rng.int(1, 9)}.${rng.int(10, 99)}.${rng.int(100_000_000, 999_999_999)}` }, http: [{ method: 'POST', url: `${ESOCIAL}/enviarloteeventos/WsEnviarLoteEventos.svc`, statusCode: 200 }], ...(mark === undefined ? {} : { mark }) };
}

export const COUNCILS: Readonly<Record<string, string>> = {
  COREN: 'https://servicos.cofen-consulta.example/api/profissionais',
  CRM: 'https://portal.cfm-medicos.example/api/busca-medicos',
  CRBM: 'https://consulta.crbm-biomedicina.example/api/inscritos',
  CRTR: 'https://conter-crtr.example/api/consulta',
};

export function councilCheckCall(rng: Prng, e: Employee, mark?: string): ToolCall {
  const council = e.council.split('-')[0] ?? 'COREN';
  const url = COUNCILS[council] ?? COUNCILS['COREN']!;
  return { tool: 'conselho.check_registration', args: { council, registration: e.council, name: e.name }, result: { registration: e.council, name: e.name, situation: rng.chance(0.96) ? 'ativo' : 'pendente de anuidade', valid_until: `${2031}-03-31` }, http: [{ method: 'GET', url: `${url}?inscricao=${encodeURIComponent(e.council)}`, statusCode: 200 }], ...(mark === undefined ? {} : { mark }) };
}

/** Mondays only: the week's new hires sent to eSocial (S-2200) before they start, their council and ASO checked. */
function admissionTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const hires = Array.from({ length: rng.int(1, 4) }, () => fakeEmployee(rng, rng.pick(['São Paulo', 'Recife', 'Curitiba'] as const)));
  const licensed = hires.filter((h) => h.council !== '');
  return {
    userMessage: 'Segunda: manda as admissões da semana para o eSocial (S-2200) e confere os conselhos.',
    rounds: [...(licensed.length > 0 ? [licensed.map((h) => councilCheckCall(rng, h))] : []), hires.map((h) => esocialCall(rng, 'S-2200', { cpf: h.cpf, name: h.name, role: h.role, admission: isoDate(ctx.atMs), salary: h.salary.toFixed(2), unit: h.unit }))],
    finalAnswer: `${hires.length} admissions sent to eSocial; councils checked.`,
  };
}

function councilTurn(ctx: WorkflowContext, unit: Unit): TurnScript {
  const { rng } = ctx;
  let e = fakeEmployee(rng, unit === 'Porto' ? 'São Paulo' : unit);
  for (let i = 0; e.council === '' && i < 20; i++) e = fakeEmployee(rng, unit === 'Porto' ? 'São Paulo' : unit);
  if (e.council === '') e = { ...e, role: 'Enfermeira(o)', council: `COREN-SP ${rng.int(100_000, 999_999)}-ENF` };
  return { userMessage: `Confere se o registro de ${e.name} (${e.council}) está ativo.`, rounds: [[councilCheckCall(rng, e)]], finalAnswer: `${e.council}: situation above.` };
}

function asoTurn(ctx: WorkflowContext, unit: Unit): TurnScript {
  const { rng } = ctx;
  const e = fakeEmployee(rng, unit === 'Porto' ? 'São Paulo' : unit);
  const kind = rng.pick(['admissional', 'periódico', 'periódico', 'retorno ao trabalho', 'demissional']);
  const rounds: ToolCall[][] = [[{ tool: 'sesmt.schedule_aso', args: { employee_cpf: e.cpf, employee_name: e.name, kind, risks: e.role.startsWith('Técnica(o) de radiologia') ? ['radiação ionizante'] : ['biológico'], unit: e.unit }, result: { appointment: `${isoDate(ctx.atMs + rng.int(1, 6) * 86_400_000)} 08:${rng.pick(['00', '20', '40'])}`, clinic: 'MedTrabalho Ocupacional', status: 'agendado' }, http: [{ method: 'POST', url: `${SESMT}/exams`, statusCode: 201 }] }]];
  if (rng.chance(0.4)) rounds.push([{ tool: 'sesmt.get_aso', args: { employee_cpf: e.cpf, last: true }, result: { kind: 'periódico', result: 'apto', date: isoDate(ctx.atMs - rng.int(200, 360) * 86_400_000) }, http: [{ method: 'GET', url: `${SESMT}/exams?cpf=…&last=true`, statusCode: 200 }] }]);
  return { userMessage: `Agenda o ASO ${kind} de ${e.name}.`, rounds, finalAnswer: `ASO ${kind} booked for ${e.name}.` };
}

function medicalLeaveTurn(ctx: WorkflowContext, unit: Unit): TurnScript {
  const { rng } = ctx;
  const e = fakeEmployee(rng, unit === 'Porto' ? 'São Paulo' : unit);
  const days = rng.pick([1, 2, 3, 5, 7, 16]);
  const text = rng.pick([`bom dia, segue atestado de ${days} dias, to com virose 🤒`, `Bom dia RH, envio o atestado médico de ${days} dia(s). Favor avisar a coordenação do plantão.`, `oi gente, atestado do meu filho, ${days} dias. pfv avisa a escala, obg`]);
  const rounds: ToolCall[][] = [[whatsappGetCall(rng, STAFF_WA_NUMBER_ID, e.phone, e.name, [text, '[imagem: atestado.jpg]'])], [{ tool: 'seniorhcm.record_medical_leave', args: { employee_id: e.id, start: isoDate(ctx.atMs), days, cid: rng.pick(['J06.9', 'A09', 'M54.5', 'Z76.3']), doctor_crm: `CRM-${COUNCIL_UF[e.unit] ?? 'SP'} ${rng.int(10_000, 199_999)}` }, result: { status: 'registrado' }, http: [{ method: 'POST', url: `${SENIOR}/employees/${e.id}/absences`, statusCode: 201 }] }]];
  if (days > 15) rounds.push([esocialCall(rng, 'S-2230', { cpf: e.cpf, start: isoDate(ctx.atMs), reason: '01 - doença não relacionada ao trabalho' })]);
  rounds.push([whatsappSendCall(rng, STAFF_WA_NUMBER_ID, e.phone, `Recebido, ${e.name.split(' ')[0]}. Atestado lançado e a coordenação avisada. Melhoras!`)]);
  return { userMessage: 'Tem atestado novo no WhatsApp do RH?', rounds, finalAnswer: `${days}-day leave recorded for ${e.name}.` };
}

function staffLineTurn(ctx: WorkflowContext, unit: Unit): TurnScript {
  const { rng } = ctx;
  const e = fakeEmployee(rng, unit === 'Porto' ? 'São Paulo' : unit);
  const q = rng.pick([
    { text: 'Oi, meu VR não caiu esse mês, vc pode ver pfv?', reply: 'Oi! O crédito do VR/VA cai todo dia 1º; se não aparecer até dia 2, chama aqui de novo que abrimos chamado com a operadora.' },
    { text: 'Boa tarde, como faço para incluir meu bebê no plano de saúde?', reply: 'Parabéns! Manda a certidão de nascimento por aqui; com até 30 dias do nascimento a inclusão é sem carência.' },
    { text: 'qndo sai a escala de dezembro?', reply: 'A escala da semana que vem sai toda quinta no app. A de dezembro completa sai dia 25.' },
    { text: 'Preciso do informe de rendimentos do ano passado.', reply: 'Está no app Senior, em Documentos > Informe de rendimentos. Qualquer dúvida é só falar.' },
  ]);
  return { userMessage: 'Responde as mensagens do WhatsApp do RH.', rounds: [[whatsappGetCall(rng, STAFF_WA_NUMBER_ID, e.phone, e.name, [q.text])], [whatsappSendCall(rng, STAFF_WA_NUMBER_ID, e.phone, q.reply)]], finalAnswer: `Answered ${e.name}.` };
}

function terminationTurn(ctx: WorkflowContext, unit: Unit): TurnScript {
  const { rng } = ctx;
  const e = fakeEmployee(rng, unit === 'Porto' ? 'São Paulo' : unit);
  return {
    userMessage: `${e.name} pediu demissão, último dia hoje. Lança o desligamento.`,
    rounds: [[getEmployeeCall(e)], [esocialCall(rng, 'S-2299', { cpf: e.cpf, termination: isoDate(ctx.atMs), reason: '07 - pedido de demissão' })], [sendMailCall(rng, HR_MAILBOX, `ti@${COMPANY_DOMAIN}`, `Desligamento: ${e.name}`, `Favor desativar os acessos de ${e.email} a partir de amanhã. Obrigado, RH.`)]],
    finalAnswer: `Termination of ${e.name} sent to eSocial; IT told.`,
  };
}

function contractTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const e = fakeEmployee(rng, rng.pick(['São Paulo', 'Recife', 'Curitiba'] as const));
  return { userMessage: `Manda o contrato de trabalho de ${e.name} para assinar no Clicksign.`, rounds: [[{ tool: 'clicksign.send_envelope', args: { document: `Contratos/2030/${e.id}_contrato_trabalho.pdf`, signers: [{ name: e.name, email: e.email.replace(`@${COMPANY_DOMAIN}`, '@gmail.example'), auth: 'whatsapp' }, { name: 'Patrícia Souza (RH)', email: HR_MAILBOX, auth: 'email' }] }, result: { envelope: rng.hex(12), status: 'running' }, http: [{ method: 'POST', url: `${CLICKSIGN}/envelopes`, statusCode: 201 }] }]], finalAnswer: `Contract sent to ${e.name} for signature.` };
}

function applicationsTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const job = rng.pick(['Técnico(a) de Enfermagem - Recife', 'Recepcionista - Batel', 'Biomédico(a) - Paulista', 'Técnico(a) em Radiologia - Boa Viagem']);
  const apps = Array.from({ length: rng.int(3, 12) }, () => ({ name: personName(rng), stage: rng.pick(['triagem', 'entrevista RH', 'teste técnico']), score: rng.int(40, 98) }));
  return { userMessage: `Quantos candidatos temos na vaga ${job}?`, rounds: [[{ tool: 'gupy.list_applications', args: { job, status: 'active' }, result: { applications: apps }, http: [{ method: 'GET', url: `${GUPY}/jobs/applications`, statusCode: 200 }] }]], finalAnswer: `${apps.length} applicants for ${job}.` };
}

function policyTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const q = rng.pick(['troca de plantão', 'atestado', 'vale refeição', 'admissão checklist', 'dados de colaboradores']);
  return { userMessage: `O que diz o manual sobre ${q}?`, rounds: [[hrSearch(rng, q)]], finalAnswer: 'The handbook says as above.' };
}

function hrMailTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const m = rng.pick([
    { from: 'contato@medtrabalho-ocupacional.example', subject: 'Convocação ASO periódico', body: 'Prezados, segue lista de colaboradores com ASO periódico vencendo em dezembro. Favor agendar até o dia 10.' },
    { from: 'atendimento@beneficios-flex.example', subject: 'Pedido de crédito de dezembro', body: 'Lembrete: o pedido de créditos de VR/VA deve ser feito até o dia 28 para crédito no dia 1º. Gere o boleto no portal.' },
    { from: 'rh.sofia@acme-saude.example', subject: 'Férias equipa Porto', body: 'Olá a todos, enviei o mapa de férias da equipa do Porto para 2031. Confirmem até sexta, por favor. Obrigada, Sofia' },
  ]);
  return { userMessage: 'Algo importante na caixa do RH?', rounds: [[mailCall(rng, HR_MAILBOX, m.from, m.subject, m.body)]], finalAnswer: `${m.subject}: ${m.body.slice(0, 80)}` };
}

/** The month's last days: payroll closed, the eSocial period closed, VR/VA credits ordered; Porto's people declared to the Segurança Social. */
function monthEndTurn(ctx: WorkflowContext, unit: Unit): TurnScript {
  const { rng } = ctx;
  const competence = isoDate(ctx.atMs).slice(0, 7);
  if (unit === 'Porto') return { userMessage: 'Fim do mês: submete a declaração mensal de remunerações à Segurança Social.', rounds: [[{ tool: 'segsocial.submit_dmr', args: { niss_entidade: '20011884736', competence, workers: rng.int(9, 14), total_eur: rng.int(18_000, 26_000) }, result: { status: 'aceite', reference: `DMR${rng.int(100_000, 999_999)}` }, http: [{ method: 'POST', url: `${SEG_SOCIAL}/dmr`, statusCode: 201 }] }]], finalAnswer: 'DMR submitted.' };
  const which = rng.int(0, 2);
  if (which === 0) return { userMessage: 'Fecha a folha do mês e transmite para o banco.', rounds: [[{ tool: 'folha.submit_run', args: { competence, employer: COMPANY_CNPJ, employees: rng.int(380, 460), payment_date: `${competence}-30`, bank: 'Bradesco' }, result: { run_id: `FP-${competence}`, status: 'enviado ao banco' }, http: [{ method: 'POST', url: `${FOLHA}/runs`, statusCode: 201 }] }]], finalAnswer: `Payroll ${competence} closed.` };
  if (which === 1) return { userMessage: 'Fecha o período do eSocial (S-1299).', rounds: [[{ tool: 'esocial.close_period', args: { competence, employer: COMPANY_CNPJ, event: 'S-1299' }, result: { status: 'processado', dctfweb: 'gerada' }, http: [{ method: 'POST', url: `${ESOCIAL}/enviarloteeventos/WsEnviarLoteEventos.svc`, statusCode: 200 }] }]], finalAnswer: `eSocial period ${competence} closed.` };
  return { userMessage: 'Faz o pedido de VR e VA do mês que vem.', rounds: [[{ tool: 'beneficios.order_credits', args: { competence, products: ['VR', 'VA'], employees: rng.int(380, 460), total: rng.int(520_000, 610_000), payment: 'boleto' }, result: { order: `PED-${rng.int(100_000, 999_999)}`, boleto_due: `${competence}-29` }, http: [{ method: 'POST', url: `${BENEFICIOS}/orders`, statusCode: 201 }] }]], finalAnswer: 'VR/VA order placed.' };
}

function benefitCardTurn(ctx: WorkflowContext, unit: Unit): TurnScript {
  const { rng } = ctx;
  const e = fakeEmployee(rng, unit === 'Porto' ? 'São Paulo' : unit);
  return { userMessage: `${e.name} perdeu o cartão do VR; pede a segunda via.`, rounds: [[{ tool: 'beneficios.get_card', args: { cpf: e.cpf }, result: { status: 'ativo', last4: String(rng.int(1_000, 9_999)) }, http: [{ method: 'GET', url: `${BENEFICIOS}/cards?cpf=…`, statusCode: 200 }] }], [{ tool: 'beneficios.reissue_card', args: { cpf: e.cpf, reason: 'perda', delivery: e.unit }, result: { status: 'segunda via solicitada', eta_days: 7 }, http: [{ method: 'POST', url: `${BENEFICIOS}/cards/reissue`, statusCode: 201 }] }]], finalAnswer: `Replacement card ordered for ${e.name}.` };
}

function payslipTurn(ctx: WorkflowContext, unit: Unit): TurnScript {
  const { rng } = ctx;
  const e = fakeEmployee(rng, unit);
  const competence = isoDate(ctx.atMs - 30 * 86_400_000).slice(0, 7);
  return { userMessage: `${e.name} diz que o adicional noturno veio errado em ${competence}. Confere o holerite.`, rounds: [[{ tool: 'folha.get_payslip', args: { employee_id: e.id, competence }, result: { gross: e.salary + rng.int(200, 900), lines: [{ code: '001', what: 'Salário', value: e.salary }, { code: '052', what: 'Adicional noturno 20%', value: rng.int(150, 700) }, { code: '210', what: 'INSS', value: -rng.int(200, 800) }] }, http: [{ method: 'GET', url: `${FOLHA}/payslips/${e.id}/${competence}`, statusCode: 200 }] }]], finalAnswer: `Payslip ${competence} for ${e.name} above.` };
}

/** The rarer case: one employee's pay history read for a promotion the director asked about. */
function payHistoryTurn(ctx: WorkflowContext, unit: Unit): TurnScript {
  const { rng } = ctx;
  const e = fakeEmployee(rng, unit);
  return { userMessage: `A coordenação quer promover ${e.name}; puxa o histórico salarial.`, rounds: [[{ tool: 'folha.get_salary_history', args: { employee_id: e.id }, result: { history: [{ from: e.admission, salary: Math.round(e.salary * 0.82) }, { from: '2030-03-01', salary: e.salary }] }, http: [{ method: 'GET', url: `${FOLHA}/employees/${e.id}/salary-history`, statusCode: 200 }] }]], finalAnswer: `Pay history of ${e.name} above.` };
}

/** The rarer case: a letter confirming employment for a bank or a consulate, to the address the employee gave. */
function letterTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const e = fakeEmployee(rng, rng.pick(['São Paulo', 'Recife', 'Curitiba'] as const));
  const to = rng.pick([{ name: 'Consulado-Geral de Portugal em São Paulo', address: 'vistos@consuladoportugal-sp.example' }, { name: 'Caixa Econômica Federal (financiamento habitacional)', address: 'habitacao.ag1618@caixa-habitacao.example' }]);
  return { userMessage: `${e.name} pediu declaração de vínculo para ${to.name}; manda para o endereço que ela informou.`, rounds: [[getEmployeeCall(e)], [sendMailCall(rng, HR_MAILBOX, to.address, `Declaração de vínculo empregatício - ${e.name}`, `Declaramos que ${e.name} é colaborador(a) da Acme Saúde desde ${e.admission.split('-').reverse().join('/')}, no cargo de ${e.role}. São Paulo, ${isoDate(ctx.atMs)}.`, { cc: [e.email] })]], finalAnswer: `Letter sent to ${to.name}, copying ${e.email}.` };
}

export function holdoutBeHrWorkflow(ctx: WorkflowContext): SessionScript {
  const userId = ctx.rng.pick(HR_STAFF);
  const unit = unitOf(userId);
  const day = weekday(ctx.atMs);
  const end = monthEnd(ctx.atMs);
  return {
    userId,
    turns: buildTurns(
      ctx,
      [(c) => lookupTurn(c, unit), (c) => timesheetTurn(c, unit), (c) => rosterTurn(c, unit), publishRosterTurn, admissionTurn, (c) => councilTurn(c, unit), (c) => asoTurn(c, unit), (c) => medicalLeaveTurn(c, unit), (c) => staffLineTurn(c, unit), (c) => terminationTurn(c, unit), contractTurn, applicationsTurn, policyTurn, hrMailTurn, (c) => monthEndTurn(c, unit), (c) => benefitCardTurn(c, unit), (c) => payslipTurn(c, unit), (c) => payHistoryTurn(c, unit), letterTurn],
      [0.1, 0.09, 0.08, day === 4 && unit !== 'Porto' ? 0.25 : 0, day === 1 && unit !== 'Porto' ? 0.3 : 0, 0.06, 0.06, 0.08, 0.09, 0.04, 0.04, 0.04, 0.05, 0.06, end ? 0.3 : 0, 0.03, 0.05, 0.02, 0.02],
    ),
  };
}
