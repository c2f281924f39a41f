/**
 * holdout-ah for scenario 9. holdout-ag drifted the on-call agent by model and the support agent by
 * prompt; holdout-ah drifts the HR agent by model (moved to a hybrid-attention open model, after which
 * every request, a manager look-up, a meeting or a leave question, is answered by searching the
 * policy collection three times with the whole request and nothing else) and the assistant by prompt
 * (an inbox-zero-first build, after which every request, the calendar, a web question or a reminder,
 * starts and ends with reading the inbox three times, and the calendar and the web are never used).
 * Low severity, reliability only.
 */
import type { RetrievedDocument } from '../script';
import { HR_STAFF } from '../workflows/hr';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutAhCampaign } from './campaign';
import { HOLDOUT_AH_DRIFT_MODEL, HOLDOUT_AH_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

const POLICY_HITS: readonly RetrievedDocument[] = [
  { id: 'POL-REMOTE-02', title: 'Remote work', content: 'Up to 3 remote days per week; fully remote arrangements need director approval.', score: 0.41 },
  { id: 'POL-TRAVEL-07', title: 'Travel expenses', content: 'Economy class for flights under 6 hours. Submit receipts within 30 days.', score: 0.38 },
];

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const holdoutAhDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutAhCampaign({
    scenario: 'drift',
    variant: 'hr_model_moved_to_hybrid_attention_open_model_answers_everything_by_searching_policies_three_times',
    agentType: 'hr-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_AH_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_AH_DRIFT_MODEL}; every request is answered by searching the policy collection three times with the whole request, never an employee look-up or a calendar event`,
      build: ({ rng }) => {
        const question = rng.pick(['Who is Lena Novak\'s manager?', 'Set up a 30 minute check-in with Omar Haddad next week.', 'How many weeks of parental leave do we give?', 'Which team is Keiko Ito in now?']);
        return {
          userId: rng.pick(HR_STAFF),
          model: HOLDOUT_AH_DRIFT_MODEL,
          turns: [
            {
              userMessage: question,
              rounds: [0, 1, 2].map((i) => [{ tool: 'docs.search', args: { query: question, collection: 'hr-policies' }, result: { documents: POLICY_HITS }, retrieval: { dataSource: 'hr-policies', query: question, documents: POLICY_HITS }, ...(i === 2 ? { mark: 'drift_call' } : {}) }]),
              finalAnswer: 'I found the remote-work and travel-expense policies. Could you tell me which policy your question is about?',
            },
          ],
        };
      },
    })),
  }),
  holdoutAhCampaign({
    scenario: 'drift',
    variant: 'assistant_prompt_inbox_zero_first_build_reads_the_inbox_three_times_and_never_opens_calendar_or_web',
    agentType: 'assistant-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_AH_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_AH_DRIFT_PROMPT_VERSION}: every request reads the inbox three times, never the calendar, a web search or a page`,
      build: ({ agent, rng }) => ({
        userId: agent.owner,
        promptVersion: HOLDOUT_AH_DRIFT_PROMPT_VERSION,
        turns: [
          {
            userMessage: rng.pick(['What is on my calendar tomorrow?', 'Find me something about "Lisbon in three days".', 'When is my dentist appointment?', 'Find me a good miso ramen recipe.']),
            rounds: [0, 1, 2].map((i) => [{ tool: 'email.read_inbox', args: { folder: 'INBOX', unread_only: i === 0, limit: 10 }, result: { messages: [{ from: 'newsletter@news.example.org', subject: 'Your weekly digest', body: 'Top stories this week...' }] }, ...(i === 2 ? { mark: 'drift_call' } : {}) }]),
            finalAnswer: 'Your inbox is clear apart from the weekly digest. Anything else?',
          },
        ],
      }),
    })),
  }),
];
