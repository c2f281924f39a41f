import { ConfigError, SEVERITY_ORDER, severityRank, type RiskFinding, type Severity, type SignalType } from '@warden/core';
import { isActionKind, isDisruptive, isMoreDisruptive, isReversible } from './action-order';
import {
  ACTION_KINDS,
  type ActionKind,
  type ActionSpec,
  type AgentCriticality,
  type ApprovalRule,
  type CircuitBreakerRule,
  type Playbook,
  type PlaybookMatch,
  type ResponsePolicy,
} from './response-types';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * The policy Warden runs with when none is configured. Bands are exclusive: each severity gets
 * exactly its own steps. Only throttling runs without a human (it is reversible and expires);
 * quarantine and memory rollback wait for approval, and an unanswered quarantine falls back to
 * read-only mode, which still stops the agent from changing anything.
 */
export const DEFAULT_RESPONSE_POLICY: ResponsePolicy = deepFreeze<ResponsePolicy>({
  shadow: false,
  agents: [],
  playbooks: [
    { name: 'low-record', match: { minSeverity: 'low', maxSeverity: 'low' }, actions: [{ kind: 'record' }] },
    { name: 'medium-notify', match: { minSeverity: 'medium', maxSeverity: 'medium' }, actions: [{ kind: 'notify' }] },
    {
      name: 'high-throttle',
      match: { minSeverity: 'high', maxSeverity: 'high' },
      actions: [{ kind: 'notify' }, { kind: 'throttle', expiresAfterSeconds: 3600 }],
    },
    { name: 'critical-quarantine', match: { minSeverity: 'critical' }, actions: [{ kind: 'notify' }, { kind: 'quarantine' }] },
    { name: 'memory-poisoning-rollback', match: { minSeverity: 'high', signalTypes: ['memory_poisoning'] }, actions: [{ kind: 'memory_rollback' }] },
  ],
  defaultApproval: { approvers: 1, timeoutSeconds: 900, onTimeout: 'read_only' },
  defaultExpirySeconds: { throttle: 3600, read_only: 3600, quarantine: 86_400 },
  circuitBreaker: { windowSeconds: 600, maxActions: 20, maxOverrides: 5, cooldownSeconds: 900 },
});

// A Record over the union makes the compiler flag this list when a signal type is added to core.
const SIGNAL_TYPES: Readonly<Record<SignalType, true>> = {
  prompt_injection: true,
  data_exfiltration: true,
  new_destination: true,
  scope_deviation: true,
  volume_spike: true,
  rate_spike: true,
  tool_sequence: true,
  new_tool: true,
  new_external_host: true,
  resource_sweep: true,
  memory_poisoning: true,
  sensitive_data_egress: true,
  drift: true,
  correlation: true,
};
const CATEGORIES: readonly RiskFinding['category'][] = ['security', 'reliability'];
const CRITICALITIES: readonly AgentCriticality[] = ['standard', 'critical'];
const REVERSIBLE_KINDS = ACTION_KINDS.filter(isReversible);

type Raw = Record<string, unknown>;

function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

function list(values: readonly string[]): string {
  return values.join(', ');
}

/** Collects every problem so an operator fixes the whole file in one go, not one error per restart. */
class Problems {
  readonly items: string[] = [];

  add(path: string, text: string): void {
    this.items.push(`${path}: ${text}`);
  }

  unknownKeys(raw: Raw, known: readonly string[], path: string): void {
    for (const key of Object.keys(raw)) {
      if (!known.includes(key)) this.add(`${path}.${key}`, `unknown setting; check the spelling (known here: ${list(known)})`);
    }
  }

  positiveInteger(value: unknown, path: string, fallback: number): number {
    if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
    this.add(path, `must be a positive whole number (got ${show(value)})`);
    return fallback;
  }

  severity(value: unknown, path: string): Severity | undefined {
    if (value === undefined) return undefined;
    if (typeof value === 'string' && (SEVERITY_ORDER as readonly string[]).includes(value)) return value as Severity;
    this.add(path, `${show(value)} is not a severity; use one of ${list(SEVERITY_ORDER)}`);
    return undefined;
  }
}

const TOP_KEYS = ['shadow', 'agents', 'playbooks', 'defaultApproval', 'defaultExpirySeconds', 'circuitBreaker'];
const PLAYBOOK_KEYS = ['name', 'match', 'actions', 'shadow', 'approval'];
const MATCH_KEYS = ['minSeverity', 'maxSeverity', 'signalTypes', 'criticality', 'category'];
const ACTION_KEYS = ['kind', 'expiresAfterSeconds'];
const APPROVAL_KEYS = ['approvers', 'timeoutSeconds', 'onTimeout'];
const BREAKER_KEYS = ['windowSeconds', 'maxActions', 'maxOverrides', 'cooldownSeconds'];

