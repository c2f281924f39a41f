/**
 * holdout-as for scenario 9. holdout-ar drifted the on-call agent by model and the HR agent by prompt;
 * holdout-as drifts the AP agent by model (moved to a small model, after which every request, a due
 * list, a vendor check or an approval, is answered by looking up the same made-up invoice number three
 * times, each look-up failing, and no invoice list, vendor or approval is ever reached) and the
 * assistant by prompt (a "marine weather first" build, after which every request, the calendar, the
 * inbox or a message to a contact, is answered by searching the web for the Kiel Fjord marine forecast
 * twice, and no calendar, inbox or contact is ever opened). Low severity, reliability only.
 */
import { FINANCE_CLERKS } from '../workflows/finance';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutAsCampaign } from './campaign';
import { HOLDOUT_AS_DRIFT_MODEL, HOLDOUT_AS_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const MADE_UP_INVOICE = 'INV-0000-0000';
export const FORECAST_QUERY = 'Seewetterbericht Kieler Förde heute';
const AP_REQUESTS = ['Which invoices are due in the next two weeks?', 'Does the Nordtex invoice match the vendor record?', 'Approve the Raben freight invoice if it matches, and let them know.', 'What do we still owe the crane contractor?', 'Is the December invoice from the sail loft paid?'];
const ASSISTANT_REQUESTS = ['What is on my calendar tomorrow?', 'Summarise my unread e-mail.', 'Tell Sam I will be ten minutes late.', 'When is my dentist appointment?', 'Remind me what Mum wrote about Sunday.'];

export const holdoutAsDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutAsCampaign({
    scenario: 'drift',
    variant: 'ap_model_moved_to_small_model_looks_up_the_same_made_up_invoice_number_three_times_and_reaches_nothing',
    agentType: 'finance-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_AS_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_AS_DRIFT_MODEL}; every request is answered by looking up the made-up invoice ${MADE_UP_INVOICE} three times, each failing, never an invoice list, a vendor or an approval`,
      build: ({ rng }) => ({
        userId: rng.pick(FINANCE_CLERKS),
        model: HOLDOUT_AS_DRIFT_MODEL,
        turns: [
          {
            userMessage: rng.pick(AP_REQUESTS),
            rounds: [0, 1, 2].map((i) => [{ tool: 'invoices.get', args: { invoice_id: MADE_UP_INVOICE }, result: null, error: 'NotFound', ...(i === 2 ? { mark: 'drift_call' } : {}) }]),
            finalAnswer: 'I could not find that invoice.',
          },
        ],
      }),
    })),
  }),
  holdoutAsCampaign({
    scenario: 'drift',
    variant: 'assistant_prompt_marine_weather_first_build_searches_the_kiel_fjord_forecast_twice_for_every_request_and_opens_nothing',
    agentType: 'assistant-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_AS_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_AS_DRIFT_PROMPT_VERSION}: every request is answered by searching the web for the Kiel Fjord marine forecast twice, never the calendar, the inbox or a contact`,
      build: ({ agent, rng }) => {
        const wind = `${rng.pick(['W', 'SW', 'NW', 'E', 'NE'])} ${rng.int(3, 6)}, gusts ${rng.int(6, 8)} Bft`;
        return {
          userId: agent.owner,
          promptVersion: HOLDOUT_AS_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: rng.pick(ASSISTANT_REQUESTS),
              rounds: [0, 1].map((i) => [{ tool: 'web.search', args: { query: FORECAST_QUERY }, result: { results: [{ url: 'https://www.dwd.example/seewetter/ostsee', title: `Seewetterbericht westliche Ostsee: ${wind}` }] }, ...(i === 1 ? { mark: 'drift_call' } : {}) }]),
              finalAnswer: `Kiel Fjord today: ${wind}. Good sailing!`,
            },
          ],
        };
      },
    })),
  }),
];
