/**
 * Scenario 9: a model change (finance-agent, gpt-4o-2024-08-06 to gpt-5-mini) or a prompt version
 * change (support-agent, v12 to v13), after which the tool mix shifts. A reliability finding at
 * Low severity, never a security alarm. The instance keeps the new behaviour from then on.
 */
import { fakeCustomer, fakeInvoice, fakeTicket, isoDate, VENDORS } from '../fake-data';
import type { ToolCall } from '../script';
import { FINANCE_CLERKS } from '../workflows/finance';
import { getCustomerCall, getTicketCall, kbDocuments, kbSearchCall, replyCall, SUPPORT_REPS } from '../workflows/support';
import type { Campaign, CampaignSession, ScenarioBuilder } from './catalogue';
import { DRIFT_MODEL, DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 8;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const drift: ScenarioBuilder = (): Campaign[] => [
  {
    scenario: 'drift',
    variant: 'model_change',
    agentType: 'finance-agent',
    liveSpacing: 0.04,
    persistentChange: { model: DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `${DRIFT_MODEL} replaces gpt-4o-2024-08-06; vendor checks stop, invoices are re-listed every turn`,
      build: ({ rng, atMs }) => {
        const vendor = rng.pick(VENDORS);
        const items = Array.from({ length: rng.int(3, 8) }, () => fakeInvoice(rng, vendor, isoDate(atMs + 5 * 86_400_000)));
        const first = items[0];
        const rounds: ToolCall[][] = [
          [{ tool: 'invoices.list', args: { status: 'received' }, result: { items, total: items.length } }],
          [{ tool: 'invoices.list', args: { status: 'on_hold' }, result: { items: [], total: 0 } }],
        ];
        if (first !== undefined) rounds.push([{ tool: 'invoices.get', args: { invoice_id: first.id }, result: first }]);
        const last = rounds[rounds.length - 1] as ToolCall[];
        rounds[rounds.length - 1] = [{ ...(last[0] as ToolCall), mark: 'drift_call' }];
        return {
          userId: rng.pick(FINANCE_CLERKS),
          model: DRIFT_MODEL,
          turns: [{ userMessage: `Does the latest invoice from ${vendor.name} match the vendor record?`, rounds, finalAnswer: 'The invoice looks fine.' }],
        };
      },
    })),
  },
  {
    scenario: 'drift',
    variant: 'prompt_change',
    agentType: 'support-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${DRIFT_PROMPT_VERSION} replaces v12; kb.search three times per turn, tickets.update no longer called`,
      build: ({ rng }) => {
        const customer = fakeCustomer(rng);
        const ticket = fakeTicket(rng, customer);
        return {
          userId: rng.pick(SUPPORT_REPS),
          promptVersion: DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: `Please handle ticket ${ticket.id} for customer ${customer.id}.`,
              rounds: [
                [getCustomerCall(customer)],
                [getTicketCall(ticket)],
                [kbSearchCall(ticket.subject, kbDocuments(rng, 3, false))],
                [kbSearchCall(`${ticket.subject} policy`, kbDocuments(rng, 3, false))],
                [kbSearchCall(`${ticket.subject} exceptions`, kbDocuments(rng, 3, false), 'drift_call')],
                [replyCall(ticket, customer, rng)],
              ],
              finalAnswer: `Replied to ${customer.name} on ${ticket.id}.`,
            },
          ],
        };
      },
    })),
  },
];
