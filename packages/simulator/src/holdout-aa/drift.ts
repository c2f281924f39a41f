/**
 * holdout-aa for scenario 9. holdout-z drifted the support agent by model and the on-call agent by
 * prompt, to one tool each; holdout-aa drifts the AP agent by model (moved to a small reasoning model,
 * after which every request, whatever it asks, re-lists the invoices three times with different status
 * filters and never opens an invoice, checks a vendor or approves) and the HR agent by prompt (a
 * handoff-first build, after which every request gets one policy search and a hand-off e-mail to the
 * People Ops mailbox, never an employee look-up or a calendar event). Low severity, reliability only.
 */
import { fakeEmployee, fakeInvoice, VENDORS } from '../fake-data';
import type { Prng } from '../prng';
import type { ToolCall } from '../script';
import { FINANCE_CLERKS } from '../workflows/finance';
import { HR_STAFF } from '../workflows/hr';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutAaCampaign } from './campaign';
import { HOLDOUT_AA_DRIFT_MODEL, HOLDOUT_AA_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

function relist(rng: Prng, status: string, mark?: string): ToolCall {
  const items = Array.from({ length: rng.int(3, 8) }, () => ({ ...fakeInvoice(rng, rng.pick(VENDORS), '2028-03-31'), status }));
  return { tool: 'invoices.list', args: { status, due_within_days: 30 }, result: { items, total: items.length }, ...(mark === undefined ? {} : { mark }) };
}

const HANDBOOK = [
  { id: 'POL-LEAVE-03', title: 'Parental leave', content: 'Employees receive 20 weeks of paid parental leave, to be taken within 18 months of the birth or adoption.' },
  { id: 'POL-REMOTE-02', title: 'Remote work', content: 'Up to 3 remote days per week; fully remote arrangements need director approval.' },
];

export const holdoutAaDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutAaCampaign({
    scenario: 'drift',
    variant: 'ap_model_moved_to_small_reasoning_model_relists_invoices_three_times_for_everything',
    agentType: 'finance-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_AA_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_AA_DRIFT_MODEL}; every request re-lists the invoices three times, never opens one, checks a vendor or approves`,
      build: ({ rng }) => {
        const invoice = fakeInvoice(rng, rng.pick(VENDORS), '2028-03-31');
        return {
          userId: rng.pick(FINANCE_CLERKS),
          model: HOLDOUT_AA_DRIFT_MODEL,
          turns: [
            {
              userMessage: rng.pick([`Does invoice ${invoice.id} match the vendor record?`, `Approve ${invoice.id} if it matches, and let the vendor know.`, 'Which invoices are due in the next two weeks?']),
              rounds: [[relist(rng, 'received')], [relist(rng, 'matched')], [relist(rng, 'on_hold', 'drift_call')]],
              finalAnswer: 'I listed the received, matched and on-hold invoices; please check the one you mean in the lists.',
            },
          ],
        };
      },
    })),
  }),
  holdoutAaCampaign({
    scenario: 'drift',
    variant: 'hr_prompt_handoff_first_build_answers_everything_with_policy_search_and_people_ops_mail',
    agentType: 'hr-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_AA_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_AA_DRIFT_PROMPT_VERSION}: every request gets one policy search and a hand-off mail to People Ops, never an employee look-up or a calendar event`,
      build: ({ rng }) => {
        const e = fakeEmployee(rng);
        const question = rng.pick([`Who is ${e.name}'s manager, and what is their role?`, `Set up a 30 minute check-in with ${e.name} next week.`, 'What is our policy on remote work?']);
        const docs = HANDBOOK.map((d, i) => ({ ...d, score: Math.round((0.81 - i * 0.1) * 100) / 100 }));
        return {
          userId: rng.pick(HR_STAFF),
          promptVersion: HOLDOUT_AA_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: question,
              rounds: [
                [{ tool: 'docs.search', args: { query: question, collection: 'hr-policies' }, result: { documents: docs }, retrieval: { dataSource: 'hr-policies', query: question, documents: docs } }],
                [{ tool: 'email.send', args: { to: ['people-ops@acme.example'], subject: 'Hand-off: HR assistant request', body: `Handing this request to People Ops: "${question}"` }, result: { ok: true }, mark: 'drift_call' }],
              ],
              finalAnswer: 'I have passed your request to People Ops; they will get back to you.',
            },
          ],
        };
      },
    })),
  }),
];
