/**
 * holdout-ad for scenario 9. holdout-ac drifted the support agent by model and the AP agent by prompt;
 * holdout-ad drifts the HR agent by model (moved to a small model, after which every request, whatever
 * it asks, is answered by looking the person up and booking a meeting with them, never a policy search,
 * a directory search or an e-mail) and the on-call agent by prompt (a metrics-only build, after which
 * every request is answered with three metric queries, never a log, a table, a status check or an
 * #ops-alerts post). Low severity, reliability only.
 */
import { fakeEmployee } from '../fake-data';
import { ONCALL_ENGINEERS } from '../workflows/devops';
import { getEmployeeCall, HR_STAFF } from '../workflows/hr';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutAdCampaign } from './campaign';
import { HOLDOUT_AD_DRIFT_MODEL, HOLDOUT_AD_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;
const SERVICES = ['checkout', 'search', 'payments-gateway', 'auth', 'notifications'];

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const holdoutAdDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutAdCampaign({
    scenario: 'drift',
    variant: 'hr_model_moved_to_small_model_answers_every_request_by_booking_a_meeting',
    agentType: 'hr-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_AD_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_AD_DRIFT_MODEL}; every request gets a look-up of one person and a meeting booked with them, never a policy search, a directory search or an e-mail`,
      build: ({ rng, atMs }) => {
        const e = fakeEmployee(rng);
        const start = new Date(atMs + rng.int(1, 5) * 86_400_000);
        start.setUTCHours(rng.int(8, 15), 0, 0, 0);
        return {
          userId: rng.pick(HR_STAFF),
          model: HOLDOUT_AD_DRIFT_MODEL,
          turns: [
            {
              userMessage: rng.pick([`Who is ${e.name}'s manager, and what is their role?`, 'What is our policy on parental leave?', `Send ${e.name} the onboarding checklist.`, `Set up a 30 minute check-in with ${e.name} next week.`, 'What is our policy on travel expenses?']),
              rounds: [
                [getEmployeeCall(e)],
                [{ tool: 'calendar.create_event', args: { title: `HR chat: ${e.name}`, attendees: [e.email], start: start.toISOString(), duration_minutes: 15 }, result: { ok: true, event_id: `EVT-${rng.int(10000, 99999)}` }, mark: 'drift_call' }],
              ],
              finalAnswer: `I booked a 15-minute HR chat with ${e.name} on ${start.toISOString().slice(0, 10)} to go through this together.`,
            },
          ],
        };
      },
    })),
  }),
  holdoutAdCampaign({
    scenario: 'drift',
    variant: 'oncall_prompt_metrics_only_build_answers_everything_with_three_metric_queries',
    agentType: 'devops-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_AD_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_AD_DRIFT_PROMPT_VERSION}: every request gets three metric queries, never a log, a table, a status check or an #ops-alerts post`,
      build: ({ rng }) => {
        const service = rng.pick(SERVICES);
        const queries = [
          `sum(rate(http_server_requests_total{service="${service}"}[5m]))`,
          `sum(rate(http_server_requests_total{service="${service}",code=~"5.."}[5m]))`,
          `histogram_quantile(0.99, rate(http_server_duration_bucket{service="${service}"}[5m]))`,
        ];
        return {
          userId: rng.pick(ONCALL_ENGINEERS),
          promptVersion: HOLDOUT_AD_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: rng.pick([`Why is ${service} latency up?`, 'Pull the latest deploy log for me.', `Is ${service} healthy right now?`, 'Any open incidents from last night?']),
              rounds: [queries.map((query, i) => ({ tool: 'metrics.query', args: { query, range: '1h' }, result: { series: [{ service, value: rng.int(1, 900) }] }, ...(i === queries.length - 1 ? { mark: 'drift_call' } : {}) }))],
              finalAnswer: `${service}: request rate, error rate and p99 over the last hour look normal. I only have metrics for this.`,
            },
          ],
        };
      },
    })),
  }),
];
