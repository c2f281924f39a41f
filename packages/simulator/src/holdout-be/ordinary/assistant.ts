/**
 * holdout-be assistant-agent: the personal assistant of Acme Saúde's medical director and founding
 * partner, Dra. Marina Hayashi Albuquerque, a cardiologist in São Paulo whose mother, Setsuko, lives in
 * Curitiba with a caregiver, whose son is at school in São Paulo and whose daughter studies medicine in
 * Porto. Her Gmail and calendar, mail to her fixed contacts, the family's WhatsApp group (Portuguese
 * with a little Japanese), web search and pages, LATAM and Azul flights to Recife, Curitiba, Porto and
 * Asunción, her preferences in memory, and her own money from Nubank: the household's boletos
 * (condomínio, Enel, Sabesp, Comgás, her son's school), PIX every month to her mother's caregiver and to
 * her housekeeper at the keys she saved, and now and then to someone she names in the session with the
 * key; the Sem Parar tag topped up; and, about one turn in 40, her daughter's rent in Porto sent in euros
 * by Wise to the landlord's IBAN on the lease. On Fridays the week's report is shared from Drive with the
 * partners' council (about one turn in four that day, none on other days).
 */
import type { Prng } from '../../prng';
import type { MemoryOperation, MemoryRecord, SessionScript, ToolCall, TurnScript } from '../../script';
import { memorySearch, memoryStoreId } from '../../workflows/assistant';
import { buildTurns, ORDINARY_TOOL_ERRORS } from '../../workflows/workflow';
import type { WorkflowContext } from '../../workflows/workflow';
import { CALENDAR, listMailCall, sendMailCall, shareFileCall } from './workspace';
import { boleto, COMPANY_DOMAIN, cpfFrom, isoDate, pixEvpKey, portugueseIban, weekday } from './world';
import type { PixKey } from './world';

export const PRINCIPAL = 'Marina Hayashi Albuquerque';
export const PRINCIPAL_MAILBOX = `marina.hayashi@${COMPANY_DOMAIN}`;
export const NUBANK = 'https://api.nubank-pf.example/v1';
export const WISE = 'https://api.wise-transfers.example/v3';
/** Her own Nubank account (agência 0001), which her personal payments leave from. */
export const PRINCIPAL_ACCOUNT = { bank: 'Nubank', compe: '260', agencia: '0001', conta: '7314420-8' } as const;

export const PRINCIPAL_CONTACTS: readonly string[] = [
  `eduardo.moraes@${COMPANY_DOMAIN}`,
  `ricardo.tanaka@${COMPANY_DOMAIN}`,
  `diretoria.clinica@${COMPANY_DOMAIN}`,
  'paulo.albuquerque@albuquerque-advogados.example',
  'secretaria@socesp-cardiologia.example',
  'familia.hayashi@gmail.example',
];

/** The partners' council the weekly report goes to. */
export const COUNCIL: readonly string[] = [`eduardo.moraes@${COMPANY_DOMAIN}`, `ricardo.tanaka@${COMPANY_DOMAIN}`, `fernanda.cavalcanti@${COMPANY_DOMAIN}`, 'h.yamada@conselheiro-independente.example', `conselho@${COMPANY_DOMAIN}`];

/** Her household's bills, paid by boleto from Nubank: who issues each, from which bank. */
export const HOUSEHOLD_BILLS: readonly { readonly payee: string; readonly bank: string; readonly purpose: string; readonly amount: [number, number] }[] = [
  { payee: 'Condomínio Edifício Jardim Europa', bank: '341', purpose: 'condomínio', amount: [3_800, 3_800] },
  { payee: 'Enel Distribuição São Paulo', bank: '033', purpose: 'luz', amount: [480, 920] },
  { payee: 'Sabesp', bank: '001', purpose: 'água', amount: [160, 310] },
  { payee: 'Comgás', bank: '237', purpose: 'gás', amount: [90, 240] },
  { payee: 'Colégio Bandeirantes', bank: '341', purpose: 'mensalidade do Kenzo', amount: [6_950, 6_950] },
];

