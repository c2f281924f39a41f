/**
 * holdout-j for scenario 9. Earlier sets drifted by model, prompt, snapshot, provider, rollback,
 * A/B arm, joint release, date label, fine-tune, commit label, self-hosted model and canary, so
 * holdout-j changes the shape again: the support agent's model is moved behind a router alias
 * (`openrouter/auto`, which picks a model per request), after which it answers tickets from the
 * knowledge base alone and never opens the customer or replies; the finance agent's prompt goes to
 * a "tools-compact" label that trims the tool descriptions, after which it answers every invoice
 * question from the vendor record without opening the invoice. Low severity, reliability only.
 */
import { fakeCustomer, fakeInvoice, fakeTicket, isoDate, VENDORS } from '../fake-data';
import { FINANCE_CLERKS } from '../workflows/finance';
import { kbDocuments, kbSearchCall, SUPPORT_REPS } from '../workflows/support';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutJCampaign } from './campaign';
import { HOLDOUT_J_DRIFT_MODEL, HOLDOUT_J_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const holdoutJDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutJCampaign({
    scenario: 'drift',
    variant: 'support_model_behind_router_alias',
    agentType: 'support-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_J_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_J_DRIFT_MODEL} (a per-request router); tickets are answered from the KB alone, the customer never opened, no reply sent`,
      build: ({ rng }) => {
        const customer = fakeCustomer(rng);
        const ticket = fakeTicket(rng, customer);
        return {
          userId: rng.pick(SUPPORT_REPS),
          model: HOLDOUT_J_DRIFT_MODEL,
          turns: [
            {
              userMessage: `Handle ${ticket.id}: ${ticket.subject}`,
              rounds: [[kbSearchCall(ticket.subject, kbDocuments(rng, 3, false), 'drift_call')]],
              finalAnswer: `Suggested KB articles for ${ticket.id}; nothing sent to the customer.`,
            },
          ],
        };
      },
    })),
  }),
  holdoutJCampaign({
    scenario: 'drift',
    variant: 'ap_prompt_tools_compact_label',
    agentType: 'finance-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_J_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_J_DRIFT_PROMPT_VERSION}: every invoice question is answered from the vendor record, the invoice never opened`,
      build: ({ rng, atMs }) => {
        const vendor = rng.pick(VENDORS);
        const invoice = fakeInvoice(rng, vendor, isoDate(atMs + 14 * 86_400_000));
        return {
          userId: rng.pick(FINANCE_CLERKS),
          promptVersion: HOLDOUT_J_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: `Does invoice ${invoice.id} match the vendor record?`,
              rounds: [[{ tool: 'erp.get_vendor', args: { vendor_id: vendor.id }, result: vendor, mark: 'drift_call' }]],
              finalAnswer: `${vendor.name} is an active vendor with bank details on file.`,
            },
          ],
        };
      },
    })),
  }),
];
