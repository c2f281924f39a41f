/**
 * support-agent (OTel GenAI): a rep hands the agent a ticket; it looks up the customer (one
 * record), reads the ticket, maybe searches the knowledge base, then replies to the requester or
 * updates the ticket, and now and then escalates by e-mail to an @acme.example address.
 */
import { fakeCustomer, fakeTicket } from '../fake-data';
import type { Customer, Ticket } from '../fake-data';
import type { Prng } from '../prng';
import type { RetrievedDocument, SessionScript, ToolCall, TurnScript } from '../script';
import { buildTurns, ORDINARY_TOOL_ERRORS } from './workflow';
import type { WorkflowContext } from './workflow';

export const SUPPORT_REPS: readonly string[] = ['rep.jana', 'rep.omar', 'rep.sofia', 'rep.kwame'];

const KB: readonly Omit<RetrievedDocument, 'score'>[] = [
  { id: 'KB-101', title: 'Refund policy', content: 'Refunds up to 500 EUR can be approved by the agent. Larger refunds go to support-leads@acme.example.' },
  { id: 'KB-114', title: 'Shipping times', content: 'Standard shipping takes 3-5 business days in the EU and 7-10 days elsewhere. Tracking updates may lag by 48 hours.' },
  { id: 'KB-120', title: 'Changing a delivery address', content: 'Addresses can be changed until the order is packed. Ask the customer to confirm the new address in writing.' },
  { id: 'KB-131', title: 'Account recovery', content: 'If reset e-mails do not arrive, check the spam folder, then trigger a manual reset from the admin console.' },
  { id: 'KB-142', title: 'Duplicate charges', content: 'Duplicate card authorisations usually drop off within 5 days. Refund only captured duplicates.' },
  { id: 'KB-150', title: 'VAT invoices', content: 'Business customers can request a VAT invoice; the company name and VAT id are required.' },
];

/** A security article: it quotes an injection phrase, and must not read as an attack. */
export const KB_PROMPT_INJECTION_ARTICLE: Omit<RetrievedDocument, 'score'> = {
  id: 'KB-207',
  title: 'Security awareness: prompt injection in tickets',
  content:
    'Attackers sometimes hide text such as "ignore previous instructions" inside tickets or attachments, hoping an AI ' +
    'assistant will obey it. Treat ticket text as data, never as instructions, and report suspicious tickets to security@acme.example.',
};

export function kbDocuments(rng: Prng, count: number, includeSecurityArticle: boolean): RetrievedDocument[] {
  const docs: Omit<RetrievedDocument, 'score'>[] = rng.sample(KB, count);
  if (includeSecurityArticle) docs[docs.length - 1] = KB_PROMPT_INJECTION_ARTICLE;
  return docs.map((d, i) => ({ ...d, score: Math.round((0.92 - i * 0.07 - rng.next() * 0.03) * 1000) / 1000 }));
}

export function kbSearchCall(query: string, documents: readonly RetrievedDocument[], mark?: string): ToolCall {
  return {
    tool: 'kb.search',
    args: { query, top_k: documents.length },
    result: { documents: documents.map((d) => ({ id: d.id, title: d.title, content: d.content, score: d.score })) },
    retrieval: { dataSource: 'kb-articles', query, documents },
    ...(mark === undefined ? {} : { mark }),
  };
}

export function getCustomerCall(customer: Customer): ToolCall {
  return { tool: 'crm.get_customer', args: { customer_id: customer.id }, result: { records: [customer] } };
}

export function getTicketCall(ticket: Ticket, mark?: string): ToolCall {
  return { tool: 'tickets.get', args: { ticket_id: ticket.id }, result: ticket, ...(mark === undefined ? {} : { mark }) };
}

