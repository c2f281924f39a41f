import type { AgentCriticality, ResponsePolicy } from './response-types';

/** `*` matches any run of characters; everything else is literal (agent ids contain dots and dashes). */
function globToRegExp(pattern: string): RegExp {
  const body = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`);
}

/**
 * The agent's blast radius as the policy names it: the first `agents` entry that matches wins,
 * so specific entries go before broad globs. Unlisted agents are `standard`.
 */
export function criticalityOf(agentId: string, policy: Pick<ResponsePolicy, 'agents'>): AgentCriticality {
  for (const entry of policy.agents) {
    if (globToRegExp(entry.match).test(agentId)) return entry.criticality;
  }
  return 'standard';
}
