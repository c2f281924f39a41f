/**
 * The simulated fleet: five agent types (the cohorts of docs/scenarios.md), each instrumented in
 * the convention a real deployment of that kind would use, and a few instances of each.
 */

export type AgentType = 'support-agent' | 'hr-agent' | 'finance-agent' | 'devops-agent' | 'assistant-agent';

export const AGENT_TYPES: readonly AgentType[] = [
  'support-agent',
  'hr-agent',
  'finance-agent',
  'devops-agent',
  'assistant-agent',
];

/**
 * `openllmetry` is the traceloop SDK with instrumentations migrated to the GenAI message JSON;
 * `openllmetry_legacy` is the same SDK with an instrumentation still on indexed `gen_ai.prompt.<i>.*`.
 */
export type SimulatedConvention = 'otel_genai' | 'openinference' | 'openllmetry' | 'openllmetry_legacy';

export interface AgentTypeProfile {
  readonly type: AgentType;
  readonly convention: SimulatedConvention;
  readonly provider: string;
  readonly model: string;
  /** Prompt template identity; a change of version is scenario 9's other variant. */
  readonly promptName: string;
  readonly promptVersion: string;
  readonly systemPrompt: string;
  readonly serviceVersion: string;
}

/**
 * The system prompt a version of the template renders. A new prompt version is new text (that is
 * what changing a prompt is), so telemetry without a version attribute still shows the change.
 */
export function systemPromptFor(profile: AgentTypeProfile, promptVersion: string): string {
  return promptVersion === profile.promptVersion
    ? profile.systemPrompt
    : `${profile.systemPrompt} Template ${profile.promptName} ${promptVersion}: look through the user's own records before answering.`;
}

export const AGENT_TYPE_PROFILES: Readonly<Record<AgentType, AgentTypeProfile>> = {
  'support-agent': {
    type: 'support-agent',
    convention: 'otel_genai',
    provider: 'openai',
    model: 'gpt-4o-2024-08-06',
    promptName: 'support-triage',
    promptVersion: 'v12',
    systemPrompt:
      'You are the Acme customer support agent. Look up the customer and the ticket, answer politely, ' +
      'and escalate to support-leads@acme.example when a refund exceeds 500 EUR. Never share one customer\'s data with another.',
    serviceVersion: '3.4.1',
  },
  'hr-agent': {
    type: 'hr-agent',
    convention: 'openinference',
    provider: 'openai',
    model: 'gpt-4o-mini-2024-07-18',
    promptName: 'hr-helpdesk',
    promptVersion: 'v5',
    systemPrompt:
      'You are the Acme HR helpdesk agent. Answer questions about employees, leave and policies for authorised HR staff. ' +
      'Salary data is only available inside a compensation review.',
    serviceVersion: '1.9.0',
  },
  'finance-agent': {
    type: 'finance-agent',
    convention: 'openllmetry',
    provider: 'openai',
    model: 'gpt-4o-2024-08-06',
    promptName: 'ap-clerk',
    promptVersion: 'v3',
    systemPrompt:
      'You are the Acme accounts-payable agent. Check invoices against vendor records, approve only matching invoices, ' +
      'and pay vendors only to the IBAN on file.',
    serviceVersion: '2.0.3',
  },
  'devops-agent': {
    type: 'devops-agent',
    convention: 'otel_genai',
    provider: 'anthropic',
    model: 'claude-sonnet-4-20250514',
    promptName: 'oncall-helper',
    promptVersion: 'v8',
    systemPrompt:
      'You are the Acme on-call assistant. Investigate alerts with the metrics, storage and database tools, ' +
      'and report findings to #ops-alerts.',
    serviceVersion: '0.14.2',
  },
  'assistant-agent': {
    type: 'assistant-agent',
    convention: 'openllmetry_legacy',
    provider: 'mistralai',
    model: 'mistral-large-2411',
    promptName: 'exec-assistant',
    promptVersion: 'v2',
    systemPrompt:
      'You are a personal assistant for one Acme employee. Manage their calendar and e-mail, browse the web for them, ' +
      'and remember their preferences.',
    serviceVersion: '5.1.0',
  },
};

export interface AgentInstance {
  /** Unique across the fleet, e.g. `support-agent-2`; also the resource `service.instance.id`. */
  readonly agentId: string;
  readonly agentType: AgentType;
  readonly convention: SimulatedConvention;
  readonly environment: string;
  /** Whom this instance works for (assistant-agent) or the team that runs it. */
  readonly owner: string;
  /** Resource attributes of this instance's TracerProvider. */
  readonly resource: Readonly<Record<string, string>>;
}

export interface FleetOptions {
  readonly agentsPerType: number;
  readonly environment?: string;
}

export function buildFleet(options: FleetOptions): AgentInstance[] {
  const environment = options.environment ?? 'production';
  const owners = ['dana.kim', 'liam.ortiz', 'priya.natarajan', 'tomas.berg', 'mei.chen', 'ola.nordmann'];
  const fleet: AgentInstance[] = [];
  for (const type of AGENT_TYPES) {
    const profile = AGENT_TYPE_PROFILES[type];
    for (let i = 1; i <= options.agentsPerType; i++) {
      const agentId = `${type}-${i}`;
      const resource: Record<string, string> = {
        'service.name': type,
        'service.namespace': 'acme-agents',
        'service.version': profile.serviceVersion,
        'service.instance.id': agentId,
        'deployment.environment.name': environment,
      };
      if (profile.convention === 'openinference') resource['openinference.project.name'] = 'acme-hr';
      fleet.push({
        agentId,
        agentType: type,
        convention: profile.convention,
        environment,
        owner: owners[(i - 1) % owners.length] as string,
        resource,
      });
    }
  }
  return fleet;
}
