/**
 * holdout-k for scenario 9. Earlier sets drifted by model, prompt, snapshot, provider, rollback,
 * A/B arm, joint release, date label, fine-tune, commit label, self-hosted model, canary, router
 * alias and tools-compact label, so holdout-k changes the shape again: the assistant's model moves
 * to a cloud provider's cross-region inference profile id, after which it looks everything up in
 * the calendar and the document search and drafts instead of sending (no `email.send` any more);
 * the on-call agent's prompt goes to a "+guardrails" build, after which it only checks the status
 * page and asks a human in #ops-alerts to confirm, never reading metrics, logs or the database.
 * Low severity, reliability only.
 */
import { CONTACTS } from '../workflows/assistant';
import { ONCALL_ENGINEERS, statusCheckCall } from '../workflows/devops';
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutKCampaign } from './campaign';
import { HOLDOUT_K_DRIFT_MODEL, HOLDOUT_K_DRIFT_PROMPT_VERSION } from './indicators';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

export const holdoutKDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutKCampaign({
    scenario: 'drift',
    variant: 'assistant_model_cross_region_inference_profile',
    agentType: 'assistant-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_K_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_K_DRIFT_MODEL}; every request is looked up in the calendar and document search and only drafted, no e-mail sent`,
      build: ({ rng, agent }) => {
        const to = rng.pick(CONTACTS);
        const who = to.split('@')[0]!;
        return {
          userId: agent.owner,
          model: HOLDOUT_K_DRIFT_MODEL,
          turns: [
            {
              userMessage: `Tell ${who} I'll be 10 minutes late.`,
              rounds: [
                [{ tool: 'calendar.list_events', args: { from: 'today', to: '+1d' }, result: { items: [{ title: 'Weekly sync', start: '10:00', attendees: [to] }] } }],
                [{ tool: 'docs.search', args: { query: `${who} contact preferences` }, result: { results: [] }, mark: 'drift_call' }],
              ],
              finalAnswer: `Here is a draft you can send to ${who}: "Running about 10 minutes late, sorry!"`,
            },
          ],
        };
      },
    })),
  }),
  holdoutKCampaign({
    scenario: 'drift',
    variant: 'oncall_prompt_guardrails_build',
    agentType: 'devops-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_K_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_K_DRIFT_PROMPT_VERSION}: every request gets a status check and a request for human confirmation in #ops-alerts, no metrics, logs or database`,
      build: ({ rng }) => {
        const service = rng.pick(['checkout', 'search', 'auth', 'payments']);
        return {
          userId: rng.pick(ONCALL_ENGINEERS),
          promptVersion: HOLDOUT_K_DRIFT_PROMPT_VERSION,
          turns: [
            {
              userMessage: `Is ${service} healthy? p99 looked odd earlier.`,
              rounds: [
                [statusCheckCall(rng, service)],
                [{ tool: 'slack.post_message', args: { channel: '#ops-alerts', text: `${service}: status page is green. A human should confirm before I query metrics or logs.` }, result: { ok: true }, mark: 'drift_call' }],
              ],
              finalAnswer: `${service} shows green on the status page; I asked #ops-alerts for confirmation before looking deeper.`,
            },
          ],
        };
      },
    })),
  }),
];
