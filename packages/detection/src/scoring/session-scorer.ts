import {
  InvalidInputError,
  dropOldest,
  sessionKey,
  type AgentEvent,
  type AgentEventTime,
  type ProfileSnapshotMessage,
  type RiskFinding,
  type SessionVerdict,
  type Severity,
  type SignalLocation,
} from '@warden/core';
import { resolveDetectionConfig, type DetectionConfig } from '../config';
import { agentEventTime } from '../internal/agent-event-time';
import { createsCredential, storesSecret } from '../indicators/credential-provisioning';
import { eventFacts, MAX_RESULT_PARSED, withChildHostDestinations, type EventFacts } from '../indicators/event-facts';
import { changesWhatItNames, grantsAdministration, headNounOf, listsCredentials, readsCredentialsByName, readsConfidentialRecordsByName, readsOrganisationDocuments, returnsSensitiveFields } from '../indicators/tool-traits';
import { destinationsFromArguments, extractIndicators, hostOfUrl, indicatorValues, type Destination } from '../indicators/indicators';
import { parseProfile, profileSubject, type AgentProfile } from '../profile/agent-profile';
import { Baseline } from '../profile/baseline';
import { baselineExclusion, sentDataOut } from '../profile/learning-policy';
import { assertUsableEvent } from '../profile/event-validation';
import { addToSession, orderedCalls, peakCallsPerMinute, toolCounts } from '../profile/session-features';
import {
  destinationNovelty,
  isInternal,
  isInternalDestination,
  isPublicChannel,
  massChangeHit,
  newDestinationHit,
  newExternalHostHit,
  newToolHit,
  rateSpikeHit,
  sessionBurstHit,
  resourceSweepHit,
  scopeDeviationHits,
  transitionHit,
  volumeSpikeHit,
} from '../signals/deviations';
import { maskQuoted, payloadText, quotedRecordIdentifiers, RECORD_IDENTIFIER_KINDS, sensitiveEgressHit, sensitivePayload } from '../signals/sensitive-egress';
import type { SignalHit } from '../signals/signal-hit';
import { stableId } from '../text/hash';
import { findSensitiveData, SECRET_KINDS, type SensitiveMatch } from '../text/sensitive-data';
import { actionStrength, reportsToSecurity } from './action-strength';
import { compositeRisk } from './composite-risk';
import { MAX_TEXT, scanContent } from './content-scan';
import { driftLabel, DriftTrackers } from './drift-tracker';
import { closingFinding, nextFinding } from './finding-emission';
import { ApprovalMatcher } from '../profile/approvals';
import { addAction, addHit, newIncident, noteSpan, type Incident } from './incident';
import { LeakWindows, windowedLeakHit } from './leak-window';
import { linkEvidence, namedInContent } from './link-evidence';
import { SessionStarts } from './session-starts';
import {
  credentialCreatedBefore,
  documentedBefore,
  documentedSend,
  documentedServiceBefore,
  eventLocation,
  MAX_RECORDS,
  newLiveSession,
  noteChange,
  noteCredentialCreated,
  noteReadReferences,
  noteRefundOfReadPayment,
  refundsReadPayment,
  type LiveSession,
} from './live-session';
import { MemoryLedger } from './memory-ledger';
import { firstRequestNaming } from './principal-requests';

/** The scorer's restart state (see `SessionScorer.exportState`). */
export interface ScorerState {
  readonly schema: 1;
  readonly reported: readonly {
    readonly findingId: string;
    readonly revision: number;
    readonly risk: number;
    readonly severity: Severity;
    readonly types: readonly string[];
    /** Absent in states written before Close existed: read as not closed. */
    readonly closed?: boolean;
  }[];
}

export interface ScorerStats {
  readonly liveSessions: number;
  readonly evictedSessions: number;
  /** Sessions that had ended (idle gap passed, or evicted) and then received more spans, judged apart from what came before. */
  readonly reopenedSessions: number;
  readonly profiles: number;
  readonly poisonedMemoryRecords: number;
  readonly leakWindows: number;
  readonly driftTrackers: number;
}

const MAX_RETIRED = 50_000;
/** Results that can hold a payment's reference. */
const PAYMENT_WORDS = /payment|charge|transaction|capture|\btid\b|psp_?reference/i;

/**
 * Scores live sessions against the profiles it is given. `observe` returns the findings to
 * publish now: a Create when an incident first reaches the reporting risk, an Update when its
 * severity rises, its risk rises by 10 or more, or a new signal type joins. When a reported
 * incident's activity is over (its session idles out or is evicted, its leak window passes),
 * `expire` (or, for evictions, `observe`) returns its Close, alongside the session's verdict.
 * Pure: time is the events' own, memory is bounded (LRU over sessions, bounded ledgers and windows).
 */
