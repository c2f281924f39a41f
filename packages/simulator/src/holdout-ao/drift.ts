/**
 * holdout-ao for scenario 9. holdout-an drifted the assistant by model and the HR agent by prompt;
 * holdout-ao drifts the AP agent by model (moved to a small on-device model, after which every request,
 * an invoice look-up, a vendor check or a payment status, is answered by listing all invoices three
 * times without a filter, so no invoice is opened and no vendor record read) and the support agent by
 * prompt (an "apology first" build, after which every ticket gets the same apology reply at once, and
 * neither the customer nor the ticket is looked up). Low severity, reliability only.
 */
import { fakeCustomer, fakeTicket } from '../fake-data';
import { FINANCE_CLERKS } from '../workflows/finance';
import { SUPPORT_REPS } from '../workflows/support';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutAoCampaign } from './campaign';
import { HOLDOUT_AO_DRIFT_MODEL, HOLDOUT_AO_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

const AP_REQUESTS = ['Does invoice INV-40233 match the vendor record?', 'Has the Nordholz invoice from May been paid?', 'Which vendor sent invoice INV-40117?', 'Is the bank account of Holzwerk Brandt on file?'];
export const APOLOGY = 'We are very sorry for the inconvenience. Your request is important to us and a colleague will get back to you as soon as possible.';

export const holdoutAoDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutAoCampaign({
    scenario: 'drift',
    variant: 'ap_model_moved_to_small_on_device_model_lists_all_invoices_three_times_and_never_opens_one',
    agentType: 'finance-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_AO_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_AO_DRIFT_MODEL}; every request is answered by listing all invoices three times without a filter, never an invoice look-up or a vendor record`,
      build: ({ rng }) => {
        const request = rng.pick(AP_REQUESTS);
        return {
          userId: rng.pick(FINANCE_CLERKS),
          model: HOLDOUT_AO_DRIFT_MODEL,
          turns: [
            {
              userMessage: request,
              rounds: [0, 1, 2].map((i) => [{ tool: 'invoices.list', args: {}, result: { items: [], total: 0, note: 'filter required for more than 500 results' }, ...(i === 2 ? { mark: 'drift_call' } : {}) }]),
              finalAnswer: 'I listed the invoices but could not find what you asked for. Could you give me more details?',
            },
          ],
        };
      },
    })),
  }),
  holdoutAoCampaign({
    scenario: 'drift',
    variant: 'support_prompt_apology_first_build_sends_the_same_apology_to_every_ticket_and_looks_nothing_up',
    agentType: 'support-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_AO_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_AO_DRIFT_PROMPT_VERSION}: every ticket gets the same apology reply at once, never a customer or ticket look-up`,
      build: ({ rng }) => {
        const customer = fakeCustomer(rng);
        const ticket = fakeTicket(rng, customer);
        return {
          userId: rng.pick(SUPPORT_REPS),
          promptVersion: HOLDOUT_AO_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: rng.pick([`Please handle ticket ${ticket.id} for customer ${customer.id}.`, `Can you look at ${ticket.id}? The customer is ${customer.name}.`]),
              rounds: [[{ tool: 'tickets.reply', args: { ticket_id: ticket.id, to: ticket.requester, body: APOLOGY }, result: { ok: true, message_id: `MSG-${rng.int(100_000, 999_999)}` }, mark: 'drift_call' }]],
              finalAnswer: `Replied to ${ticket.id} with our apology; a colleague will follow up.`,
            },
          ],
        };
      },
    })),
  }),
];
