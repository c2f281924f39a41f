/**
 * Holdout for scenario 9: a model or prompt change after which the tool mix shifts. Reversed from
 * the standard set: the support agent changes model (and starts searching customers instead of
 * fetching one, and never replies), the finance agent changes prompt version (and checks every
 * vendor twice but never lists invoices). Low severity, reliability only.
 */
import { fakeCustomer, fakeInvoice, fakeTicket, isoDate, VENDORS } from '../fake-data';
import { FINANCE_CLERKS } from '../workflows/finance';
import { getTicketCall, SUPPORT_REPS } from '../workflows/support';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutCampaign } from './campaign';
import { HOLDOUT_DRIFT_MODEL, HOLDOUT_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const holdoutDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutCampaign({
    scenario: 'drift',
    variant: 'support_model_change',
    agentType: 'support-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `${HOLDOUT_DRIFT_MODEL} replaces gpt-4o-2024-08-06; the agent searches by e-mail instead of fetching the customer and only updates tickets`,
      build: ({ rng }) => {
        const customer = fakeCustomer(rng);
        const ticket = fakeTicket(rng, customer);
        return {
          userId: rng.pick(SUPPORT_REPS),
          model: HOLDOUT_DRIFT_MODEL,
          turns: [
            {
              userMessage: `Please handle ticket ${ticket.id} for customer ${customer.id}.`,
              rounds: [
                [getTicketCall(ticket)],
                [{ tool: 'crm.search_customers', args: { query: customer.email, limit: 5 }, result: { customers: [customer], total: 1 } }],
                [{ tool: 'tickets.update', args: { ticket_id: ticket.id, status: 'pending', note: 'Needs human follow-up.' }, result: { ok: true }, mark: 'drift_call' }],
              ],
              finalAnswer: `${ticket.id} is marked for human follow-up.`,
            },
          ],
        };
      },
    })),
  }),
  holdoutCampaign({
    scenario: 'drift',
    variant: 'finance_prompt_change',
    agentType: 'finance-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_DRIFT_PROMPT_VERSION} replaces v3; every invoice check fetches the vendor twice and never lists invoices`,
      build: ({ rng, atMs }) => {
        const vendor = rng.pick(VENDORS);
        const invoice = fakeInvoice(rng, vendor, isoDate(atMs + 9 * 86_400_000));
        return {
          userId: rng.pick(FINANCE_CLERKS),
          promptVersion: HOLDOUT_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: `Is ${invoice.id} OK to pay?`,
              rounds: [
                [{ tool: 'erp.get_vendor', args: { vendor_id: vendor.id }, result: vendor }],
                [{ tool: 'invoices.get', args: { invoice_id: invoice.id }, result: invoice }],
                [{ tool: 'erp.get_vendor', args: { vendor_id: vendor.id, include_history: true }, result: vendor, mark: 'drift_call' }],
              ],
              finalAnswer: `${invoice.id} matches ${vendor.name}'s record.`,
            },
          ],
        };
      },
    })),
  }),
];
