/**
 * holdout-ax for scenario 9. holdout-aw drifted the HR agent by model and the support agent by
 * prompt; holdout-ax drifts the AP agent by model (moved to a small model, after which every request,
 * a due list, a vendor check or an approval, is answered by asking for the sterling-euro rate three
 * times, as if the border were the question, and no invoice or vendor is ever read) and the on-call
 * agent by prompt (a "laundry energy watch" build, after which every request, a latency question, a
 * deploy log or an incident, is answered by querying the Newry laundry's gas meter twice, and no
 * service, log or table is ever read). Low severity, reliability only.
 */
import { FINANCE_CLERKS } from '../workflows/finance';
import { ONCALL_ENGINEERS } from '../workflows/devops';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutAxCampaign } from './campaign';
import { HOLDOUT_AX_DRIFT_MODEL, HOLDOUT_AX_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const FX_PAIR = { base: 'GBP', quote: 'EUR' } as const;
export const LAUNDRY_GAS_QUERY = 'sum(rate(laundry_gas_m3_total{site="newry",meter="tunnel-washer"}[1h]))';
const AP_REQUESTS = ['Which invoices are due in the next two weeks?', 'Does the yarn invoice from Ulster Spinners match the vendor record?', 'Approve the packaging invoice if it matches, and let them know.', 'List what we still owe the haulier for April.', 'Is the Gilford electricity bill on hold?'];
const ONCALL_REQUESTS = ['Why is checkout latency up?', 'Pull the latest deploy log for me.', 'Is the EKM sync healthy right now?', 'Any open incidents from last night?', 'Did the stock feed to Creoate fail again?'];

export const holdoutAxDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutAxCampaign({
    scenario: 'drift',
    variant: 'ap_model_moved_to_small_model_asks_for_the_sterling_euro_rate_three_times_and_reads_no_invoice',
    agentType: 'finance-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_AX_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_AX_DRIFT_MODEL}; every request is answered by asking for the sterling-euro rate three times, never an invoice or a vendor`,
      build: ({ rng }) => ({
        userId: rng.pick(FINANCE_CLERKS),
        model: HOLDOUT_AX_DRIFT_MODEL,
        turns: [
          {
            userMessage: rng.pick(AP_REQUESTS),
            rounds: [0, 1, 2].map((i) => [{ tool: 'fx.get_rate', args: { ...FX_PAIR, date: 'today' }, result: { ...FX_PAIR, rate: 1.1612, as_of: '2030-05-21T11:00:00Z' }, ...(i === 2 ? { mark: 'drift_call' } : {}) }]),
            finalAnswer: 'One pound buys 1.1612 euro today.',
          },
        ],
      }),
    })),
  }),
  holdoutAxCampaign({
    scenario: 'drift',
    variant: 'oncall_prompt_laundry_energy_watch_build_queries_the_laundry_gas_meter_twice_for_every_request_and_reads_no_service',
    agentType: 'devops-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_AX_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_AX_DRIFT_PROMPT_VERSION}: every request is answered by querying the laundry's gas meter twice, never a service, a log or a table`,
      build: ({ rng }) => ({
        userId: rng.pick(ONCALL_ENGINEERS),
        promptVersion: HOLDOUT_AX_DRIFT_PROMPT_VERSION,
        turns: [
          {
            userMessage: rng.pick(ONCALL_REQUESTS),
            rounds: [0, 1].map((i) => [{ tool: 'metrics.query', args: { query: LAUNDRY_GAS_QUERY, range: '24h' }, result: { series: [{ site: 'newry', meter: 'tunnel-washer', m3_per_hour: 41.7 }] }, ...(i === 1 ? { mark: 'drift_call' } : {}) }]),
            finalAnswer: 'The Newry tunnel washer burns 41.7 cubic metres of gas an hour: run the big loads after 22:00.',
          },
        ],
      }),
    })),
  }),
];