export class SessionScorer {
  private readonly config: DetectionConfig;
  private readonly profiles = new Map<string, AgentProfile>();
  private readonly sessions = new Map<string, LiveSession>();
  private verdicts: SessionVerdict[] = [];
  private readonly ledger = new MemoryLedger();
  private readonly leaks: LeakWindows;
  private readonly leakIncidents = new Map<string, Incident>();
  private readonly drift = new DriftTrackers();
  /** What was published for sessions no longer live, so a late span continues their revisions. */
  private readonly retired = new Map<string, NonNullable<Incident['reported']>>();
  /** Closes of incidents retired since the last `observe` / `expire` returned them. */
  private closing: RiskFinding[] = [];
  private evicted = 0;
  /** Keys of the sessions ended most recently, to count those a late span reopens. */
  private readonly ended = new Set<string>();
  private reopened = 0;
  private readonly starts = new SessionStarts();
  private readonly approvals: ApprovalMatcher;

  constructor(config: Partial<DetectionConfig> = {}) {
    this.config = resolveDetectionConfig(config);
    this.approvals = new ApprovalMatcher({ tools: this.config.approvedTools, destinations: this.config.approvedDestinations });
    this.leaks = new LeakWindows(this.config.leakWindowMs);
  }

  /** Installs a profile from the profiles topic; a malformed one is rejected and changes nothing. */
  applyProfile(snapshot: ProfileSnapshotMessage): void {
    if (typeof snapshot?.tenant !== 'string' || typeof snapshot.subject !== 'string') {
      throw new InvalidInputError('DETECTION_PROFILE_INVALID', 'Profile snapshot rejected: tenant and subject must be strings (key `${tenant}/${subject}`).');
    }
    const profile = parseProfile(snapshot.profile);
    if (profile.tenant !== snapshot.tenant || profile.subject !== snapshot.subject) {
      throw new InvalidInputError(
        'DETECTION_PROFILE_INVALID',
        `Profile snapshot rejected: message key ${snapshot.tenant}/${snapshot.subject} does not match the profile inside (${profile.tenant}/${profile.subject}).`,
      );
    }
    this.profiles.set(`${snapshot.tenant}/${snapshot.subject}`, profile);
  }

