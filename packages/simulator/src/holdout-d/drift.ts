/**
 * holdout-d for scenario 9: a model or prompt change after which the tool mix shifts, on the two
 * agent type/change pairs no other corpus uses: the on-call agent changes model (and now checks
 * status and queries metrics on every question, never touching the database or storage), the
 * assistant changes prompt version (and searches memory and reads the inbox on every question,
 * never browsing). Low severity, reliability only.
 */
import { memoryStoreId } from '../workflows/assistant';
import { ONCALL_ENGINEERS, statusCheckCall } from '../workflows/devops';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutDCampaign } from './campaign';
import { HOLDOUT_D_DRIFT_MODEL, HOLDOUT_D_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

const SERVICES = ['checkout', 'search', 'auth', 'notifications'];
const ERRANDS = ['book a table for Thursday', 'find a gift for Sam', 'plan the Lisbon trip', 'draft a thank-you note'];

export const holdoutDDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutDCampaign({
    scenario: 'drift',
    variant: 'oncall_model_change',
    agentType: 'devops-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_D_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `${HOLDOUT_D_DRIFT_MODEL} replaces claude-sonnet-4; status.check then three metrics queries on every question, no db.query, no storage`,
      build: ({ rng }) => {
        const service = rng.pick(SERVICES);
        const q = (fn: string): { tool: string; args: Record<string, unknown>; result: unknown } => ({ tool: 'metrics.query', args: { query: `${fn}{service="${service}"}`, range: '30m' }, result: { series: [{ service, value: rng.int(1, 900) }] } });
        return {
          userId: rng.pick(ONCALL_ENGINEERS),
          model: HOLDOUT_D_DRIFT_MODEL,
          turns: [
            {
              userMessage: `Anything wrong with ${service}?`,
              rounds: [[statusCheckCall(rng, service)], [q('up')], [q('rate(http_requests_total[5m])')], [{ ...q('rate(http_errors_total[5m])'), mark: 'drift_call' }]],
              finalAnswer: `${service} looks fine on status and metrics.`,
            },
          ],
        };
      },
    })),
  }),
  holdoutDCampaign({
    scenario: 'drift',
    variant: 'assistant_prompt_change',
    agentType: 'assistant-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_D_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_D_DRIFT_PROMPT_VERSION} replaces v2; a memory search, two inbox reads and a calendar look-up on every question, web search never`,
      build: ({ rng, agent }) => {
        const errand = rng.pick(ERRANDS);
        const read = { tool: 'email.read_inbox', args: { folder: 'INBOX', query: errand, limit: 5 }, result: { messages: [] } };
        return {
          userId: agent.owner,
          promptVersion: HOLDOUT_D_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: `Help me ${errand}.`,
              memoryBefore: [{ operation: 'search_memory', storeId: memoryStoreId(agent), query: errand, records: [] }],
              rounds: [[read], [{ ...read, args: { folder: 'Archive', query: errand, limit: 5 } }], [{ tool: 'calendar.list_events', args: { date: 'this_week' }, result: { items: [] }, mark: 'drift_call' }]],
              finalAnswer: `Nothing in your mail or calendar about "${errand}" yet; tell me more and I will take it from there.`,
            },
          ],
        };
      },
    })),
  }),
];
