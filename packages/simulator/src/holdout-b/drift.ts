/**
 * holdout-b for scenario 9: a model or prompt change after which the tool mix shifts, on the two
 * agent types neither other corpus drifts: the HR agent changes model (and searches twice and
 * reads policy on every question instead of fetching the employee), the on-call agent changes
 * prompt version (and queries metrics three times and checks status, but never touches storage or
 * the database). Low severity, reliability only.
 */
import { fakeEmployee } from '../fake-data';
import { ONCALL_ENGINEERS, statusCheckCall } from '../workflows/devops';
import { HR_STAFF } from '../workflows/hr';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutBCampaign } from './campaign';
import { HOLDOUT_B_DRIFT_MODEL, HOLDOUT_B_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const holdoutBDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutBCampaign({
    scenario: 'drift',
    variant: 'hr_model_change',
    agentType: 'hr-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_B_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `${HOLDOUT_B_DRIFT_MODEL} replaces gpt-4o-mini-2024-07-18; every question searches employees twice and reads the policy index, never hr.get_employee`,
      build: ({ rng }) => {
        const e = fakeEmployee(rng);
        return {
          userId: rng.pick(HR_STAFF),
          model: HOLDOUT_B_DRIFT_MODEL,
          turns: [
            {
              userMessage: `What team is ${e.name} in?`,
              rounds: [
                [{ tool: 'hr.search_employees', args: { query: e.name }, result: { results: [e] } }],
                [{ tool: 'hr.search_employees', args: { query: e.name.split(' ')[1], department: e.department }, result: { results: [e] } }],
                [{ tool: 'docs.search', args: { query: `${e.department} team structure`, collection: 'hr-policies' }, result: { documents: [] }, mark: 'drift_call' }],
              ],
              finalAnswer: `${e.name} is in ${e.department}.`,
            },
          ],
        };
      },
    })),
  }),
  holdoutBCampaign({
    scenario: 'drift',
    variant: 'devops_prompt_change',
    agentType: 'devops-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_B_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_B_DRIFT_PROMPT_VERSION} replaces v8; metrics.query three times and status.check on every question, storage and database never`,
      build: ({ rng }) => {
        const service = rng.pick(['checkout', 'search', 'auth']);
        return {
          userId: rng.pick(ONCALL_ENGINEERS),
          promptVersion: HOLDOUT_B_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: `Anything wrong with ${service}?`,
              rounds: [
                ['0.5', '0.9', '0.99'].map((q) => ({ tool: 'metrics.query', args: { query: `histogram_quantile(${q}, rate(http_server_duration_bucket{service="${service}"}[5m]))`, range: '30m' }, result: { series: [{ service, ms: rng.int(20, 700) }] } })),
                [statusCheckCall(rng, service, undefined, 'drift_call')],
              ],
              finalAnswer: `${service} looks normal.`,
            },
          ],
        };
      },
    })),
  }),
];