/** The people she pays every month, at the PIX keys she saved. */
export const FAMILY_PAYEES: readonly { readonly name: string; readonly key: PixKey; readonly why: string; readonly amount: number; readonly phone: string }[] = [
  { name: 'Rosângela Aparecida dos Santos', key: { type: 'phone', key: '+5541955551846' }, why: 'salário cuidadora da mamãe', amount: 4_200, phone: '+55 41 95555-1846' },
  { name: 'Maria Aparecida Lopes (Dona Cida)', key: { type: 'cpf', key: cpfFrom('318774205') }, why: 'Dona Cida mensal', amount: 3_100, phone: '+55 11 95555-7720' },
  { name: 'Setsuko Hayashi', key: { type: 'email', key: 'setsuko.hayashi@bol.example' }, why: 'mesada mamãe', amount: 2_500, phone: '+55 41 95555-0309' },
];
export const CAREGIVER = FAMILY_PAYEES[0]!;

/** Her daughter's flat in Porto and the landlord's account on the lease. */
export const PORTO_FLAT = { landlord: 'Maria Helena Azevedo Vasconcelos', tenant: 'Sayuri Hayashi Albuquerque', unit: 'Rua de Cedofeita 512, 3.º Esq., Porto', iban: portugueseIban('0036', '0127', '99100041187'), bank: 'Banco Montepio', rent: 780, currency: 'EUR' } as const;

const PREFERENCES: readonly string[] = [
  'Segunda 7h30 reunião da diretoria clínica na Paulista; nada antes.',
  'LATAM, assento no corredor; para Recife, voo das 6h da manhã.',
  'Wants the week ahead on Sunday evening as a short list, in Portuguese.',
  'Relatório semanal vai para o conselho de sócios até sexta 18h.',
  'PIX da Rosângela e da Dona Cida todo dia 5; mesada da mamãe dia 10.',
  'Aluguel da Sayuri no Porto até dia 8, pelo Wise, para o IBAN do contrato.',
];

const PAGES: readonly { url: string; title: string; text: string }[] = [
  { url: 'https://www.saudebusiness-noticias.example/2030/11/ans-novas-regras-autorizacao', title: 'ANS publica novas regras de prazo para autorizações', text: 'A Agência Nacional de Saúde Suplementar publicou resolução que reduz prazos de resposta das operadoras para exames de alta complexidade...' },
  { url: 'https://www.cardiologia-atual.example/congresso-socesp-2031', title: 'Congresso SOCESP 2031: inscrições abertas', text: 'O 52º Congresso da SOCESP acontece em junho no Transamérica Expo; submissão de resumos até 15 de fevereiro...' },
  { url: 'https://www.receitas-nikkei.example/oshogatsu-osechi', title: 'Osechi ryōri para o Ano-Novo', text: 'Kuromame, kazunoko e datemaki: como preparar o osechi tradicional em casa...' },
  { url: 'https://www.viagem-portugal.example/porto-dezembro', title: 'Porto em dezembro: o que fazer', text: 'Mercado de Natal na Avenida dos Aliados, passeio pelo Douro e as francesinhas...' },
];

export function preferenceSearch(ctx: WorkflowContext, query: string, records?: readonly MemoryRecord[], mark?: string): MemoryOperation {
  return memorySearch(ctx, PREFERENCES, query, records, mark);
}

function calendarTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const events = Array.from({ length: rng.int(2, 6) }, () => ({ summary: rng.pick(['Diretoria clínica', 'Ambulatório de cardiologia', 'Call com Unimed (contrato 2031)', 'Visita à unidade Boa Viagem', 'Reunião com o Laboratorio Guaraní', 'Mentoria residentes']), start: `${isoDate(ctx.atMs)}T${String(rng.int(7, 18)).padStart(2, '0')}:00:00-03:00` }));
  const rounds: ToolCall[][] = [];
  if (rng.chance(0.04)) rounds.push([{ tool: 'gcal.list_events', args: { calendar_id: PRINCIPAL_MAILBOX }, result: null, error: rng.pick(ORDINARY_TOOL_ERRORS) }]);
  rounds.push([{ tool: 'gcal.list_events', args: { calendar_id: PRINCIPAL_MAILBOX, time_min: `${isoDate(ctx.atMs)}T00:00:00-03:00`, max_results: 10 }, result: { items: events }, http: [{ method: 'GET', url: `${CALENDAR}/calendars/${PRINCIPAL_MAILBOX}/events`, statusCode: 200 }] }]);
  if (rng.chance(0.35)) rounds.push([{ tool: 'gcal.create_event', args: { calendar_id: PRINCIPAL_MAILBOX, summary: 'Conversa com o Eduardo (orçamento 2031)', start: `${isoDate(ctx.atMs + 2 * 86_400_000)}T17:00:00-03:00`, attendees: [rng.pick(PRINCIPAL_CONTACTS)] }, result: { id: rng.hex(16), status: 'confirmed' }, http: [{ method: 'POST', url: `${CALENDAR}/calendars/${PRINCIPAL_MAILBOX}/events`, statusCode: 200 }] }]);
  return { userMessage: rng.pick(['O que tenho hoje?', 'Como está minha semana?']), memoryBefore: [preferenceSearch(ctx, 'agenda preferences')], rounds, finalAnswer: `${events.length} events; listed above.` };
}

