/**
 * holdout-o for scenario 9. Earlier sets drifted by model, prompt, snapshot, provider, rollback,
 * A/B arm, joint release, date label, fine-tune, commit label, self-hosted and hosted open-weights
 * models, canary, router alias, batch-only and other prompt builds, so holdout-o changes the shape
 * again: the on-call agent moves to a small hosted model, after which every question gets a status
 * page check and nothing else, never a log, query or metric; the support prompt goes to an
 * escalate-first build, after which every ticket is escalated to a human without reading the
 * customer or replying. Low severity, reliability only.
 */
import { fakeCustomer, fakeTicket } from '../fake-data';
import { ONCALL_ENGINEERS, statusCheckCall } from '../workflows/devops';
import { SUPPORT_REPS } from '../workflows/support';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutOCampaign } from './campaign';
import { HOLDOUT_O_DRIFT_MODEL, HOLDOUT_O_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const holdoutODrift: ScenarioBuilder = (): Campaign[] => [
  holdoutOCampaign({
    scenario: 'drift',
    variant: 'oncall_model_moved_to_small_hosted_model',
    agentType: 'devops-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_O_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_O_DRIFT_MODEL}; every question gets one status-page check and nothing else`,
      build: ({ rng }) => {
        const service = rng.pick(['checkout', 'payments', 'search', 'notifications']);
        return {
          userId: rng.pick(ONCALL_ENGINEERS),
          model: HOLDOUT_O_DRIFT_MODEL,
          turns: [
            {
              userMessage: rng.pick([`Why is ${service} throwing 500s?`, `Check the last deploys of ${service} for errors.`, `Is the ${service} database under load?`]),
              rounds: [[statusCheckCall(rng, service, undefined, 'drift_call')]],
              finalAnswer: `The status page lists ${service} as operational. I cannot see more detail.`,
            },
          ],
        };
      },
    })),
  }),
  holdoutOCampaign({
    scenario: 'drift',
    variant: 'support_prompt_escalate_first_build',
    agentType: 'support-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_O_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_O_DRIFT_PROMPT_VERSION}: every ticket is escalated to a human without looking up the customer or replying`,
      build: ({ rng }) => {
        const ticket = fakeTicket(rng, fakeCustomer(rng));
        return {
          userId: rng.pick(SUPPORT_REPS),
          promptVersion: HOLDOUT_O_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: rng.pick([`Please handle ${ticket.id}.`, `${ticket.id}: where is the customer's order?`, `Answer ${ticket.id}, it is a simple one.`]),
              rounds: [[{ tool: 'tickets.update', args: { ticket_id: ticket.id, status: 'escalated', group: 'tier-2', note: 'Escalated per policy.' }, result: { ok: true }, mark: 'drift_call' }]],
              finalAnswer: `${ticket.id} has been escalated to tier 2.`,
            },
          ],
        };
      },
    })),
  }),
];
