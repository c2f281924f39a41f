/**
 * holdout-h for scenario 9. Every agent type has already drifted by model, by prompt, by snapshot,
 * provider, rollback, A/B arm, a joint release and a date label, so holdout-h changes the shape
 * again: the finance agent moves to a fine-tune of its own base model (an `ft:` id), after which it
 * lists received invoices before every check and stops reading the vendor record; the support
 * agent's prompt is pinned to a git commit label, after which it searches the KB on every ticket
 * and never opens the customer record. Low severity, reliability only.
 */
import { fakeCustomer, fakeInvoice, fakeTicket, VENDORS } from '../fake-data';
import { FINANCE_CLERKS } from '../workflows/finance';
import { getTicketCall, kbDocuments, kbSearchCall, replyCall, SUPPORT_REPS } from '../workflows/support';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutHCampaign } from './campaign';
import { HOLDOUT_H_DRIFT_MODEL, HOLDOUT_H_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const holdoutHDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutHCampaign({
    scenario: 'drift',
    variant: 'finance_fine_tuned_model',
    agentType: 'finance-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_H_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `${HOLDOUT_H_DRIFT_MODEL} replaces its base model; received invoices are listed before every check and the vendor record is never read`,
      build: ({ rng, atMs }) => {
        const vendor = rng.pick(VENDORS);
        const invoice = fakeInvoice(rng, vendor, new Date(atMs + 14 * 86_400_000).toISOString().slice(0, 10));
        return {
          userId: rng.pick(FINANCE_CLERKS),
          model: HOLDOUT_H_DRIFT_MODEL,
          turns: [
            {
              userMessage: `Does invoice ${invoice.id} match the vendor record?`,
              rounds: [
                [{ tool: 'invoices.list', args: { status: 'received', vendor_id: vendor.id }, result: { items: [invoice], total: 1 } }],
                [{ tool: 'invoices.get', args: { invoice_id: invoice.id }, result: invoice, mark: 'drift_call' }],
              ],
              finalAnswer: `${invoice.id} is in the received list for ${vendor.name}, ${invoice.amount} EUR.`,
            },
          ],
        };
      },
    })),
  }),
  holdoutHCampaign({
    scenario: 'drift',
    variant: 'support_prompt_commit_label',
    agentType: 'support-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_H_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_H_DRIFT_PROMPT_VERSION}: the KB is searched on every ticket, the customer record never opened`,
      build: ({ rng }) => {
        const customer = fakeCustomer(rng);
        const ticket = fakeTicket(rng, customer);
        return {
          userId: rng.pick(SUPPORT_REPS),
          promptVersion: HOLDOUT_H_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: `Please take ${ticket.id}.`,
              rounds: [[getTicketCall(ticket)], [{ ...kbSearchCall(ticket.subject, kbDocuments(rng, 3, false)), mark: 'drift_call' }], [replyCall(ticket, customer, rng)]],
              finalAnswer: `${ticket.id} answered from the KB.`,
            },
          ],
        };
      },
    })),
  }),
];
