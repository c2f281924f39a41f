import type { AgentEvent } from '@warden/core';
import type { ArgumentField } from './arguments';
import { hasRecipientArgument, hasUrlArgument } from './indicators';

/** What a tool call is, as far as risk goes: where data can leave, what changes, what is read. */
export interface ToolTraits {
  /** Sends data out of the agent's boundary (mail, chat, webhook, HTTP POST, transfer). */
  readonly egress: boolean;
  /** Changes state somewhere (approve, update, delete, transfer, create, write). */
  readonly stateChanging: boolean;
  /** A state change with consequences beyond the record (approve, pay, delete, grant, execute). */
  readonly highImpact: boolean;
  /** Reads customer, employee, financial or secret records. */
  readonly sensitiveRead: boolean;
  /** Tool-name prefix before the first dot (`finance` for `finance.get_ledger`). */
  readonly dataDomain: string;
}

const EGRESS_VERBS = /(?:^|[._\s-])(send|post|publish|upload|webhook|reply|forward|share|notify|transfer|wire|tweet|sms|broadcast|submit|push|http_?request|request)(?:$|[._\s-]|_)/i;
const READ_VERBS = /(?:^|[._\s-])(get|search|query|read|export|list|fetch|lookup|find|download|dump|select|scan|retrieve|browse|open)(?:$|[._\s-]|_)/i;
const STATE_VERBS = /(?:^|[._\s-])(approve|update|delete|remove|transfer|create|write|insert|upsert|modify|grant|revoke|pay|exec|execute|deploy|drop|put|patch|set)(?:$|[._\s-]|_)/i;
const HIGH_IMPACT_VERBS = /(?:^|[._\s-])(approve|transfer|pay|payment|wire|delete|remove|drop|grant|revoke|exec|execute|deploy|refund)(?:$|[._\s-]|_)/i;
const SENSITIVE_DOMAINS = /(customer|crm|employee|hr|salary|salaries|payroll|finance|ledger|invoice|payment|bank|secret|credential|password|vault|users?|patient|ssn|personal|pii|contacts?)/i;

export function dataDomainOf(e: Pick<AgentEvent, 'kind' | 'name' | 'toolName'>): string {
  if (e.kind === 'memory_read' || e.kind === 'memory_write') return 'memory';
  const name = (e.toolName ?? e.name).toLowerCase();
  const dot = name.indexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

export function toolTraits(
  e: Pick<AgentEvent, 'kind' | 'name' | 'toolName'>,
  fields: readonly ArgumentField[],
  resources: readonly string[] = [],
): ToolTraits {
  const name = (e.toolName ?? e.name).toLowerCase();
  const dataDomain = dataDomainOf(e);
  const readLike = READ_VERBS.test(name) && !EGRESS_VERBS.test(name);
  const methodWrites = fields.some((f) => f.key === 'method' && /^(post|put|patch)$/i.test(f.value));
  const egress =
    e.kind === 'tool' &&
    (EGRESS_VERBS.test(name) ||
      (!readLike && hasRecipientArgument(fields)) ||
      (hasUrlArgument(fields) && (!readLike || methodWrites)));
  const stateChanging = e.kind === 'memory_write' || (e.kind === 'tool' && STATE_VERBS.test(name));
  const highImpact = e.kind === 'tool' && HIGH_IMPACT_VERBS.test(name);
  const sensitiveRead =
    (e.kind === 'tool' || e.kind === 'retrieval') &&
    READ_VERBS.test(name) &&
    (SENSITIVE_DOMAINS.test(name) || resources.some((r) => SENSITIVE_DOMAINS.test(r)));
  return { egress, stateChanging, highImpact, sensitiveRead, dataDomain };
}

/** Data domains whose first appearance is worth more than, say, a new calendar tool. */
export function isSensitiveDomain(domainOrResource: string): boolean {
  return SENSITIVE_DOMAINS.test(domainOrResource);
}
