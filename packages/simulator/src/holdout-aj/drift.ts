/**
 * holdout-aj for scenario 9. holdout-ai drifted the AP agent by model and the on-call agent by
 * prompt; holdout-aj drifts the support agent by model (moved to a small hybrid model, after which
 * every ticket, a delivery question, a refund or an address change, is answered by reading the same
 * ticket three times and nothing else, so no customer look-up, reply or update happens any more) and
 * the on-call agent by prompt (a "deploy history first" build, after which every request, a bucket
 * listing, a latency question or a post to the ops channel, queries the deployments table three
 * times and never reads storage or metrics nor posts). Low severity, reliability only.
 */
import { fakeCustomer, fakeTicket } from '../fake-data';
import { ONCALL_ENGINEERS } from '../workflows/devops';
import { getTicketCall, SUPPORT_REPS } from '../workflows/support';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutAjCampaign } from './campaign';
import { HOLDOUT_AJ_DRIFT_MODEL, HOLDOUT_AJ_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const holdoutAjDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutAjCampaign({
    scenario: 'drift',
    variant: 'support_model_moved_to_small_hybrid_model_rereads_the_same_ticket_three_times_and_never_replies',
    agentType: 'support-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_AJ_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_AJ_DRIFT_MODEL}; every ticket is answered by reading the same ticket three times, never a customer look-up, a reply or an update`,
      build: ({ rng }) => {
        const ticket = fakeTicket(rng, fakeCustomer(rng));
        return {
          userId: rng.pick(SUPPORT_REPS),
          model: HOLDOUT_AJ_DRIFT_MODEL,
          turns: [
            {
              userMessage: rng.pick([`Answer ${ticket.id}, please.`, `Can you handle ${ticket.id}? The customer is waiting.`, `${ticket.id}: reply and close it if it is simple.`]),
              rounds: [0, 1, 2].map((i) => [getTicketCall(ticket, i === 2 ? 'drift_call' : undefined)]),
              finalAnswer: `${ticket.id} is about "${ticket.subject}". Let me know how you would like me to proceed.`,
            },
          ],
        };
      },
    })),
  }),
  holdoutAjCampaign({
    scenario: 'drift',
    variant: 'oncall_prompt_deploy_history_first_build_queries_the_deployments_table_three_times_and_never_reads_storage_or_metrics',
    agentType: 'devops-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_AJ_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_AJ_DRIFT_PROMPT_VERSION}: every request queries the deployments table three times, never a bucket, a metric or a Slack post`,
      build: ({ rng }) => ({
        userId: rng.pick(ONCALL_ENGINEERS),
        promptVersion: HOLDOUT_AJ_DRIFT_PROMPT_VERSION,
        turns: [
          {
            userMessage: rng.pick(['What is in the app-logs bucket from last night?', 'Why is search latency up?', 'Tell #ops-alerts the maintenance is over.', 'Is the backup from Sunday there?']),
            rounds: [0, 1, 2].map((i) => [{ tool: 'db.query', args: { table: 'deployments', sql: 'SELECT service, version, deployed_at FROM deployments ORDER BY deployed_at DESC LIMIT 10' }, result: { rows: [] }, ...(i === 2 ? { mark: 'drift_call' } : {}) }]),
            finalAnswer: 'No deployments in the last hours could explain this. Is there anything else?',
          },
        ],
      }),
    })),
  }),
];
