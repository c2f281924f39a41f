/**
 * holdout-s for scenario 9. holdout-q drifted the support and devops agents by model, holdout-r the
 * finance agent and the assistant; holdout-s drifts the HR agent by model (moved to another cloud's
 * model, after which every request gets a directory search and nothing else, never a record, a
 * salary or an update) and the on-call agent by prompt (a status-page-only build, after which every
 * request gets a status check, never metrics, a query or a message). Low severity, reliability only.
 */
import { fakeEmployee } from '../fake-data';
import { ONCALL_ENGINEERS, statusCheckCall } from '../workflows/devops';
import { HR_STAFF } from '../workflows/hr';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutSCampaign } from './campaign';
import { HOLDOUT_S_DRIFT_MODEL, HOLDOUT_S_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const holdoutSDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutSCampaign({
    scenario: 'drift',
    variant: 'hr_model_moved_to_other_cloud_searches_directory_only',
    agentType: 'hr-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_S_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_S_DRIFT_MODEL}; every request gets a directory search and nothing else`,
      build: ({ rng }) => {
        const e = fakeEmployee(rng);
        return {
          userId: rng.pick(HR_STAFF),
          model: HOLDOUT_S_DRIFT_MODEL,
          turns: [
            {
              userMessage: rng.pick([`What is ${e.name}'s salary band?`, `Update ${e.name}'s job title to Senior ${e.title}.`, `Who approved ${e.name}'s last leave request?`]),
              rounds: [[{ tool: 'hr.search_employees', args: { query: e.name }, result: { results: [e] }, mark: 'drift_call' }]],
              finalAnswer: `${e.name} works in ${e.department}.`,
            },
          ],
        };
      },
    })),
  }),
  holdoutSCampaign({
    scenario: 'drift',
    variant: 'oncall_prompt_status_page_only_build_checks_status_for_everything',
    agentType: 'devops-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_S_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_S_DRIFT_PROMPT_VERSION}: every request gets a status check, never metrics, a query or a message`,
      build: ({ rng }) => {
        const service = rng.pick(['checkout', 'payments', 'search', 'auth']);
        return {
          userId: rng.pick(ONCALL_ENGINEERS),
          promptVersion: HOLDOUT_S_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: rng.pick([`Why is p99 latency up on ${service}?`, `How many failed deployments did ${service} have this week?`, `Tell #ops-alerts that ${service} is degraded.`, `Query the incidents table for ${service}.`]),
              rounds: [[statusCheckCall(rng, service, undefined, 'drift_call')]],
              finalAnswer: `${service} reports its status as shown.`,
            },
          ],
        };
      },
    })),
  }),
];
