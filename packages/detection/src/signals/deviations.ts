import type { SignalLocation } from '@warden/core';
import { isDataResource, type Destination } from '../indicators/indicators';
import { isPublicAudience } from '../indicators/public-audience';
import { isSensitiveDomain, toolTraits, type ToolTraits } from '../indicators/tool-traits';
import { clamp01 } from '../internal/stats';
import { expectedSessions, type ActivityRate } from '../profile/activity-rate';
import type { AgentProfile } from '../profile/agent-profile';
import type { Baseline } from '../profile/baseline';
import { upperReference, type NumberStats } from '../profile/number-stats';
import { ATLAS, type SignalHit } from './signal-hit';

/**
 * Deviations from the agent's (or its cohort's) history. Each returns at most one hit; novelty
 * is multiplied by the baseline's novelty factor so a cold agent's "new" things stay quiet.
 */

const PUBLIC_CHANNEL = /^#?(general|random|public|announcements?|all[-_].*|everyone|off-?topic|social|watercooler)$/;

export function isPublicChannel(channel: string): boolean {
  return PUBLIC_CHANNEL.test(channel.trim().toLowerCase()) || isPublicAudience(channel);
}

export function isInternal(value: string, internalDomains: readonly string[]): boolean {
  const v = value.toLowerCase();
  const domain = v.includes('@') ? v.slice(v.indexOf('@') + 1) : v;
  return internalDomains.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/** An address, e-mail domain or host of the organisation itself (accounts and channels never are). */
export function isInternalDestination(d: Destination, internalDomains: readonly string[]): boolean {
  return (d.kind === 'email' || d.kind === 'email_domain' || d.kind === 'host') && isInternal(d.value, internalDomains);
}

export interface DestinationNovelty {
  readonly destination: Destination;
  /** 0..1 after damping by how open the agent's destination set is and by maturity. */
  readonly score: number;
  readonly publicChannel: boolean;
}

/**
 * How new each destination of an egress call is. A destination named earlier in the session by
 * content without injection (a ticket's requester) is a reply, not a new destination; one that
 * `documented` (a document of the organisation's own named it) is not new at all.
 */
export function destinationNovelty(
  destinations: readonly Destination[],
  baseline: Baseline,
  internalDomains: readonly string[],
  contextValues: Pick<ReadonlySet<string>, 'has'>,
  documented: (value: string) => boolean = () => false,
): DestinationNovelty[] {
  const out: DestinationNovelty[] = [];
  for (const d of destinations) {
    const publicChannel = d.kind === 'channel' && isPublicChannel(d.value);
    if (isInternalDestination(d, internalDomains)) continue;
    if (baseline.approvedDestination(d)) continue;
    // A host or address the organisation's own document names for the work is as good as approved
    // for this session. Money is not: an account in a document is where an invoice fraud starts.
    if ((d.kind === 'host' || d.kind === 'email' || d.kind === 'email_domain') && documented(d.value)) continue;
    const known = baseline.destination(d.kind, d.value);
    let score: number;
    if (known !== undefined) score = publicChannel && known.n < 3 ? 0.5 : 0;
    else {
      // Kinds whose set is open by nature (every ticket has a new requester) surprise less.
      const openness = baseline.destinationNoveltyRate(d.kind);
      score = clamp01(1 - 1.6 * openness);
      if (d.kind === 'email') {
        const domain = d.value.slice(d.value.indexOf('@') + 1);
        if (baseline.destination('email_domain', domain) !== undefined) score *= 0.3;
      }
      if (contextValues.has(d.value)) score *= 0.3;
      if (publicChannel) score = Math.max(score, 0.8);
      score *= baseline.noveltyFactor;
    }
    if (score > 0) out.push({ destination: d, score, publicChannel });
  }
  return out;
}

/**
 * `carriesSensitive`: the call's payload holds PII or secrets. A new address that receives
 * nothing sensitive is weak evidence alone (people write to new contacts); money to a new account
 * and posts to public channels are not. `grant`: the call gives the destination standing access
 * (a forwarding rule, a delegate, an invitation, a webhook), so everything later flows there too;
 * that weighs at least like a sensitive e-mail, whatever this one call carried.
 */
export function newDestinationHit(n: DestinationNovelty, tool: string, loc: SignalLocation, carriesSensitive = true, grant = false): SignalHit {
  const d = n.destination;
  // Everyone reading a public page sees what it carries; a booking page or a release note carries nothing of anyone's.
  const strong = carriesSensitive || (n.publicChannel && !isPublicAudience(d.value)) || d.kind === 'account';
  const what = d.kind === 'email_domain' ? 'e-mail domain' : d.kind === 'phone' ? 'phone number' : d.kind;
  // A grant alone stays a question (people do set up forwarding and invite partners); it is what
  // the grant is combined with (an address from third-party text, sensitive data) that makes it an alarm.
  const weight = grant ? 30 : d.kind === 'email' ? (strong ? 25 : 10) : strong ? 35 : 15;
  return {
    key: `dest:${d.kind}:${d.value}`,
    type: 'new_destination',
    rule: n.publicChannel ? 'destination.public_channel' : grant ? `destination.grant_to_new_${d.kind}` : `destination.new_${d.kind}`,
    score: n.score,
    weight,
    explanation: n.publicChannel
      ? isPublicAudience(d.value)
        ? `${tool} published where anyone can read it (${d.value}), which this agent rarely or never does.`
        : `${tool} posted to the public channel ${d.value}, which this agent rarely or never uses.`
      : grant
        ? `${tool} gave the ${what} ${d.value} standing access (every later message or event reaches it); neither this agent nor its cohort ever used it.`
        : `${tool} sent data to the ${what} ${d.value}, never used by this agent or its cohort.`,
    location: loc,
    role: 'action',
    destinations: [d.value],
    techniques: [ATLAS.llmDataLeakage],
  };
}

/**
 * Taking a party's access away (revoking an invite or a token, removing a recipient, a member or an
 * authorised user) or withdrawing a pending request (a change, a deletion, a delivery) narrows who
 * can reach the data: a first such call is no more a supply-chain question than a new lookup.
 * Removing a control (a protection, a policy, encryption, privileges, backups) is not in the list and
 * keeps its weight, as does deleting anything.
 */
const NARROWS_ACCESS = /(?:^|[._])(?:revoke|remove|cancel|withdraw|unshare|unsubscribe)_(?:[a-z0-9]+_){0,2}(?:invites?|invitations?|members?|users?|collaborators?|recipients?|delegates?|guests?|participants?|forwarding|forwarder|shares?|sharing|links?|tokens?|sessions?|subscriptions?|webhooks?|requests?|changes?|delivery|deliveries|address(?:es)?)$/i;

export function newToolHit(tool: string, baseline: Baseline, loc: SignalLocation, traits?: Pick<ToolTraits, 'egress' | 'stateChanging'>): SignalHit | undefined {
  // New means new to the agent AND its cohort: a tool its peers use is an ordinary first time.
  if (!baseline.mature || baseline.tool(tool) !== undefined || baseline.approvedTool(tool)) return undefined;
  // What a new tool can do decides how much its novelty weighs: one that runs commands, sends data
  // out or changes state is a supply-chain question; a new read-only lookup (a tool used once a
  // week) is not, and a rare tool of a domain the agent already works in even less.
  const dot = tool.indexOf('.');
  const domainKnown = dot > 0 && baseline.dataDomain(tool.slice(0, dot).toLowerCase()) !== undefined;
  const dangerous = /(?:^|[._])(?:shell|exec|eval|run_command|subprocess|terminal|bash|powershell)(?:$|[._])/i.test(tool);
  const acts = (traits === undefined || traits.egress || traits.stateChanging) && !NARROWS_ACCESS.test(tool);
  const score = dangerous ? 1 : domainKnown ? 0.35 : acts ? 0.9 : 0.35;
  return {
    key: `tool:${tool}`,
    type: 'new_tool',
    rule: dangerous ? 'tool.new_command_execution' : 'tool.new_for_cohort',
    score,
    weight: 45,
    explanation: `The agent called ${tool}, a tool never seen for this agent or any agent of its type${dangerous ? '; it can run commands' : domainKnown ? ' (in a data domain it already uses)' : ''}.`,
    location: loc,
    role: 'none',
    techniques: [ATLAS.pluginCompromise],
  };
}

const READER_SENDS_SCORE = 0.8;
/** A new tool's first host when it is part of that first use, not a second sign (`newHostReason`). */
const NEW_LOOKUP_HOST_SCORE = 0.2;

function isReadOnlyTool(tool: string): boolean {
  const t = toolTraits({ kind: 'tool', name: tool }, []);
  return !t.egress && !t.stateChanging;
}

/** Calls after which a tool that never reached a host is established as one that does not. */
const ESTABLISHED_TOOL_CALLS = 20;

/** What the session knows about one request to a host. */
export interface HostRequestContext {
  /**
   * The request carried a body (POST, PUT, PATCH). For a tool that only ever reads (a lookup, a
   * search), a read that sends data to a host it never used is how a tampered plugin beacons what
   * it looked up, whatever else the tool talks to.
   */
  readonly sentBody?: boolean;
  /**
   * A document of the organisation's own, read earlier in the session, named the host (`host`: the
   * portal a policy names), or the service whose tool this is and whose registered domain the host
   * is (`service`: "refund it in Paddle", then `paddle.create_adjustment` at api.paddle.com).
   */
  readonly documented?: 'host' | 'service';
  /**
   * The call provisions an integration there: creates a credential (the host is the key's issuer),
   * or puts the key the session just created into a secret store (the host is the store).
   */
  readonly provisioning?: 'creates_credential' | 'stores_secret';
  /**
   * The call refunds a payment the session read, on the original payment and to no destination of
   * its own (`isRefundTool`): the host is the processor that took the payment.
   */
  readonly refundsReadPayment?: boolean;
  /**
   * Another tool of the same service (`isbank.get_statement` for `isbank.swift_transfer`) already
   * reached the host for the agent or its cohort: a new endpoint of an API the agent uses.
   */
  readonly serviceHost?: boolean;
  /**
   * The call's own arguments give the host as a URL: whoever wrote the call (the agent, for its
   * task) chose it, so a tool that fetches what it is pointed at has not moved of its own accord.
   */
  readonly namedByCall?: boolean;
}

/** Why a new host counts and how much: one rule, its score, and the text a reader sees for it. */
interface NewHostReason {
  readonly rule: string;
  readonly score: number;
  readonly explanation: string;
}

/** What the baseline says about the tool that reached a new host. */
interface ToolHostHistory {
  /** Calls of the tool that reached a host, and the hosts they reached. */
  readonly history: number;
  readonly hosts: readonly string[];
  /** Calls of the tool at all, the agent's or its cohort's, whichever are more. */
  readonly calls: number;
  /** The agent or its cohort has called the tool. */
  readonly known: boolean;
  /** New code: a tool neither the agent nor its cohort has called, so no host is its own yet. */
  readonly newTool: boolean;
}

/**
 * The reasons, weighed in this order; the first that holds is the rule and the text. A tool with a
 * history is judged on that history (a stable plugin moving, an established tool calling out for
 * the first time, a reader uploading). A new tool's first host is part of its first use when
 * someone other than the tool chose it (a document of the organisation's own, the service issuing a
 * key, the processor that took a refunded payment) or when it only asks; otherwise it is the
 * supply-chain question itself.
 */
function newHostReason(tool: string, host: string, t: ToolHostHistory, request: HostRequestContext): NewHostReason {
  const reached = `${tool} called ${host}, a host not seen for this tool before`;
  const firstUse = (rule: string, why: string): NewHostReason => ({ rule, score: NEW_LOOKUP_HOST_SCORE, explanation: `${reached}${why}.` });
  const sentBody = request.sentBody === true;
  // A tool that always talked to the same one or two hosts makes a new host meaningful, unless the
  // call itself named it and only asked there (the fourth status page a checker is told to read):
  // then it is weighed on its history like any tool's new host. A body posted to a host the call
  // names (a connector sending a lead to a new "free trial") stays the stable tool moving.
  if (t.history >= 5 && t.hosts.length <= 3 && !(request.namedByCall === true && !sentBody)) {
    return { rule: 'host.new_for_stable_tool', score: 1, explanation: `${tool} called ${host}; in ${t.history} earlier calls it only talked to ${t.hosts.slice(0, 3).join(', ')}.` };
  }
  // An established tool that reached no host at all in its history and now calls out: new code
  // inside a known tool (a driver or plugin update), the quietest supply-chain change there is.
  if (t.history === 0 && t.calls >= ESTABLISHED_TOOL_CALLS) {
    return { rule: 'host.first_for_established_tool', score: 0.8, explanation: `${tool} called ${host}; in ${t.calls} earlier calls it never reached any host.` };
  }
  // A tool with no history at all (new code) reaching outside is the supply-chain question itself.
  const base = t.history === 0 ? (t.newTool ? 0.6 : 0.35) : clamp01(0.6 - 0.05 * t.hosts.length);
  if (t.known && sentBody && isReadOnlyTool(tool) && base < READER_SENDS_SCORE) {
    return { rule: 'host.new_upload_from_read_tool', score: READER_SENDS_SCORE, explanation: `${tool}, a tool that only reads, sent a request body to ${host}, a host not seen for this tool before.` };
  }
  if (t.newTool) {
    // The host the organisation's own document names for this work (the claims portal of the
    // freight contract), or the service such a document names at that service's own domain, was
    // chosen by whoever wrote the document, not by the tool, whatever the tool sends there.
    if (request.documented === 'service') {
      return firstUse('host.documented_for_new_tool', ": the service's own domain, and a document of the organisation read in this session names that service for the work");
    }
    if (request.documented === 'host') return firstUse('host.documented_for_new_tool', ', which a document of the organisation read in this session names');
    // The service's other tools already talk to this host: the new tool is another endpoint of an
    // API the agent uses (a weekly task first run, a transfer after months of statements), not code
    // choosing a new place. Where its data goes beyond the service is judged on its own.
    if (request.serviceHost === true) return firstUse('host.service_known_for_new_tool', ", a host the service's other tools already use for this agent or its cohort");
    // A lookup nobody in the cohort ever used has to ask somewhere: when it only asks (no request
    // body), its first host is part of the new habit (held Low with it when nothing else is odd);
    // what its URL carries is the lookup-leak question. A new tool that posts a body there,
    // whatever its name says (an "explainer" uploading the plan it explains), or that sends or
    // changes something, stays the supply-chain question.
    if (!sentBody && isReadOnlyTool(tool)) return firstUse('host.first_for_new_lookup', ', asked without a request body: a new lookup has to ask somewhere, so its first host is part of its first use');
    // A key created at the service issuing it sends that service the key's settings, and the
    // secret store is where the key is meant to stay. Where else the key goes is judged on its own.
    if (request.provisioning === 'creates_credential') {
      return firstUse('host.credential_issuer_for_new_tool', ', to create a credential there: the host issues the key; where the key goes next is what counts');
    }
    if (request.provisioning === 'stores_secret') {
      return firstUse('host.secret_store_for_new_tool', ', to store the credential the session created: a secret store is where the key is meant to stay');
    }
    // A refund on the original payment of a payment the session read sends the money back where it
    // came from. A refund that names where the money should go is not this and keeps its weight.
    if (request.refundsReadPayment === true) {
      return firstUse('host.refund_processor_for_new_tool', ', to refund a payment the session read, on the original payment: the money goes back to whoever paid it');
    }
  }
  return { rule: 'host.new_for_tool', score: base, explanation: `${reached}.` };
}

/**
 * A namespace that names how a request is made rather than whose API it is: every site a generic
 * fetch ever read would be "its" host, and a new `http.post` to a page `http.get` read is exactly
 * the upload the new-host signal is for.
 */
const TRANSPORT_NAMESPACE = /^(?:https?|web|www|fetch|browser|browse|request|requests|curl|wget|net|network|api|rest|graphql|mcp|tools?|utils?|generic|custom)$/i;

/** The service a tool belongs to, as a name prefix (`isbank.` for `isbank.swift_transfer`). */
function serviceOfTool(tool: string): string | undefined {
  const dot = tool.indexOf('.');
  if (dot <= 0 || TRANSPORT_NAMESPACE.test(tool.slice(0, dot))) return undefined;
  return tool.slice(0, dot + 1);
}

export function newExternalHostHit(tool: string, host: string, baseline: Baseline, internalDomains: readonly string[], loc: SignalLocation, request: HostRequestContext = {}): SignalHit | undefined {
  if (!baseline.mature || isInternal(host, internalDomains) || baseline.approvedDestination({ kind: 'host', value: host })) return undefined;
  const { hosts, history } = baseline.hostsForTool(tool);
  if (hosts[host] !== undefined) return undefined;
  const known = baseline.tool(tool) !== undefined;
  const newTool = history === 0 && !known;
  // A newly approved tool's first hosts are part of what was approved; a later move to another
  // host by an approved tool with a history is still a supply-chain question.
  if (newTool && baseline.approvedTool(tool)) return undefined;
  // The agent's calls or its cohort's, whichever are more: a payment tool each finance agent calls a
  // few times a week is established for the type long before one agent has made 20 calls.
  const callsBy = (p: AgentProfile | undefined): number => (p !== undefined && Object.hasOwn(p.tools, tool) ? (p.tools[tool]?.n ?? 0) : 0);
  const calls = Math.max(callsBy(baseline.agent), callsBy(baseline.cohort));
  const service = newTool ? serviceOfTool(tool) : undefined;
  const serviceHost = service !== undefined && baseline.hostKnownForService(service, host);
  const reason = newHostReason(tool, host, { history, hosts: Object.keys(hosts), calls, known, newTool }, serviceHost ? { ...request, serviceHost } : request);
  if (reason.score <= 0.1) return undefined;
  return {
    key: `host:${tool}:${host}`,
    type: 'new_external_host',
    rule: reason.rule,
    score: reason.score,
    weight: 50,
    explanation: reason.explanation,
    location: loc,
    role: 'action',
    destinations: [host],
    techniques: [ATLAS.supplyChainCompromise, ATLAS.pluginCompromise],
  };
}

/**
 * `toolIsNew`: the call's tool is itself new; a non-sensitive new domain then says nothing the
 * new-tool signal does not already say, so it is not counted twice. `returnsSensitive`: the
 * call's records carry money or personal fields, which makes the domain sensitive whatever its name.
 * `readsNothing`: the call reads no records of the domain (a key created at its issuer, that key put
 * into a secret store), so what the domain holds does not make touching it sensitive.
 */
export function scopeDeviationHits(
  domain: string,
  resources: readonly string[],
  baseline: Baseline,
  loc: SignalLocation,
  toolIsNew = false,
  returnsSensitive: () => boolean = () => false,
  readsNothing = false,
): SignalHit[] {
  if (!baseline.mature) return [];
  const out: SignalHit[] = [];
  const isNew = domain.length > 0 && domain !== 'memory' && baseline.dataDomain(domain) === undefined && !baseline.approvedDataDomain(domain);
  // Only a new domain's records are looked into (the check reads the result text).
  const sensitive = !readsNothing && (isSensitiveDomain(domain) || (isNew && returnsSensitive()));
  if (isNew && (sensitive || !toolIsNew)) {
    out.push({
      key: `scope:${domain}`,
      type: 'scope_deviation',
      rule: 'scope.new_data_domain',
      score: sensitive ? 1 : 0.3,
      weight: 45,
      explanation: `The agent touched the ${domain} data domain, which neither it nor its cohort has ever used.`,
      location: loc,
      role: sensitive ? 'action' : 'none',
      resources: [domain],
    });
  }
  for (const r of readsNothing ? [] : resources) {
    if (baseline.resource(r) !== undefined || !isDataResource(r) || !isSensitiveDomain(r)) continue;
    out.push({
      key: `scope:${r}`,
      type: 'scope_deviation',
      rule: 'scope.new_sensitive_resource',
      score: 0.6,
      weight: 30,
      explanation: `The agent read ${r}, a sensitive resource it and its cohort never touched.`,
      location: loc,
      role: 'action',
      resources: [r],
    });
  }
  return out;
}

/** Huge absolute volumes fire even without history. */
const ABSOLUTE_RECORDS = 1_000;

export function volumeSpikeHit(tool: string, records: number, baseline: Baseline, loc: SignalLocation): SignalHit | undefined {
  const p = baseline.primary;
  const toolStats = p?.records[tool];
  const stats = toolStats !== undefined && toolStats.count >= 5 ? toolStats : p?.recordsAnyTool;
  let score = 0;
  let why = '';
  if (stats !== undefined && stats.count >= 5) {
    const ref = Math.max(upperReference(stats), stats.max * 0.5, 5);
    const ratio = records / ref;
    // 2x the high end of history starts to count; 30x is certain.
    score = clamp01(Math.log2(Math.max(ratio, 1)) / Math.log2(30));
    if (ratio < 2) score = 0;
    why = `${tool} returned ${records} records; history for ${toolStats === stats ? 'this tool' : 'this agent'} peaks around ${Math.round(ref)}`;
  }
  if (records >= ABSOLUTE_RECORDS) {
    const abs = clamp01(0.6 + 0.4 * Math.log10(records / ABSOLUTE_RECORDS));
    if (abs > score) {
      score = abs;
      why = `${tool} returned ${records} records, far beyond any ordinary request`;
    }
  }
  if (score <= 0.05) return undefined;
  return {
    key: `volume:${loc.spanId}`,
    type: 'volume_spike',
    rule: 'volume.records_above_history',
    score,
    weight: 55,
    explanation: `${why}.`,
    location: loc,
    role: 'action',
    techniques: [ATLAS.llmDataLeakage],
  };
}

/**
 * When a count of distinct things in one session is a sweep, from the agent's history of that count per
 * session: dozens fire on their own (25 without five sessions of history); with history, three times
 * its peak (at least 15). Past the threshold the score climbs from 0.55 to certain 13.5 things later.
 */
function sweepOver(n: number, perSession: NumberStats | undefined): { score: number; history: number | undefined } | undefined {
  const history = perSession === undefined || perSession.count < 5 ? undefined : Math.max(upperReference(perSession), perSession.max * 0.5);
  const threshold = history === undefined ? 25 : Math.max(15, 3 * history);
  if (n < threshold) return undefined;
  return { score: clamp01(0.55 + (n - threshold) / 30), history };
}

export function resourceSweepHit(distinct: readonly string[], baseline: Baseline, loc: SignalLocation): SignalHit | undefined {
  const n = distinct.length;
  const sweep = sweepOver(n, baseline.primary?.distinctResourcesPerSession);
  if (sweep === undefined) return undefined;
  const { score, history } = sweep;
  return {
    key: 'sweep',
    type: 'resource_sweep',
    rule: 'resources.sweep',
    score,
    weight: 70,
    explanation: `The session touched ${n} distinct resources${history === undefined ? '' : `; its history peaks around ${Math.round(history)} per session`} (e.g. ${distinct.slice(0, 4).join(', ')}).`,
    location: loc,
    role: 'action',
    resources: distinct.slice(0, 20),
  };
}

/**
 * One changing tool applied to far more distinct things in a session than the agent's whole sessions
 * ever call tools (every inverter set to zero export, every invoice of the month cancelled), where the
 * things are named by arguments no resource extractor knows (`po`, `series` + `number`, `gateway_id`
 * + `device`): the sweep counts what it can name, this counts distinct calls. The agent's calls per
 * session bound what one of its tools did in a session, so history of either is history enough.
 */
export function massChangeHit(tool: string, distinctChanges: number, baseline: Baseline, loc: SignalLocation): SignalHit | undefined {
  const sweep = sweepOver(distinctChanges, baseline.primary?.toolCallsPerSession);
  if (sweep === undefined) return undefined;
  const { score, history } = sweep;
  return {
    key: `mass_change:${tool}`,
    type: 'resource_sweep',
    rule: 'resources.mass_change',
    score,
    weight: 70,
    explanation: `${tool} changed ${distinctChanges} different things in one session${history === undefined ? '' : `; this agent's sessions make around ${Math.round(history)} calls at most`}.`,
    location: loc,
    role: 'action',
  };
}

export function rateSpikeHit(peakPerMinute: number, baseline: Baseline, loc: SignalLocation): SignalHit | undefined {
  const p = baseline.primary;
  if (p === undefined || p.peakCallsPerMinute.count < 5) return undefined;
  const ref = Math.max(upperReference(p.peakCallsPerMinute), p.peakCallsPerMinute.max * 0.5, 3);
  if (peakPerMinute < 15 || peakPerMinute < 3 * ref) return undefined;
  return {
    key: 'rate',
    type: 'rate_spike',
    rule: 'rate.calls_per_minute',
    score: clamp01(0.4 + (peakPerMinute / ref - 3) / 10),
    weight: 25,
    explanation: `${peakPerMinute} tool calls within one minute; this agent's sessions peak around ${Math.round(ref)}.`,
    location: loc,
    role: 'none',
  };
}

/**
 * Surprisal of stepping into an egress tool from the previous call, with add-one smoothing over
 * the tools known; an unseen step from a well-known tool is the interesting case.
 */
export function transitionHit(prev: string, tool: string, baseline: Baseline, loc: SignalLocation): SignalHit | undefined {
  const p = baseline.primary;
  if (p === undefined) return undefined;
  let fromTotal = 0;
  let pairCount = 0;
  const prefix = `${prev}->`;
  for (const [k, e] of Object.entries(p.transitions)) {
    if (!k.startsWith(prefix)) continue;
    fromTotal += e.n;
    if (k === `${prev}->${tool}`) pairCount = e.n;
  }
  const vocabulary = Math.max(Object.keys(p.tools).length + 1, 2);
  const prob = (pairCount + 1) / (fromTotal + vocabulary);
  const surprisal = -Math.log2(prob);
  if (pairCount > 0 || fromTotal < 10 || surprisal < 4) return undefined;
  return {
    key: `transition:${prev}->${tool}`,
    type: 'tool_sequence',
    rule: 'sequence.unseen_transition',
    score: clamp01((surprisal - 4) / 4),
    weight: 20,
    explanation: `${prev} was followed by ${tool}, a step never seen in ${fromTotal} earlier calls of ${prev} (surprisal ${surprisal.toFixed(1)} bits).`,
    location: loc,
    role: 'none',
  };
}

/**
 * More sessions started this hour than the agent's own hourly history allows, seasonality
 * included: a hijacked agent driven in a loop, or a credential used by something else. Judged on
 * the agent's own profile only (a cohort's rate is the sum of many agents).
 */
export function sessionBurstHit(startsThisHour: number, rate: ActivityRate | undefined, startMs: number, loc: SignalLocation): SignalHit | undefined {
  if (rate === undefined) return undefined;
  const { expected, sd, mature } = expectedSessions(rate, startMs);
  const threshold = expected + 4 * Math.max(sd, 0.5) + 3;
  if (!mature || startsThisHour < threshold) return undefined;
  return {
    key: 'rate:sessions',
    type: 'rate_spike',
    rule: 'rate.sessions_per_hour',
    score: clamp01(0.4 + (startsThisHour - threshold) / (threshold * 2)),
    weight: 25,
    explanation: `${startsThisHour} sessions started this hour; at this hour of the week the agent starts about ${expected.toFixed(1)} (± ${sd.toFixed(1)}).`,
    location: loc,
    role: 'none',
  };
}

