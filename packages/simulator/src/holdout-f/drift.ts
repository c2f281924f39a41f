/**
 * holdout-f for scenario 9. Every agent type has drifted by model and by prompt in some corpus, so
 * holdout-f changes the *kind* of change: the devops agent moves to another provider's model
 * entirely, after which it answers every health question by querying metrics for several services
 * in parallel and never posts to the channel; the HR agent is put in the B arm of a prompt A/B test
 * (a version name, not a number), after which it lists the whole department before every look-up.
 * Low severity, reliability only.
 */
import { fakeEmployee } from '../fake-data';
import { ONCALL_ENGINEERS } from '../workflows/devops';
import { getEmployeeCall, HR_STAFF } from '../workflows/hr';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutFCampaign } from './campaign';
import { HOLDOUT_F_DRIFT_MODEL, HOLDOUT_F_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;
const SERVICES = ['checkout', 'search', 'auth', 'notifications', 'payments-gateway'];

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const holdoutFDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutFCampaign({
    scenario: 'drift',
    variant: 'devops_provider_switch',
    agentType: 'devops-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_F_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `${HOLDOUT_F_DRIFT_MODEL} (another provider) replaces the devops model; p99 queried for four services in parallel on every question, never a post to #ops-alerts`,
      build: ({ rng }) => {
        const services = rng.sample(SERVICES, 4);
        return {
          userId: rng.pick(ONCALL_ENGINEERS),
          model: HOLDOUT_F_DRIFT_MODEL,
          turns: [
            {
              userMessage: `Is ${services[0]} slow right now?`,
              rounds: [
                services.map((service, i) => ({
                  tool: 'metrics.query',
                  args: { query: `histogram_quantile(0.99, rate(http_server_duration_bucket{service="${service}"}[5m]))`, range: '1h' },
                  result: { series: [{ service, p99_ms: rng.int(80, 900) }] },
                  ...(i === services.length - 1 ? { mark: 'drift_call' } : {}),
                })),
              ],
              finalAnswer: `Latency for ${services.join(', ')} is within the usual range.`,
            },
          ],
        };
      },
    })),
  }),
  holdoutFCampaign({
    scenario: 'drift',
    variant: 'hr_prompt_ab_test_arm',
    agentType: 'hr-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_F_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_F_DRIFT_PROMPT_VERSION} (the B arm of an A/B test) replaces the HR prompt; the whole department is listed before every single look-up`,
      build: ({ rng }) => {
        const e = fakeEmployee(rng);
        const colleagues = [e, ...Array.from({ length: rng.int(8, 20) }, () => ({ ...fakeEmployee(rng), department: e.department }))];
        return {
          userId: rng.pick(HR_STAFF),
          promptVersion: HOLDOUT_F_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: `Who does ${e.name} report to?`,
              rounds: [
                [{ tool: 'hr.search_employees', args: { query: '', department: e.department, limit: 100 }, result: { results: colleagues } }],
                [{ ...getEmployeeCall(e), mark: 'drift_call' }],
              ],
              finalAnswer: `${e.name} reports to ${e.manager}.`,
            },
          ],
        };
      },
    })),
  }),
];
