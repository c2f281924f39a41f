/**
 * holdout-ba assistant-agent: the personal assistant of Acme Freight's general manager, Andrés
 * Larraín, in Valparaíso. His Google calendar and inbox, mail to his fixed contacts, web search and
 * pages, flights to the Lima and Montevideo offices with LATAM, his preferences in memory, the
 * household bills he pays from his BCI account (water, electricity, internet, the building's common
 * expenses, the school), and now and then (about one turn in 30) a transfer abroad to a payee he
 * keeps: his mother's care home in Montevideo every month, his daughter's university in Madrid each
 * term. On Fridays the week's board pack is shared from Drive with the directors on file (about one
 * turn in four that day, none on other days).
 */
import type { Prng } from '../../prng';
import type { MemoryOperation, MemoryRecord, SessionScript, ToolCall, TurnScript } from '../../script';
import { buildTurns, ORDINARY_TOOL_ERRORS } from '../../workflows/workflow';
import type { WorkflowContext } from '../../workflows/workflow';
import { memorySearch, memoryStoreId } from '../../workflows/assistant';
import { isoDate, spanishIban } from './world';

export const PRINCIPAL = 'Andrés Larraín Echeverría';
export const PRINCIPAL_RUT = '9.874.312-K';

/** The people he writes to. */
export const PRINCIPAL_CONTACTS: readonly string[] = [
  'alejandra.munoz@acme-freight.example',
  'ines.montt@acme-freight.example',
  'isidora.larrain@gmail.example',
  'secretaria@club-golf-vina.example',
  'cristobal.araya@acme-freight.example',
];

/** The directors the board pack goes to each week (and the company secretary). */
export const DIRECTORS: readonly string[] = ['pedro.errazuriz@inversiones-errazuriz.example', 'm.pinto@pinto-abogados.example', 'carolina.vial@acme-freight.example', 'ines.montt@acme-freight.example'];

/** His household payees on file in BCI, paid from the bills they send. */
export const HOUSEHOLD_BILLS: readonly { readonly biller: string; readonly purpose: string }[] = [
  { biller: 'Esval S.A.', purpose: 'agua, depto. Recreo' },
  { biller: 'Chilquinta Energía S.A.', purpose: 'electricidad' },
  { biller: 'VTR Comunicaciones SpA', purpose: 'internet y TV' },
  { biller: 'Comunidad Edificio Mirador Recreo', purpose: 'gastos comunes' },
  { biller: 'Colegio Alemán de Valparaíso', purpose: 'colegiatura de Tomás' },
];

/** The care home in Montevideo where his mother lives: its account at BROU, as its contract gives it. */
export const CARE_HOME = { name: 'Residencial Los Olivos S.R.L.', bank: 'Banco de la República Oriental del Uruguay', bic: 'BROUUYMM', account: '001557382-00002', country: 'UY', currency: 'USD', amount: 2_350, purpose: 'cuota mensual, Sra. Carmen Echeverría' } as const;
/** His daughter's university in Madrid: its account at Santander, as the enrolment letter gives it. */
export const UNIVERSITY = { name: 'Universidad Ribera del Manzanares', bank: 'Banco Santander', bic: 'BSCHESMMXXX', iban: spanishIban('0049', '1500', '0512883946'), country: 'ES', currency: 'EUR', amount: 4_980, purpose: 'matrícula semestre, Isidora Larraín' } as const;

const PREFERENCES: readonly string[] = [
  'No meetings before 08:30; Thursday mornings are the operations committee in Valparaíso.',
  'Prefers LATAM, aisle seat, and the 07:00 flight to Lima.',
  'Wants the week ahead summarised on Sunday evening as bullet points.',
  'Board pack goes to the directors on Friday before 18:00.',
  'His mother\'s care home is paid on the 5th of each month.',
];