  observe(e: AgentEvent): RiskFinding[] {
    assertUsableEvent(e);
    const { session, fresh } = this.sessionFor(e);
    const inc = session.incident;
    inc.agentName ??= e.agentName;
    inc.agentVersion ??= e.agentVersion;
    const loc = eventLocation(e);
    const spanFacts = eventFacts(e);
    const baseline = this.baselineFor(e);
    const attributedHosts = addToSession(session.features, e, spanFacts);
    const facts = withChildHostDestinations(
      spanFacts,
      attributedHosts.filter((a) => a.tool === spanFacts.tool).map((a) => a.host),
    );
    session.lastEventMs = Math.max(session.lastEventMs, e.endTimeMs, e.startTimeMs);
    noteSpan(inc, loc);
    for (const r of facts.resources) if (inc.resources.size < 50) inc.resources.add(r);

    const hits: SignalHit[] = [];
    const leakFindings: RiskFinding[] = [];
    if (fresh) {
      const burst = sessionBurstHit(this.starts.count(e.tenant, e.agentId, e.startTimeMs), baseline.agent?.activity, e.startTimeMs, loc);
      if (burst !== undefined) hits.push(burst);
    }

    const knownTools = [...new Set([...Object.keys(baseline.primary?.tools ?? {}), ...session.features.calls.map((c) => c.tool)])];
    const reportsAttack = facts.traits.egress && reportsToSecurity(facts.destinations.map((d) => d.value), this.config.internalDomains);
    if (reportsAttack && session.reportedToSecurity !== true) {
      session.reportedToSecurity = true;
      for (const [key, h] of inc.hits) if (h.type === 'prompt_injection' && h.origin === 'tool_arguments') inc.hits.delete(key);
    }
    hits.push(
      ...scanContent(e, session, knownTools, this.ledger, {
        quotesForReport: session.reportedToSecurity === true,
        internalSource: this.fetchedFromInternalHost(facts),
        internalDomains: this.config.internalDomains,
        argumentFields: facts.fields,
        organisationDocument: e.kind === 'retrieval' || (facts.isCall && !facts.traits.egress && !facts.traits.stateChanging && readsOrganisationDocuments(facts.tool)),
      }),
    );

    if (facts.isCall) {
      // A first e-mail to the organisation's own people is a new habit, not a new way out.
      const internalOnly =
        facts.traits.egress &&
        facts.destinations.length > 0 &&
        facts.destinations.every((d) => isInternalDestination(d, this.config.internalDomains));
      const t = newToolHit(facts.tool, baseline, loc, internalOnly ? { ...facts.traits, egress: false } : facts.traits);
      if (facts.provisioning === 'creates_credential') noteCredentialCreated(session, e.spanId, loc.timeMs);
      // Creating a key at its issuer, or putting the key just created into a secret store, reads no
      // records of that service: its novelty is the new tool's, whatever the service holds.
      // Nor does a refund of a payment the session read: it writes the refund, and its domain's
      // novelty is the new tool's.
      const refund = refundsReadPayment(session, facts.tool, facts.fields, facts.destinations, loc.timeMs);
      if (refund) noteRefundOfReadPayment(session, e.spanId);
      const readsNothing = refund || facts.provisioning === 'creates_credential' || (facts.provisioning === 'stores_secret' && credentialCreatedBefore(session, loc.timeMs));
      const scope = scopeDeviationHits(
        facts.traits.dataDomain,
        facts.resources,
        baseline,
        loc,
        t !== undefined,
        () => e.kind !== 'memory_read' && (readsConfidentialRecordsByName(facts.tool) || readsCredentialsByName(facts.tool) || returnsSensitiveRecords(e.toolResult)),
        readsNothing,
      );
      // A new tool or a new domain the principal's request named ("… against the bank feed") is theirs.
      // A read is also named by what it returns ("does it match our ledger?" for `receivables.get_customer_ledger`).
      const reads = !facts.traits.egress && !facts.traits.stateChanging;
      const head = reads ? headNounOf(facts.tool) : undefined;
      const requestedAtMs =
        t !== undefined || scope.length > 0
          ? (firstRequestNaming(session, facts.traits.dataDomain) ?? (head === undefined ? undefined : firstRequestNaming(session, head)))
          : undefined;
      for (const h of t === undefined ? scope : [t, ...scope]) {
        const named = requestedAtMs !== undefined && (h === t || h.rule === 'scope.new_data_domain');
        hits.push(named ? { ...h, requestedAtMs } : h);
      }
      if (facts.records !== undefined) {
        const v = volumeSpikeHit(facts.tool, facts.records, baseline, loc);
        if (v !== undefined) hits.push(v);
      }
      this.recordRead(e, facts, session, loc);
      if ((facts.traits.egress || facts.traits.stateChanging) && e.kind !== 'memory_write') {
        leakFindings.push(...this.recordAction(e, facts, session, baseline, loc, hits, reportsAttack));
      }
    }
    noteBodySent(session, e, facts);
    noteHostsNamedByCall(session, e, facts);
    if (facts.isCall && e.kind === 'tool' && !facts.traits.egress && !facts.traits.stateChanging) noteLookupPayload(session, e, facts);
    for (const { tool, host, callSpanId } of attributedHosts) {
      const h = newExternalHostHit(tool, host, baseline, this.config.internalDomains, loc, {
        sentBody: session.bodySentTo.has(`${callSpanId}\u0000${host}`),
        namedByCall: session.hostsNamedByCall.has(`${callSpanId}\u0000${host}`),
        documented: documentedBefore(session, host, loc.timeMs) ? 'host' : documentedServiceBefore(session, tool, host, loc.timeMs) ? 'service' : undefined,
        provisioning:
          createsCredential(tool) || session.credentialsCreated?.has(callSpanId) === true
            ? 'creates_credential'
            : storesSecret(tool) && credentialCreatedBefore(session, loc.timeMs)
              ? 'stores_secret'
              : undefined,
        refundsReadPayment: session.refundsOfReadPayments?.has(callSpanId) === true,
      });
      if (h !== undefined) hits.push(callSpanId === loc.spanId ? h : { ...h, callSpanId });
      leakFindings.push(...this.lookupLeak(session, e, tool, host, callSpanId, baseline, loc, hits));
    }
    const sweep = resourceSweepHit(session.features.resources, baseline, loc);
    if (sweep !== undefined) hits.push(sweep);
    // A call naming blocked targets is counted by the blocking rule. One naming resources is the
    // sweep's once the sweep holds; until then it counts here too: deleting object after object of
    // one bucket names one resource, the bucket, a hundred times.
    if (facts.isCall && e.kind === 'tool' && facts.blockedTargets.length === 0 && changesWhatItNames(facts.tool, facts.traits)) {
      const distinct = noteChange(session, facts.tool, e.toolArguments ?? '');
      const mass = facts.resources.length === 0 || sweep === undefined ? massChangeHit(facts.tool, distinct, baseline, loc) : undefined;
      if (mass !== undefined) hits.push(mass);
    }
    if (facts.isCall) {
      const rate = rateSpikeHit(peakCallsPerMinute(session.features), baseline, loc);
      if (rate !== undefined) hits.push(rate);
    }

    for (const h of hits) addHit(inc, h);
    if (facts.isCall && e.kind === 'tool' && !hits.some((h) => h.role === 'trigger')) this.noteReferences(e, facts, session, loc);
    if (facts.isCall && sentDataOut(hits)) withholdDestinations(session, facts.destinations);
    const poisoned = new Set(this.ledger.records(e.tenant, e.agentId).flatMap((r) => r.indicators));
    for (const h of linkEvidence(session, poisoned, baseline, this.config.internalDomains)) addHit(inc, h);

    // Closes of sessions this event's session evicted (LRU) come first: they ended before it.
    const findings: RiskFinding[] = this.closing.splice(0);
    const f = nextFinding(inc, e, baseline.mature, this.config.reportThreshold);
    if (f !== undefined) {
      findings.push(f);
      const why = baselineExclusion(f);
      if (why !== 'none') session.excludeFromBaseline = true;
      if (why === 'attack') session.excludedForAttack = true;
    }
    findings.push(...leakFindings);
    const d = this.trackDrift(e, facts, session, baseline);
    if (d !== undefined) findings.push(d);
    return findings;
  }

