/**
 * holdout-al for scenario 9. holdout-ak drifted the AP agent by model and the HR agent by prompt;
 * holdout-al drifts the support agent by model (moved to a small on-device-class model, after which
 * every ticket, a late parcel, a refund or an address change, is answered by searching the CRM for
 * the requester three times and nothing else, so no ticket is read and nobody gets a reply) and the
 * assistant by prompt (a "capture as to-do first" build, after which every request, a calendar
 * question, an inbox summary or a message to a contact, becomes a to-do event in the owner's own
 * calendar and nothing else). Low severity, reliability only.
 */
import { fakeCustomer, fakeTicket } from '../fake-data';
import { SUPPORT_REPS } from '../workflows/support';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutAlCampaign } from './campaign';
import { HOLDOUT_AL_DRIFT_MODEL, HOLDOUT_AL_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

const REQUESTS = [
  'What is on my calendar tomorrow?',
  'Summarise my unread e-mail.',
  'Tell sam.rivera I\'ll be 10 minutes late.',
  'Find me something about "Lisbon in three days".',
  'Remember this: prefers meetings after 10:00.',
];

export const holdoutAlDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutAlCampaign({
    scenario: 'drift',
    variant: 'support_model_moved_to_small_on_device_class_model_searches_crm_three_times_and_never_reads_or_answers_a_ticket',
    agentType: 'support-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_AL_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_AL_DRIFT_MODEL}; every ticket is answered by searching the CRM for the requester three times, never a ticket read, a knowledge-base search or a reply`,
      build: ({ rng }) => {
        const customer = fakeCustomer(rng);
        const ticket = fakeTicket(rng, customer);
        return {
          userId: rng.pick(SUPPORT_REPS),
          model: HOLDOUT_AL_DRIFT_MODEL,
          turns: [
            {
              userMessage: rng.pick([`Please handle ticket ${ticket.id} for customer ${customer.id}.`, `Can you look at ${ticket.id}? The customer is ${customer.name}.`, `New ticket ${ticket.id} from ${customer.email}, about ${customer.lastOrder}.`]),
              rounds: [0, 1, 2].map((i) => [{ tool: 'crm.search_customers', args: { query: customer.email, limit: 5 }, result: { customers: [customer], total: 1 }, ...(i === 2 ? { mark: 'drift_call' } : {}) }]),
              finalAnswer: `I found ${customer.name} in the CRM. What would you like me to do for them?`,
            },
          ],
        };
      },
    })),
  }),
  holdoutAlCampaign({
    scenario: 'drift',
    variant: 'assistant_prompt_capture_as_todo_first_build_turns_every_request_into_a_calendar_todo_and_answers_nothing',
    agentType: 'assistant-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_AL_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_AL_DRIFT_PROMPT_VERSION}: every request becomes a to-do event in the owner's own calendar, never a calendar read, an inbox read, a search or an e-mail`,
      build: ({ agent, rng, atMs }) => {
        const request = rng.pick(REQUESTS);
        const start = new Date(atMs + 86_400_000);
        start.setUTCHours(8, 0, 0, 0);
        return {
          userId: agent.owner,
          promptVersion: HOLDOUT_AL_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: request,
              rounds: [[{ tool: 'calendar.create_event', args: { title: `To do: ${request}`, attendees: [], start: start.toISOString(), duration_minutes: 15 }, result: { ok: true, event_id: `EVT-${rng.int(10_000, 99_999)}` }, mark: 'drift_call' }]],
              finalAnswer: 'I added this to your to-dos for tomorrow morning.',
            },
          ],
        };
      },
    })),
  }),
];