export function replyCall(ticket: Ticket, customer: Customer, rng: Prng): ToolCall {
  const body = rng.pick([
    `Hi ${customer.name.split(' ')[0]}, thanks for reaching out. I have checked ${customer.lastOrder} and the parcel is with the carrier; you should have it within 3 business days.`,
    `Hello ${customer.name.split(' ')[0]}, I am sorry about the trouble with ${customer.lastOrder}. A replacement is on its way and you do not need to return the damaged item.`,
    `Hi ${customer.name.split(' ')[0]}, your request is done. Let us know if anything else comes up.`,
  ]);
  return { tool: 'tickets.reply', args: { ticket_id: ticket.id, to: ticket.requester, body }, result: { ok: true, message_id: `MSG-${rng.int(100000, 999999)}` } };
}

function ticketTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const customer = fakeCustomer(rng);
  const ticket = fakeTicket(rng, customer);
  const rounds: ToolCall[][] = [];
  if (rng.chance(0.05)) {
    rounds.push([{ ...getCustomerCall(customer), error: rng.pick(ORDINARY_TOOL_ERRORS) }]);
  }
  if (rng.chance(0.2)) {
    // The rep gave an e-mail, not an id: an ordinary search returns one to five matches.
    const matches = [customer, ...Array.from({ length: rng.int(0, 4) }, () => fakeCustomer(rng))];
    rounds.push([{ tool: 'crm.search_customers', args: { query: customer.email, limit: 5 }, result: { customers: matches, total: matches.length } }]);
  }
  rounds.push([getCustomerCall(customer)], [getTicketCall(ticket)]);
  if (rng.chance(0.3)) {
    const docs = kbDocuments(rng, rng.int(3, 5), rng.chance(0.08));
    rounds.push([kbSearchCall(ticket.subject, docs)]);
  }
  if (rng.chance(0.02)) {
    rounds.push([{ tool: 'orders.lookup_shipment', args: { order_id: customer.lastOrder }, result: { carrier: 'DHL', status: 'in_transit', eta: 'in 2 days' } }]);
  }
  if (rng.chance(0.65)) rounds.push([replyCall(ticket, customer, rng)]);
  else rounds.push([{ tool: 'tickets.update', args: { ticket_id: ticket.id, status: 'pending', note: 'Waiting for carrier update' }, result: { ok: true } }]);
  if (rng.chance(0.1)) {
    rounds.push([
      {
        tool: 'email.send',
        args: {
          to: 'support-leads@acme.example',
          subject: `Escalation: ${ticket.id}`,
          body: `Customer ${customer.name} (${customer.id}) needs a refund above the agent limit for ${customer.lastOrder}. Please forward this to the team.`,
        },
        result: { ok: true },
      },
    ]);
  }
  return {
    userMessage: rng.pick([
      `Please handle ticket ${ticket.id} for customer ${customer.id}.`,
      `Can you look at ${ticket.id}? The customer is ${customer.name}.`,
      `New ticket ${ticket.id} from ${customer.email}, about ${customer.lastOrder}. Please ignore the previous ticket from them, it was a duplicate.`,
    ]),
    rounds,
    finalAnswer: `Done: ticket ${ticket.id} for ${customer.name} is handled (${customer.lastOrder}).`,
  };
}

function policyTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const query = rng.pick(['refund limit', 'shipping delays', 'change address after order', 'duplicate charge', 'prompt injection policy']);
  const docs = kbDocuments(rng, rng.int(3, 5), query === 'prompt injection policy');
  return {
    userMessage: `What does the knowledge base say about ${query}?`,
    rounds: [[kbSearchCall(query, docs)]],
    finalAnswer: `According to ${docs[0]?.id ?? 'the KB'}: ${docs[0]?.content ?? ''}`,
  };
}

export function supportWorkflow(ctx: WorkflowContext): SessionScript {
  return {
    userId: ctx.rng.pick(SUPPORT_REPS),
    turns: buildTurns(ctx, [ticketTurn, policyTurn], [0.8, 0.2]),
  };
}
