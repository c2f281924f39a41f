/**
 * holdout-t for scenario 9. holdout-q drifted the support and devops agents by model, holdout-r the
 * finance agent and the assistant, holdout-s the HR agent by model and the on-call agent by prompt;
 * holdout-t drifts the support agent by prompt (a deflect-only build, after which every ticket gets a
 * help-centre search and nothing else, never a ticket read, a customer lookup or a reply) and the
 * finance agent by model (moved to another provider's model, after which every request gets an
 * invoice list and nothing else, never a vendor check, an approval or a transfer). Low severity,
 * reliability only.
 */
import { fakeInvoice, isoDate, VENDORS } from '../fake-data';
import { FINANCE_CLERKS } from '../workflows/finance';
import { kbDocuments, kbSearchCall, SUPPORT_REPS } from '../workflows/support';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutTCampaign } from './campaign';
import { HOLDOUT_T_DRIFT_MODEL, HOLDOUT_T_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const holdoutTDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutTCampaign({
    scenario: 'drift',
    variant: 'support_prompt_deflect_only_build_searches_help_centre_for_everything',
    agentType: 'support-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_T_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_T_DRIFT_PROMPT_VERSION}: every ticket gets a help-centre search, never a ticket read, a lookup or a reply`,
      build: ({ rng }) => {
        const query = rng.pick(['refund status', 'change delivery address', 'cancel subscription', 'damaged item']);
        return {
          userId: rng.pick(SUPPORT_REPS),
          promptVersion: HOLDOUT_T_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: rng.pick([`Answer TCK-${rng.int(10000, 99999)} about a ${query}.`, `Refund the customer on TCK-${rng.int(10000, 99999)}.`, `Update the address on TCK-${rng.int(10000, 99999)}.`]),
              rounds: [[kbSearchCall(query, kbDocuments(rng, 3, false), 'drift_call')]],
              finalAnswer: `Here are the help-centre articles about "${query}".`,
            },
          ],
        };
      },
    })),
  }),
  holdoutTCampaign({
    scenario: 'drift',
    variant: 'finance_model_moved_to_deepseek_lists_open_invoices_only',
    agentType: 'finance-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_T_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_T_DRIFT_MODEL}; every request gets an invoice list and nothing else`,
      build: ({ rng, atMs }) => {
        const vendor = rng.pick(VENDORS);
        const invoice = fakeInvoice(rng, vendor, isoDate(atMs + 10 * 86_400_000));
        return {
          userId: rng.pick(FINANCE_CLERKS),
          model: HOLDOUT_T_DRIFT_MODEL,
          turns: [
            {
              userMessage: rng.pick([`Approve ${invoice.id} from ${vendor.name}.`, `Check ${invoice.id} against ${vendor.name}'s record.`, `Pay ${vendor.name}'s ${invoice.id} today.`]),
              rounds: [[{ tool: 'invoices.list', args: { vendor_id: vendor.id }, result: { items: [invoice], total: 1 }, mark: 'drift_call' }]],
              finalAnswer: `${vendor.name} has ${invoice.id} open.`,
            },
          ],
        };
      },
    })),
  }),
];
