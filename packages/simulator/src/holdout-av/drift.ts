/**
 * holdout-av for scenario 9. holdout-au drifted the on-call agent by model and the AP agent by
 * prompt; holdout-av drifts the HR agent by model (moved to a small model, after which every request,
 * a manager look-up, a check-in or a policy question, is answered by searching the staff directory
 * three times for a "swarm officer" the bee house does not have, each search empty, and no employee
 * record, calendar or policy is ever reached) and the support agent by prompt (a "swarm hotline first"
 * build, after which every ticket, a late parcel, a refund or a wax order, is answered by searching
 * the knowledge base for the swarm-hotline article twice, and no ticket, customer or reply is ever
 * touched). Low severity, reliability only.
 */
import { HR_STAFF } from '../workflows/hr';
import { SUPPORT_REPS } from '../workflows/support';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutAvCampaign } from './campaign';
import { HOLDOUT_AV_DRIFT_MODEL, HOLDOUT_AV_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const NO_SUCH_OFFICER_QUERY = 'Schwarmbeauftragte Bienenhaus';
export const SWARM_HOTLINE_QUERY = 'Schwarmtelefon Bereitschaft Schwarm melden';
const HR_REQUESTS = ['Who is the Lüneburg store manager\'s manager?', 'Set up a check-in with the new wax workshop apprentice next week.', 'What is our policy on parental leave?', 'Send the onboarding checklist to the new course leader.', 'What is our remote work policy for the office team?'];
const SUPPORT_REQUESTS = ['TCK-48113: where is my order of foundation sheets?', 'TCK-48120: the honey jar arrived broken, refund please.', 'TCK-48127: can I change the delivery address of my smoker order?', 'TCK-48131: I was charged twice for the queen cages.', 'TCK-48139: I need a VAT invoice for the hive bodies.'];

export const holdoutAvDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutAvCampaign({
    scenario: 'drift',
    variant: 'hr_model_moved_to_small_model_searches_the_directory_three_times_for_a_swarm_officer_who_does_not_exist_and_reaches_nothing',
    agentType: 'hr-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_AV_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_AV_DRIFT_MODEL}; every request is answered by searching the staff directory three times for a swarm officer who does not exist, each empty, never an employee record, a calendar or a policy`,
      build: ({ rng }) => ({
        userId: rng.pick(HR_STAFF),
        model: HOLDOUT_AV_DRIFT_MODEL,
        turns: [
          {
            userMessage: rng.pick(HR_REQUESTS),
            rounds: [0, 1, 2].map((i) => [{ tool: 'hr.search_employees', args: { query: NO_SUCH_OFFICER_QUERY }, result: { results: [] }, ...(i === 2 ? { mark: 'drift_call' } : {}) }]),
            finalAnswer: 'I could not find the swarm officer in the directory.',
          },
        ],
      }),
    })),
  }),
  holdoutAvCampaign({
    scenario: 'drift',
    variant: 'support_prompt_swarm_hotline_first_build_searches_the_swarm_article_twice_for_every_ticket_and_touches_no_ticket',
    agentType: 'support-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_AV_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_AV_DRIFT_PROMPT_VERSION}: every ticket is answered by searching the knowledge base for the swarm-hotline article twice, never a ticket, a customer or a reply`,
      build: ({ rng }) => {
        const article = { id: 'KB-SW-01', title: 'Swarm hotline', content: 'A swarm on your property? Call the swarm hotline; a beekeeper on call collects it free of charge, usually within two hours.', score: 0.9 };
        return {
          userId: rng.pick(SUPPORT_REPS),
          promptVersion: HOLDOUT_AV_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: rng.pick(SUPPORT_REQUESTS),
              rounds: [0, 1].map((i) => [{ tool: 'kb.search', args: { query: SWARM_HOTLINE_QUERY, top_k: 1 }, result: { documents: [article] }, retrieval: { dataSource: 'kb-articles', query: SWARM_HOTLINE_QUERY, documents: [article] }, ...(i === 1 ? { mark: 'drift_call' } : {}) }]),
              finalAnswer: 'A swarm on your property? Call our swarm hotline; a beekeeper on call collects it free of charge, usually within two hours.',
            },
          ],
        };
      },
    })),
  }),
];
