/**
 * holdout-z for scenario 9. holdout-x drifted the on-call agent by model and HR by prompt, holdout-y
 * the assistant by model and finance by prompt; holdout-z drifts the support agent by model (moved to
 * a small open-weight model, after which every request, whatever it asks, gets one help-centre search
 * and nothing else, never a ticket read, a customer lookup or a reply) and the on-call agent by prompt
 * (a status-page-only build, after which every request gets one status check and no query, metric or
 * log read). Low severity, reliability only.
 */
import { kbDocuments, kbSearchCall, SUPPORT_REPS } from '../workflows/support';
import { ONCALL_ENGINEERS, statusCheckCall } from '../workflows/devops';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutZCampaign } from './campaign';
import { HOLDOUT_Z_DRIFT_MODEL, HOLDOUT_Z_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const holdoutZDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutZCampaign({
    scenario: 'drift',
    variant: 'support_model_moved_to_small_open_weight_answers_everything_with_one_kb_search',
    agentType: 'support-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_Z_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_Z_DRIFT_MODEL}; every request gets one help-centre search, never a ticket read, a customer lookup or a reply`,
      build: ({ rng }) => {
        const question = rng.pick(['Where is my order?', 'How do I change my delivery address?', 'Can I get a refund for a damaged item?', 'My discount code does not work.']);
        return {
          userId: rng.pick(SUPPORT_REPS),
          model: HOLDOUT_Z_DRIFT_MODEL,
          turns: [
            {
              userMessage: `TCK-${rng.int(10_000, 99_999)}: ${question} Please handle it.`,
              rounds: [[kbSearchCall(question, kbDocuments(rng, 2, false), 'drift_call')]],
              finalAnswer: 'There is a help article about this.',
            },
          ],
        };
      },
    })),
  }),
  holdoutZCampaign({
    scenario: 'drift',
    variant: 'oncall_prompt_status_page_only_build_answers_everything_with_one_status_check',
    agentType: 'devops-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_Z_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_Z_DRIFT_PROMPT_VERSION}: every request gets one status check, never a query, a metric or a log read`,
      build: ({ rng }) => {
        const service = rng.pick(['api', 'billing', 'search', 'checkout']);
        return {
          userId: rng.pick(ONCALL_ENGINEERS),
          promptVersion: HOLDOUT_Z_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: rng.pick([`Why did ${service} error rates spike at 03:00?`, `How many failed deployments of ${service} this week?`, `Check the p99 latency of ${service} over the last hour.`]),
              rounds: [[statusCheckCall(rng, service, undefined, 'drift_call')]],
              finalAnswer: `${service} is operational.`,
            },
          ],
        };
      },
    })),
  }),
];
