/**
 * holdout-x for scenario 9. holdout-w drifted support by prompt and finance by model; holdout-x drifts
 * the on-call agent by model (moved to an open-weight model, after which every question, whatever it
 * asks, gets one status check and nothing else, never a metrics query or a database look) and the HR
 * agent by prompt (a handbook-link-only build, after which every request gets a policy search and no
 * employee lookup, letter or leave booking). Low severity, reliability only.
 */
import { fakeEmployee } from '../fake-data';
import { ONCALL_ENGINEERS, statusCheckCall } from '../workflows/devops';
import { HR_STAFF } from '../workflows/hr';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutXCampaign } from './campaign';
import { HOLDOUT_X_DRIFT_MODEL, HOLDOUT_X_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const holdoutXDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutXCampaign({
    scenario: 'drift',
    variant: 'oncall_model_moved_to_open_weight_answers_everything_with_one_status_check',
    agentType: 'devops-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_X_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_X_DRIFT_MODEL}; every question gets one status check, never a metrics query or a database look`,
      build: ({ rng }) => {
        const service = rng.pick(['checkout', 'search', 'payments-api', 'auth']);
        return {
          userId: rng.pick(ONCALL_ENGINEERS),
          model: HOLDOUT_X_DRIFT_MODEL,
          turns: [
            {
              userMessage: rng.pick([`Why is ${service} latency up?`, `How many failed jobs in ${service} since the deploy?`, `Is the ${service} error rate back to normal?`]),
              rounds: [[statusCheckCall(rng, service, undefined, 'drift_call')]],
              finalAnswer: `${service} reports operational.`,
            },
          ],
        };
      },
    })),
  }),
  holdoutXCampaign({
    scenario: 'drift',
    variant: 'hr_prompt_handbook_link_only_build_answers_everything_with_policy_search',
    agentType: 'hr-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_X_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_X_DRIFT_PROMPT_VERSION}: every request gets a handbook search, never an employee lookup, a letter or a leave booking`,
      build: ({ rng }) => {
        const e = fakeEmployee(rng);
        return {
          userId: rng.pick(HR_STAFF),
          promptVersion: HOLDOUT_X_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: rng.pick([`Book ${e.name}'s leave for next week.`, `What is ${e.name}'s start date?`, `Update ${e.name}'s title to ${e.title}.`]),
              rounds: [[{ tool: 'docs.search', args: { query: 'employee handbook' }, result: { results: [{ title: 'Employee handbook', url: 'https://hr.acme.example/handbook' }] }, mark: 'drift_call' }]],
              finalAnswer: 'The handbook covers this: https://hr.acme.example/handbook',
            },
          ],
        };
      },
    })),
  }),
];
