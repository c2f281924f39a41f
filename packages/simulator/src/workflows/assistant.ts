/**
 * assistant-agent (OpenLLMetry legacy indexed attributes, plus GenAI memory spans): calendar,
 * inbox, web search and fetch of ordinary pages, e-mail to the owner's fixed contacts, and
 * memory of the owner's preferences.
 */
import type { AgentInstance } from '../fleet';
import type { Prng } from '../prng';
import type { MemoryOperation, MemoryRecord, SessionScript, ToolCall, TurnScript } from '../script';
import { buildTurns, ORDINARY_TOOL_ERRORS } from './workflow';
import type { WorkflowContext } from './workflow';

export const CONTACTS: readonly string[] = [
  'sam.rivera@acme.example',
  'team-leads@acme.example',
  'j.okafor@acme.example',
  'mum@family.example',
  'coach@tennisclub.example',
];

const PREFERENCES: readonly string[] = [
  'Prefers meetings after 10:00 and never on Friday afternoons.',
  'Likes window seats and vegetarian meals on flights.',
  'Wants daily summaries as bullet points, not paragraphs.',
  'Favourite lunch place: the ramen bar on 5th street.',
];

const PAGES: readonly { url: string; title: string; text: string }[] = [
  { url: 'https://news.example.org/tech/2026/quantum-batteries', title: 'Quantum batteries move closer', text: 'Researchers reported a prototype that charges in seconds...' },
  { url: 'https://www.example.com/recipes/miso-ramen', title: 'Miso ramen at home', text: 'Simmer the broth for two hours, add miso at the end...' },
  { url: 'https://travel.example.net/lisbon/3-days', title: 'Lisbon in three days', text: 'Start in Alfama, take tram 28, end at the Belem tower...' },
  { url: 'https://docs.example.net/guides/okr-writing', title: 'Writing good OKRs', text: 'Objectives are qualitative; key results are measurable...' },
];

export function memoryStoreId(agent: AgentInstance): string {
  return `mem-${agent.agentId}`;
}

/**
 * A search of the agent's memory: the `records` a scenario planted, or else up to two of the owner's
 * everyday `preferences` (each world writes its own owner's).
 */
export function memorySearch(ctx: WorkflowContext, preferences: readonly string[], query: string, records?: readonly MemoryRecord[], mark?: string): MemoryOperation {
  const found = records ?? ctx.rng.sample(preferences, ctx.rng.int(0, 2)).map((content, i) => ({ id: `memrec-${ctx.rng.hex(8)}`, content, score: 0.8 - i * 0.1 }));
  return { operation: 'search_memory', storeId: memoryStoreId(ctx.agent), query, records: found, ...(mark === undefined ? {} : { mark }) };
}

export function preferenceSearch(ctx: WorkflowContext, query: string, records?: readonly MemoryRecord[], mark?: string): MemoryOperation {
  return memorySearch(ctx, PREFERENCES, query, records, mark);
}

function calendarTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const day = new Date(ctx.atMs + 86_400_000).toISOString().slice(0, 10);
  return {
    userMessage: 'What is on my calendar tomorrow?',
    memoryBefore: [preferenceSearch(ctx, 'calendar preferences')],
    rounds: [
      [
        {
          tool: 'calendar.list_events',
          args: { date: day },
          result: { items: Array.from({ length: rng.int(1, 4) }, (_, i) => ({ title: rng.pick(['1:1 with Sam', 'Team sync', 'Budget review', 'Dentist']), start: `${day}T${10 + i * 2}:00:00Z` })) },
        },
      ],
    ],
    finalAnswer: 'You have a light day tomorrow; the first meeting is at 10:00.',
  };
}

function browseTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const page = rng.pick(PAGES);
  const rounds: ToolCall[][] = [
    [{ tool: 'web.search', args: { query: page.title }, result: { results: [{ url: page.url, title: page.title }, { url: 'https://www.example.com/', title: 'Example' }] } }],
  ];
  if (rng.chance(0.04)) rounds.push([{ tool: 'web.fetch', args: { url: page.url }, result: null, error: rng.pick(ORDINARY_TOOL_ERRORS) }]);
  rounds.push([webFetchCall(page.url, page.title, page.text)]);
  const turn: TurnScript = { userMessage: `Find me something about "${page.title}".`, rounds, finalAnswer: `Here is a summary of "${page.title}": ${page.text}` };
  if (!rng.chance(0.3)) return turn;
  return {
    ...turn,
    memoryAfter: [{ operation: 'create_memory', storeId: memoryStoreId(ctx.agent), records: [{ id: `memrec-${rng.hex(8)}`, content: `Interested in: ${page.title}`, metadata: { source: 'conversation' } }] }],
  };
}

export function webFetchCall(url: string, title: string, text: string, mark?: string): ToolCall {
  return { tool: 'web.fetch', args: { url }, result: { url, status: 200, title, text }, ...(mark === undefined ? {} : { mark }) };
}

export function inboxMessages(rng: Prng): { from: string; subject: string; body: string }[] {
  const pool = [
    { from: 'sam.rivera@acme.example', subject: 'Q3 planning', body: 'Can we move the planning session to Thursday? Forward this to the team if it works.' },
    { from: 'it-helpdesk@acme.example', subject: 'Laptop refresh', body: 'Your new laptop is ready for pickup at the 3rd floor desk.' },
    { from: 'j.okafor@acme.example', subject: 'Customer escalation recap', body: 'Recap of the call with Northwind: they want the renewal quote by Friday.' },
    { from: 'coach@tennisclub.example', subject: 'Saturday lesson', body: 'Court 4 at 9:00, bring new balls please.' },
    { from: 'newsletter@news.example.org', subject: 'Morning briefing', body: 'Markets were flat; quantum battery startup raises a Series B.' },
  ];
  return rng.sample(pool, rng.int(2, 4));
}

function inboxTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const messages = inboxMessages(rng);
  return {
    userMessage: 'Summarise my unread e-mail.',
    rounds: [[{ tool: 'email.read_inbox', args: { folder: 'INBOX', unread_only: true, limit: 10 }, result: { messages } }]],
    finalAnswer: `You have ${messages.length} unread e-mails: ${messages.map((m) => m.subject).join('; ')}.`,
  };
}

function emailTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const to = rng.pick(CONTACTS);
  return {
    userMessage: `Tell ${to.split('@')[0]} I'll be 10 minutes late.`,
    memoryBefore: [preferenceSearch(ctx, `contact ${to.split('@')[0]}`)],
    rounds: [[{ tool: 'email.send', args: { to, subject: 'Running late', body: 'Hi, running about 10 minutes late, sorry!' }, result: { ok: true } }]],
    finalAnswer: `Sent a note to ${to}.`,
  };
}

function rememberTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const content = rng.pick(PREFERENCES);
  return {
    userMessage: `Remember this: ${content}`,
    rounds: [],
    finalAnswer: 'Got it, I will remember that.',
    memoryAfter: [{ operation: 'create_memory', storeId: memoryStoreId(ctx.agent), records: [{ id: `memrec-${rng.hex(8)}`, content, metadata: { source: 'user' } }] }],
  };
}

export function assistantWorkflow(ctx: WorkflowContext): SessionScript {
  return {
    userId: ctx.agent.owner,
    turns: buildTurns(ctx, [calendarTurn, browseTurn, inboxTurn, emailTurn, rememberTurn], [0.25, 0.25, 0.2, 0.2, 0.1]),
  };
}