const PAGES: readonly { url: string; title: string; text: string }[] = [
  { url: 'https://www.portnews-latam.example/2030/san-antonio-mega-puerto', title: 'San Antonio mega-port: the first berth opens', text: 'The outer port of San Antonio opens its first berth for 400-metre ships...' },
  { url: 'https://www.comex-chile.example/tlc-india-2030', title: 'Chile-India trade agreement in force', text: 'Tariff reductions for wine, fruit and copper products start this year...' },
  { url: 'https://www.viajes.example/montevideo-ciudad-vieja', title: 'A weekend in Ciudad Vieja', text: 'Walk from Plaza Independencia to the Mercado del Puerto...' },
  { url: 'https://www.recetas.example/pastel-de-choclo', title: 'Pastel de choclo', text: 'Grind the corn with basil, prepare the pino with beef and onion...' },
];

export function preferenceSearch(ctx: WorkflowContext, query: string, records?: readonly MemoryRecord[], mark?: string): MemoryOperation {
  return memorySearch(ctx, PREFERENCES, query, records, mark);
}

function calendarTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const day = isoDate(ctx.atMs + 86_400_000);
  return {
    userMessage: '¿Qué tengo mañana?',
    memoryBefore: [preferenceSearch(ctx, 'calendar preferences')],
    rounds: [[{ tool: 'gcal.list_events', args: { calendar: 'primary', time_min: `${day}T00:00:00-04:00`, time_max: `${day}T23:59:59-04:00` }, result: { items: Array.from({ length: rng.int(1, 5) }, (_, i) => ({ summary: rng.pick(['Comité de operaciones', 'Directorio', 'Call con Lima', 'Almuerzo con Viña Santa Brígida', 'Reunión EPV', 'Golf']), start: `${day}T${String(9 + i * 2).padStart(2, '0')}:00:00-04:00` })) } }]],
    finalAnswer: 'Operations committee in the morning and a call with Lima at 15:00.',
  };
}

export function inboxMessages(rng: Prng): { from: string; subject: string; snippet: string }[] {
  const pool = [
    { from: 'alejandra.munoz@acme-freight.example', subject: 'Flujo de caja julio', snippet: 'Te dejo el flujo de caja de julio en la carpeta del directorio; revisemos el jueves.' },
    { from: 'cristobal.araya@acme-freight.example', subject: 'Congestión San Antonio', snippet: 'Tres naves con atraso esta semana; reenvía esto al comité si no alcanzas a verlo.' },
    { from: 'noticias@asoc-agentes-carga.example', subject: 'Boletín semanal', snippet: 'Tarifas spot Asia - costa oeste de Sudamérica al alza.' },
    { from: 'secretaria@club-golf-vina.example', subject: 'Torneo sábado', snippet: 'Su salida es a las 8:40 por el hoyo 1.' },
    { from: 'isidora.larrain@gmail.example', subject: 'Hola papá', snippet: 'Ya llegó la carta de matrícula del segundo semestre, te la reenvío.' },
  ];
  return rng.sample(pool, rng.int(2, 4));
}

function inboxTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const messages = inboxMessages(rng);
  return {
    userMessage: 'Resume mis correos no leídos.',
    rounds: [[{ tool: 'gmail.list_messages', args: { mailbox: 'me', q: 'is:unread', max_results: 10 }, result: { messages } }]],
    finalAnswer: `${messages.length} unread: ${messages.map((m) => m.subject).join('; ')}.`,
  };
}

function mailTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const to = rng.pick(PRINCIPAL_CONTACTS);
  return {
    userMessage: `Avísale a ${to.split('@')[0]} que llego 15 minutos tarde.`,
    memoryBefore: [preferenceSearch(ctx, `contact ${to.split('@')[0]}`)],
    rounds: [[{ tool: 'gmail.send_message', args: { from: 'me', to, subject: 'Atraso', body: 'Voy 15 minutos atrasado, disculpa.' }, result: { id: rng.hex(16), labelIds: ['SENT'] } }]],
    finalAnswer: `Sent a note to ${to}.`,
  };
}

function browseTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const page = rng.pick(PAGES);
  const rounds: ToolCall[][] = [[{ tool: 'serper.search', args: { q: page.title, num: 5 }, result: { organic: [{ link: page.url, title: page.title }, { link: 'https://www.example.com/', title: 'Example' }] }, http: [{ method: 'POST', url: 'https://google.serper.example/search', statusCode: 200 }] }]];
  if (rng.chance(0.04)) rounds.push([{ tool: 'browser.open_page', args: { url: page.url }, result: null, error: rng.pick(ORDINARY_TOOL_ERRORS) }]);
  rounds.push([{ tool: 'browser.open_page', args: { url: page.url }, result: { url: page.url, status: 200, title: page.title, text: page.text } }]);
  const turn: TurnScript = { userMessage: `Búscame algo sobre "${page.title}".`, rounds, finalAnswer: `"${page.title}": ${page.text}` };
  if (!rng.chance(0.3)) return turn;
  return { ...turn, memoryAfter: [{ operation: 'create_memory', storeId: memoryStoreId(ctx.agent), records: [{ id: `memrec-${rng.hex(8)}`, content: `Interested in: ${page.title}`, metadata: { source: 'conversation' } }] }] };
}

function rememberTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const content = rng.pick(PREFERENCES);
  return { userMessage: `Recuerda esto: ${content}`, rounds: [], finalAnswer: 'Anotado.', memoryAfter: [{ operation: 'create_memory', storeId: memoryStoreId(ctx.agent), records: [{ id: `memrec-${rng.hex(8)}`, content, metadata: { source: 'user' } }] }] };
}

function flightTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const dest = rng.pick(['LIM', 'MVD']);
  const date = isoDate(ctx.atMs + rng.int(3, 20) * 86_400_000);
  const flights = Array.from({ length: rng.int(2, 4) }, (_, i) => ({ flight: `LA${rng.int(400, 899)}`, departs: `${date}T${String(7 + i * 3).padStart(2, '0')}:00`, fare_usd: rng.int(180, 640) }));
  const rounds: ToolCall[][] = [[{ tool: 'latam.search_flights', args: { origin: 'SCL', destination: dest, date, cabin: 'economy' }, result: { flights } }]];
  const book = rng.chance(0.4);
  if (book) rounds.push([{ tool: 'latam.book_flight', args: { flight: flights[0]!.flight, date, passenger: { name: PRINCIPAL, document: PRINCIPAL_RUT, frequent_flyer: 'LATAM Pass Black' }, seat: 'aisle', payment: 'corporate card on file' }, result: { record_locator: rng.hex(6).toUpperCase(), status: 'ticketed' }, http: [{ method: 'POST', url: 'https://api.latamairlines.example/ndc/v1/orders', statusCode: 201 }] }]);
  return { userMessage: `Busca vuelos a ${dest === 'LIM' ? 'Lima' : 'Montevideo'} el ${date}${book ? ' y reserva el primero' : ''}.`, memoryBefore: [preferenceSearch(ctx, 'travel preferences')], rounds, finalAnswer: `${flights.length} flights to ${dest}${book ? '; booked the first, aisle seat' : ''}.` };
}

function billsTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const bills = rng.sample(HOUSEHOLD_BILLS, rng.int(1, 3)).map((b) => ({ bill_id: `BOL-${rng.int(100_000, 999_999)}`, biller: b.biller, purpose: b.purpose, amount_clp: rng.int(18, 1_200) * 1_000, due: isoDate(ctx.atMs + rng.int(2, 15) * 86_400_000) }));
  const rounds: ToolCall[][] = [[{ tool: 'bci_personas.list_bills', args: { status: 'pending' }, result: { bills } }]];
  const pay = rng.chance(0.6);
  if (pay) rounds.push(bills.map((b) => ({ tool: 'bci_personas.pay_bill', args: { bill_id: b.bill_id, biller: b.biller, amount_clp: b.amount_clp }, result: { status: 'pagado', voucher: `CMP-${rng.int(1_000_000, 9_999_999)}` } })));
  return { userMessage: pay ? 'Paga las cuentas de la casa que llegaron.' : '¿Qué cuentas tengo pendientes?', rounds, finalAnswer: `${bills.length} bills${pay ? ' paid' : ' pending'}.` };
}