function readAgents(raw: unknown, p: Problems): ResponsePolicy['agents'] {
  if (!Array.isArray(raw)) {
    p.add('policy.agents', `must be a list like [{ "match": "payments-*", "criticality": "critical" }] (got ${show(raw)})`);
    return [];
  }
  return raw.map((entry, i) => {
    const path = `policy.agents[${i}]`;
    if (!isObject(entry)) {
      p.add(path, `must be an object { "match": "<agent id or *-glob>", "criticality": "standard" | "critical" } (got ${show(entry)})`);
      return { match: '', criticality: 'standard' as const };
    }
    p.unknownKeys(entry, ['match', 'criticality'], path);
    const match = entry['match'];
    if (typeof match !== 'string' || match.trim() === '') p.add(`${path}.match`, `must be an agent id or a *-glob such as "payments-*" (got ${show(match)})`);
    const criticality = entry['criticality'];
    if (!CRITICALITIES.includes(criticality as AgentCriticality)) {
      p.add(`${path}.criticality`, `must be "standard" or "critical" (got ${show(criticality)})`);
    }
    return { match: String(match), criticality: criticality as AgentCriticality };
  });
}

/** A rule given as an object is laid over `base`, so `{ "approvers": 2 }` is enough to ask for two people. */
function readApprovalRule(raw: unknown, base: ApprovalRule, path: string, p: Problems): ApprovalRule {
  if (raw === undefined) return base;
  if (!isObject(raw)) {
    p.add(path, `must be an object { "approvers": 1 | 2, "timeoutSeconds": <n>, "onTimeout": "none" | <action> } (got ${show(raw)})`);
    return base;
  }
  p.unknownKeys(raw, APPROVAL_KEYS, path);
  const merged = { ...base, ...raw } as Raw;
  const approvers = merged['approvers'];
  if (approvers !== 1 && approvers !== 2) p.add(`${path}.approvers`, `must be 1, or 2 for the two-person rule (got ${show(approvers)})`);
  const timeoutSeconds = p.positiveInteger(merged['timeoutSeconds'], `${path}.timeoutSeconds`, base.timeoutSeconds);
  const onTimeout = merged['onTimeout'];
  if (onTimeout !== 'none' && !isActionKind(onTimeout)) {
    p.add(`${path}.onTimeout`, `must be "none" or one of ${list(ACTION_KINDS)} (got ${show(onTimeout)})`);
  }
  return {
    approvers: approvers === 2 ? 2 : 1,
    timeoutSeconds,
    onTimeout: onTimeout === 'none' || isActionKind(onTimeout) ? onTimeout : 'none',
  };
}

/**
 * Silence must never escalate: the step taken when nobody answers has to be milder than every
 * step of `kinds` that waits on the rule.
 */
function checkFallback(rule: ApprovalRule, kinds: readonly ActionKind[], path: string, p: Problems): void {
  if (rule.onTimeout === 'none') return;
  const fallback = rule.onTimeout;
  const offended = kinds.filter((kind) => !isMoreDisruptive(kind, fallback));
  if (offended.length === 0) return;
  const milder = ACTION_KINDS.filter((k) => offended.every((kind) => isMoreDisruptive(kind, k)));
  p.add(
    `${path}.onTimeout`,
    `${fallback} is as or more disruptive than ${list(offended)}, which it would replace when nobody answers; ` +
      `set "none"${milder.length > 0 ? ` or a milder step (${list(milder)})` : ''}`,
  );
}

