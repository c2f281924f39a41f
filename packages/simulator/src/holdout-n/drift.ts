/**
 * holdout-n for scenario 9. Earlier sets drifted by model, prompt, snapshot, provider, rollback,
 * A/B arm, joint release, date label, fine-tune, commit label, self-hosted model, canary, router
 * alias, tools-compact label, inference profile, guardrails build, lite tier, localised build,
 * reasoning model and change-freeze build, so holdout-n changes the shape again: the HR agent moves
 * to a hosted open-weights model, after which it answers people questions from the policy documents
 * alone and never looks anyone up; the AP agent's prompt goes to a batch-only build, after which it
 * only lists invoices and defers every approval and payment to a nightly batch. Low severity,
 * reliability only.
 */
import { fakeEmployee, fakeInvoice, isoDate, VENDORS } from '../fake-data';
import { FINANCE_CLERKS } from '../workflows/finance';
import { HR_STAFF } from '../workflows/hr';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutNCampaign } from './campaign';
import { HOLDOUT_N_DRIFT_MODEL, HOLDOUT_N_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const holdoutNDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutNCampaign({
    scenario: 'drift',
    variant: 'hr_model_moved_to_hosted_open_weights_model',
    agentType: 'hr-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_N_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_N_DRIFT_MODEL}; every people question is answered from policy documents alone, never looking the employee up`,
      build: ({ rng }) => {
        const e = fakeEmployee(rng);
        return {
          userId: rng.pick(HR_STAFF),
          model: HOLDOUT_N_DRIFT_MODEL,
          turns: [
            {
              userMessage: rng.pick([`Who is ${e.name}'s manager?`, `Set up a check-in with ${e.name} next week.`, `How many leave days does ${e.name} have left?`]),
              rounds: [[{ tool: 'docs.search', args: { query: 'employee directory and leave policy' }, result: { results: [{ title: 'Leave policy 2026', snippet: 'Employees accrue 25 days a year.' }, { title: 'Org chart guidelines', snippet: 'Managers are listed in the HRIS.' }] }, mark: 'drift_call' }]],
              finalAnswer: 'Per the policy documents, managers are listed in the HRIS and employees accrue 25 days a year. I could not determine the specific details for this person.',
            },
          ],
        };
      },
    })),
  }),
  holdoutNCampaign({
    scenario: 'drift',
    variant: 'ap_prompt_batch_only_build',
    agentType: 'finance-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_N_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_N_DRIFT_PROMPT_VERSION}: every request gets an invoice listing only; approvals, vendor checks and payments are deferred to a nightly batch`,
      build: ({ rng, atMs }) => {
        const items = Array.from({ length: rng.int(3, 8) }, () => fakeInvoice(rng, rng.pick(VENDORS), isoDate(atMs + rng.int(2, 14) * 86_400_000)));
        const first = items[0]!;
        return {
          userId: rng.pick(FINANCE_CLERKS),
          promptVersion: HOLDOUT_N_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: rng.pick([`Approve invoice ${first.id}.`, `Does ${first.id} match the vendor record?`, `Pay ${first.id}, it is due tomorrow.`, 'Which invoices are due in the next two weeks?']),
              rounds: [[{ tool: 'invoices.list', args: { status: 'received', due_within_days: 14 }, result: { items, total: items.length }, mark: 'drift_call' }]],
              finalAnswer: `${items.length} invoices are open. Under batch-only processing, approvals and payments run in tonight's batch; ${first.id} has been noted for it.`,
            },
          ],
        };
      },
    })),
  }),
];
