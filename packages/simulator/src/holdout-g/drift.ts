/**
 * holdout-g for scenario 9. Every agent type has drifted by model and by prompt somewhere, and by a
 * snapshot bump and a rollback, so holdout-g changes the *shape* of the change: the HR agent gets a
 * new model and a new prompt in the same release (a platform upgrade), after which it reads the
 * policy index before every look-up and never books meetings; the on-call agent's prompt registry
 * moves from `v8` to a date label, after which it lists objects and reads the newest log on every
 * question and never queries metrics or posts to #ops-alerts. Low severity, reliability only.
 */
import { fakeEmployee, USUAL_BUCKETS } from '../fake-data';
import { ONCALL_ENGINEERS } from '../workflows/devops';
import { getEmployeeCall, HR_STAFF } from '../workflows/hr';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutGCampaign } from './campaign';
import { HOLDOUT_G_DRIFT_HR_PROMPT_VERSION, HOLDOUT_G_DRIFT_MODEL, HOLDOUT_G_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const holdoutGDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutGCampaign({
    scenario: 'drift',
    variant: 'hr_model_and_prompt_one_release',
    agentType: 'hr-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_G_DRIFT_MODEL, promptVersion: HOLDOUT_G_DRIFT_HR_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `${HOLDOUT_G_DRIFT_MODEL} and prompt ${HOLDOUT_G_DRIFT_HR_PROMPT_VERSION} ship together; the policy index is read before every look-up, meetings are never booked`,
      build: ({ rng }) => {
        const e = fakeEmployee(rng);
        return {
          userId: rng.pick(HR_STAFF),
          model: HOLDOUT_G_DRIFT_MODEL,
          promptVersion: HOLDOUT_G_DRIFT_HR_PROMPT_VERSION,
          turns: [
            {
              userMessage: `Can you set up a check-in with ${e.name} next week?`,
              rounds: [
                [{ tool: 'docs.search', args: { query: 'meetings with employees', collection: 'hr-policies' }, result: { documents: [] } }],
                [{ ...getEmployeeCall(e), mark: 'drift_call' }],
              ],
              finalAnswer: `${e.name} is in ${e.department}; please send the invite from your calendar.`,
            },
          ],
        };
      },
    })),
  }),
  holdoutGCampaign({
    scenario: 'drift',
    variant: 'oncall_prompt_date_label',
    agentType: 'devops-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_G_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_G_DRIFT_PROMPT_VERSION} replaces v8; objects listed and the newest log read on every question, never metrics or #ops-alerts`,
      build: ({ rng }) => {
        const bucket = rng.pick(USUAL_BUCKETS);
        const service = rng.pick(['checkout', 'search', 'auth']);
        const key = `deploys/2026/11/${service}.log`;
        return {
          userId: rng.pick(ONCALL_ENGINEERS),
          promptVersion: HOLDOUT_G_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: `Why is ${service} latency up?`,
              rounds: [
                [{ tool: 'storage.list_objects', args: { bucket, prefix: `deploys/2026/11/` }, result: { objects: [{ key, size: rng.int(2000, 90000) }] } }],
                [{ tool: 'storage.read_object', args: { bucket, key }, result: `2026-11-24T10:02:11Z deploy ${service} ok`, mark: 'drift_call' }],
              ],
              finalAnswer: `The latest ${service} deploy log shows a clean rollout; I cannot see latency from here.`,
            },
          ],
        };
      },
    })),
  }),
];
