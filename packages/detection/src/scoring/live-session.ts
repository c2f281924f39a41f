import type { AgentEvent, SignalLocation } from '@warden/core';
import type { ArgumentField } from '../indicators/arguments';
import type { Destination } from '../indicators/indicators';
import { isRefundTool, namesRefundTarget, paymentReferences } from '../indicators/payment-refund';
import { serviceOfToolAndHost } from '../indicators/vendor-names';
import { newSessionFeatures, type SessionFeatureState } from '../profile/session-features';
import type { InjectionTextCues } from '../signals/injection';
import { stableId } from '../text/hash';
import type { SensitiveKind, SensitiveMatch } from '../text/sensitive-data';
import { newIncident, type Incident } from './incident';

/** Where a value was seen, in event time. */
export interface TimedValue {
  readonly timeMs: number;
  readonly spanId: string;
}

export interface TimedText {
  readonly timeMs: number;
  readonly text: string;
}

export interface ContentNamedValue extends TimedValue {
  readonly origin: string;
  readonly inProse: boolean;
  /**
   * First seen as a field of a record the principal asked to look up (the address on the contact
   * card of the person their request named): the principal's choice, not a third party's.
   */
  readonly lookedUpForPrincipal?: boolean;
}

/** The sensitive values a lookup's arguments carried, and the text they sit in (for the finding's excerpt). */
export interface LookupPayload {
  readonly items: readonly SensitiveMatch[];
  readonly text: string;
}

/** An egress or state-changing call, kept to link it with content and reads around it. */
export interface ActionRecord {
  readonly location: SignalLocation;
  readonly tool: string;
  readonly values: readonly string[];
  readonly egress: boolean;
  readonly stateChanging: boolean;
  readonly highImpact: boolean;
  /** Gives the destination standing access (forwarding rule, delegate, invite, subscription). */
  readonly grantsAccess: boolean;
  /** The grant makes its grantee an administrator (`grantsAdministration`). */
  readonly grantsAdministration?: boolean;
  /** Sensitive values in the payload (normalized). */
  readonly payloadValues: readonly string[];
  /** Highest destination novelty of the call (0 known .. 1 never seen), or 1 for a public channel. */
  readonly novelty: number;
  readonly destinations: readonly string[];
}

/** A call that returned sensitive records, with the sensitive values it returned (normalized). */
export interface ReadRecord {
  readonly location: SignalLocation;
  readonly tool: string;
  readonly values: readonly string[];
  /** The tool reads customer, employee, financial or secret records (not merely text with an address in it). */
  readonly sensitive: boolean;
  /**
   * National ids, card numbers and IBANs the read found with their label or check, as normalized:
   * a text that later quotes one bare ("T.C. 10000000146") still quotes that record.
   */
  readonly identifiers?: readonly RecordIdentifier[];
}

export interface RecordIdentifier {
  readonly kind: SensitiveKind;
  readonly value: string;
}