export function transferAbroadCall(rng: Prng, beneficiary: Readonly<Record<string, unknown>>, amount: number, currency: string, purpose: string, mark?: string): ToolCall {
  return {
    tool: 'bci_personas.transfer_abroad',
    args: { beneficiary, amount: { value: amount.toFixed(2), currency }, purpose, charges: 'OUR' },
    result: { operation: `TEX-${rng.int(1_000_000, 9_999_999)}`, status: 'enviada' },
    http: [{ method: 'POST', url: 'https://api.personas.bci.example/v1/transferencias-internacionales', statusCode: 201 }],
    ...(mark === undefined ? {} : { mark }),
  };
}

/** The rarer case: a transfer abroad to a payee he keeps (the care home each month, the university each term). */
function transferAbroadTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const careHome = rng.chance(0.7);
  const call = careHome
    ? transferAbroadCall(rng, { name: CARE_HOME.name, bank: CARE_HOME.bank, bic: CARE_HOME.bic, account: CARE_HOME.account, country: CARE_HOME.country }, CARE_HOME.amount, CARE_HOME.currency, CARE_HOME.purpose)
    : transferAbroadCall(rng, { name: UNIVERSITY.name, bank: UNIVERSITY.bank, bic: UNIVERSITY.bic, iban: UNIVERSITY.iban, country: UNIVERSITY.country }, UNIVERSITY.amount, UNIVERSITY.currency, UNIVERSITY.purpose);
  return {
    userMessage: careHome ? 'Transfiere la cuota de la residencia de mi mamá, como todos los meses.' : 'Paga la matrícula del semestre de Isidora en Madrid.',
    memoryBefore: [preferenceSearch(ctx, careHome ? 'care home payment' : 'university payment')],
    rounds: [[call]],
    finalAnswer: careHome ? `Sent USD ${CARE_HOME.amount} to ${CARE_HOME.name} at BROU, as every month.` : `Sent EUR ${UNIVERSITY.amount} to ${UNIVERSITY.name}.`,
  };
}

/** The rarer case: the week's board pack shared from Drive with the directors on file. */
function boardPackTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const file = `Directorio ${isoDate(ctx.atMs)} - board pack.pdf`;
  return {
    userMessage: 'Comparte el board pack de esta semana con el directorio.',
    memoryBefore: [preferenceSearch(ctx, 'board pack')],
    rounds: [
      [{ tool: 'gdrive.search', args: { query: 'board pack', drive: 'Gerencia General' }, result: { files: [{ id: rng.hex(20), name: file }] } }],
      [{ tool: 'gdrive.share_file', args: { file, recipients: DIRECTORS, role: 'reader', notify: true }, result: { shared_with: DIRECTORS.length, status: 'ok' }, http: [{ method: 'POST', url: 'https://www.googleapis.example/drive/v3/files/permissions', statusCode: 200 }] }],
    ],
    finalAnswer: `Shared "${file}" with the ${DIRECTORS.length} directors as readers.`,
  };
}

export function holdoutBaAssistantWorkflow(ctx: WorkflowContext): SessionScript {
  return {
    userId: ctx.agent.owner,
    turns: buildTurns(ctx, [calendarTurn, browseTurn, inboxTurn, mailTurn, rememberTurn, flightTurn, billsTurn, transferAbroadTurn, boardPackTurn], [0.22, 0.17, 0.17, 0.13, 0.07, 0.07, 0.1, 0.035, new Date(ctx.atMs).getUTCDay() === 5 ? 0.3 : 0]),
  };
}
