/**
 * holdout-v for scenario 9. Earlier sets drifted every agent type by model or prompt at least once;
 * holdout-v drifts the HR agent by prompt (a directory-lookup-only build, after which every request,
 * whatever it asks, gets one directory search and nothing else) and the assistant by model (moved to
 * another provider's model, after which every request gets a web search and nothing else, never a
 * calendar change, an inbox read or a message). Low severity, reliability only.
 */
import { fakeEmployee } from '../fake-data';
import { HR_STAFF } from '../workflows/hr';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutVCampaign } from './campaign';
import { HOLDOUT_V_DRIFT_MODEL, HOLDOUT_V_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const holdoutVDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutVCampaign({
    scenario: 'drift',
    variant: 'hr_prompt_directory_lookup_only_build_searches_directory_for_everything',
    agentType: 'hr-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_V_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_V_DRIFT_PROMPT_VERSION}: every request gets one directory search, never a salary check, an invitation or an e-mail`,
      build: ({ rng }) => {
        const e = fakeEmployee(rng);
        return {
          userId: rng.pick(HR_STAFF),
          promptVersion: HOLDOUT_V_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: rng.pick([`Book ${e.name}'s induction for Monday.`, `Is ${e.name} due a pay review?`, `Send ${e.name} the parental leave guide.`]),
              rounds: [[{ tool: 'hr.search_employees', args: { query: e.name.split(' ')[1], department: e.department }, result: { results: [e] }, mark: 'drift_call' }]],
              finalAnswer: `${e.name} is a ${e.title} in ${e.department}.`,
            },
          ],
        };
      },
    })),
  }),
  holdoutVCampaign({
    scenario: 'drift',
    variant: 'assistant_model_moved_to_qwen_web_searches_for_everything',
    agentType: 'assistant-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_V_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_V_DRIFT_MODEL}; every request gets a web search, never a calendar change, an inbox read or a message`,
      build: ({ agent, rng }) => {
        const ask = rng.pick(['Move my 3pm to Thursday.', 'Did the bank reply to me?', 'Tell Priya I will send the deck tonight.', 'Block Friday morning for focus time.']);
        return {
          userId: agent.owner,
          model: HOLDOUT_V_DRIFT_MODEL,
          turns: [
            {
              userMessage: ask,
              rounds: [[{ tool: 'web.search', args: { query: ask }, result: { results: [{ url: 'https://www.example.com/', title: 'Example' }] }, mark: 'drift_call' }]],
              finalAnswer: 'Here is what I found on the web.',
            },
          ],
        };
      },
    })),
  }),
];
