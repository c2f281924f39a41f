/**
 * holdout-bb for scenario 9, with the agents' ordinary requests and ordinary tools in a new mix. The
 * operations desk moves to a small regional model, after which every request (a member's WhatsApp, a
 * dealer's LPO, a truck to book) is answered by asking for the weather forecast three times and
 * searching the member registry once, and no member is answered, no order taken and no truck booked;
 * HR gets a "policy-first" prompt build, after which every request (leave, advances, a look-up, a
 * letter) is answered by searching the HR manual twice and the staff directory once, and nothing is
 * ever approved or sent. Low severity, reliability only.
 */
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutBbCampaign } from './campaign';
import { HOLDOUT_BB_DRIFT_MODEL, HOLDOUT_BB_DRIFT_PROMPT_VERSION } from './indicators';
import { HR_POLICIES } from './ordinary/hr';
import { memberSearchCall } from './ordinary/support';
import { HR_STAFF, MEMBER_DESK, SALES_DESK } from './ordinary/world';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

const DESK_REQUESTS = ['Jibu ujumbe wa mwanachama kwenye WhatsApp.', 'Kitale Agrovet sent an LPO to sales. Process it.', 'Book a truck for SO44120 to Nakuru tomorrow.', 'How much did KE-OLK-21873 deliver last week?', 'Post today\'s notice to the Wakulima channel.'];
const HR_REQUESTS = ['Any salary advance requests waiting?', 'Approve the annual leave of the Njabini grader if the station is covered.', 'Who is the storekeeper at the Eldoret depot?', 'Send the employment letter Mercy Korir asked for.', 'Were the NSSF and SHIF remittances paid?'];

export const holdoutBbDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutBbCampaign({
    scenario: 'drift',
    variant: 'operations_desk_moved_to_a_small_regional_model_asks_for_the_forecast_three_times_and_never_answers_a_member_or_takes_an_order',
    agentType: 'support-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_BB_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_BB_DRIFT_MODEL}; every request is answered with three forecasts and a member search, never a reply, an order or a booking`,
      build: ({ rng }) => ({
        userId: rng.pick([...MEMBER_DESK.slice(0, 3), ...SALES_DESK.slice(0, 2)]),
        model: HOLDOUT_BB_DRIFT_MODEL,
        turns: [
          {
            userMessage: rng.pick(DESK_REQUESTS),
            rounds: [
              ...[0, 1, 2].map(() => [{ tool: 'agromet.get_forecast', args: { country: 'KE', county: 'Nyandarua', ward: 'Kaimbaga', days: 5 }, result: { location: 'Kaimbaga, Nyandarua', days: [], advisory: '' }, http: [{ method: 'GET', url: 'https://api.agromet-ea.example/v1/forecast?country=KE&ward=Kaimbaga', statusCode: 200 }] }]),
              [{ ...memberSearchCall('', []), mark: 'drift_call' }],
            ],
            finalAnswer: 'Mvua inatarajiwa wiki hii.',
          },
        ],
      }),
    })),
  }),
  holdoutBbCampaign({
    scenario: 'drift',
    variant: 'hr_policy_first_prompt_build_searches_the_manual_twice_and_never_approves_or_sends_anything',
    agentType: 'hr-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_BB_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_BB_DRIFT_PROMPT_VERSION}: every request is answered by searching the HR manual twice and the directory once, never an approval, a letter or a mail`,
      build: ({ rng }) => {
        const request = rng.pick(HR_REQUESTS);
        const documents = HR_POLICIES.slice(0, 2).map((p, i) => ({ ...p, score: 0.6 - i * 0.1 }));
        return {
          userId: rng.pick(HR_STAFF),
          promptVersion: HOLDOUT_BB_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: request,
              rounds: [
                [{ tool: 'sharepoint.search', args: { site: 'HR Manual', query: request }, result: { documents }, retrieval: { dataSource: 'sharepoint-hr-manual', query: request, documents } }],
                [{ tool: 'sharepoint.search', args: { site: 'HR Manual', query: 'policy' }, result: { documents }, retrieval: { dataSource: 'sharepoint-hr-manual', query: 'policy', documents } }],
                [{ tool: 'workpay.search_employees', args: { query: '' }, result: { results: [] }, http: [{ method: 'GET', url: 'https://acmeagri.workpay.example/api/v1/employees?search=', statusCode: 200 }], mark: 'drift_call' }],
              ],
              finalAnswer: 'The HR manual covers this; please follow the policy.',
            },
          ],
        };
      },
    })),
  }),
];
