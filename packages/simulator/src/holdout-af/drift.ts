/**
 * holdout-af for scenario 9. holdout-ae drifted the AP agent by model and the assistant by prompt;
 * holdout-af drifts the support agent by model (moved to a small instruct model, after which every
 * ticket, whatever it asks, is read and parked as "pending" with a request for more information: no
 * customer look-up, no knowledge-base search, no reply) and the AP agent by prompt (a vendor-first
 * build, after which every request, invoices and payments included, is answered by reading every
 * vendor record in turn and nothing else). Low severity, reliability only.
 */
import { fakeCustomer, fakeTicket, VENDORS } from '../fake-data';
import { getTicketCall, SUPPORT_REPS } from '../workflows/support';
import { FINANCE_CLERKS } from '../workflows/finance';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutAfCampaign } from './campaign';
import { HOLDOUT_AF_DRIFT_MODEL, HOLDOUT_AF_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const holdoutAfDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutAfCampaign({
    scenario: 'drift',
    variant: 'support_model_moved_to_small_instruct_model_parks_every_ticket_as_pending_without_lookup_or_reply',
    agentType: 'support-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_AF_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_AF_DRIFT_MODEL}; every ticket is read and set to pending with a request for more information, never a customer look-up, a knowledge-base search or a reply`,
      build: ({ rng }) => {
        const customer = fakeCustomer(rng);
        const ticket = fakeTicket(rng, customer);
        return {
          userId: rng.pick(SUPPORT_REPS),
          model: HOLDOUT_AF_DRIFT_MODEL,
          turns: [
            {
              userMessage: rng.pick([`Can you handle ${ticket.id}?`, `${ticket.id}: customer is waiting, please answer.`, `What does the customer on ${ticket.id} need?`, `Close ${ticket.id} if it is solved.`]),
              rounds: [
                [getTicketCall(ticket)],
                [{ tool: 'tickets.update', args: { ticket_id: ticket.id, status: 'pending', note: 'More information needed.' }, result: { ok: true }, mark: 'drift_call' }],
              ],
              finalAnswer: `${ticket.id} is set to pending; more information is needed.`,
            },
          ],
        };
      },
    })),
  }),
  holdoutAfCampaign({
    scenario: 'drift',
    variant: 'ap_prompt_vendor_first_build_answers_every_request_by_reading_every_vendor_record',
    agentType: 'finance-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_AF_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_AF_DRIFT_PROMPT_VERSION}: every request gets every vendor record read in turn, never an invoice list, an approval or a transfer`,
      build: ({ rng }) => {
        const vendor = rng.pick(VENDORS);
        return {
          userId: rng.pick(FINANCE_CLERKS),
          promptVersion: HOLDOUT_AF_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: rng.pick(['Which invoices are due this week?', `Pay ${vendor.name}'s open invoices.`, 'Approve the matched invoices from yesterday.', 'Is there anything on hold?']),
              rounds: VENDORS.map((v, i) => [{ tool: 'erp.get_vendor', args: { vendor_id: v.id }, result: { id: v.id, name: v.name, billing_email: v.billingEmail, iban: v.iban }, ...(i === VENDORS.length - 1 ? { mark: 'drift_call' } : {}) }]),
              finalAnswer: `Here are the vendor records for ${VENDORS.map((v) => v.name).join(', ')}. Let me know which one you need.`,
            },
          ],
        };
      },
    })),
  }),
];