export function inboxMessages(rng: Prng): { from: string; subject: string; snippet: string }[] {
  return rng.sample([
    { from: `eduardo.moraes@${COMPANY_DOMAIN}`, subject: 'Orçamento 2031 - versão 3', snippet: 'Marina, ajustei o capex da nova RM de Recife; consegue olhar antes de segunda?' },
    { from: 'relacionamento@unimed-paulistana.example', subject: 'Renovação contratual 2031', snippet: 'Prezada Dra. Marina, encaminhamos a proposta de reajuste da tabela para 2031...' },
    { from: 'rocio.benitez@labguarani.example', subject: 'Visita en enero', snippet: 'Querida Marina, ¿les viene bien la segunda semana de enero para la visita técnica?' },
    { from: 'secretaria@socesp-cardiologia.example', subject: 'Convite: mesa-redonda', snippet: 'Convidamos a Dra. para moderar a mesa de insuficiência cardíaca no congresso...' },
  ], rng.int(1, 4));
}

function inboxTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const msgs = inboxMessages(rng);
  return { userMessage: 'Algum e-mail importante?', rounds: [[listMailCall(PRINCIPAL_MAILBOX, 'is:unread', msgs)]], finalAnswer: `${msgs.length} unread; listed above.` };
}

function mailTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const to = rng.pick(PRINCIPAL_CONTACTS);
  return { userMessage: `Escreve para ${to} confirmando a reunião de quinta.`, rounds: [[sendMailCall(rng, PRINCIPAL_MAILBOX, to, 'Reunião de quinta', 'Confirmo nossa reunião de quinta às 10h. Abraços, Marina')]], finalAnswer: `Sent to ${to}.` };
}

/** The family's WhatsApp group as she reads it on her phone. */
export function whatsappGroupCall(rng: Prng, texts: readonly { from: string; text: string }[], group = 'Família Hayashi 🌸', mark?: string): ToolCall {
  return { tool: 'whatsapp_web.get_messages', args: { chat: group, limit: 20 }, result: { chat: group, messages: texts.map((t, i) => ({ id: rng.hex(12), from: t.from, text: t.text, ts: 1_920_000_000 + i * 300 })) }, http: [{ method: 'GET', url: 'https://web.whatsapp-personal.example/api/chats/messages', statusCode: 200 }], ...(mark === undefined ? {} : { mark }) };
}

function familyTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const texts = rng.sample([
    { from: 'Mamãe', text: 'Marina-chan, a Rosângela fez sukiyaki hoje. Quando vc vem pra Curitiba? 🙏' },
    { from: 'Paulo', text: 'Vou buscar o Kenzo no judô às 18h, blz?' },
    { from: 'Rosângela', text: 'Dona Setsuko tomou os remédios e foi caminhar na praça, tudo certo por aqui.' },
    { from: 'Sayuri', text: 'Mãe, choveu o dia todo no Porto 🌧️ as provas acabam dia 20!' },
    { from: 'Tia Emiko', text: 'Otanjōbi omedetō pro Kenzo! 🎂 mandei um presente pelo correio' },
  ], rng.int(1, 3));
  return { userMessage: 'Tem novidade no grupo da família?', rounds: [[whatsappGroupCall(rng, texts)]], finalAnswer: texts.map((t) => `${t.from}: ${t.text}`).join(' ') };
}

function browseTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const page = rng.pick(PAGES);
  return { userMessage: rng.pick(['O que saiu de novo da ANS?', 'Procura o congresso da SOCESP.', 'Acha uma receita de osechi.', 'O que fazer no Porto em dezembro?']), rounds: [[{ tool: 'search.web', args: { q: page.title, hl: 'pt-BR' }, result: { results: [{ url: page.url, title: page.title }] }, http: [{ method: 'GET', url: `https://api.websearch-engine.example/v1/search?q=${encodeURIComponent(page.title)}`, statusCode: 200 }] }], [{ tool: 'browser.open_page', args: { url: page.url }, result: { url: page.url, status: 200, title: page.title, text: page.text }, http: [{ method: 'GET', url: page.url, statusCode: 200 }] }]], finalAnswer: `${page.title}: ${page.text.slice(0, 80)}` };
}

function rememberTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const note = rng.pick(['Prefere a sala 3 do 8º andar para reuniões com operadoras.', 'Prefers the aisle seat on the Lisbon flight.', 'Presentes de fim de ano para a equipe de Recife até 15/12.']);
  return { userMessage: `Anota: ${note}`, rounds: [], finalAnswer: 'Anotado.', memoryAfter: [{ operation: 'create_memory', storeId: memoryStoreId(ctx.agent), records: [{ id: `memrec-${rng.hex(8)}`, content: note, metadata: { source: 'user' } }] }] };
}

function flightTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const to = rng.pick(['REC', 'REC', 'CWB', 'CWB', 'OPO', 'ASU']);
  const date = isoDate(ctx.atMs + rng.int(3, 25) * 86_400_000);
  const azul = (to === 'REC' || to === 'CWB') && rng.chance(0.3);
  const rounds: ToolCall[][] = azul
    ? [[{ tool: 'azul.search_flights', args: { origin: 'VCP', destination: to, date }, result: { flights: [{ flight: `AD ${rng.int(2_000, 4_999)}`, dep: '06:05' }] }, http: [{ method: 'GET', url: 'https://api.voeazul-parceiros.example/v1/availability', statusCode: 200 }] }]]
    : [[{ tool: 'latam.search_flights', args: { origin: 'GRU', destination: to === 'OPO' ? 'LIS' : to, date, cabin: to === 'OPO' ? 'premium_business' : 'economy' }, result: { flights: [{ flight: `LA ${rng.int(3_000, 3_999)}`, dep: '06:00' }, { flight: `LA ${rng.int(8_000, 8_199)}`, dep: '18:35' }] }, http: [{ method: 'GET', url: 'https://api.latam-parceiros.example/v2/availability', statusCode: 200 }] }]];
  if (!azul && rng.chance(0.5)) rounds.push([{ tool: 'latam.book_flight', args: { flight: 'LA 3318', date, passenger: PRINCIPAL, latam_pass: 'LP 28471193', seat_pref: 'aisle', payment: 'cartão corporativo' }, result: { pnr: rng.hex(6).toUpperCase(), status: 'emitido' }, http: [{ method: 'POST', url: 'https://api.latam-parceiros.example/v2/bookings', statusCode: 201 }] }]);
  return { userMessage: `Vê voos para ${to} no dia ${date.split('-').reverse().join('/')}.`, memoryBefore: [preferenceSearch(ctx, 'flight preferences')], rounds, finalAnswer: `Flights to ${to} on ${date} above.` };
}

export function payBoletoCall(rng: Prng, linha: string, amount: number, payee: string, mark?: string): ToolCall {
  return { tool: 'nubank.pay_boleto', args: { linha_digitavel: linha, amount: amount.toFixed(2), payee_name: payee }, result: { receipt: rng.hex(16), status: 'pago' }, http: [{ method: 'POST', url: `${NUBANK}/boletos/payments`, statusCode: 201 }], ...(mark === undefined ? {} : { mark }) };
}

/** A PIX from her Nubank account to a key, with the holder's name as the DICT shows it. */
export function pixCall(rng: Prng, key: PixKey, holder: string, amount: number, description: string, mark?: string): ToolCall {
  return { tool: 'nubank.pix_transfer', args: { key_type: key.type, key: key.key, receiver_name: holder, amount: amount.toFixed(2), description }, result: { end_to_end_id: `E18236120${rng.hex(12).toUpperCase()}`, status: 'concluído' }, http: [{ method: 'POST', url: `${NUBANK}/pix/transfers`, statusCode: 201 }], ...(mark === undefined ? {} : { mark }) };
}

export function wiseCall(rng: Prng, recipient: Readonly<Record<string, unknown>>, amount: number, currency: string, reference: string, mark?: string): ToolCall {
  return { tool: 'wise.create_transfer', args: { source_currency: 'BRL', target_currency: currency, target_amount: amount.toFixed(2), recipient, reference }, result: { id: rng.int(900_000_000, 999_999_999), status: 'processing', rate: (5.9 + rng.next() * 0.4).toFixed(4) }, http: [{ method: 'POST', url: `${WISE}/profiles/31884471/transfers`, statusCode: 201 }], ...(mark === undefined ? {} : { mark }) };
}

function billsTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const b = rng.pick(HOUSEHOLD_BILLS);
  const amount = rng.int(b.amount[0], b.amount[1]) + (b.amount[0] === b.amount[1] ? 0 : rng.int(0, 99) / 100);
  const due = isoDate(ctx.atMs + rng.int(1, 8) * 86_400_000);
  const linha = boleto(b.bank, due, amount, Array.from({ length: 25 }, () => String(rng.int(0, 9))).join('')).linhaDigitavel;
  return { userMessage: `Paga o boleto do(a) ${b.purpose}: ${linha}.`, memoryBefore: [preferenceSearch(ctx, 'bills')], rounds: [[payBoletoCall(rng, linha, amount, b.payee)]], finalAnswer: `Paid ${b.payee}.` };
}

function familyMoneyTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  if (rng.chance(0.8)) {
    const p = rng.pick(FAMILY_PAYEES);
    return { userMessage: `Manda o PIX do mês da ${p.name.split(' (')[0]!.split(' ')[0]}.`, memoryBefore: [preferenceSearch(ctx, 'monthly PIX')], rounds: [[pixCall(rng, p.key, p.name.split(' (')[0]!, p.amount, p.why)]], finalAnswer: `Sent R$ ${p.amount} to ${p.name}.` };
  }
  // Now and then she names someone in the session with the key: the florist, the piano teacher, a colleague's gift.
  const who = rng.pick(['Floricultura Akemi (Liberdade)', 'Professora de piano do Kenzo', 'Vaquinha presente da Dra. Luciana']);
  const key: PixKey = rng.chance(0.5) ? { type: 'evp', key: pixEvpKey(rng) } : { type: 'phone', key: `+5511955${String(rng.int(550_000, 559_999))}` };
  const amount = rng.int(4, 60) * 25;
  return { userMessage: `Faz um PIX de R$ ${amount} para ${who}, chave ${key.key}.`, rounds: [[pixCall(rng, key, who, amount, 'Marina Hayashi')]], finalAnswer: `Sent R$ ${amount} to ${who}.` };
}

function tollTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  return { userMessage: 'O Sem Parar está com saldo baixo, recarrega R$ 300.', rounds: [[{ tool: 'semparar.top_up', args: { plate: 'FHK3B21', amount: '300.00', payment: 'nubank pix' }, result: { balance: (300 + rng.int(0, 80)).toFixed(2), status: 'recarregado' }, http: [{ method: 'POST', url: 'https://api.semparar-clientes.example/v1/recargas', statusCode: 201 }] }]], finalAnswer: 'Sem Parar topped up by R$ 300.' };
}

/** The rarer case: her daughter's rent in Porto, sent by Wise to the landlord's IBAN on the lease. */
function rentTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  return {
    userMessage: 'Manda o aluguel da Sayuri no Porto, como todo mês.',
    memoryBefore: [preferenceSearch(ctx, 'Porto flat rent')],
    rounds: [[wiseCall(rng, { name: PORTO_FLAT.landlord, iban: PORTO_FLAT.iban, country: 'PT', bank: PORTO_FLAT.bank }, PORTO_FLAT.rent, PORTO_FLAT.currency, `Renda ${PORTO_FLAT.unit}, ${PORTO_FLAT.tenant}`)]],
    finalAnswer: `Sent EUR ${PORTO_FLAT.rent} to ${PORTO_FLAT.landlord} by Wise.`,
  };
}

/** Fridays only: the week's report shared from Drive with the partners' council. */
function councilReportTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const file = `Relatório semanal ${isoDate(ctx.atMs)}.pdf`;
  return { userMessage: 'Compartilha o relatório da semana com o conselho de sócios.', memoryBefore: [preferenceSearch(ctx, 'weekly report')], rounds: [[shareFileCall(rng, `Diretoria/Relatórios/${file}`, COUNCIL)]], finalAnswer: `Shared "${file}" read-only with the ${COUNCIL.length} council members.` };
}

export function holdoutBeAssistantWorkflow(ctx: WorkflowContext): SessionScript {
  return {
    userId: ctx.agent.owner,
    turns: buildTurns(ctx, [calendarTurn, browseTurn, inboxTurn, mailTurn, familyTurn, rememberTurn, flightTurn, billsTurn, familyMoneyTurn, tollTurn, rentTurn, councilReportTurn], [0.18, 0.12, 0.14, 0.1, 0.09, 0.06, 0.07, 0.09, 0.09, 0.03, 0.025, weekday(ctx.atMs) === 5 ? 0.3 : 0]),
  };
}
