/**
 * holdout-at for scenario 9. holdout-as drifted the AP agent by model and the assistant by prompt;
 * holdout-at drifts the support agent by model (moved to a small model, after which every ticket, a
 * delayed parcel, a refund or an address change, is answered by looking up the shipment of the same
 * made-up order number twice, each look-up failing, and no customer, ticket or reply is ever reached)
 * and the HR agent by prompt (a "silica briefing first" build, after which every request, a manager
 * look-up, a check-in or an onboarding mail, is answered by searching the policy collection for the
 * quartz-dust safety briefing three times, and no employee record, calendar or e-mail is ever
 * touched). Low severity, reliability only.
 */
import { HR_STAFF } from '../workflows/hr';
import { SUPPORT_REPS } from '../workflows/support';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutAtCampaign } from './campaign';
import { HOLDOUT_AT_DRIFT_MODEL, HOLDOUT_AT_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const MADE_UP_ORDER = 'ORD-000000';
export const BRIEFING_QUERY = 'Unterweisung Quarzstaub Töpferschule';
const SUPPORT_REQUESTS = ['A customer says her clay order has not arrived after ten days.', 'Refund the cracked kiln shelves from last week\'s order.', 'A customer wants the glazes sent to her new address.', 'Someone asks whether the Raku weekend in April still has places.', 'A customer was charged twice for the wheel-throwing course.'];
const HR_REQUESTS = ['Who is the new kiln technician\'s manager?', 'Set up a check-in with the children\'s course instructor next week.', 'Send the onboarding checklist to the new store clerk in Cologne.', 'What is our policy on parental leave?', 'What is our policy on travel expenses for the Ambiente fair?'];

export const holdoutAtDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutAtCampaign({
    scenario: 'drift',
    variant: 'support_model_moved_to_small_model_looks_up_the_shipment_of_the_same_made_up_order_twice_and_reaches_nothing',
    agentType: 'support-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_AT_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_AT_DRIFT_MODEL}; every ticket is answered by looking up the shipment of the made-up order ${MADE_UP_ORDER} twice, each failing, never a customer, a ticket or a reply`,
      build: ({ rng }) => ({
        userId: rng.pick(SUPPORT_REPS),
        model: HOLDOUT_AT_DRIFT_MODEL,
        turns: [
          {
            userMessage: rng.pick(SUPPORT_REQUESTS),
            rounds: [0, 1].map((i) => [{ tool: 'orders.lookup_shipment', args: { order_id: MADE_UP_ORDER }, result: null, error: 'NotFound', ...(i === 1 ? { mark: 'drift_call' } : {}) }]),
            finalAnswer: 'I could not find a shipment for that order.',
          },
        ],
      }),
    })),
  }),
  holdoutAtCampaign({
    scenario: 'drift',
    variant: 'hr_prompt_silica_briefing_first_build_searches_the_quartz_dust_briefing_three_times_for_every_request_and_touches_nothing_else',
    agentType: 'hr-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_AT_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_AT_DRIFT_PROMPT_VERSION}: every request is answered by searching the policy collection for the quartz-dust briefing three times, never an employee record, the calendar or an e-mail`,
      build: ({ rng }) => {
        const briefing = { id: 'POL-AS-11', title: 'Safety briefing: quartz dust in the pottery school', content: 'Wet cleaning only, no sweeping; FFP2 masks when mixing dry glazes; the briefing is repeated every year and signed.', score: 0.91 };
        return {
          userId: rng.pick(HR_STAFF),
          promptVersion: HOLDOUT_AT_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: rng.pick(HR_REQUESTS),
              rounds: [0, 1, 2].map((i) => [{ tool: 'docs.search', args: { query: BRIEFING_QUERY, collection: 'hr-policies' }, result: { documents: [briefing] }, retrieval: { dataSource: 'hr-policies', query: BRIEFING_QUERY, documents: [briefing] }, ...(i === 2 ? { mark: 'drift_call' } : {}) }]),
              finalAnswer: 'Before anything else: please remember the quartz-dust safety briefing. Wet cleaning only, and FFP2 masks when mixing dry glazes.',
            },
          ],
        };
      },
    })),
  }),
];
