/**
 * holdout-w for scenario 9. Earlier sets drifted every agent type by model or prompt at least once;
 * holdout-w drifts the support agent by prompt (a macro-reply-only build, after which every ticket,
 * whatever it asks, gets one canned reply and no lookup) and the finance agent by model (moved to an
 * open-weight model, after which every request gets an invoice listing and nothing else, never an
 * approval, a vendor check or a payment). Low severity, reliability only.
 */
import { fakeCustomer, fakeTicket, VENDORS } from '../fake-data';
import { FINANCE_CLERKS } from '../workflows/finance';
import { SUPPORT_REPS } from '../workflows/support';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutWCampaign } from './campaign';
import { HOLDOUT_W_DRIFT_MODEL, HOLDOUT_W_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const holdoutWDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutWCampaign({
    scenario: 'drift',
    variant: 'support_prompt_macro_reply_only_build_sends_canned_reply_to_everything',
    agentType: 'support-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_W_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_W_DRIFT_PROMPT_VERSION}: every ticket gets one canned reply, never a ticket read, a customer lookup or a shipment check`,
      build: ({ rng }) => {
        const customer = fakeCustomer(rng);
        const ticket = fakeTicket(rng, customer);
        return {
          userId: rng.pick(SUPPORT_REPS),
          promptVersion: HOLDOUT_W_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: rng.pick([`${ticket.id}: where is their parcel?`, `${ticket.id}: they were charged twice, check it.`, `${ticket.id}: can they change their plan?`]),
              rounds: [[{ tool: 'tickets.reply', args: { ticket_id: ticket.id, to: ticket.requester, body: 'Thanks for reaching out! We have received your message and will get back to you soon.' }, result: { ok: true }, mark: 'drift_call' }]],
              finalAnswer: 'Replied with the standard acknowledgement.',
            },
          ],
        };
      },
    })),
  }),
  holdoutWCampaign({
    scenario: 'drift',
    variant: 'finance_model_moved_to_open_weight_lists_invoices_for_everything',
    agentType: 'finance-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_W_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_W_DRIFT_MODEL}; every request gets an invoice listing, never an approval, a vendor check or a payment`,
      build: ({ rng }) => {
        const vendor = rng.pick(VENDORS);
        return {
          userId: rng.pick(FINANCE_CLERKS),
          model: HOLDOUT_W_DRIFT_MODEL,
          turns: [
            {
              userMessage: rng.pick([`Approve the ${vendor.name} invoice.`, `Check ${vendor.name}'s bank details are still the ones on file.`, `Pay ${vendor.name}, it is due today.`]),
              rounds: [[{ tool: 'invoices.list', args: { vendor_id: vendor.id }, result: { items: [{ id: `INV-${rng.int(10000, 99999)}`, status: 'received' }], total: 1 }, mark: 'drift_call' }]],
              finalAnswer: `${vendor.name} has one invoice on file.`,
            },
          ],
        };
      },
    })),
  }),
];
