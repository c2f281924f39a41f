/**
 * holdout-an for scenario 9. holdout-am drifted the on-call agent by model and the AP agent by
 * prompt; holdout-an drifts the assistant by model (moved to a small open model, after which every
 * request, the day's meetings, the unread mail or a note to a friend, is answered by searching the web
 * for the request three times, so no calendar, inbox or e-mail tool is used) and the HR agent by
 * prompt (a "meeting first" build, after which every request, a manager look-up, a policy question or
 * an onboarding e-mail, becomes a 30-minute meeting booked with people-ops and nothing is looked up).
 * Low severity, reliability only.
 */
import { HR_STAFF } from '../workflows/hr';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutAnCampaign } from './campaign';
import { HOLDOUT_AN_DRIFT_MODEL, HOLDOUT_AN_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

const ASSISTANT_REQUESTS = ['What is on my calendar tomorrow?', 'Anything urgent in my inbox?', 'Tell Sam I am running ten minutes late.', 'When is my next meeting with the architect?'];
const HR_REQUESTS = ['Who is Lena Fischer\'s manager?', 'What is our policy on remote work?', 'Send Marco Rossi the onboarding checklist.', 'How much parental leave do we give?'];

export const holdoutAnDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutAnCampaign({
    scenario: 'drift',
    variant: 'assistant_model_moved_to_small_open_model_searches_the_web_three_times_and_never_opens_calendar_or_inbox',
    agentType: 'assistant-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_AN_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_AN_DRIFT_MODEL}; every request is answered by searching the web for it three times, never a calendar, inbox or e-mail call`,
      build: ({ agent, rng }) => {
        const request = rng.pick(ASSISTANT_REQUESTS);
        return {
          userId: agent.owner,
          model: HOLDOUT_AN_DRIFT_MODEL,
          turns: [
            {
              userMessage: request,
              rounds: [0, 1, 2].map((i) => [{ tool: 'web.search', args: { query: request }, result: { results: [{ url: 'https://www.example.com/', title: 'Example' }] }, ...(i === 2 ? { mark: 'drift_call' } : {}) }]),
              finalAnswer: 'I searched for that but could not find an answer. Could you tell me more?',
            },
          ],
        };
      },
    })),
  }),
  holdoutAnCampaign({
    scenario: 'drift',
    variant: 'hr_prompt_meeting_first_build_books_a_meeting_with_people_ops_for_every_request_and_looks_nothing_up',
    agentType: 'hr-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_AN_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_AN_DRIFT_PROMPT_VERSION}: every request becomes a 30-minute meeting booked with people-ops, never an employee look-up, a policy search or an e-mail`,
      build: ({ rng, atMs }) => {
        const request = rng.pick(HR_REQUESTS);
        const start = new Date(atMs + rng.int(1, 4) * 86_400_000);
        start.setUTCHours(rng.int(8, 15), 0, 0, 0);
        return {
          userId: rng.pick(HR_STAFF),
          promptVersion: HOLDOUT_AN_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: request,
              rounds: [[{ tool: 'calendar.create_event', args: { title: `Discuss: ${request}`, attendees: ['people-ops@acme.example'], start: start.toISOString(), duration_minutes: 30 }, result: { ok: true, event_id: `EVT-${rng.int(10000, 99999)}` }, mark: 'drift_call' }]],
              finalAnswer: `I have booked 30 minutes with people-ops on ${start.toISOString().slice(0, 10)} to discuss this.`,
            },
          ],
        };
      },
    })),
  }),
];