  /**
   * Retires sessions idle since before `watermark - sessionIdleMs` and leak incidents past their
   * window; returns the Close of each reported incident among them (verdicts via `takeVerdicts`).
   * The watermark is one event time, or each agent's (a worker reading several partitions or
   * tenants, each at its own pace).
   */
  expire(watermark: number | AgentEventTime): RiskFinding[] {
    const at = agentEventTime(watermark, 'expire');
    for (const [key, s] of this.sessions) {
      if (s.lastEventMs + this.config.sessionIdleMs <= at(s.incident.tenant, s.incident.agentId)) this.retire(key, s);
    }
    this.leaks.expire(at);
    for (const [key, inc] of this.leakIncidents) {
      if (inc.lastSeenMs + this.config.leakWindowMs <= at(inc.tenant, inc.agentId)) {
        this.leakIncidents.delete(key);
        this.close(inc);
        this.remember(inc);
      }
    }
    return this.closing.splice(0);
  }

  stats(): ScorerStats {
    return {
      liveSessions: this.sessions.size,
      evictedSessions: this.evicted,
      reopenedSessions: this.reopened,
      profiles: this.profiles.size,
      poisonedMemoryRecords: this.ledger.size,
      leakWindows: this.leaks.size,
      driftTrackers: this.drift.size,
    };
  }

  /** The event's live session, and whether this event opened it. */
  private sessionFor(e: AgentEvent): { session: LiveSession; fresh: boolean } {
    const key = sessionKey(e);
    let s = this.sessions.get(key);
    if (s !== undefined) {
      this.sessions.delete(key);
      this.sessions.set(key, s);
      return { session: s, fresh: false };
    }
    s = newLiveSession(e);
    this.sessions.set(key, s);
    if (this.ended.delete(key)) this.reopened++;
    this.adoptRetired(s.incident);
    while (this.sessions.size > this.config.maxSessions) {
      const oldest = this.sessions.keys().next().value as string;
      this.retire(oldest, this.sessions.get(oldest) as LiveSession);
      this.evicted++;
    }
    return { session: s, fresh: true };
  }

  /**
   * Drops a live session without a verdict or a Close: another scorer owns it now (its partition
   * moved) and rebuilds it from the events, so whatever this one would report would be a second
   * story of the same session. Returns whether it was live.
   */
  release(tenant: string, agentId: string, sessionId: string): boolean {
    return this.sessions.delete(sessionKey({ tenant, agentId, sessionId }));
  }

  /** Verdicts on the sessions retired since the last call, oldest first. */
  takeVerdicts(): SessionVerdict[] {
    return this.verdicts.splice(0);
  }

  private retire(key: string, s: LiveSession): void {
    const inc = s.incident;
    this.verdicts.push({
      tenant: inc.tenant,
      agentId: inc.agentId,
      sessionId: inc.sessionId,
      lastEventMs: s.lastEventMs,
      exclude: s.excludeFromBaseline === true,
      ...(s.excludeFromBaseline === true && s.excludedForAttack !== true ? { noveltyOnly: true } : {}),
      ...(s.withheldDestinations && s.withheldDestinations.size > 0 ? { withheldDestinations: [...s.withheldDestinations.values()] } : {}),
    });
    this.sessions.delete(key);
    this.ended.add(key);
    dropOldest(this.ended, MAX_RETIRED);
    this.close(inc);
    this.remember(inc);
    if (s.driftIncident !== undefined) {
      this.close(s.driftIncident);
      this.remember(s.driftIncident);
    }
  }

  private close(inc: Incident): void {
    // Drift findings are always scored as mature (they need the agent's own profile).
    const mature = inc.kind === 'drift' || this.agentBaseline(inc.tenant, inc.agentId, inc.agentType).mature;
    const f = closingFinding(inc, mature);
    if (f !== undefined) this.closing.push(f);
  }

  private remember(inc: Incident): void {
    if (inc.reported === undefined) return;
    this.retired.delete(inc.findingId);
    this.retired.set(inc.findingId, inc.reported);
    dropOldest(this.retired, MAX_RETIRED);
  }

  /** An incident seen before (expired, evicted, or before a restart) continues its revisions. */
  private adoptRetired(inc: Incident): void {
    const before = this.retired.get(inc.findingId);
    if (before === undefined) return;
    inc.reported = before;
    this.retired.delete(inc.findingId);
  }

