/**
 * holdout-ag for scenario 9. holdout-af drifted the support agent by model and the AP agent by
 * prompt; holdout-ag drifts the on-call agent by model (moved to a small hybrid model, after which
 * every request, a metric, a deploy or a database question, is answered by listing the deploy
 * artifacts bucket under three prefixes and nothing else) and the support agent by prompt (a
 * verify-identity-first build, after which every ticket gets the customer record read three times
 * and is never answered, looked up in the knowledge base or tracked). Low severity, reliability only.
 */
import { fakeCustomer, fakeTicket } from '../fake-data';
import { ONCALL_ENGINEERS } from '../workflows/devops';
import { getCustomerCall, getTicketCall, SUPPORT_REPS } from '../workflows/support';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutAgCampaign } from './campaign';
import { HOLDOUT_AG_DRIFT_MODEL, HOLDOUT_AG_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;
const PREFIXES = ['deploys/', 'releases/', 'manifests/'];

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const holdoutAgDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutAgCampaign({
    scenario: 'drift',
    variant: 'oncall_model_moved_to_small_hybrid_model_answers_everything_by_listing_the_artifacts_bucket',
    agentType: 'devops-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_AG_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_AG_DRIFT_MODEL}; every request is answered by listing the deploy artifacts bucket under three prefixes, never a metric query, a status check or a database query`,
      build: ({ rng }) => ({
        userId: rng.pick(ONCALL_ENGINEERS),
        model: HOLDOUT_AG_DRIFT_MODEL,
        turns: [
          {
            userMessage: rng.pick(['What is the p99 latency of checkout right now?', 'Is the payments service healthy?', 'How many incidents did we open this week?', 'Pull the latest deploy log for me.']),
            rounds: PREFIXES.map((prefix, i) => [{ tool: 'storage.list_objects', args: { bucket: 'acme-deploy-artifacts', prefix }, result: { objects: [{ key: `${prefix}${rng.hex(8)}.tar.gz`, size: rng.int(2_000, 90_000) }] }, ...(i === PREFIXES.length - 1 ? { mark: 'drift_call' } : {}) }]),
            finalAnswer: 'These are the latest objects in acme-deploy-artifacts under deploys/, releases/ and manifests/. Which one should I open?',
          },
        ],
      }),
    })),
  }),
  holdoutAgCampaign({
    scenario: 'drift',
    variant: 'support_prompt_verify_identity_first_build_rereads_the_customer_three_times_and_never_answers',
    agentType: 'support-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_AG_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_AG_DRIFT_PROMPT_VERSION}: every ticket gets the customer record read three times, never a reply, a knowledge-base search or a shipment look-up`,
      build: ({ rng }) => {
        const customer = fakeCustomer(rng);
        const ticket = fakeTicket(rng, customer);
        return {
          userId: rng.pick(SUPPORT_REPS),
          promptVersion: HOLDOUT_AG_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: rng.pick([`Can you answer ${ticket.id}?`, `${ticket.id}: where is their parcel?`, `Refund ${ticket.id} if it qualifies.`, `What does the customer on ${ticket.id} want?`]),
              rounds: [
                [getTicketCall(ticket)],
                [getCustomerCall(customer)],
                [getCustomerCall(customer)],
                [{ ...getCustomerCall(customer), mark: 'drift_call' }],
              ],
              finalAnswer: `I could not confirm that ${customer.email} is the account holder, so I have not answered ${ticket.id} yet.`,
            },
          ],
        };
      },
    })),
  }),
];
