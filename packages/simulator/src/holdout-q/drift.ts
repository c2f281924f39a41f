/**
 * holdout-q for scenario 9. Earlier sets drifted by model, prompt, snapshot, provider, rollback,
 * A/B arm, fine-tune, small and lite tiers, router alias, localised, batch-only, escalate-first and
 * handbook-only builds, mostly on the finance and HR agents, so holdout-q drifts the other two: the
 * support agent moves to a larger reasoning model, after which every ticket gets a knowledge-base
 * search and nothing else, never the order, the customer or a reply; the devops prompt goes to an
 * advisory-only build, after which every request gets a runbook search, never a metric, a query or a
 * status check. Low severity, reliability only.
 */
import { fakeCustomer, fakeTicket } from '../fake-data';
import { ONCALL_ENGINEERS } from '../workflows/devops';
import { SUPPORT_REPS } from '../workflows/support';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutQCampaign } from './campaign';
import { HOLDOUT_Q_DRIFT_MODEL, HOLDOUT_Q_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const holdoutQDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutQCampaign({
    scenario: 'drift',
    variant: 'support_model_moved_to_reasoning_model_answers_from_kb_only',
    agentType: 'support-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_Q_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_Q_DRIFT_MODEL}; every ticket gets a knowledge-base search and nothing else`,
      build: ({ rng }) => {
        const customer = fakeCustomer(rng);
        const ticket = fakeTicket(rng, customer);
        return {
          userId: rng.pick(SUPPORT_REPS),
          model: HOLDOUT_Q_DRIFT_MODEL,
          turns: [
            {
              userMessage: rng.pick([`Answer ${ticket.id}.`, `${ticket.id}: ${ticket.subject}. Sort it out.`, `Pick up ${ticket.id} and reply to the customer.`]),
              rounds: [[{ tool: 'kb.search', args: { query: ticket.subject, limit: 3 }, result: { articles: [{ id: 'kb-general-help', title: 'Contacting support', snippet: 'Most questions are answered in our help centre.' }] }, mark: 'drift_call' }]],
              finalAnswer: 'Our help centre article "Contacting support" covers this; I suggest the customer reads it.',
            },
          ],
        };
      },
    })),
  }),
  holdoutQCampaign({
    scenario: 'drift',
    variant: 'devops_prompt_advisory_only_build_searches_runbooks',
    agentType: 'devops-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_Q_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_Q_DRIFT_PROMPT_VERSION}: every request gets a runbook search, never a metric, query or status check`,
      build: ({ rng }) => {
        const service = rng.pick(['checkout', 'search', 'payments-gateway', 'auth']);
        return {
          userId: rng.pick(ONCALL_ENGINEERS),
          promptVersion: HOLDOUT_Q_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: rng.pick([`Is ${service} healthy right now?`, `What is ${service}'s p99 latency over the last hour?`, `Did the last deploy of ${service} fail?`]),
              rounds: [[{ tool: 'docs.search', args: { query: `${service} runbook`, collection: 'runbooks' }, result: { documents: [{ id: `runbook-${service}`, title: `${service} runbook`, content: 'Check the dashboard and the last deploy.', score: 0.52 }] }, mark: 'drift_call' }]],
              finalAnswer: `The ${service} runbook says to check the dashboard and the last deploy; I can only advise in this mode.`,
            },
          ],
        };
      },
    })),
  }),
];