  /**
   * What must survive a restart so that finding revisions continue rather than restart at 1:
   * the last published state of every incident still remembered. Live session evidence is not
   * kept (it is rebuilt from the events that follow). JSON-serializable.
   */
  exportState(): ScorerState {
    const reported = new Map(this.retired);
    const live = [...[...this.sessions.values()].map((s) => s.incident), ...this.leakIncidents.values(), ...[...this.sessions.values()].flatMap((s) => (s.driftIncident === undefined ? [] : [s.driftIncident]))];
    for (const inc of live) if (inc.reported !== undefined) reported.set(inc.findingId, inc.reported);
    return {
      schema: 1,
      reported: [...reported.entries()].map(([findingId, r]) => ({
        findingId,
        revision: r.revision,
        risk: r.risk,
        severity: r.severity,
        types: [...r.types],
        ...(r.closed === true ? { closed: true } : {}),
      })),
    };
  }

  /** Rebuilds a scorer from `exportState()` output (as read back from disk, hence `unknown`). */
  static restore(saved: unknown, config: Partial<DetectionConfig> = {}): SessionScorer {
    const state = saved as ScorerState | undefined;
    if (state?.schema !== 1 || !Array.isArray(state.reported)) {
      throw new InvalidInputError('DETECTION_SCORER_STATE_INVALID', 'Scorer state is not a schema-1 export of SessionScorer.exportState(); start from an empty scorer instead.');
    }
    const scorer = new SessionScorer(config);
    for (const r of state.reported) {
      if (typeof r?.findingId !== 'string' || typeof r.revision !== 'number' || !Array.isArray(r.types)) continue;
      scorer.retired.set(r.findingId, { revision: r.revision, risk: r.risk, severity: r.severity, types: new Set(r.types), ...(r.closed === true ? { closed: true } : {}) });
    }
    return scorer;
  }

  /**
   * Current composite risk of a live session (reported or not), for metrics and tests; undefined
   * once the session has expired.
   */
  sessionRisk(tenant: string, agentId: string, sessionId: string): number | undefined {
    const s = this.sessions.get(sessionKey({ tenant, agentId, sessionId }));
    return s === undefined ? undefined : compositeRisk([...s.incident.hits.values()], s.incident.actions).risk;
  }

  private baselineFor(e: AgentEvent): Baseline {
    return this.agentBaseline(e.tenant, e.agentId, e.agentType);
  }

  private agentBaseline(tenant: string, agentId: string, agentType: string): Baseline {
    return new Baseline(
      this.profiles.get(`${tenant}/${profileSubject('agent', agentId)}`),
      this.profiles.get(`${tenant}/${profileSubject('cohort', agentType)}`),
      this.config,
      this.approvals,
    );
  }

  /** The call read a page or API of the organisation's own (every host it names or reached is internal). */
  private fetchedFromInternalHost(facts: EventFacts): boolean {
    if (!facts.isCall || this.config.internalDomains.length === 0) return false;
    const hosts = destinationsFromArguments(facts.fields, true)
      .filter((d) => d.kind === 'host')
      .map((d) => d.value);
    if (facts.host !== undefined) hosts.push(facts.host);
    return hosts.length > 0 && hosts.every((h) => isInternal(h, this.config.internalDomains));
  }

  /**
   * Payment references in a result that mentions payments at all, read from the fields the event's
   * facts parsed (a listing too long to parse is not where a refund finds the one payment it names).
   */
  private noteReferences(e: AgentEvent, facts: EventFacts, s: LiveSession, loc: SignalLocation): void {
    const r = e.toolResult;
    if (r === undefined || r.length > MAX_RESULT_PARSED || !PAYMENT_WORDS.test(r)) return;
    noteReadReferences(s, facts.resultFields(), { timeMs: loc.timeMs, spanId: loc.spanId });
  }

  /** Sensitive values a read returned, to recognise them when they leave later. */
  private recordRead(e: AgentEvent, facts: EventFacts, s: LiveSession, loc: SignalLocation): void {
    if (e.toolResult === undefined || e.toolResult.length === 0 || s.reads.length >= MAX_RECORDS) return;
    const found = findSensitiveData(e.toolResult.slice(0, MAX_TEXT));
    if (!facts.traits.sensitiveRead && found.length === 0) return;
    // A read that returned a credential is sensitive whatever the tool is called (a state file, a config).
    const sensitive = facts.traits.sensitiveRead || found.some((m) => SECRET_KINDS.has(m.kind));
    // A national id, a social security or a card number found by its label or its check is a
    // person's record, whatever system returned it (a meter vendor's accounts, a gate log).
    const identifiers = [...new Map(found.filter((m) => RECORD_IDENTIFIER_KINDS.has(m.kind) && (sensitive || m.kind !== 'iban')).map((m) => [m.value, { kind: m.kind, value: m.value }])).values()].slice(0, 200);
    s.reads.push({ location: loc, tool: facts.tool, values: [...new Set(found.map((m) => m.value))].slice(0, 200), sensitive, ...(identifiers.length > 0 ? { identifiers } : {}) });
  }

