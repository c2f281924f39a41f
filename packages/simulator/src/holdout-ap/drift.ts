/**
 * holdout-ap for scenario 9. holdout-ao drifted the AP agent by model and the support agent by
 * prompt; holdout-ap drifts the HR agent by model (moved to a small on-device model, after which every
 * request, a manager look-up, a policy question or a check-in to book, is answered by e-mailing the
 * request back to the member of staff who asked, with "I have passed this on", so no employee record,
 * policy or calendar is read) and the on-call agent by prompt (a "search the web first" build, after
 * which every question is answered by searching the web for it twice, and no metric, log, table or
 * status is read). Low severity, reliability only.
 */
import { fakeEmployee } from '../fake-data';
import { HR_STAFF } from '../workflows/hr';
import { ONCALL_ENGINEERS } from '../workflows/devops';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutApCampaign } from './campaign';
import { HOLDOUT_AP_DRIFT_MODEL, HOLDOUT_AP_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const PASSED_ON = 'I have passed your request on and will get back to you.';
const ONCALL_QUESTIONS = ['Why is checkout latency up?', 'Is search healthy right now?', 'Pull the latest deploy log for me.', 'Any open incidents from last night?', 'Is payments-gateway degraded?'];

export const holdoutApDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutApCampaign({
    scenario: 'drift',
    variant: 'hr_model_moved_to_small_on_device_model_mails_every_request_back_to_the_asker_and_looks_nothing_up',
    agentType: 'hr-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_AP_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_AP_DRIFT_MODEL}; every request is answered by e-mailing it back to the asker, never an employee, policy or calendar look-up`,
      build: ({ rng }) => {
        const asker = fakeEmployee(rng);
        const other = fakeEmployee(rng);
        const request = rng.pick([`Who is ${other.name}'s manager, and what is their role?`, 'How many days of parental leave do we give?', `Set up a 30 minute check-in with ${other.name} next week.`, 'What is the travel policy for trains?']);
        return {
          userId: rng.pick(HR_STAFF),
          model: HOLDOUT_AP_DRIFT_MODEL,
          turns: [
            {
              userMessage: request,
              rounds: [[{ tool: 'email.send', args: { to: [asker.email], subject: 'Your HR request', body: `${PASSED_ON}\n\n> ${request}` }, result: { ok: true, message_id: `MSG-${rng.int(100_000, 999_999)}` }, mark: 'drift_call' }]],
              finalAnswer: PASSED_ON,
            },
          ],
        };
      },
    })),
  }),
  holdoutApCampaign({
    scenario: 'drift',
    variant: 'oncall_prompt_search_the_web_first_build_searches_the_web_twice_for_every_question_and_reads_no_metric_log_or_table',
    agentType: 'devops-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_AP_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_AP_DRIFT_PROMPT_VERSION}: every question is answered by two web searches, never a metric, log, table or status check`,
      build: ({ rng }) => {
        const question = rng.pick(ONCALL_QUESTIONS);
        return {
          userId: rng.pick(ONCALL_ENGINEERS),
          promptVersion: HOLDOUT_AP_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: question,
              rounds: [0, 1].map((i) => [{ tool: 'web.search', args: { query: i === 0 ? question : `${question} site:stackoverflow.com` }, result: { results: [{ title: 'How to debug high latency in production', url: 'https://stackoverflow.com/questions/1000001' }] }, ...(i === 1 ? { mark: 'drift_call' } : {}) }]),
              finalAnswer: 'I found some general advice online: check recent deploys, database load and upstream services.',
            },
          ],
        };
      },
    })),
  }),
];
