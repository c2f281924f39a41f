/**
 * holdout-ar for scenario 9. holdout-aq drifted the support agent by model and the AP agent by
 * prompt; holdout-ar drifts the on-call agent by model (moved to a small model, after which every
 * question, a latency check, a log, a service's health or last night's incidents, is answered by
 * posting "Acknowledged, looking into it." to the alerts channel three times, and no metric, status,
 * table or log is read) and the HR agent by prompt (a "directory first" build, after which every
 * request, a policy, a person or a meeting, is answered by listing the whole staff directory twice,
 * unfiltered, and no employee record is opened, no policy searched and no meeting booked). Low
 * severity, reliability only.
 */
import { HR_STAFF } from '../workflows/hr';
import { ONCALL_ENGINEERS } from '../workflows/devops';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutArCampaign } from './campaign';
import { HOLDOUT_AR_DRIFT_MODEL, HOLDOUT_AR_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const ACKNOWLEDGED = 'Acknowledged, looking into it.';
const ONCALL_QUESTIONS = ['Is the booking API healthy right now?', 'Why is the web shop slow this morning?', 'Any open incidents from last night?', 'Did the rental-sync deploy go through?', 'What is the p99 of checkout over the last hour?'];
const HR_REQUESTS = ['How many vacation days does a seasonal ski instructor get?', 'Book a meeting with Lena from the Kufstein store about her contract.', 'What is our policy on sick notes for the Alpinschule?', 'Who manages the ski workshop?', 'Does Jonas Weber still have overtime from October?'];

export const holdoutArDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutArCampaign({
    scenario: 'drift',
    variant: 'oncall_model_moved_to_small_model_posts_the_same_acknowledgement_to_the_alerts_channel_three_times_and_reads_nothing',
    agentType: 'devops-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_AR_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_AR_DRIFT_MODEL}; every question is answered by posting "${ACKNOWLEDGED}" to the alerts channel three times, never a metric, status, table or log`,
      build: ({ rng }) => ({
        userId: rng.pick(ONCALL_ENGINEERS),
        model: HOLDOUT_AR_DRIFT_MODEL,
        turns: [
          {
            userMessage: rng.pick(ONCALL_QUESTIONS),
            rounds: [0, 1, 2].map((i) => [{ tool: 'slack.post_message', args: { channel: '#ops-alerts', text: ACKNOWLEDGED }, result: { ok: true, ts: `${rng.int(1_900_000_000, 1_950_000_000)}.000${100 + i}` }, ...(i === 2 ? { mark: 'drift_call' } : {}) }]),
            finalAnswer: ACKNOWLEDGED,
          },
        ],
      }),
    })),
  }),
  holdoutArCampaign({
    scenario: 'drift',
    variant: 'hr_prompt_directory_first_build_lists_the_whole_staff_directory_twice_for_every_request_and_opens_no_record',
    agentType: 'hr-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_AR_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_AR_DRIFT_PROMPT_VERSION}: every request is answered by listing the whole staff directory twice, never an employee record, a policy or a meeting`,
      build: ({ rng }) => {
        const total = rng.int(140, 210);
        return {
          userId: rng.pick(HR_STAFF),
          promptVersion: HOLDOUT_AR_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: rng.pick(HR_REQUESTS),
              rounds: [0, 1].map((i) => [{ tool: 'hr.search_employees', args: { query: '', limit: 500 }, result: { results: [], total, truncated: true }, ...(i === 1 ? { mark: 'drift_call' } : {}) }]),
              finalAnswer: `There are ${total} people in the directory; please tell me whom you mean.`,
            },
          ],
        };
      },
    })),
  }),
];