function readMatch(raw: unknown, path: string, p: Problems): PlaybookMatch {
  if (!isObject(raw)) {
    p.add(path, `must be an object such as { "minSeverity": "high" } ({} matches every finding) (got ${show(raw)})`);
    return {};
  }
  p.unknownKeys(raw, MATCH_KEYS, path);
  const minSeverity = p.severity(raw['minSeverity'], `${path}.minSeverity`);
  const maxSeverity = p.severity(raw['maxSeverity'], `${path}.maxSeverity`);
  if (minSeverity !== undefined && maxSeverity !== undefined && severityRank(minSeverity) > severityRank(maxSeverity)) {
    p.add(path, `minSeverity ${minSeverity} is above maxSeverity ${maxSeverity}, so the playbook never matches; swap them`);
  }
  const match: { -readonly [K in keyof PlaybookMatch]: PlaybookMatch[K] } = {};
  if (minSeverity !== undefined) match.minSeverity = minSeverity;
  if (maxSeverity !== undefined) match.maxSeverity = maxSeverity;

  const signalTypes = raw['signalTypes'];
  if (signalTypes !== undefined) {
    if (!Array.isArray(signalTypes) || signalTypes.length === 0) {
      p.add(`${path}.signalTypes`, `must be a non-empty list of signal types, e.g. ["memory_poisoning"] (got ${show(signalTypes)})`);
    } else {
      signalTypes.forEach((t, i) => {
        if (typeof t !== 'string' || !Object.prototype.hasOwnProperty.call(SIGNAL_TYPES, t)) {
          p.add(`${path}.signalTypes[${i}]`, `${show(t)} is not a signal type; use one of ${list(Object.keys(SIGNAL_TYPES))}`);
        }
      });
      match.signalTypes = signalTypes as SignalType[];
    }
  }
  const criticality = raw['criticality'];
  if (criticality !== undefined) {
    if (!Array.isArray(criticality) || criticality.length === 0 || criticality.some((c) => !CRITICALITIES.includes(c as AgentCriticality))) {
      p.add(`${path}.criticality`, `must be a non-empty list of "standard" and/or "critical" (got ${show(criticality)})`);
    } else {
      match.criticality = criticality as AgentCriticality[];
    }
  }
  const category = raw['category'];
  if (category !== undefined) {
    if (!CATEGORIES.includes(category as RiskFinding['category'])) {
      p.add(`${path}.category`, `must be ${list(CATEGORIES.map((c) => `"${c}"`))} (got ${show(category)})`);
    } else {
      match.category = category as RiskFinding['category'];
    }
  }
  return match;
}

function readActions(raw: unknown, path: string, p: Problems): ActionSpec[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    p.add(path, `must list at least one action, e.g. [{ "kind": "notify" }] (got ${show(raw)})`);
    return [];
  }
  const seen = new Set<ActionKind>();
  const actions: ActionSpec[] = [];
  raw.forEach((entry, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(entry)) {
      p.add(at, `must be an object { "kind": <action>, "expiresAfterSeconds"?: <n> } (got ${show(entry)})`);
      return;
    }
    p.unknownKeys(entry, ACTION_KEYS, at);
    const kind = entry['kind'];
    if (!isActionKind(kind)) {
      p.add(`${at}.kind`, `${show(kind)} is not an action; use one of ${list(ACTION_KINDS)}`);
      return;
    }
    if (seen.has(kind)) p.add(`${at}.kind`, `${kind} is listed twice in this playbook; keep one`);
    seen.add(kind);
    const expires = entry['expiresAfterSeconds'];
    if (expires === undefined) {
      actions.push({ kind });
    } else if (!isReversible(kind)) {
      p.add(`${at}.expiresAfterSeconds`, `${kind} is not reversible, so it cannot expire; remove the setting`);
      actions.push({ kind });
    } else {
      actions.push({ kind, expiresAfterSeconds: p.positiveInteger(expires, `${at}.expiresAfterSeconds`, 1) });
    }
  });
  return actions;
}

function readPlaybooks(raw: unknown, defaultApproval: ApprovalRule, p: Problems): Playbook[] {
  if (!Array.isArray(raw)) {
    p.add('policy.playbooks', `must be a list of playbooks { "name", "match", "actions" } (got ${show(raw)})`);
    return [];
  }
  const names = new Map<string, number>();
  return raw.map((entry, i): Playbook => {
    const path = `policy.playbooks[${i}]`;
    if (!isObject(entry)) {
      p.add(path, `must be an object { "name", "match", "actions", "shadow"?, "approval"? } (got ${show(entry)})`);
      return { name: '', match: {}, actions: [] };
    }
    p.unknownKeys(entry, PLAYBOOK_KEYS, path);
    const name = entry['name'];
    if (typeof name !== 'string' || name.trim() === '') {
      p.add(`${path}.name`, `must be a non-empty name; decisions and the audit log refer to it (got ${show(name)})`);
    } else if (names.has(name)) {
      p.add(`${path}.name`, `"${name}" is already the name of playbooks[${names.get(name)}]; give each playbook its own name`);
    } else {
      names.set(name, i);
    }
    const match = readMatch(entry['match'], `${path}.match`, p);
    const actions = readActions(entry['actions'], `${path}.actions`, p);
    const playbook: { -readonly [K in keyof Playbook]: Playbook[K] } = { name: String(name), match, actions };

    const shadow = entry['shadow'];
    if (shadow !== undefined) {
      if (typeof shadow !== 'boolean') p.add(`${path}.shadow`, `must be true or false (got ${show(shadow)})`);
      else playbook.shadow = shadow;
    }
    const approval = entry['approval'];
    if (approval === 'not_required') {
      playbook.approval = 'not_required';
    } else if (approval !== undefined) {
      if (typeof approval === 'string') {
        p.add(`${path}.approval`, `must be "not_required" or an approval rule object (got ${show(approval)})`);
      } else {
        const rule = readApprovalRule(approval, defaultApproval, `${path}.approval`, p);
        // An explicit rule is checked against every step of the playbook it can hold back
        // (anything beyond record/notify may wait on it, on a critical agent).
        checkFallback(rule, actions.filter((a) => a.kind !== 'record' && a.kind !== 'notify').map((a) => a.kind), `${path}.approval`, p);
        playbook.approval = rule;
      }
    }
    return playbook;
  });
}