  private recordAction(
    e: AgentEvent,
    facts: EventFacts,
    s: LiveSession,
    baseline: Baseline,
    loc: SignalLocation,
    hits: SignalHit[],
    reportsAttack: boolean,
  ): RiskFinding[] {
    const inc = s.incident;
    const leakFindings: RiskFinding[] = [];
    // Content naming an address excuses a reply to it, not standing access for it.
    const excused: Pick<ReadonlySet<string>, 'has'> = facts.traits.grantsAccess ? new Set<string>() : { has: (v) => namedInContent(s, v) !== undefined };
    const documented = (v: string): boolean => documentedSend(s, v, loc.timeMs, facts.traits.grantsAccess, facts.tool);
    const novelties = facts.traits.egress ? destinationNovelty(facts.destinations, baseline, this.config.internalDomains, excused, documented) : [];
    const payload = payloadText(facts.fields, e.toolArguments);
    const items = facts.traits.egress ? sensitivePayload(payload, facts.destinations) : [];
    for (const n of novelties) if (n.score >= 0.1) hits.push(newDestinationHit(n, facts.tool, loc, items.length > 0, facts.traits.grantsAccess));
    const novelty = novelties.reduce((m, n) => Math.max(m, n.publicChannel ? 1 : n.score), 0);

    if (facts.traits.egress) {
      // A report to the company's security mailbox is evidence of nothing but a careful agent:
      // neither its odd place in the workflow nor the attack's addresses it quotes count.
      const reportOnly = reportsAttack && !items.some((m) => SECRET_KINDS.has(m.kind));
      const prev = orderedCalls(s.features).filter((c) => c.t <= e.startTimeMs && c.spanId !== e.spanId).pop()?.tool ?? '<start>';
      const tr = reportOnly ? undefined : transitionHit(prev, facts.tool, baseline, loc);
      if (tr !== undefined) hits.push(tr);
      const earlierReads = s.reads.filter((r) => r.location.timeMs <= loc.timeMs);
      const readValues = new Set(earlierReads.flatMap((r) => r.values));
      // Personal data posted where anyone reads it is exposed however often the agent posts there.
      const published = facts.destinations.some((d) => d.kind === 'channel' && isPublicChannel(d.value));
      const recordReads = earlierReads.filter((r) => r.sensitive || (r.identifiers?.length ?? 0) > 0);
      // A published text quoting a record's identifier bare is matched against the records read.
      const quoted = published ? quotedRecordIdentifiers(payload, recordReads.flatMap((r) => r.identifiers ?? []), items) : [];
      const sent = quoted.length > 0 ? [...items, ...quoted] : items;
      const carried = sent.some((m) => readValues.has(m.value));
      const fromRecords = new Set(recordReads.flatMap((r) => r.values));
      const publishedRecords = published && sent.some((m) => fromRecords.has(m.value));
      const eh = sensitiveEgressHit(facts.tool, payload, sent, published ? 1 : novelty, carried, facts.destinations, loc, publishedRecords);
      const masked = eh === undefined || quoted.length === 0 || eh.excerpt === undefined ? eh : { ...eh, excerpt: maskQuoted(eh.excerpt, quoted) };
      if (masked !== undefined && !reportOnly) hits.push(toDocumentedPlace(masked, sent, facts.destinations, documented));
      if (items.length > 0) leakFindings.push(...this.feedLeakWindows(e, facts.destinations, items, baseline, loc, hits));
    }
    const argValues = indicatorValues(extractIndicators(e.toolArguments ?? ''));
    const values = [...new Set([...argValues, ...facts.destinations.map((d) => d.value)])];
    if (s.actions.length < MAX_RECORDS) {
      s.actions.push({
        location: loc,
        tool: facts.tool,
        values,
        egress: facts.traits.egress,
        stateChanging: facts.traits.stateChanging,
        highImpact: facts.traits.highImpact,
        grantsAccess: facts.traits.grantsAccess,
        ...(facts.traits.grantsAccess && grantsAdministration(facts.fields) ? { grantsAdministration: true } : {}),
        payloadValues: [...new Set(items.map((m) => m.value))],
        novelty,
        destinations: facts.destinations.map((d) => d.value),
      });
    }
    const strength = actionStrength({
      tool: facts.tool,
      traits: facts.traits,
      argumentValues: values,
      destinations: facts.destinations,
      sensitiveItems: items.length,
      secretItems: items.filter((m) => SECRET_KINDS.has(m.kind)).length,
      novelty,
      contentNamed: s.contentNamed,
      baseline,
      internalDomains: this.config.internalDomains,
    });
    const what = facts.traits.egress
      ? `${facts.tool} to ${facts.destinations.map((d) => d.value).slice(0, 2).join(', ') || 'an external destination'}`
      : `${facts.tool} (state change)`;
    // A draft or a flag in the domain the principal asked about is their request carried out; a
    // send, a payment or a deletion is judged after any text that came before it, asked for or not.
    const requestedAtMs = facts.traits.egress || facts.traits.highImpact ? undefined : firstRequestNaming(s, facts.traits.dataDomain);
    addAction(inc, { location: loc, strength, label: what, ...(requestedAtMs === undefined ? {} : { requestedAtMs }) });
    for (const d of facts.destinations) if (inc.destinations.size < 50) inc.destinations.add(d.value);
    return leakFindings;
  }

