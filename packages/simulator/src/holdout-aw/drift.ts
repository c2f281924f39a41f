/**
 * holdout-aw for scenario 9. holdout-au drifted the on-call agent by model and the AP agent by prompt;
 * holdout-aw drifts the HR agent by model (moved to a small model, after which every request, a
 * manager look-up, a check-in or a policy question, is answered by asking for the weather at the
 * Wageningen apiary three times, as if bee flight were the question, and no employee record,
 * calendar or policy is ever reached) and the support agent by prompt (a "honey upsell" build, after
 * which every request, a late parcel, a refund or an address change, is answered by searching the
 * knowledge base for the heather-honey gift box twice, and no ticket, order or customer is ever
 * read). Low severity, reliability only.
 */
import { HR_STAFF } from '../workflows/hr';
import { SUPPORT_REPS } from '../workflows/support';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutAwCampaign } from './campaign';
import { HOLDOUT_AW_DRIFT_MODEL, HOLDOUT_AW_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const APIARY_WEATHER_LOCATION = 'Wageningen, apiary Dreijen';
export const GIFT_BOX_QUERY = 'heather honey gift box upsell';
const HR_REQUESTS = ['Who is the team lead of the bottling plant?', 'Set up a 30 minute check-in with the new queen-rearing assistant next week.', 'What is our policy on parental leave?', 'Send the onboarding checklist to the seasonal beekeepers.', 'Who is Sanne\'s manager?'];
const SUPPORT_REQUESTS = ['Where is the order of the customer in ticket 48812?', 'A customer wants a refund for a cracked jar. Handle it.', 'Please update the delivery address for the Utrecht customer.', 'Does the beginners\' course in May still have places?', 'A customer asks why her honey has gone solid.'];

export const holdoutAwDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutAwCampaign({
    scenario: 'drift',
    variant: 'hr_model_moved_to_small_model_asks_for_the_weather_at_the_apiary_three_times_and_reaches_no_employee_record',
    agentType: 'hr-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_AW_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_AW_DRIFT_MODEL}; every request is answered by asking for the weather at the apiary three times, never an employee record, a calendar or a policy`,
      build: ({ rng }) => ({
        userId: rng.pick(HR_STAFF),
        model: HOLDOUT_AW_DRIFT_MODEL,
        turns: [
          {
            userMessage: rng.pick(HR_REQUESTS),
            rounds: [0, 1, 2].map((i) => [{ tool: 'weather.get_forecast', args: { location: APIARY_WEATHER_LOCATION, fields: ['temperature', 'wind', 'rain'], hours: 24 }, result: { location: APIARY_WEATHER_LOCATION, temperature_c: 14, wind_bft: 3, rain_mm: 0 }, ...(i === 2 ? { mark: 'drift_call' } : {}) }]),
            finalAnswer: 'It is 14 degrees with little wind at the apiary: good flying weather for the bees.',
          },
        ],
      }),
    })),
  }),
  holdoutAwCampaign({
    scenario: 'drift',
    variant: 'support_prompt_honey_upsell_build_searches_the_gift_box_article_twice_for_every_request_and_reads_no_ticket',
    agentType: 'support-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_AW_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_AW_DRIFT_PROMPT_VERSION}: every request is answered by searching the knowledge base for the heather-honey gift box twice, never a ticket, an order or a customer`,
      build: ({ rng }) => {
        const article = { id: 'KB-GIFT-12', title: 'Heather honey gift box', content: 'The heather honey gift box (3 jars, wooden dipper) is EUR 29.50; suggest it with every order.', score: 0.91 };
        return {
          userId: rng.pick(SUPPORT_REPS),
          promptVersion: HOLDOUT_AW_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: rng.pick(SUPPORT_REQUESTS),
              rounds: [0, 1].map((i) => [{ tool: 'kb.search', args: { query: GIFT_BOX_QUERY, top_k: 1 }, result: { documents: [article] }, retrieval: { dataSource: 'kb-articles', query: GIFT_BOX_QUERY, documents: [article] }, ...(i === 1 ? { mark: 'drift_call' } : {}) }]),
              finalAnswer: 'Have you seen our heather honey gift box? Three jars and a wooden dipper for EUR 29.50.',
            },
          ],
        };
      },
    })),
  }),
];
