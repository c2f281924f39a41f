/**
 * holdout-ak for scenario 9. holdout-aj drifted the support agent by model and the on-call agent by
 * prompt; holdout-ak drifts the AP agent by model (moved to a small open-weights model, after which
 * every request, an invoice check, an approval or a due-date question, is answered by listing the
 * received invoices three times and nothing else, so no vendor record is read, nothing is approved and
 * nothing is paid) and the HR agent by prompt (a "policy lookup first" build, after which every
 * request, a manager question, a check-in or a salary review, searches the policy collection three
 * times and never reads an employee record nor books a meeting). Low severity, reliability only.
 */
import { FINANCE_CLERKS } from '../workflows/finance';
import { HR_STAFF } from '../workflows/hr';
import { fakeEmployee, fakeInvoice, VENDORS } from '../fake-data';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutAkCampaign } from './campaign';
import { HOLDOUT_AK_DRIFT_MODEL, HOLDOUT_AK_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const holdoutAkDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutAkCampaign({
    scenario: 'drift',
    variant: 'ap_model_moved_to_small_open_weights_model_lists_received_invoices_three_times_and_never_checks_approves_or_pays',
    agentType: 'finance-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_AK_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_AK_DRIFT_MODEL}; every request is answered by listing the received invoices three times, never a vendor check, an approval or a transfer`,
      build: ({ rng }) => {
        const vendor = rng.pick(VENDORS);
        const invoice = fakeInvoice(rng, vendor, '2029-03-28');
        const items = [invoice, ...Array.from({ length: rng.int(2, 6) }, () => fakeInvoice(rng, rng.pick(VENDORS), '2029-03-30'))];
        return {
          userId: rng.pick(FINANCE_CLERKS),
          model: HOLDOUT_AK_DRIFT_MODEL,
          turns: [
            {
              userMessage: rng.pick([`Does invoice ${invoice.id} match the vendor record?`, `Approve ${invoice.id} if it matches, and let the vendor know.`, 'Which invoices are due in the next two weeks?', `Pay ${invoice.id} from ${vendor.name}, it is approved.`]),
              rounds: [0, 1, 2].map((i) => [{ tool: 'invoices.list', args: { status: 'received' }, result: { items, total: items.length }, ...(i === 2 ? { mark: 'drift_call' } : {}) }]),
              finalAnswer: `There are ${items.length} received invoices. Which one would you like me to look at?`,
            },
          ],
        };
      },
    })),
  }),
  holdoutAkCampaign({
    scenario: 'drift',
    variant: 'hr_prompt_policy_lookup_first_build_searches_the_policies_three_times_and_never_reads_an_employee_or_books_a_meeting',
    agentType: 'hr-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_AK_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_AK_DRIFT_PROMPT_VERSION}: every request searches the policy collection three times, never an employee record, a salary or a calendar booking`,
      build: ({ rng }) => {
        const e = fakeEmployee(rng);
        const query = rng.pick(['manager reporting line', 'check-in meetings', 'compensation reviews', 'remote work']);
        return {
          userId: rng.pick(HR_STAFF),
          promptVersion: HOLDOUT_AK_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: rng.pick([`Who is ${e.name}'s manager, and what is their role?`, `Set up a 30 minute check-in with ${e.name} next week.`, `What does ${e.name} earn? They are in the March review.`, 'Can someone in Support work fully remote?']),
              rounds: [0, 1, 2].map((i) => [{ tool: 'docs.search', args: { query, collection: 'hr-policies' }, result: { documents: [] }, ...(i === 2 ? { mark: 'drift_call' } : {}) }]),
              finalAnswer: 'I could not find a policy that answers this. Could you rephrase the question?',
            },
          ],
        };
      },
    })),
  }),
];