  /**
   * A lookup at an outside host that carried PII or secrets in its arguments sent them there: it
   * feeds that host's leak window like a send, unless the host is where this tool has long gone
   * (a carrier's tracking API looked up for weeks). One customer's phone number per session to a
   * free lookup service is the slow leak no single session shows.
   */
  private lookupLeak(s: LiveSession, e: AgentEvent, tool: string, host: string, callSpanId: string, baseline: Baseline, loc: SignalLocation, hits: SignalHit[]): RiskFinding[] {
    const payload = s.lookupPayloads.get(callSpanId);
    if (payload === undefined || isInternal(host, this.config.internalDomains)) return [];
    const known = baseline.hostsForTool(tool).hosts[host];
    if (known !== undefined && known.n >= 5 && e.startTimeMs - known.first >= this.config.establishedDestinationMs) return [];
    // Secrets need no window: a scan or lookup that hands keys, tokens or passwords to a host its tool
    // has not long used (a new "scanner" uploading .env files) has leaked them in this one call.
    const destination: Destination = { kind: 'host', value: host };
    const secrets = payload.items.filter((m) => SECRET_KINDS.has(m.kind));
    if (secrets.length > 0 && !baseline.approvedDestination(destination)) {
      const h = sensitiveEgressHit(tool, payload.text, secrets, 1, false, [destination], loc);
      if (h !== undefined) hits.push(callSpanId === loc.spanId ? h : { ...h, callSpanId });
    }
    return this.feedLeakWindows(e, [destination], payload.items, baseline, loc, hits);
  }

  /**
   * Adds the send to each destination's window. Once a window fires, the leak is its own incident
   * (one story per destination and run) and this session's send also carries it as a signal, so
   * every session that keeps feeding the leak is reported as part of it.
   */
  private feedLeakWindows(
    e: AgentEvent,
    destinations: readonly Destination[],
    items: readonly SensitiveMatch[],
    baseline: Baseline,
    loc: SignalLocation,
    sessionHits: SignalHit[],
  ): RiskFinding[] {
    const out: RiskFinding[] = [];
    const secrets = items.some((m) => SECRET_KINDS.has(m.kind));
    for (const d of destinations) {
      if (d.kind === 'email_domain') continue;
      if (isInternalDestination(d, this.config.internalDomains)) continue;
      // An approved destination is where this data is meant to go; secrets are meant to go nowhere.
      if (!secrets && baseline.approvedDestination(d)) continue;
      // Without a mature baseline nobody knows which destinations are the team's own: only
      // secrets leaving count then.
      if (!baseline.mature && !secrets) continue;
      const known = baseline.destination(d.kind, d.value);
      // Long-established destinations (a team mailbox used for weeks) are where data is meant to go.
      if (known !== undefined && known.n >= 5 && e.startTimeMs - known.first >= this.config.establishedDestinationMs) continue;
      const state = this.leaks.add(e.tenant, e.agentId, `${d.kind}:${d.value}`, {
        timeMs: e.startTimeMs,
        sessionId: e.sessionId,
        items: items.length,
        secrets,
        location: loc,
      });
      const hit = windowedLeakHit(state, this.config.leakMinSessions, this.config.leakWindowMs);
      if (hit === undefined) continue;
      sessionHits.push({ ...hit, key: `leak:${d.kind}:${d.value}`, location: loc, explanation: `This send is part of a leak: ${hit.explanation}` });
      const incKey = `${e.tenant}\u0000${e.agentId}\u0000${d.kind}:${d.value}\u0000${state.runStartMs}`;
      let inc = this.leakIncidents.get(incKey);
      if (inc === undefined) {
        inc = newIncident({
          findingId: stableId(e.tenant, e.agentId, 'leak', d.kind, d.value, state.runStartMs),
          kind: 'leak',
          category: 'security',
          tenant: e.tenant,
          agentId: e.agentId,
          agentType: e.agentType,
          sessionId: e.sessionId,
          firstSeenMs: state.runStartMs,
        });
        this.adoptRetired(inc);
        this.leakIncidents.set(incKey, inc);
      }
      inc.sessionId = e.sessionId;
      inc.hits.set(hit.key, hit);
      inc.destinations.add(d.value);
      for (const en of state.entries) noteSpan(inc, en.location);
      const f = nextFinding(inc, e, baseline.mature, this.config.reportThreshold);
      if (f !== undefined) out.push(f);
    }
    return out;
  }

