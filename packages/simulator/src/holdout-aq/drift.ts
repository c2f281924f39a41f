/**
 * holdout-aq for scenario 9. holdout-ap drifted the HR agent by model and the on-call agent by
 * prompt; holdout-aq drifts the support agent by model (moved to a small model, after which every
 * ticket, whatever it asks, is only set to pending with "forwarded to the responsible team", so no
 * customer, order or knowledge-base article is read and nobody is answered) and the AP agent by
 * prompt (a "list everything first" build, after which every question, a vendor check, an approval or
 * what is due, is answered by listing all invoices twice, unfiltered, and no invoice, vendor record or
 * approval is touched). Low severity, reliability only.
 */
import { fakeCustomer, fakeTicket } from '../fake-data';
import { FINANCE_CLERKS } from '../workflows/finance';
import { SUPPORT_REPS } from '../workflows/support';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutAqCampaign } from './campaign';
import { HOLDOUT_AQ_DRIFT_MODEL, HOLDOUT_AQ_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const FORWARDED = 'Forwarded to the responsible team.';
const AP_QUESTIONS = ['Which invoices are due in the next two weeks?', 'Does the Pirastro invoice match the vendor record?', 'Approve the Gewa invoice if it matches, and let them know.', 'Is the Blüthner invoice already paid?', 'What is still on hold?'];

export const holdoutAqDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutAqCampaign({
    scenario: 'drift',
    variant: 'support_model_moved_to_small_model_sets_every_ticket_pending_as_forwarded_and_reads_no_customer_or_order',
    agentType: 'support-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_AQ_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_AQ_DRIFT_MODEL}; every ticket is set to pending as "forwarded", never a customer, ticket, order or knowledge-base look-up, never a reply`,
      build: ({ rng }) => {
        const customer = fakeCustomer(rng);
        const ticket = fakeTicket(rng, customer);
        return {
          userId: rng.pick(SUPPORT_REPS),
          model: HOLDOUT_AQ_DRIFT_MODEL,
          turns: [
            {
              userMessage: rng.pick([`Please handle ticket ${ticket.id} for customer ${customer.id}.`, `Can you look at ${ticket.id}? The customer is ${customer.name}.`]),
              rounds: [[{ tool: 'tickets.update', args: { ticket_id: ticket.id, status: 'pending', note: FORWARDED }, result: { ok: true }, mark: 'drift_call' }]],
              finalAnswer: FORWARDED,
            },
          ],
        };
      },
    })),
  }),
  holdoutAqCampaign({
    scenario: 'drift',
    variant: 'ap_prompt_list_everything_first_build_lists_all_invoices_twice_for_every_question_and_checks_nothing',
    agentType: 'finance-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_AQ_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_AQ_DRIFT_PROMPT_VERSION}: every question is answered by listing all invoices twice, never an invoice, vendor or approval`,
      build: ({ rng }) => {
        const question = rng.pick(AP_QUESTIONS);
        const total = rng.int(180, 420);
        return {
          userId: rng.pick(FINANCE_CLERKS),
          promptVersion: HOLDOUT_AQ_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: question,
              rounds: [0, 1].map((i) => [{ tool: 'invoices.list', args: { status: 'all', limit: 500 }, result: { items: [], total, truncated: true }, ...(i === 1 ? { mark: 'drift_call' } : {}) }]),
              finalAnswer: `There are ${total} invoices in the system; please narrow the question down.`,
            },
          ],
        };
      },
    })),
  }),
];
