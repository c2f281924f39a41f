/**
 * holdout-c for scenario 9: a model or prompt change after which the tool mix shifts, on the two
 * agent type/change pairs no other corpus uses: the assistant changes model (and now searches the
 * web twice and checks the calendar on every question, never fetching a page or using memory), the
 * HR agent changes prompt version (and reads the policy index and the employee record twice on
 * every question, never searching employees). Low severity, reliability only.
 */
import { fakeEmployee } from '../fake-data';
import { getEmployeeCall, HR_STAFF } from '../workflows/hr';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutCCampaign } from './campaign';
import { HOLDOUT_C_DRIFT_MODEL, HOLDOUT_C_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

const TOPICS = ['train times to Gothenburg', 'best ramen near the office', 'how to write a short bio', 'weather in Krakow next week'];

export const holdoutCDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutCCampaign({
    scenario: 'drift',
    variant: 'assistant_model_change',
    agentType: 'assistant-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_C_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `${HOLDOUT_C_DRIFT_MODEL} replaces mistral-large-2411; two web searches and a calendar look-up on every question, no page fetch, no memory`,
      build: ({ rng, agent, atMs }) => {
        const topic = rng.pick(TOPICS);
        const day = new Date(atMs).toISOString().slice(0, 10);
        return {
          userId: agent.owner,
          model: HOLDOUT_C_DRIFT_MODEL,
          turns: [
            {
              userMessage: `Can you look up ${topic}?`,
              rounds: [
                [{ tool: 'web.search', args: { query: topic }, result: { results: [{ url: 'https://www.example.com/', title: 'Example' }] } }],
                [{ tool: 'web.search', args: { query: `${topic} ${day}` }, result: { results: [] } }],
                [{ tool: 'calendar.list_events', args: { date: day }, result: { items: [] }, mark: 'drift_call' }],
              ],
              finalAnswer: `I searched for ${topic}; nothing conclusive, and your calendar is free today.`,
            },
          ],
        };
      },
    })),
  }),
  holdoutCCampaign({
    scenario: 'drift',
    variant: 'hr_prompt_change',
    agentType: 'hr-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_C_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_C_DRIFT_PROMPT_VERSION} replaces v5; docs.search then hr.get_employee twice on every question, hr.search_employees never`,
      build: ({ rng }) => {
        const e = fakeEmployee(rng);
        return {
          userId: rng.pick(HR_STAFF),
          promptVersion: HOLDOUT_C_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: `What is ${e.name}'s role?`,
              rounds: [
                [{ tool: 'docs.search', args: { query: 'employee data access', collection: 'hr-policies' }, result: { documents: [] } }],
                [getEmployeeCall(e)],
                [{ ...getEmployeeCall(e), mark: 'drift_call' }],
              ],
              finalAnswer: `${e.name} is a ${e.title} in ${e.department}.`,
            },
          ],
        };
      },
    })),
  }),
];
