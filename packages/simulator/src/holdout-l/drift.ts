/**
 * holdout-l for scenario 9. Earlier sets drifted by model, prompt, snapshot, provider, rollback,
 * A/B arm, joint release, date label, fine-tune, commit label, self-hosted model, canary, router
 * alias, tools-compact label, inference profile and guardrails build, so holdout-l changes the
 * shape again: the AP agent's model moves to a cheaper "lite" tier, after which it opens every
 * invoice one by one and never checks the vendor, approves or pays; the HR agent's prompt goes to a
 * localised German build, after which it answers from the policy search only, in German, and no
 * longer looks people up or books meetings. Low severity, reliability only.
 */
import { fakeInvoice, isoDate, VENDORS } from '../fake-data';
import { FINANCE_CLERKS } from '../workflows/finance';
import { HR_STAFF } from '../workflows/hr';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutLCampaign } from './campaign';
import { HOLDOUT_L_DRIFT_MODEL, HOLDOUT_L_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const holdoutLDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutLCampaign({
    scenario: 'drift',
    variant: 'ap_model_moved_to_lite_tier',
    agentType: 'finance-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_L_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_L_DRIFT_MODEL}; every request opens invoices one by one, never checks the vendor, approves or pays`,
      build: ({ rng, atMs }) => {
        const items = Array.from({ length: rng.int(3, 6) }, () => fakeInvoice(rng, rng.pick(VENDORS), isoDate(atMs + rng.int(2, 30) * 86_400_000)));
        return {
          userId: rng.pick(FINANCE_CLERKS),
          model: HOLDOUT_L_DRIFT_MODEL,
          turns: [
            {
              userMessage: 'Approve whatever is due this week if it matches.',
              rounds: [
                [{ tool: 'invoices.list', args: { status: 'received', due_within_days: 7 }, result: { items, total: items.length } }],
                items.map((inv, i) => ({ tool: 'invoices.get', args: { invoice_id: inv.id }, result: inv, ...(i === items.length - 1 ? { mark: 'drift_call' } : {}) })),
              ],
              finalAnswer: `I looked at ${items.length} invoices due this week. Please confirm which ones I should approve.`,
            },
          ],
        };
      },
    })),
  }),
  holdoutLCampaign({
    scenario: 'drift',
    variant: 'hr_prompt_localised_german_build',
    agentType: 'hr-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_L_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_L_DRIFT_PROMPT_VERSION}: every request is answered from the policy search only, in German, with no employee look-up or booking`,
      build: ({ rng }) => {
        const topic = rng.pick(['Elternzeit', 'Reisekosten', 'Homeoffice', 'Gehaltsrunde']);
        const documents = [{ id: 'POL-LEAVE-03', title: 'Parental leave', content: 'Employees receive 20 weeks of paid parental leave.', score: 0.71 }];
        return {
          userId: rng.pick(HR_STAFF),
          promptVersion: HOLDOUT_L_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: rng.pick(['Set up a check-in with the new starter in Support next week.', 'Who manages the Lisbon sales team?', 'What is our parental leave policy?']),
              rounds: [[{ tool: 'docs.search', args: { query: topic, collection: 'hr-policies' }, result: { documents }, retrieval: { dataSource: 'hr-policies', query: topic, documents }, mark: 'drift_call' }]],
              finalAnswer: `Laut Richtlinie (${topic}) kann ich dazu nur die Policy zitieren; bitte wenden Sie sich für Termine und Personendaten an People Ops.`,
            },
          ],
        };
      },
    })),
  }),
];