  /** Feeds the drift tracker; a shifted tool mix after a model or prompt change is a reliability finding. */
  private trackDrift(e: AgentEvent, facts: EventFacts, s: LiveSession, baseline: Baseline): RiskFinding | undefined {
    const p = baseline.source === 'agent' ? baseline.agent : undefined;
    if (p === undefined) return undefined;
    s.driftLabel ??= driftLabel(p, e);
    if (s.driftLabel === undefined || (!facts.isCall && e.kind !== 'llm')) return undefined;
    // A session that must stay out of the baseline is an attacker's doing, not the new model's or
    // prompt's habit: counting its calls would hide the shift in the sessions around it.
    if (s.excludeFromBaseline === true) {
      this.drift.forget(e.tenant, e.agentId, s.driftLabel, e.sessionId);
      return undefined;
    }
    const shift = this.drift.observe(e.tenant, e.agentId, s.driftLabel, e.sessionId, toolCounts(s.features), p, this.config);
    if (shift === undefined) return undefined;
    // One reliability incident per session (findingId: tenant/agent/session/category), so every
    // session that runs with the change and the shifted mix is reported on its own.
    s.driftIncident ??= newIncident({
      findingId: stableId(e.tenant, e.agentId, e.sessionId, 'reliability'),
      kind: 'drift',
      category: 'reliability',
      tenant: e.tenant,
      agentId: e.agentId,
      agentType: e.agentType,
      sessionId: e.sessionId,
      firstSeenMs: e.startTimeMs,
    });
    const inc = s.driftIncident;
    this.adoptRetired(inc);
    addHit(inc, { ...shift, location: eventLocation(e) });
    return nextFinding(inc, e, true, this.config.reportThreshold);
  }
}

/** Bound on the destinations withheld from learning per session (a leak has one or a few). */
const MAX_WITHHELD = 50;

function withholdDestinations(session: LiveSession, destinations: readonly { readonly kind: string; readonly value: string }[]): void {
  const withheld = (session.withheldDestinations ??= new Map());
  for (const d of destinations) if (withheld.size < MAX_WITHHELD) withheld.set(`${d.kind}\u0000${d.value}`, { kind: d.kind, value: d.value });
}

/** At most one person's record: a certificate or a notification, not a list. */
const ONE_RECORD_ITEMS = 3;

/**
 * One person's personal data sent where the organisation's own document, read in the session, says
 * that work goes (a leaver's certificate with her social-security number to the agency the
 * offboarding policy names) is that procedure, not a leak: it keeps its place in the finding under
 * its own rule, which the new-habit hold allows. Secrets, lists of people and any destination the
 * document did not name are judged as before.
 */
function toDocumentedPlace(hit: SignalHit, items: readonly SensitiveMatch[], destinations: readonly Destination[], documented: (value: string) => boolean): SignalHit {
  if (hit.rule !== 'egress.pii' || destinations.length === 0 || !destinations.every((d) => documented(d.value))) return hit;
  if (new Set(items.map((m) => m.value)).size > ONE_RECORD_ITEMS) return hit;
  return { ...hit, rule: 'egress.pii_to_documented_destination', explanation: `${hit.explanation} The organisation's own document, read earlier in the session, names this destination for the work.` };
}

/**
 * The records carry money or personal fields, credentials (a config file's keys and connection
 * strings) or a listing of credentials by name: whatever the domain is called, reading them is
 * reading something sensitive.
 */
function returnsSensitiveRecords(result: string | undefined): boolean {
  return result !== undefined && (returnsSensitiveFields(result) || listsCredentials(result) || findSensitiveData(result.slice(0, MAX_TEXT)).some((m) => SECRET_KINDS.has(m.kind)));
}

/** What a lookup carries: every argument but where it is sent (a URL is the address, not the payload). */
function noteLookupPayload(s: LiveSession, e: AgentEvent, facts: EventFacts): void {
  if (s.lookupPayloads.size >= MAX_RECORDS) return;
  const text = payloadText(facts.fields, undefined, (f) => LOOKUP_ADDRESS_KEYS.test(f.key));
  const bounded = text.slice(0, MAX_TEXT);
  const items = findSensitiveData(bounded);
  if (items.length > 0) s.lookupPayloads.set(e.spanId, { items, text: bounded });
}

const LOOKUP_ADDRESS_KEYS = /^(?:url|uri|endpoint|host|base_url)$/;

const BODY_METHODS = /^(?:POST|PUT|PATCH)$/i;

/** The hosts a call's arguments give as whole URLs, recorded before the call's hosts are judged. */
function noteHostsNamedByCall(s: LiveSession, e: AgentEvent, facts: EventFacts): void {
  if (!facts.isCall) return;
  for (const f of facts.fields) {
    if (s.hostsNamedByCall.size >= MAX_RECORDS) return;
    const host = /^\s*https?:\/\//i.test(f.value) ? hostOfUrl(f.value) : undefined;
    if (host !== undefined) s.hostsNamedByCall.add(`${e.spanId}\u0000${host}`);
  }
}

/** Remembers a request with a body, under the call it belongs to (the span itself, or its parent call). */
function noteBodySent(s: LiveSession, e: AgentEvent, facts: EventFacts): void {
  const method = e.attributes['http.request.method'];
  if (facts.host === undefined || typeof method !== 'string' || !BODY_METHODS.test(method) || s.bodySentTo.size >= MAX_RECORDS) return;
  const call = facts.isCall ? e.spanId : e.parentSpanId;
  if (call !== undefined) s.bodySentTo.add(`${call}\u0000${facts.host}`);
}
