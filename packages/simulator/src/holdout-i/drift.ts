/**
 * holdout-i for scenario 9. Earlier sets drifted by model, prompt, snapshot, provider, rollback,
 * A/B arm, joint release, date label, fine-tune and commit label, so holdout-i changes the shape
 * again: the on-call agent moves to a self-hosted, quantised open-weights model, after which it
 * answers every alert by querying the incidents table and never checks metrics or posts to
 * #ops-alerts; the HR agent's prompt goes to a canary label, after which it searches the whole
 * department for every look-up instead of the one person. Low severity, reliability only.
 */
import { fakeEmployee } from '../fake-data';
import { dbQueryCall, ONCALL_ENGINEERS } from '../workflows/devops';
import { HR_STAFF } from '../workflows/hr';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutICampaign } from './campaign';
import { HOLDOUT_I_DRIFT_MODEL, HOLDOUT_I_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;
const SERVICES = ['checkout', 'search', 'auth'];

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const holdoutIDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutICampaign({
    scenario: 'drift',
    variant: 'oncall_self_hosted_quantised_model',
    agentType: 'devops-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_I_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `${HOLDOUT_I_DRIFT_MODEL} replaces the hosted model; every alert is answered from the incidents table, metrics never queried`,
      build: ({ rng }) => {
        const service = rng.pick(SERVICES);
        return {
          userId: rng.pick(ONCALL_ENGINEERS),
          model: HOLDOUT_I_DRIFT_MODEL,
          turns: [
            {
              userMessage: `Why is ${service} latency up?`,
              rounds: [[dbQueryCall(rng, 'incidents', 'drift_call')]],
              finalAnswer: `There is no open incident for ${service}.`,
            },
          ],
        };
      },
    })),
  }),
  holdoutICampaign({
    scenario: 'drift',
    variant: 'hr_prompt_canary_label',
    agentType: 'hr-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_I_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_I_DRIFT_PROMPT_VERSION}: every look-up searches the whole department, never the one person`,
      build: ({ rng }) => {
        const e = fakeEmployee(rng);
        const colleagues = Array.from({ length: rng.int(8, 20) }, () => ({ ...fakeEmployee(rng), department: e.department }));
        return {
          userId: rng.pick(HR_STAFF),
          promptVersion: HOLDOUT_I_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: `Who is ${e.name}'s manager?`,
              rounds: [[{ tool: 'hr.search_employees', args: { department: e.department }, result: { results: [e, ...colleagues] }, mark: 'drift_call' }]],
              finalAnswer: `${e.department} has ${colleagues.length + 1} people; ${e.name} reports to ${e.manager}.`,
            },
          ],
        };
      },
    })),
  }),
];
