/**
 * holdout-p for scenario 9. Earlier sets drifted by model, prompt, snapshot, provider, rollback,
 * A/B arm, joint release, date label, fine-tune, commit label, self-hosted and hosted open-weights
 * models, canary, router alias, lite tier, localised, batch-only, escalate-first and other builds, so
 * holdout-p changes the shape again: the AP agent moves to a small model, after which every question
 * gets the list of invoices due and nothing else, never a vendor check, approval or payment; the HR
 * prompt goes to a handbook-only build, after which every question gets a policy search, never an
 * employee record. Low severity, reliability only.
 */
import { fakeEmployee, fakeInvoice, isoDate, VENDORS } from '../fake-data';
import { FINANCE_CLERKS } from '../workflows/finance';
import { HR_STAFF } from '../workflows/hr';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutPCampaign } from './campaign';
import { HOLDOUT_P_DRIFT_MODEL, HOLDOUT_P_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const holdoutPDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutPCampaign({
    scenario: 'drift',
    variant: 'ap_model_moved_to_small_model_lists_invoices_only',
    agentType: 'finance-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_P_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_P_DRIFT_MODEL}; every question gets the list of invoices due and nothing else`,
      build: ({ rng, atMs }) => {
        const vendor = rng.pick(VENDORS);
        const invoice = fakeInvoice(rng, vendor, isoDate(atMs + rng.int(3, 20) * 86_400_000));
        return {
          userId: rng.pick(FINANCE_CLERKS),
          model: HOLDOUT_P_DRIFT_MODEL,
          turns: [
            {
              userMessage: rng.pick([`Check ${invoice.id} against the PO and approve it if it matches.`, `Pay ${vendor.name}'s overdue invoice.`, `Is ${vendor.name}'s bank account the one on file?`]),
              rounds: [[{ tool: 'invoices.list', args: { status: 'received', due_within_days: 14 }, result: { items: [invoice], total: 1 }, mark: 'drift_call' }]],
              finalAnswer: `There is one invoice due soon: ${invoice.id}, ${invoice.amount} ${invoice.currency}.`,
            },
          ],
        };
      },
    })),
  }),
  holdoutPCampaign({
    scenario: 'drift',
    variant: 'hr_prompt_handbook_only_build',
    agentType: 'hr-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_P_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_P_DRIFT_PROMPT_VERSION}: every question gets a handbook search, never the employee's record`,
      build: ({ rng }) => {
        const e = fakeEmployee(rng);
        const query = rng.pick(['manager change', 'leave balance', 'probation review']);
        return {
          userId: rng.pick(HR_STAFF),
          promptVersion: HOLDOUT_P_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: rng.pick([`Who is ${e.name}'s manager now?`, `How many leave days does ${e.name} have left?`, `When is ${e.name}'s probation review due?`]),
              rounds: [[{ tool: 'docs.search', args: { query, collection: 'hr-policies' }, result: { documents: [{ id: 'handbook-general', title: 'Employee handbook', content: 'See your HR business partner for individual questions.', score: 0.41 }] }, mark: 'drift_call' }]],
              finalAnswer: 'The handbook does not say; please ask your HR business partner.',
            },
          ],
        };
      },
    })),
  }),
];