/** Scorer-side state of one live session. */
export interface LiveSession {
  readonly features: SessionFeatureState;
  readonly incident: Incident;
  /** Indicators from content that carried an injection: value → where it first appeared. */
  readonly tainted: Map<string, TimedValue & { origin: string }>;
  /**
   * Indicators of untrusted content without injection, value → where first seen, and whether some
   * occurrence sat inside a sentence (not a field of its own). Replying to one (a ticket's
   * requester) is fine; acting on one named in a sentence is following whoever wrote it.
   */
  readonly contentNamed: Map<string, ContentNamedValue>;
  /**
   * Hosts, addresses and mail domains the organisation's own documents (a policy, a runbook, a
   * contract in its knowledge base) named in this session, in text that did not speak to the model:
   * value → where first read. Sending there is doing what the organisation wrote down (bounded).
   */
  documented?: Map<string, TimedValue>;
  /** Services those documents name as names (`vendorNamesIn`): name key → where first read (bounded). */
  documentedNames?: Map<string, TimedValue>;
  /** Indicators from poisoned memory records read in this session. */
  readonly memoryTaint: Map<string, TimedValue>;
  readonly actions: ActionRecord[];
  readonly reads: ReadRecord[];
  driftLabel?: string;
  /** Reliability incident of this session (drift), separate from its security incident. */
  driftIncident?: Incident;
  lastEventMs: number;
  /** A finding of this session said it must stay out of the baseline. */
  excludeFromBaseline?: boolean;
  /** One of those findings carried more than novelty (baselineExclusion `attack`). */
  excludedForAttack?: boolean;
  /**
   * The session forwarded content to the company's security mailbox: injection text the model
   * wrote into calls (its quote of the attack) is the report's evidence, whichever span came first.
   */
  reportedToSecurity?: boolean;
  /**
   * Fingerprints of injection-like text first read from the organisation's own hosts: the model
   * call that carries the same text on is scored with the same trust.
   */
  internalAnchors?: Set<string>;
  /**
   * What each text read in the session says (injectionTextCues), kept because a chat model is sent
   * the whole conversation on every call: a tool result of the first turn comes back in every later
   * model call, and is read once, not once per call (bounded by the characters kept).
   */
  injectionCues?: { readonly byText: Map<string, InjectionTextCues>; chars: number };
  /**
   * Requests that carried a body (POST, PUT, PATCH), as `callSpanId\u0000host`: a tool call's own
   * or its child HTTP spans', recorded whichever of the two arrives first (bounded).
   */
  readonly bodySentTo: Set<string>;
  /**
   * Hosts a tool call's own arguments give as a URL (`url: "https://status.example/…"`), as
   * `callSpanId\u0000host`: the caller chose where the tool goes, not the tool's code (bounded).
   */
  readonly hostsNamedByCall: Set<string>;
  /**
   * PII or secrets in the arguments of calls that only read (a lookup), by span id: a lookup at an
   * outside host sends what it looks up, whatever the tool is called (bounded by MAX_RECORDS).
   */
  readonly lookupPayloads: Map<string, LookupPayload>;
  /** The principal's own messages (user input), in event time, bounded: what the session was asked to do. */
  readonly principalRequests: TimedText[];
  /**
   * Calls of this session that created a credential at its issuer (an API key, a token), span id →
   * when (bounded): the secret store the key is put into next is written, not read.
   */
  credentialsCreated?: Map<string, number>;
  /**
   * Payment, charge and transaction references the session read in tool results that carried no
   * injection: value → where first read (bounded by MAX_RECORDS).
   */
  readReferences?: Map<string, TimedValue>;
  /** Calls of this session that refunded a payment it had read, on the original payment, by span id (bounded). */
  refundsOfReadPayments?: Set<string>;
  /**
   * Per changing tool, the distinct argument sets it was called with (fingerprints, bounded): how
   * many things one tool changed in this session, also when each call names the same resource.
   */
  changedByTool?: Map<string, Set<string>>;
  /** Destinations this session sent sensitive data to, by `kind\u0000value` (bounded). */
  withheldDestinations?: Map<string, { readonly kind: string; readonly value: string }>;
}

/** Bound on the action and read records kept per session. */
export const MAX_RECORDS = 200;

export function eventLocation(e: AgentEvent): SignalLocation {
  return { traceId: e.traceId, spanId: e.spanId, timeMs: e.startTimeMs, spanName: e.name };
}

export function newLiveSession(e: AgentEvent): LiveSession {
  return {
    features: newSessionFeatures(e),
    incident: newIncident({
      findingId: stableId(e.tenant, e.agentId, e.sessionId, 'security'),
      kind: 'session',
      category: 'security',
      tenant: e.tenant,
      agentId: e.agentId,
      agentType: e.agentType,
      sessionId: e.sessionId,
      firstSeenMs: e.startTimeMs,
    }),
    tainted: new Map(),
    contentNamed: new Map(),
    memoryTaint: new Map(),
    actions: [],
    reads: [],
    bodySentTo: new Set(),
    hostsNamedByCall: new Set(),
    lookupPayloads: new Map(),
    principalRequests: [],
    lastEventMs: e.endTimeMs,
  };
}

