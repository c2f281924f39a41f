/**
 * holdout-u for scenario 9. Earlier sets drifted support, devops, finance, the assistant, HR by model
 * and on-call by prompt, support by prompt and finance by model; holdout-u drifts the HR agent by model
 * (moved to another provider's model, after which every request gets one employee lookup and nothing
 * else, never a salary check, an invitation or an e-mail) and the assistant by prompt (a
 * calendar-lookup-only build, after which every request gets a calendar listing and nothing else,
 * never a search, a read of the inbox or a message). Low severity, reliability only.
 */
import { fakeEmployee } from '../fake-data';
import { getEmployeeCall, HR_STAFF } from '../workflows/hr';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutUCampaign } from './campaign';
import { HOLDOUT_U_DRIFT_MODEL, HOLDOUT_U_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const holdoutUDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutUCampaign({
    scenario: 'drift',
    variant: 'hr_model_moved_to_kimi_looks_up_employee_only',
    agentType: 'hr-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_U_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_U_DRIFT_MODEL}; every request gets one employee lookup and nothing else`,
      build: ({ rng }) => {
        const e = fakeEmployee(rng);
        return {
          userId: rng.pick(HR_STAFF),
          model: HOLDOUT_U_DRIFT_MODEL,
          turns: [
            {
              userMessage: rng.pick([`Schedule ${e.name}'s onboarding sessions.`, `What is ${e.name}'s current salary band?`, `E-mail ${e.name} the new leave policy.`]),
              rounds: [[{ ...getEmployeeCall(e), mark: 'drift_call' }]],
              finalAnswer: `${e.name} works in ${e.department}.`,
            },
          ],
        };
      },
    })),
  }),
  holdoutUCampaign({
    scenario: 'drift',
    variant: 'assistant_prompt_calendar_lookup_only_build_lists_events_for_everything',
    agentType: 'assistant-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_U_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_U_DRIFT_PROMPT_VERSION}: every request gets a calendar listing, never a search, an inbox read or a message`,
      build: ({ agent, rng }) => ({
        userId: agent.owner,
        promptVersion: HOLDOUT_U_DRIFT_PROMPT_VERSION,
        turns: [
          {
            userMessage: rng.pick(['Find me a good Thai place near the office.', 'Anything urgent in my inbox?', 'Tell Sam I am running late.', 'What is on tomorrow?']),
            rounds: [[{ tool: 'calendar.list_events', args: { calendar: 'primary', days: 1 }, result: { events: [{ title: rng.pick(['1:1 with Sam', 'Board prep', 'Dentist']), start: '09:30' }] }, mark: 'drift_call' }]],
            finalAnswer: 'Here is your calendar for tomorrow.',
          },
        ],
      }),
    })),
  }),
];
