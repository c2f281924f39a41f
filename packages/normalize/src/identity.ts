import type { SessionIdSource } from '@warden/core';
import type { OtlpAttributes } from '@warden/otlp';
import { boundText } from './bounded-text';
import type { NormalizeLimits } from './limits';
import type { TraceContextValues } from './trace-context-cache';
import { attrString } from './values';

/** Synthetic key: `agent_id` inside OpenInference's `metadata` JSON, its only place for one. */
const METADATA_AGENT_ID = 'metadata.agent_id';
// metadata is an app-supplied JSON object; a larger one is not worth parsing for one key.
const MAX_METADATA_CHARS = 4096;

/**
 * Attributes that describe the agent or the conversation rather than the span, and so are
 * inherited from ancestors and remembered per trace. `service.*` is not among them: it belongs
 * to the process that emitted the span and is always read from the span's own resource.
 */
export const INHERITED_IDENTITY_KEYS = [
  'warden.agent.type',
  'warden.agent.id',
  'gen_ai.agent.id',
  'gen_ai.main_agent.id',
  'gen_ai.agent.name',
  'agent.name',
  'gen_ai.main_agent.name',
  'traceloop.workflow.name',
  'gen_ai.agent.version',
  'gen_ai.conversation.id',
  'session.id',
  'traceloop.association.properties.session_id',
  METADATA_AGENT_ID,
] as const;

export interface AgentIdentity {
  readonly agentId: string;
  readonly agentType: string;
  readonly agentName?: string;
  readonly agentVersion?: string;
  readonly sessionId: string;
  readonly sessionIdSource: SessionIdSource;
}

/** The identity attributes one attribute set carries, bounded. */
export function identityValues(attributes: OtlpAttributes, limits: NormalizeLimits): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of INHERITED_IDENTITY_KEYS) {
    const v = attrString(attributes, key);
    if (v !== undefined) values[key] = boundText(v, limits.maxIdentityChars);
  }
  const metadata = attrString(attributes, 'metadata');
  if (metadata !== undefined && metadata.length <= MAX_METADATA_CHARS && metadata.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(metadata);
      const id = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>)['agent_id'] : undefined;
      if (typeof id === 'string' && id.trim() !== '') values[METADATA_AGENT_ID] = boundText(id.trim(), limits.maxIdentityChars);
    } catch {
      // Not JSON: metadata is free-form, nothing to take from it.
    }
  }
  // OpenLLMetry's @agent spans name the agent in traceloop.entity.name.
  if (values['gen_ai.agent.name'] === undefined && attrString(attributes, 'traceloop.span.kind') === 'agent') {
    const entity = attrString(attributes, 'traceloop.entity.name');
    if (entity !== undefined) values['gen_ai.agent.name'] = boundText(entity, limits.maxIdentityChars);
  }
  return values;
}

export interface IdentitySources {
  /** The span's own identity values, then its resource's, then each ancestor's nearest first. */
  readonly chain: readonly TraceContextValues[];
  /** What earlier spans of the trace left in the cache. */
  readonly cached: TraceContextValues | undefined;
  /** The span's own resource attributes (service.name, service.version). */
  readonly resource: OtlpAttributes;
  readonly traceId: string;
}

/**
 * Resolve identity attribute by attribute: each key is looked up along the whole chain before
 * the next, lower-priority key is tried, so an agent id on the root span beats a service-name
 * fallback on the child.
 */
export function resolveIdentity(sources: IdentitySources, limits: NormalizeLimits): AgentIdentity {
  const get = (key: (typeof INHERITED_IDENTITY_KEYS)[number]): string | undefined => {
    for (const values of sources.chain) {
      const v = values[key];
      if (v !== undefined) return v;
    }
    return sources.cached?.[key];
  };
  const bound = (s: string): string => boundText(s, limits.maxIdentityChars);
  const serviceName = mapOptional(attrString(sources.resource, 'service.name'), bound);
  const serviceVersion = mapOptional(attrString(sources.resource, 'service.version'), bound);

  const agentName = get('gen_ai.agent.name') ?? get('agent.name') ?? get('gen_ai.main_agent.name');
  // An explicit warden.agent.id is the operator's override; OpenInference has no agent id of its
  // own, so an `agent_id` in its metadata is the app's declaration. service.instance.id is
  // deliberately not used: it changes with every process restart and would split one agent's history.
  const agentId =
    get('warden.agent.id') ??
    get('gen_ai.agent.id') ??
    get('gen_ai.main_agent.id') ??
    get(METADATA_AGENT_ID) ??
    (serviceName !== undefined && agentName !== undefined ? bound(`${serviceName}/${agentName}`) : undefined) ??
    serviceName ??
    agentName ??
    'unknown_service';
  const agentType =
    get('warden.agent.type') ??
    get('gen_ai.agent.name') ??
    get('agent.name') ??
    get('traceloop.workflow.name') ??
    serviceName ??
    'unknown_service';
  const agentVersion = get('gen_ai.agent.version') ?? serviceVersion;

  let sessionId: string;
  let sessionIdSource: SessionIdSource;
  const conversation = get('gen_ai.conversation.id');
  const session = get('session.id') ?? get('traceloop.association.properties.session_id');
  if (conversation !== undefined) {
    sessionId = conversation;
    sessionIdSource = 'conversation';
  } else if (session !== undefined) {
    sessionId = session;
    sessionIdSource = 'session';
  } else {
    sessionId = sources.traceId;
    sessionIdSource = 'trace';
  }

  return {
    agentId,
    agentType,
    ...(agentName === undefined ? {} : { agentName }),
    ...(agentVersion === undefined ? {} : { agentVersion }),
    sessionId,
    sessionIdSource,
  };
}

function mapOptional<T, U>(v: T | undefined, f: (t: T) => U): U | undefined {
  return v === undefined ? undefined : f(v);
}
