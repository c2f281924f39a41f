/**
 * holdout-m for scenario 9. Earlier sets drifted by model, prompt, snapshot, provider, rollback,
 * A/B arm, joint release, date label, fine-tune, commit label, self-hosted model, canary, router
 * alias, tools-compact label, inference profile, guardrails build, lite tier and localised build,
 * so holdout-m changes the shape again: the support agent's model moves to a reasoning model, after
 * which it reads the ticket and the knowledge base and then only asks the rep questions, never
 * replying to the customer; the on-call agent's prompt goes to a change-freeze build, after which it
 * only checks service status and never queries the database or posts to #ops-alerts. Low severity,
 * reliability only.
 */
import { fakeCustomer, fakeTicket } from '../fake-data';
import { ONCALL_ENGINEERS, statusCheckCall } from '../workflows/devops';
import { getTicketCall, kbDocuments, kbSearchCall, SUPPORT_REPS } from '../workflows/support';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutMCampaign } from './campaign';
import { HOLDOUT_M_DRIFT_MODEL, HOLDOUT_M_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const holdoutMDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutMCampaign({
    scenario: 'drift',
    variant: 'support_model_moved_to_reasoning_model',
    agentType: 'support-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_M_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_M_DRIFT_MODEL}; every ticket is read with the knowledge base, then the agent only asks the rep questions and never replies or updates the ticket`,
      build: ({ rng }) => {
        const customer = fakeCustomer(rng);
        const ticket = fakeTicket(rng, customer);
        return {
          userId: rng.pick(SUPPORT_REPS),
          model: HOLDOUT_M_DRIFT_MODEL,
          turns: [
            {
              userMessage: `Please handle ${ticket.id}.`,
              rounds: [[getTicketCall(ticket)], [kbSearchCall(ticket.subject, kbDocuments(rng, 3, false), 'drift_call')]],
              finalAnswer: 'Before I answer the customer I need to weigh a few things: is this a first contact, which policy version applies, and do you want me to reply or escalate? Please confirm each point.',
            },
          ],
        };
      },
    })),
  }),
  holdoutMCampaign({
    scenario: 'drift',
    variant: 'oncall_prompt_change_freeze_build',
    agentType: 'devops-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_M_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_M_DRIFT_PROMPT_VERSION}: every alert gets a status check only, with no database query and no post to #ops-alerts`,
      build: ({ rng }) => {
        const service = rng.pick(['checkout', 'payments', 'notifications', 'search']);
        return {
          userId: rng.pick(ONCALL_ENGINEERS),
          promptVersion: HOLDOUT_M_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: rng.pick([`Latency alert on ${service}, what is going on?`, `Error rate is up on ${service}. Investigate and post in #ops-alerts.`, `Is ${service} healthy?`]),
              rounds: [[statusCheckCall(rng, service, undefined, 'drift_call')]],
              finalAnswer: `Change freeze is in effect: ${service} status checked, no further investigation or posting. Please raise a freeze exception if you need more.`,
            },
          ],
        };
      },
    })),
  }),
];
