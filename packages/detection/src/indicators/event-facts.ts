import { recordsReturned, type AgentEvent } from '@warden/core';
import { parseArgumentFields, type ArgumentField } from './arguments';
import { blockedTargetsFromArguments, destinationsFromArguments, hostOfUrl, isDataResource, resourcesFromArguments, type Destination } from './indicators';
import { publicAudience } from './public-audience';
import { createsCredential, storesSecret } from './credential-provisioning';
import { blocksWhatItNames, toolTraits, type ToolTraits } from './tool-traits';
import { safeKey } from '../internal/safe-key';

/** What every detector and the learner want to know about one span, derived once. */
export interface EventFacts {
  /** The span is an action the agent took (tool, retrieval, memory op), not model or glue. */
  readonly isCall: boolean;
  /** Tool name for calls (`crm.get_customer`, `search_memory`). */
  readonly tool: string;
  readonly fields: readonly ArgumentField[];
  readonly traits: ToolTraits;
  /** Where an egress call sends data (recipient-like arguments, URL host, peer host). */
  readonly destinations: readonly Destination[];
  /** Named resources from arguments (`table:customers`). */
  readonly resources: readonly string[];
  /**
   * What a blocking call stops (`vendor:vend-004` for a payment block): counted with the session's
   * resources, so blocking dozens at once is a sweep, but never a data resource the agent read.
   */
  readonly blockedTargets: readonly string[];
  readonly records?: number;
  /** Remote host this span talked to (HTTP client spans, plugin calls); never the LLM endpoint. */
  readonly host?: string;
  /** The call provisions an integration: creates a credential at its issuer, or stores a secret. */
  readonly provisioning?: 'creates_credential' | 'stores_secret';
  /**
   * What the call returned, flattened like its arguments: parsed on first ask and kept, and empty for
   * a result longer than MAX_RESULT_PARSED.
   */
  readonly resultFields: () => readonly ArgumentField[];
}

/** What a call created comes back small; a longer result is a listing, not read for its audience. */
export const MAX_RESULT_PARSED = 16_000;

const CALL_KINDS = new Set<AgentEvent['kind']>(['tool', 'retrieval', 'memory_read', 'memory_write']);

export function eventFacts(e: AgentEvent): EventFacts {
  const isCall = CALL_KINDS.has(e.kind);
  const tool = safeKey((e.toolName ?? e.name).trim());
  const fields = isCall ? parseArgumentFields(e.toolArguments) : [];
  const resources = resourcesFromArguments(fields).map(safeKey);
  let parsedResult: ArgumentField[] | undefined;
  const resultFields = (): ArgumentField[] => (parsedResult ??= e.toolResult !== undefined && e.toolResult.length <= MAX_RESULT_PARSED ? parseArgumentFields(e.toolResult) : []);
  const rawTraits = toolTraits(e, fields, resources.filter(isDataResource), resultFields);
  const traits = { ...rawTraits, dataDomain: safeKey(rawTraits.dataDomain) };
  let host = e.kind === 'llm' || e.peerHost === undefined ? undefined : safeKey(e.peerHost.toLowerCase());
  if (host === undefined && e.kind !== 'llm' && typeof e.attributes['url.full'] === 'string') {
    const h = hostOfUrl(e.attributes['url.full']);
    if (h !== undefined) host = safeKey(h);
  }
  const blockedTargets = e.kind === 'tool' && blocksWhatItNames(tool) ? blockedTargetsFromArguments(fields, traits.dataDomain).map(safeKey) : [];
  const destinations = traits.egress ? destinationsFromArguments(fields, true, traits.grantsAccess).map((d) => ({ kind: d.kind, value: safeKey(d.value) })) : [];
  if (traits.publishes) destinations.push({ kind: 'channel', value: safeKey(publicAudience(traits.dataDomain)) });
  // What is made public is published, whatever token comes back with it.
  const provisioning = e.kind !== 'tool' || traits.publishes ? undefined : storesSecret(tool) ? 'stores_secret' : createsCredential(tool, resultFields) ? 'creates_credential' : undefined;
  // A key created at its issuer is handed back to the caller: the issuer is where it comes from, not
  // a grantee. Whoever receives it next is.
  if (traits.egress && host !== undefined && provisioning !== 'creates_credential' && !destinations.some((d) => d.kind === 'host' && d.value === host)) {
    destinations.push({ kind: 'host', value: host });
  }
  const records = e.kind === 'tool' || e.kind === 'retrieval' || e.kind === 'memory_read' ? recordsReturned(e.toolResult, e.recordCount) : undefined;
  return {
    isCall,
    tool,
    fields,
    traits,
    destinations,
    resultFields,
    resources,
    blockedTargets,
    ...(records === undefined ? {} : { records }),
    ...(host === undefined ? {} : { host }),
    ...(provisioning === undefined ? {} : { provisioning }),
  };
}

/**
 * An egress call whose arguments name no destination (a copy to a bucket, an upload by reference)
 * sends to the hosts its own HTTP client spans reached: those are its destinations. A call whose
 * arguments do name one keeps them: the mail provider's API host is not where an e-mail goes.
 */
export function withChildHostDestinations(f: EventFacts, childHosts: readonly string[]): EventFacts {
  if (!f.traits.egress || f.provisioning === 'creates_credential' || f.destinations.length > 0 || childHosts.length === 0) return f;
  return { ...f, destinations: [...new Set(childHosts)].map((value) => ({ kind: 'host' as const, value })) };
}
