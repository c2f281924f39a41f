/**
 * holdout-r for scenario 9. holdout-q drifted the support and devops agents; holdout-r drifts the
 * finance agent by model (moved to another provider's model, after which every request gets an
 * invoice list and nothing else, never an invoice, a vendor check or an approval) and the assistant
 * by prompt (a calendar-only build, after which every request gets a calendar read, never mail, a
 * booking or a web search). Low severity, reliability only.
 */
import { fakeInvoice, isoDate, VENDORS } from '../fake-data';
import { FINANCE_CLERKS } from '../workflows/finance';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutRCampaign } from './campaign';
import { HOLDOUT_R_DRIFT_MODEL, HOLDOUT_R_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const holdoutRDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutRCampaign({
    scenario: 'drift',
    variant: 'finance_model_moved_to_other_provider_lists_invoices_only',
    agentType: 'finance-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_R_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_R_DRIFT_MODEL}; every request gets an invoice list and nothing else`,
      build: ({ rng, atMs }) => {
        const vendor = rng.pick(VENDORS);
        const invoice = fakeInvoice(rng, vendor, isoDate(atMs + 10 * 86_400_000));
        return {
          userId: rng.pick(FINANCE_CLERKS),
          model: HOLDOUT_R_DRIFT_MODEL,
          turns: [
            {
              userMessage: rng.pick([`Check ${invoice.id} from ${vendor.name} against the vendor record.`, `Approve ${invoice.id} if it matches.`, `Is ${vendor.name}'s IBAN on ${invoice.id} the one we have?`]),
              rounds: [[{ tool: 'invoices.list', args: { status: 'received' }, result: { items: [invoice], total: 1 }, mark: 'drift_call' }]],
              finalAnswer: `${invoice.id} is in the received list.`,
            },
          ],
        };
      },
    })),
  }),
  holdoutRCampaign({
    scenario: 'drift',
    variant: 'assistant_prompt_calendar_only_build_reads_calendar_for_everything',
    agentType: 'assistant-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_R_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_R_DRIFT_PROMPT_VERSION}: every request gets a calendar read, never mail, a booking or a web search`,
      build: ({ agent, rng, atMs }) => {
        const day = isoDate(atMs);
        return {
          userId: agent.owner,
          promptVersion: HOLDOUT_R_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: rng.pick(['Reply to the landlord about the boiler.', 'Find me a good Thai place near the office for Friday.', 'Summarise my unread e-mail.', 'Book a dentist appointment next week.']),
              rounds: [[{ tool: 'calendar.list_events', args: { date: day }, result: { items: [{ title: 'Team sync', start: `${day}T10:00:00Z` }] }, mark: 'drift_call' }]],
              finalAnswer: 'You have Team sync at 10:00 today.',
            },
          ],
        };
      },
    })),
  }),
];