function readExpiries(raw: unknown, p: Problems): ResponsePolicy['defaultExpirySeconds'] {
  const base = DEFAULT_RESPONSE_POLICY.defaultExpirySeconds;
  if (raw === undefined) return base;
  if (!isObject(raw)) {
    p.add('policy.defaultExpirySeconds', `must be an object such as { "throttle": 3600 } (got ${show(raw)})`);
    return base;
  }
  const out: Partial<Record<ActionKind, number>> = { ...base };
  for (const [key, value] of Object.entries(raw)) {
    const path = `policy.defaultExpirySeconds.${key}`;
    if (!isActionKind(key)) p.add(path, `not an action kind; expiries exist for ${list(REVERSIBLE_KINDS)}`);
    else if (!isReversible(key)) p.add(path, `${key} is not reversible and has no expiry; remove it`);
    else out[key] = p.positiveInteger(value, path, base[key] ?? 1);
  }
  return out;
}

function readBreaker(raw: unknown, p: Problems): CircuitBreakerRule {
  const base = DEFAULT_RESPONSE_POLICY.circuitBreaker;
  if (raw === undefined) return base;
  if (!isObject(raw)) {
    p.add('policy.circuitBreaker', `must be an object { ${list(BREAKER_KEYS)} } (got ${show(raw)})`);
    return base;
  }
  p.unknownKeys(raw, BREAKER_KEYS, 'policy.circuitBreaker');
  const merged = { ...base, ...raw } as Raw;
  const field = (name: keyof CircuitBreakerRule): number => p.positiveInteger(merged[name], `policy.circuitBreaker.${name}`, base[name]);
  return {
    windowSeconds: field('windowSeconds'),
    maxActions: field('maxActions'),
    maxOverrides: field('maxOverrides'),
    cooldownSeconds: field('cooldownSeconds'),
  };
}

/**
 * The response policy from the parsed JSON policy file (`undefined` when there is none), laid
 * over `DEFAULT_RESPONSE_POLICY`: `shadow`, `agents` and `playbooks` replace the defaults as a
 * whole; `defaultApproval`, `defaultExpirySeconds` and `circuitBreaker` are merged field by field,
 * and a playbook's `approval` object is merged over `defaultApproval`. Throws `ConfigError`
 * naming every problem as `policy.<path>`.
 */
export function validateResponsePolicy(raw: unknown): ResponsePolicy {
  if (raw === undefined || raw === null) return DEFAULT_RESPONSE_POLICY;
  const p = new Problems();
  if (!isObject(raw)) {
    throw new ConfigError([`policy: must be a JSON object with any of ${list(TOP_KEYS)} (got ${show(raw)})`]);
  }
  p.unknownKeys(raw, TOP_KEYS, 'policy');

  let shadow = DEFAULT_RESPONSE_POLICY.shadow;
  if (raw['shadow'] !== undefined) {
    if (typeof raw['shadow'] === 'boolean') shadow = raw['shadow'];
    else p.add('policy.shadow', `must be true or false (got ${show(raw['shadow'])})`);
  }
  const agents = raw['agents'] === undefined ? DEFAULT_RESPONSE_POLICY.agents : readAgents(raw['agents'], p);
  const defaultApproval = readApprovalRule(raw['defaultApproval'], DEFAULT_RESPONSE_POLICY.defaultApproval, 'policy.defaultApproval', p);
  // The default rule holds back quarantine and memory rollback on every agent; throttle and
  // read-only only wait on it for critical agents, where the planner drops a fallback that
  // would not be milder (see planResponse).
  checkFallback(defaultApproval, ACTION_KINDS.filter(isDisruptive), 'policy.defaultApproval', p);
  const playbooks = raw['playbooks'] === undefined ? DEFAULT_RESPONSE_POLICY.playbooks : readPlaybooks(raw['playbooks'], defaultApproval, p);
  const defaultExpirySeconds = readExpiries(raw['defaultExpirySeconds'], p);
  const circuitBreaker = readBreaker(raw['circuitBreaker'], p);

  if (p.items.length > 0) throw new ConfigError(p.items);
  return deepFreeze({ shadow, agents, playbooks, defaultApproval, defaultExpirySeconds, circuitBreaker });
}
