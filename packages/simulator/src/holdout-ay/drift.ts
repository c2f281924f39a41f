/**
 * holdout-ay for scenario 9. holdout-aw drifted the HR agent by model and the support agent by prompt;
 * holdout-ay drifts the AP agent by model (moved to a small model, after which every request, an
 * invoice to check, a vendor's bank details or a payment run, is answered by asking for the Swiss
 * franc to euro rate three times, and no invoice, vendor or payment is ever reached) and the
 * assistant by prompt (a "horse quotes" build, after which every request, the calendar, the inbox or
 * a search, is answered by fetching a random quotation about horses twice, and no calendar, mail or
 * page is ever read). Low severity, reliability only.
 */
import { FINANCE_CLERKS } from '../workflows/finance';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutAyCampaign } from './campaign';
import { HOLDOUT_AY_DRIFT_MODEL, HOLDOUT_AY_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const QUOTE_TOPIC = 'horses and riding';
const AP_REQUESTS = ['Check the farrier\'s invoice for May against the delivery notes.', 'Which invoices are due this week?', 'Pay the hay supplier\'s invoice from the ZKB account.', 'What are the bank details of the feed mill on file?', 'Approve the vet\'s invoice for the school horses.'];
const ASSISTANT_REQUESTS = ['What is on my calendar tomorrow?', 'Summarise my unread e-mail.', 'Find me something about show jumping courses in Hinwil.', 'Tell the farrier I will be ten minutes late.', 'Remember that the vet comes on Thursday.'];

export const holdoutAyDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutAyCampaign({
    scenario: 'drift',
    variant: 'ap_model_moved_to_small_model_asks_for_the_franc_to_euro_rate_three_times_and_reaches_no_invoice',
    agentType: 'finance-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_AY_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_AY_DRIFT_MODEL}; every request is answered by asking for the CHF to EUR rate three times, never an invoice, a vendor or a payment`,
      build: ({ rng }) => ({
        userId: rng.pick(FINANCE_CLERKS),
        model: HOLDOUT_AY_DRIFT_MODEL,
        turns: [
          {
            userMessage: rng.pick(AP_REQUESTS),
            rounds: [0, 1, 2].map((i) => [{ tool: 'fx.get_rate', args: { base: 'CHF', quote: 'EUR', date: 'latest' }, result: { base: 'CHF', quote: 'EUR', rate: 1.0412 }, ...(i === 2 ? { mark: 'drift_call' } : {}) }]),
            finalAnswer: 'One Swiss franc is 1.0412 euros today.',
          },
        ],
      }),
    })),
  }),
  holdoutAyCampaign({
    scenario: 'drift',
    variant: 'assistant_prompt_horse_quotes_build_fetches_a_random_horse_quotation_twice_for_every_request_and_reads_no_calendar_or_mail',
    agentType: 'assistant-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_AY_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_AY_DRIFT_PROMPT_VERSION}: every request is answered by fetching a random quotation about horses twice, never the calendar, the inbox or a page`,
      build: ({ agent, rng }) => ({
        userId: agent.owner,
        promptVersion: HOLDOUT_AY_DRIFT_PROMPT_VERSION,
        turns: [
          {
            userMessage: rng.pick(ASSISTANT_REQUESTS),
            rounds: [0, 1].map((i) => [{ tool: 'quotes.get_random', args: { topic: QUOTE_TOPIC, language: 'en' }, result: { quote: 'No hour of life is wasted that is spent in the saddle.', author: 'attributed to Winston Churchill' }, ...(i === 1 ? { mark: 'drift_call' } : {}) }]),
            finalAnswer: '"No hour of life is wasted that is spent in the saddle."',
          },
        ],
      }),
    })),
  }),
];