/** `value` was named by a document of the organisation's own read by `timeMs`, and no injected text named it. */
export function documentedBefore(s: LiveSession, value: string, timeMs: number): boolean {
  const d = s.documented?.get(value);
  return d !== undefined && d.timeMs <= timeMs && !s.tainted.has(value);
}

/**
 * `tool` and the `host` it called are one service's (`serviceOfToolAndHost`), and a document of the
 * organisation's own named that service by `timeMs`; no injected text named the host.
 */
export function documentedServiceBefore(s: LiveSession, tool: string, host: string, timeMs: number): boolean {
  // Most sessions read no document naming a service: no need to parse the host against the suffix list.
  if (s.documentedNames === undefined || s.documentedNames.size === 0) return false;
  const service = serviceOfToolAndHost(tool, host);
  const d = service === undefined ? undefined : s.documentedNames?.get(service);
  return d !== undefined && d.timeMs <= timeMs && !s.tainted.has(host);
}

/**
 * A document excuses sending `value` in a step: it named the value before (`documentedBefore`), or,
 * given the step's `tool`, the service whose own domain `value` is (`documentedServiceBefore`), and
 * the step grants no standing access. A document's naming says where the work goes, not who may
 * read everything after.
 */
export function documentedSend(s: LiveSession, value: string, timeMs: number, grantsAccess: boolean, tool?: string): boolean {
  return !grantsAccess && (documentedBefore(s, value, timeMs) || (tool !== undefined && documentedServiceBefore(s, tool, value, timeMs)));
}

export function noteCredentialCreated(s: LiveSession, spanId: string, timeMs: number): void {
  s.credentialsCreated ??= new Map();
  if (s.credentialsCreated.size < MAX_RECORDS && !s.credentialsCreated.has(spanId)) s.credentialsCreated.set(spanId, timeMs);
}

const MAX_CHANGED_TOOLS = 20;
const MAX_CHANGES_PER_TOOL = 1_000;

/** Notes a changing call's argument set under its tool; returns how many distinct sets the tool has had. */
export function noteChange(s: LiveSession, tool: string, toolArguments: string): number {
  s.changedByTool ??= new Map();
  let seen = s.changedByTool.get(tool);
  if (seen === undefined) {
    if (s.changedByTool.size >= MAX_CHANGED_TOOLS) return 0;
    seen = new Set();
    s.changedByTool.set(tool, seen);
  }
  if (seen.size < MAX_CHANGES_PER_TOOL) seen.add(stableId(toolArguments));
  return seen.size;
}

/** A call of the session created a credential by `timeMs`. */
export function credentialCreatedBefore(s: LiveSession, timeMs: number): boolean {
  for (const t of s.credentialsCreated?.values() ?? []) if (t <= timeMs) return true;
  return false;
}

export function noteReadReferences(s: LiveSession, fields: readonly ArgumentField[], at: TimedValue): void {
  const refs = paymentReferences(fields);
  if (refs.length === 0) return;
  s.readReferences ??= new Map();
  for (const r of refs) if (s.readReferences.size < MAX_RECORDS && !s.readReferences.has(r)) s.readReferences.set(r, at);
}

/**
 * `tool` refunds a payment read earlier in the session (its arguments name a reference a tool result
 * held before `timeMs`), names no destination, card or account of its own, and no injection came
 * before it: the money goes back on the original payment (`isRefundTool`).
 */
export function refundsReadPayment(s: LiveSession, tool: string, fields: readonly ArgumentField[], destinations: readonly Destination[], timeMs: number): boolean {
  if (s.readReferences === undefined || !isRefundTool(tool) || destinations.some((d) => d.kind !== 'host') || namesRefundTarget(fields)) return false;
  for (const h of s.incident.hits.values()) if (h.role === 'trigger' && h.location.timeMs <= timeMs) return false;
  return paymentReferences(fields).some((r) => {
    const read = s.readReferences?.get(r);
    return read !== undefined && read.timeMs < timeMs;
  });
}

export function noteRefundOfReadPayment(s: LiveSession, spanId: string): void {
  s.refundsOfReadPayments ??= new Set();
  if (s.refundsOfReadPayments.size < MAX_RECORDS) s.refundsOfReadPayments.add(spanId);
}
