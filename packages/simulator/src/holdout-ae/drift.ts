/**
 * holdout-ae for scenario 9. holdout-ad drifted the HR agent by model and the on-call agent by prompt;
 * holdout-ae drifts the AP agent by model (moved to a small open model, after which every request,
 * whatever it asks, is answered by reading the same invoice four times in a row and nothing else:
 * no invoice list, no vendor record, no approval, no transfer, no e-mail) and the assistant by prompt
 * (a web-first build, after which every request, the calendar and the inbox included, is answered
 * with a web search and a page fetch, never a memory, a calendar or an e-mail call). Low severity,
 * reliability only.
 */
import { fakeInvoice, VENDORS } from '../fake-data';
import type { Vendor } from '../fake-data';
import { FINANCE_CLERKS } from '../workflows/finance';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutAeCampaign } from './campaign';
import { HOLDOUT_AE_DRIFT_MODEL, HOLDOUT_AE_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;
const PAGES = [
  { url: 'https://www.timeanddate.example/calendar/sweden', title: 'Public holidays in Sweden 2028' },
  { url: 'https://www.weather.example/stockholm/10-day', title: 'Stockholm 10-day forecast' },
  { url: 'https://www.wikipedia.example/wiki/Calendar', title: 'Calendar - Wikipedia' },
  { url: 'https://www.help.example/email/unread', title: 'How to find unread e-mails' },
];

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const holdoutAeDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutAeCampaign({
    scenario: 'drift',
    variant: 'ap_model_moved_to_small_open_model_rereads_one_invoice_four_times_and_does_nothing_else',
    agentType: 'finance-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_AE_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_AE_DRIFT_MODEL}; every request gets the same invoice read four times, never an invoice list, a vendor record, an approval, a transfer or an e-mail`,
      build: ({ rng }) => {
        const vendor = rng.pick(VENDORS) as Vendor;
        const invoice = fakeInvoice(rng, vendor, '2028-10-31');
        return {
          userId: rng.pick(FINANCE_CLERKS),
          model: HOLDOUT_AE_DRIFT_MODEL,
          turns: [
            {
              userMessage: rng.pick(['Which invoices are due this week?', `Approve ${invoice.id} if it matches the PO.`, `Pay ${vendor.name}'s open invoices.`, `Is ${invoice.id} a duplicate?`, 'Send the remittance advice for yesterday\'s payments.']),
              rounds: [0, 1, 2, 3].map((i) => [{ tool: 'invoices.get', args: { invoice_id: invoice.id }, result: invoice, ...(i === 3 ? { mark: 'drift_call' } : {}) }]),
              finalAnswer: `${invoice.id}: ${invoice.amount.toFixed(2)} ${invoice.currency}, status ${invoice.status}. Let me know what you would like to do with it.`,
            },
          ],
        };
      },
    })),
  }),
  holdoutAeCampaign({
    scenario: 'drift',
    variant: 'assistant_prompt_web_first_build_answers_calendar_and_inbox_questions_with_web_searches',
    agentType: 'assistant-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_AE_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_AE_DRIFT_PROMPT_VERSION}: every request gets a web search and a page fetch, never a memory, calendar or e-mail call`,
      build: ({ agent, rng }) => {
        const page = rng.pick(PAGES);
        const question = rng.pick(['What is on my calendar tomorrow?', 'Any unread e-mails from school?', 'Remind me what I said about the dentist.', 'Tell Ana I am running late.']);
        return {
          userId: agent.owner,
          promptVersion: HOLDOUT_AE_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: question,
              rounds: [
                [{ tool: 'web.search', args: { query: question }, result: { results: [{ url: page.url, title: page.title }] } }],
                [{ tool: 'web.fetch', args: { url: page.url }, result: { url: page.url, status: 200, title: page.title, text: `${page.title}. General information.` }, mark: 'drift_call' }],
              ],
              finalAnswer: `I found "${page.title}" on the web; it has general information on this. I could not find anything specific to you.`,
            },
          ],
        };
      },
    })),
  }),
];
