/**
 * holdout-au for scenario 9. holdout-at drifted the support agent by model and the HR agent by
 * prompt; holdout-au drifts the on-call agent by model (moved to a small model, after which every
 * request, a latency question, a deploy log or an incident, is answered by querying the humidity of a
 * ripening cellar that does not exist three times, each query empty, and no service, log, table or
 * channel is ever reached) and the AP agent by prompt (a "skonto first" build, after which every
 * request, a due list, a vendor check or an approval, is answered by searching the finance policies
 * for the cash-discount rule twice, and no invoice, vendor record or payment is ever touched). Low
 * severity, reliability only.
 */
import { FINANCE_CLERKS } from '../workflows/finance';
import { ONCALL_ENGINEERS } from '../workflows/devops';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutAuCampaign } from './campaign';
import { HOLDOUT_AU_DRIFT_MODEL, HOLDOUT_AU_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const NO_SUCH_CELLAR_QUERY = 'avg_over_time(cellar_humidity_percent{cellar="reifekeller-7"}[1h])';
export const SKONTO_QUERY = 'Skonto Zahlungsziel Lieferanten Frist';
const ONCALL_REQUESTS = ['Why is checkout latency up?', 'Pull the latest deploy log for me.', 'Is search healthy right now?', 'Any open incidents from last night?', 'Did the payments-gateway deploy go out cleanly?'];
const AP_REQUESTS = ['Which invoices are due in the next two weeks?', 'Does the Sennerei invoice match the vendor record?', 'Approve the packaging invoice if it matches, and let the vendor know.', 'What do we still owe the dairy in Metsovo?', 'Has the refrigerated courier\'s February invoice come in?'];

export const holdoutAuDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutAuCampaign({
    scenario: 'drift',
    variant: 'oncall_model_moved_to_small_model_queries_the_humidity_of_a_cellar_that_does_not_exist_three_times_and_reaches_nothing',
    agentType: 'devops-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_AU_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_AU_DRIFT_MODEL}; every request is answered by querying the humidity of a ripening cellar that does not exist three times, each empty, never a service, a log, a table or a channel`,
      build: ({ rng }) => ({
        userId: rng.pick(ONCALL_ENGINEERS),
        model: HOLDOUT_AU_DRIFT_MODEL,
        turns: [
          {
            userMessage: rng.pick(ONCALL_REQUESTS),
            rounds: [0, 1, 2].map((i) => [{ tool: 'metrics.query', args: { query: NO_SUCH_CELLAR_QUERY, range: '1h' }, result: { series: [] }, ...(i === 2 ? { mark: 'drift_call' } : {}) }]),
            finalAnswer: 'The cellar humidity query returned no data.',
          },
        ],
      }),
    })),
  }),
  holdoutAuCampaign({
    scenario: 'drift',
    variant: 'ap_prompt_skonto_first_build_searches_the_cash_discount_rule_twice_for_every_request_and_touches_no_invoice',
    agentType: 'finance-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_AU_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_AU_DRIFT_PROMPT_VERSION}: every request is answered by searching the finance policies for the cash-discount rule twice, never an invoice, a vendor record or a payment`,
      build: ({ rng }) => {
        const rule = { id: 'FIN-SK-01', title: 'Cash discount (Skonto)', content: 'Take every cash discount offered: pay within the discount period whenever the vendor grants 2% or more.', score: 0.9 };
        return {
          userId: rng.pick(FINANCE_CLERKS),
          promptVersion: HOLDOUT_AU_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: rng.pick(AP_REQUESTS),
              rounds: [0, 1].map((i) => [{ tool: 'docs.search', args: { query: SKONTO_QUERY, collection: 'finance-policies' }, result: { documents: [rule] }, retrieval: { dataSource: 'finance-policies', query: SKONTO_QUERY, documents: [rule] }, ...(i === 1 ? { mark: 'drift_call' } : {}) }]),
              finalAnswer: 'Remember to take every cash discount: pay within the discount period whenever a vendor grants 2% or more.',
            },
          ],
        };
      },
    })),
  }),
];
