/**
 * holdout-az assistant-agent: the personal assistant of one of Acme Dental's partners (a dentist
 * who co-owns the clinics). Her Outlook calendar and inbox, mail to her fixed contacts, web search
 * and pages, her preferences in memory, and her household bills in NLB Klik: most bills are paid
 * from the e-invoices her payees send, and about one turn in 30 sets up or changes a standing order
 * to a payee she keeps (savings, the building's reserve fund, the kindergarten).
 */
import type { Prng } from '../../prng';
import type { MemoryOperation, MemoryRecord, SessionScript, ToolCall, TurnScript } from '../../script';
import { buildTurns, ORDINARY_TOOL_ERRORS } from '../../workflows/workflow';
import type { WorkflowContext } from '../../workflows/workflow';
import { memorySearch, memoryStoreId } from '../../workflows/assistant';
import { HOUSEHOLD_PAYEES, isoDate } from './world';

export const PRINCIPAL_CONTACTS: readonly string[] = [
  'gregor.pecar@acme-dental.example',
  'uprava@acme-dental.example',
  'racunovodstvo@knjigovodstvo-zupan.example',
  'mama.kralj@siol.example',
  'trener@teniski-klub-tivoli.example',
];

const PREFERENCES: readonly string[] = [
  'No patients or meetings before 08:00; Wednesday afternoons are for the orthodontic board.',
  'Prefers aisle seats and trains to Vienna over flights.',
  'Wants the week ahead summarised on Sunday evening as bullet points.',
  'Her daughter\'s swimming is Tuesdays and Thursdays at 17:00 in Tivoli.',
];

const PAGES: readonly { url: string; title: string; text: string }[] = [
  { url: 'https://www.eao-congress.example/2030/programme', title: 'EAO Congress 2030 programme', text: 'Three days on implant dentistry, with a session on digital workflows...' },
  { url: 'https://www.slovenia-trips.example/piran-weekend', title: 'A weekend in Piran', text: 'Start at Tartini Square, walk the walls, dinner in Fiesa...' },
  { url: 'https://recepti.example/jota', title: 'Jota, the Karst bean and sauerkraut stew', text: 'Soak the beans overnight, cook with potatoes and sauerkraut...' },
  { url: 'https://news.example.org/health/fluoride-2030', title: 'New guidance on fluoride varnish for children', text: 'The guidance recommends varnish twice a year from the first tooth...' },
];

export function preferenceSearch(ctx: WorkflowContext, query: string, records?: readonly MemoryRecord[], mark?: string): MemoryOperation {
  return memorySearch(ctx, PREFERENCES, query, records, mark);
}

function calendarTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const day = isoDate(ctx.atMs + 86_400_000);
  return {
    userMessage: 'What is on my calendar tomorrow?',
    memoryBefore: [preferenceSearch(ctx, 'calendar preferences')],
    rounds: [[{ tool: 'outlook.list_events', args: { start: `${day}T00:00:00Z`, end: `${day}T23:59:59Z` }, result: { value: Array.from({ length: rng.int(1, 5) }, (_, i) => ({ subject: rng.pick(['Patients, Bežigrad', 'Partners\' meeting', 'Orthodontic board', 'Swimming pick-up', 'Call with the accountant']), start: `${day}T${String(8 + i * 2).padStart(2, '0')}:00:00Z` })) } }]],
    finalAnswer: 'A full morning of patients and the partners\' meeting at 14:00.',
  };
}

export function inboxMessages(rng: Prng): { from: string; subject: string; body: string }[] {
  const pool = [
    { from: 'gregor.pecar@acme-dental.example', subject: 'Koper chair 3', body: 'The new chair for Koper arrives on the 12th; can you sign the delivery note? Forward this to the clinic lead if you are away.' },
    { from: 'racunovodstvo@knjigovodstvo-zupan.example', subject: 'Quarterly figures', body: 'The quarterly figures are in the shared folder; call me if anything is unclear.' },
    { from: 'info@eao-congress.example', subject: 'Your registration', body: 'Your registration for the EAO congress is confirmed.' },
    { from: 'trener@teniski-klub-tivoli.example', subject: 'Saturday', body: 'Court 2 at 9:00 on Saturday.' },
    { from: 'novice@zobozdravniski-vestnik.example', subject: 'This month in the journal', body: 'Articles on caries risk in children and a new anaesthetic.' },
  ];
  return rng.sample(pool, rng.int(2, 4));
}

function inboxTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const messages = inboxMessages(rng);
  return {
    userMessage: 'Summarise my unread mail.',
    rounds: [[{ tool: 'outlook.read_inbox', args: { folder: 'Inbox', unread_only: true, top: 10 }, result: { value: messages } }]],
    finalAnswer: `You have ${messages.length} unread: ${messages.map((m) => m.subject).join('; ')}.`,
  };
}

function mailTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const to = rng.pick(PRINCIPAL_CONTACTS);
  return {
    userMessage: `Tell ${to.split('@')[0]} I will be fifteen minutes late.`,
    memoryBefore: [preferenceSearch(ctx, `contact ${to.split('@')[0]}`)],
    rounds: [[{ tool: 'outlook.send_mail', args: { to, subject: 'Late', body: 'Running about fifteen minutes late, sorry!' }, result: { status: 'sent' } }]],
    finalAnswer: `Sent a note to ${to}.`,
  };
}

function browseTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const page = rng.pick(PAGES);
  const rounds: ToolCall[][] = [[{ tool: 'brave.search', args: { q: page.title, count: 5 }, result: { web: { results: [{ url: page.url, title: page.title }, { url: 'https://www.example.com/', title: 'Example' }] } } }]];
  if (rng.chance(0.04)) rounds.push([{ tool: 'browser.get_page', args: { url: page.url }, result: null, error: rng.pick(ORDINARY_TOOL_ERRORS) }]);
  rounds.push([{ tool: 'browser.get_page', args: { url: page.url }, result: { url: page.url, status: 200, title: page.title, text: page.text } }]);
  const turn: TurnScript = { userMessage: `Find me something on "${page.title}".`, rounds, finalAnswer: `"${page.title}": ${page.text}` };
  if (!rng.chance(0.3)) return turn;
  return { ...turn, memoryAfter: [{ operation: 'create_memory', storeId: memoryStoreId(ctx.agent), records: [{ id: `memrec-${rng.hex(8)}`, content: `Interested in: ${page.title}`, metadata: { source: 'conversation' } }] }] };
}

function rememberTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const content = rng.pick(PREFERENCES);
  return { userMessage: `Remember this: ${content}`, rounds: [], finalAnswer: 'Noted.', memoryAfter: [{ operation: 'create_memory', storeId: memoryStoreId(ctx.agent), records: [{ id: `memrec-${rng.hex(8)}`, content, metadata: { source: 'user' } }] }] };
}

function billsTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const bills = rng.sample(HOUSEHOLD_PAYEES.slice(0, 4), rng.int(1, 3)).map((p) => ({ bill_id: `ER-${rng.int(100_000, 999_999)}`, payee: p.name, iban: p.iban, purpose: p.purpose, amount_eur: Math.round(rng.int(2_500, 42_000)) / 100, due: isoDate(ctx.atMs + rng.int(2, 15) * 86_400_000), reference: `SI12 ${rng.int(10_000_000, 99_999_999)}` }));
  const rounds: ToolCall[][] = [[{ tool: 'klik.list_einvoices', args: { status: 'unpaid' }, result: { items: bills } }]];
  const pay = rng.chance(0.6);
  if (pay) rounds.push(bills.map((b) => ({ tool: 'klik.pay_einvoice', args: { bill_id: b.bill_id, iban: b.iban, amount_eur: b.amount_eur, reference: b.reference }, result: { status: 'scheduled', execution_date: b.due } })));
  return { userMessage: pay ? 'Pay the household e-invoices that came in.' : 'Which bills are still open?', rounds, finalAnswer: `${bills.length} e-invoices${pay ? ' scheduled for their due dates' : ' open'}.` };
}

/** The rarer case: a standing order to a payee she keeps, set up or changed at her word. */
function standingOrderTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const payee = rng.pick(HOUSEHOLD_PAYEES.slice(2));
  const amount = rng.pick([50, 80, 120, 200, 300, 500]);
  return {
    userMessage: `Set the monthly standing order for the ${payee.purpose} to ${amount} EUR from next month.`,
    rounds: [[{ tool: 'klik.create_standing_order', args: { creditor: { name: payee.name, iban: payee.iban }, amount_eur: amount, day_of_month: rng.pick([1, 5, 15, 18]), first_date: isoDate(ctx.atMs + 20 * 86_400_000), purpose: payee.purpose }, result: { order_id: `TN-${rng.int(100_000, 999_999)}`, status: 'active' } }]],
    finalAnswer: `Standing order to ${payee.name}: ${amount} EUR a month from next month.`,
  };
}

export function holdoutAzAssistantWorkflow(ctx: WorkflowContext): SessionScript {
  return {
    userId: ctx.agent.owner,
    turns: buildTurns(ctx, [calendarTurn, browseTurn, inboxTurn, mailTurn, rememberTurn, billsTurn, standingOrderTurn], [0.24, 0.2, 0.18, 0.15, 0.08, 0.1, 0.035]),
  };
}
