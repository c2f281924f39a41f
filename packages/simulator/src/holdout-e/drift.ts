/**
 * holdout-e for scenario 9. Every agent type has now drifted by model and by prompt in some corpus,
 * so holdout-e changes *how* the version changes: the finance agent moves to a newer snapshot of
 * the same model family (a one-date difference in the model name), after which it checks three
 * invoices per question in parallel and never approves; the support agent's prompt is rolled *back*
 * (v12 to v11), after which it searches the CRM by name before every look-up and parks tickets
 * instead of replying. Low severity, reliability only.
 */
import { fakeCustomer, fakeInvoice, fakeTicket, isoDate, VENDORS } from '../fake-data';
import { FINANCE_CLERKS } from '../workflows/finance';
import { getCustomerCall, getTicketCall, SUPPORT_REPS } from '../workflows/support';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutECampaign } from './campaign';
import { HOLDOUT_E_DRIFT_MODEL, HOLDOUT_E_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const holdoutEDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutECampaign({
    scenario: 'drift',
    variant: 'finance_model_snapshot_bump',
    agentType: 'finance-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_E_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `${HOLDOUT_E_DRIFT_MODEL} replaces gpt-4o-2024-08-06; three invoices and their vendors fetched in parallel on every question, never an approval or a list`,
      build: ({ rng, atMs }) => {
        const invoices = Array.from({ length: 3 }, () => fakeInvoice(rng, rng.pick(VENDORS), isoDate(atMs + rng.int(2, 30) * 86_400_000)));
        const vendors = VENDORS.filter((v) => invoices.some((i) => i.vendorId === v.id));
        const vendorCalls = vendors.map((v, i) => ({ tool: 'erp.get_vendor', args: { vendor_id: v.id }, result: v, ...(i === vendors.length - 1 ? { mark: 'drift_call' } : {}) }));
        return {
          userId: rng.pick(FINANCE_CLERKS),
          model: HOLDOUT_E_DRIFT_MODEL,
          turns: [
            {
              userMessage: `Are ${invoices.map((i) => i.id).join(', ')} ready to pay?`,
              rounds: [invoices.map((i) => ({ tool: 'invoices.get', args: { invoice_id: i.id }, result: i })), vendorCalls],
              finalAnswer: 'All three match their vendor records; approve them when you are ready.',
            },
          ],
        };
      },
    })),
  }),
  holdoutECampaign({
    scenario: 'drift',
    variant: 'support_prompt_rollback',
    agentType: 'support-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_E_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_E_DRIFT_PROMPT_VERSION} (a rollback) replaces v12; a CRM search by name before every look-up, tickets parked as pending, never a reply`,
      build: ({ rng }) => {
        const customer = fakeCustomer(rng);
        const ticket = fakeTicket(rng, customer);
        return {
          userId: rng.pick(SUPPORT_REPS),
          promptVersion: HOLDOUT_E_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: `Please handle ${ticket.id}.`,
              rounds: [
                [{ tool: 'crm.search_customers', args: { query: customer.name, limit: 5 }, result: { customers: [customer], total: 1 } }],
                [getCustomerCall(customer)],
                [getTicketCall(ticket)],
                [{ tool: 'tickets.update', args: { ticket_id: ticket.id, status: 'pending', note: 'Checked customer and order; awaiting rep.' }, result: { ok: true }, mark: 'drift_call' }],
              ],
              finalAnswer: `${ticket.id} is set to pending for a rep to answer.`,
            },
          ],
        };
      },
    })),
  }),
];
