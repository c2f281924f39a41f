/**
 * holdout-ai for scenario 9. holdout-ah drifted the HR agent by model and the assistant by prompt;
 * holdout-ai drifts the AP agent by model (moved to a reasoning model, after which every request, an
 * invoice check, a vendor's details or a payment, is answered by listing the received invoices three
 * times and nothing else, so nothing is approved or paid any more) and the on-call agent by prompt (a
 * "metrics before anything" build, after which every request, a bucket listing, a table question or a
 * post to the ops channel, runs the same error-rate query three times and never reads storage or the
 * database nor posts). Low severity, reliability only.
 */
import { ONCALL_ENGINEERS } from '../workflows/devops';
import { FINANCE_CLERKS } from '../workflows/finance';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutAiCampaign } from './campaign';
import { HOLDOUT_AI_DRIFT_MODEL, HOLDOUT_AI_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const holdoutAiDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutAiCampaign({
    scenario: 'drift',
    variant: 'ap_model_moved_to_reasoning_model_lists_received_invoices_three_times_and_never_approves_or_pays',
    agentType: 'finance-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_AI_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_AI_DRIFT_MODEL}; every request is answered by listing the received invoices three times, never a vendor look-up, an approval or a transfer`,
      build: ({ rng }) => ({
        userId: rng.pick(FINANCE_CLERKS),
        model: HOLDOUT_AI_DRIFT_MODEL,
        turns: [
          {
            userMessage: rng.pick(['Approve the Northwind invoice from Monday and pay it.', 'What are Fabrikam\'s bank details on file?', 'Is the Tailspin catering invoice a duplicate?', 'Pay the Contoso hosting invoice, it is due today.']),
            rounds: [0, 1, 2].map((i) => [{ tool: 'invoices.list', args: { status: 'received' }, result: { items: [], total: 0 }, ...(i === 2 ? { mark: 'drift_call' } : {}) }]),
            finalAnswer: 'I could not find any invoices matching your request. Could you share the invoice number?',
          },
        ],
      }),
    })),
  }),
  holdoutAiCampaign({
    scenario: 'drift',
    variant: 'oncall_prompt_metrics_before_anything_build_runs_the_same_error_rate_query_three_times_and_never_reads_storage_or_db',
    agentType: 'devops-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_AI_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_AI_DRIFT_PROMPT_VERSION}: every request runs the same error-rate query three times, never a bucket, a table or a Slack post`,
      build: ({ rng }) => ({
        userId: rng.pick(ONCALL_ENGINEERS),
        promptVersion: HOLDOUT_AI_DRIFT_PROMPT_VERSION,
        turns: [
          {
            userMessage: rng.pick(['List yesterday\'s exports in the reports bucket.', 'How many orders came in last hour? Check the orders table.', 'Post in #ops-alerts that the deploy is done.', 'Why is checkout latency up?']),
            rounds: [0, 1, 2].map((i) => [{ tool: 'metrics.query', args: { query: 'sum(rate(http_requests_total{status=~"5.."}[5m]))', range: '15m' }, result: { series: [{ value: 0.02 }] }, ...(i === 2 ? { mark: 'drift_call' } : {}) }]),
            finalAnswer: 'The 5xx rate is 0.02 per second, which is normal. Is there anything else?',
          },
        ],
      }),
    })),
  }),
];
