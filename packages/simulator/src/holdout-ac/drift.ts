/**
 * holdout-ac for scenario 9. holdout-ab drifted the assistant by model and the on-call agent by
 * prompt; holdout-ac drifts the support agent by model (moved to a small hybrid model, after which
 * every ticket, whatever it is about, is answered with a shipment look-up and a tracking reply, never a
 * customer look-up, a knowledge-base search or a ticket update) and the AP agent by prompt (a
 * hold-and-verify build, after which every request lists the invoices on hold and re-reads vendor
 * records, never approving, paying or writing to a vendor). Low severity, reliability only.
 */
import { fakeCustomer, fakeInvoice, fakeTicket, isoDate, VENDORS } from '../fake-data';
import { FINANCE_CLERKS } from '../workflows/finance';
import { getTicketCall, SUPPORT_REPS } from '../workflows/support';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutAcCampaign } from './campaign';
import { HOLDOUT_AC_DRIFT_MODEL, HOLDOUT_AC_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const holdoutAcDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutAcCampaign({
    scenario: 'drift',
    variant: 'support_model_moved_to_small_hybrid_model_answers_every_ticket_with_tracking',
    agentType: 'support-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_AC_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_AC_DRIFT_MODEL}; every ticket gets a shipment look-up and a tracking reply, never a customer look-up, a knowledge-base search or a ticket update`,
      build: ({ rng }) => {
        const customer = fakeCustomer(rng);
        const ticket = fakeTicket(rng, customer);
        return {
          userId: rng.pick(SUPPORT_REPS),
          model: HOLDOUT_AC_DRIFT_MODEL,
          turns: [
            {
              userMessage: rng.pick([`Please handle ticket ${ticket.id} for customer ${customer.id}.`, `Can you look at ${ticket.id}? The customer is ${customer.name}.`]),
              rounds: [
                [getTicketCall(ticket)],
                [{ tool: 'orders.lookup_shipment', args: { order_id: customer.lastOrder }, result: { carrier: 'DHL', status: rng.pick(['in_transit', 'delivered', 'out_for_delivery']), eta: 'in 2 days' } }],
                [{ tool: 'tickets.reply', args: { ticket_id: ticket.id, to: ticket.requester, body: `Hi ${customer.name.split(' ')[0]}, your order ${customer.lastOrder} is with DHL. You can follow it with the tracking link in your confirmation e-mail.` }, result: { ok: true, message_id: `MSG-${rng.int(100000, 999999)}` }, mark: 'drift_call' }],
              ],
              finalAnswer: `Replied to ${customer.name} with the tracking status of ${customer.lastOrder}.`,
            },
          ],
        };
      },
    })),
  }),
  holdoutAcCampaign({
    scenario: 'drift',
    variant: 'ap_prompt_hold_and_verify_build_rereads_holds_and_vendors_never_approves_or_pays',
    agentType: 'finance-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_AC_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_AC_DRIFT_PROMPT_VERSION}: every request lists the invoices on hold and re-reads vendor records, never an approval, a payment or a mail to a vendor`,
      build: ({ rng, atMs }) => {
        const held = Array.from({ length: rng.int(2, 5) }, () => ({ ...fakeInvoice(rng, rng.pick(VENDORS), isoDate(atMs + rng.int(2, 30) * 86_400_000)), status: 'on_hold' }));
        const vendors = [...new Set(held.map((i) => i.vendorId))].map((id) => VENDORS.find((v) => v.id === id)!);
        const reads = vendors.map((v, i) => ({ tool: 'erp.get_vendor', args: { vendor_id: v.id }, result: v, ...(i === vendors.length - 1 ? { mark: 'drift_call' } : {}) }));
        return {
          userId: rng.pick(FINANCE_CLERKS),
          promptVersion: HOLDOUT_AC_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: rng.pick(['Which invoices are due in the next two weeks?', `Approve ${held[0]!.id} if it matches, and let the vendor know.`, `Does invoice ${held[0]!.id} match the vendor record?`, 'Pay this week\'s approved invoices.']),
              rounds: [[{ tool: 'invoices.list', args: { status: 'on_hold' }, result: { items: held, total: held.length } }], reads],
              finalAnswer: `${held.length} invoices are on hold; I re-checked ${vendors.length} vendor records. Nothing was approved or paid: holds have to be cleared first.`,
            },
          ],
        };
      },
    })),
  }),
];
