import { InvalidInputError, dropOldest, sessionKey, type AgentEvent, type AgentEventTime, type ProfileSnapshotMessage, type SessionVerdict } from '@warden/core';
import { resolveDetectionConfig, type DetectionConfig } from '../config';
import { agentEventTime } from '../internal/agent-event-time';
import { eventFacts } from '../indicators/event-facts';
import { emptyProfile, learnSession, parseProfile, type AgentProfile } from './agent-profile';
import { assertUsableEvent } from './event-validation';
import type { BaselineExclusion } from './learning-policy';
import { addToSession, newSessionFeatures, type SessionFeatureState } from './session-features';

/** Everything a learner needs to resume after a restart. JSON-serializable. */
export interface LearnerState {
  readonly schema: 1;
  readonly profiles: readonly AgentProfile[];
  readonly openSessions: readonly SessionFeatureState[];
  /** Sessions findings excluded for attack evidence (and, in older exports, for any reason). */
  readonly flagged: readonly string[];
  /** Sessions findings excluded for novelty alone (absent in older exports). */
  readonly flaggedNovelty?: readonly string[];
  /** Completed sessions waiting for the scorer's verdict (absent in older exports). */
  readonly awaitingVerdict?: readonly SessionFeatureState[];
  /** Excluded sessions kept for a person's review (absent in older exports). */
  readonly heldForReview?: readonly HeldSession[];
}

/** A session the scorer excluded, kept so that a person who reviews its finding as benign can have it learned. */
export interface HeldSession {
  readonly session: SessionFeatureState;
  /** Destinations its verdict withheld (`kind\u0000value`): a review does not teach them either. */
  readonly withheld: readonly string[];
  /**
   * Held for novelty alone (baselineExclusion `novelty`): what was new in it for its cohort when it
   * was held (`tool\u0000name`, `domain\u0000name`, `host\u0000tool\u0000host`, and
   * `recipient\u0000kind\u0000value` for a destination data went to), learned once each has been held
   * that way on `noveltyCorroboration` agent-days, a recipient by more than one agent.
   */
  readonly novelty?: readonly string[];
}

export interface LearnerStats {
  readonly openSessions: number;
  readonly learnedSessions: number;
  readonly discardedFlaggedSessions: number;
  readonly droppedSessions: number;
  readonly awaitingVerdict: number;
  readonly heldForReview: number;
  /** Excluded sessions learned because a person reviewed their finding as benign. */
  readonly learnedAfterReview: number;
  /** Reviews that found nothing to learn: the session was learned, dropped, or never seen here. */
  readonly reviewsUnmatched: number;
  /** Sessions held for novelty alone, learned once their novelty was seen on enough agent-days. */
  readonly learnedCorroborated: number;
}

const MAX_FLAGGED = 100_000;
/** Novelty key of a destination that received data (`recipient\u0000kind\u0000value`). */
const RECIPIENT = 'recipient\u0000';
/** Distinct agents that must have sent data to a recipient before it is corroborated. */
const MIN_RECIPIENT_AGENTS = 2;
const DAY_MS = 86_400_000;
/**
 * Excluded sessions kept for review, least recently excluded dropped first. Findings are reviewed
 * within days; a fleet excludes a few sessions a day per agent, so this covers weeks for hundreds
 * of agents while bounding memory like the open sessions.
 */
const MAX_HELD_FOR_REVIEW = 5_000;

/**
 * Learns per-agent and per-cohort profiles from FINISHED sessions only (idle for
 * `sessionIdleMs` of event time), so an attack in progress is scored against a baseline that has
 * not yet seen it, and sessions the scorer flagged are never learned at all.
 */
export class ProfileLearner {
  private readonly config: DetectionConfig;
  private readonly profiles = new Map<string, AgentProfile>();
  /** Insertion order doubles as LRU order: a session is re-inserted when it sees an event. */
  private readonly open = new Map<string, SessionFeatureState>();
  /** Why findings excluded the session; `attack` wins over `novelty`. */
  private readonly flagged = new Map<string, Exclude<BaselineExclusion, 'none'>>();
  /** Completed sessions held until the scorer's verdict on them arrives (learnAfterVerdict). */
  private readonly awaiting = new Map<string, SessionFeatureState>();
  /** Verdicts that arrived while their session was still open: key → what they said. */
  private readonly verdictsAhead = new Map<string, SettledVerdict>();
  /** Excluded sessions, kept until a person reviews their finding (or the bound drops them). */
  private readonly held = new Map<string, HeldSession>();
  /**
   * Reviews of sessions not settled yet (open, or awaiting their verdict): key → the session's
   * last span time when the review came. The review covers what had been seen by then, so a
   * session that goes on afterwards is judged as usual.
   */
  private readonly reviewed = new Map<string, number>();
  private learned = 0;
  private discarded = 0;
  private dropped = 0;
  private learnedAfterReview = 0;
  private reviewsUnmatched = 0;
  private learnedCorroborated = 0;

  constructor(config: Partial<DetectionConfig> = {}) {
    this.config = resolveDetectionConfig(config);
  }

  observe(event: AgentEvent): void {
    assertUsableEvent(event);
    const key = sessionKey(event);
    let s = this.open.get(key);
    if (s === undefined) {
      s = newSessionFeatures(event);
    } else {
      this.open.delete(key);
    }
    this.open.set(key, s);
    addToSession(s, event, eventFacts(event));
    this.dropped += dropOldest(this.open, this.config.maxOpenSessions);
  }

  /**
   * Do not learn this session as it is (call with baselineExclusion of its findings). Applies to
   * every agent in it. `novelty` holds it for corroboration; any `attack` finding holds it for review.
   */
  markFlagged(tenant: string, sessionId: string, exclusion: Exclude<BaselineExclusion, 'none'> = 'attack'): void {
    const key = flagKey(tenant, sessionId);
    const next = this.flagged.get(key) === 'attack' ? 'attack' : exclusion;
    this.flagged.delete(key);
    this.flagged.set(key, next);
    dropOldest(this.flagged, MAX_FLAGGED);
  }

  isFlagged(tenant: string, sessionId: string): boolean {
    return this.flagged.has(flagKey(tenant, sessionId));
  }

  /**
   * Closes sessions idle since before `watermark - sessionIdleMs` (one event time, or each agent's),
   * learns the unflagged ones and returns the snapshots of every profile that changed (agent and
   * cohort), in a stable order.
   * With `learnAfterVerdict`, a closed session is learned only once its verdict is known.
   */
  closeIdleSessions(watermark: number | AgentEventTime): ProfileSnapshotMessage[] {
    const at = agentEventTime(watermark, 'closeIdleSessions');
    const changed = new Set<string>();
    const closing = [...this.open.entries()]
      .filter(([, s]) => s.lastMs + this.config.sessionIdleMs <= at(s.tenant, s.agentId))
      .sort(([, a], [, b]) => a.lastMs - b.lastMs);
    for (const [key, s] of closing) {
      this.open.delete(key);
      const ahead = this.verdictsAhead.get(key);
      if (!this.config.learnAfterVerdict || (ahead !== undefined && (ahead.throughMs === undefined || s.lastMs <= ahead.throughMs))) {
        this.verdictsAhead.delete(key);
        this.settle(s, ahead ?? CLEAR, changed);
        continue;
      }
      this.awaiting.set(key, s);
      // Waiting is bounded; a session dropped unlearned is the safe side of a missing verdict.
      this.dropped += dropOldest(this.awaiting, this.config.maxOpenSessions);
    }
    return this.snapshotsOf(changed);
  }

  /**
   * The scorer's verdicts: learns the waiting sessions they clear, discards the ones they exclude,
   * and remembers verdicts on sessions still open for when those close.
   */
  applyVerdicts(verdicts: readonly SessionVerdict[]): ProfileSnapshotMessage[] {
    const changed = new Set<string>();
    for (const v of verdicts) {
      const key = sessionKey(v);
      if (v.review !== undefined) {
        this.applyReview(key, changed);
        continue;
      }
      const waiting = this.awaiting.get(key);
      const verdict = settledVerdict(v);
      if (waiting !== undefined) {
        this.awaiting.delete(key);
        // An earlier verdict that covered only part of the session still counts: exclusion wins.
        const earlier = this.verdictsAhead.get(key);
        this.verdictsAhead.delete(key);
        this.settle(waiting, combineVerdicts(earlier, verdict), changed);
      } else {
        // A scorer may retire a session early (memory bound) and see more of it later: any
        // verdict that excludes it wins, and every destination any of them withheld stays withheld.
        // A verdict can also come before the session's first event does (on Kafka the verdicts
        // consumer can run ahead of the events one in a burst): it then covers only the spans the
        // scorer had seen, and a session that turns out longer waits for a verdict on the rest.
        const earlier = this.verdictsAhead.get(key);
        const throughMs = this.open.has(key) ? earlier?.throughMs : Math.max(earlier?.throughMs ?? v.lastEventMs, v.lastEventMs);
        this.verdictsAhead.delete(key);
        this.verdictsAhead.set(key, { ...combineVerdicts(earlier, verdict), ...(throughMs === undefined ? {} : { throughMs }) });
        dropOldest(this.verdictsAhead, this.config.maxOpenSessions);
      }
    }
    return this.snapshotsOf(changed);
  }

  /**
   * A person reviewed the session's finding as benign: an excluded session held for review is
   * learned now; one not settled yet is learned when it settles, if nothing came after the review.
   */
  private applyReview(key: string, changed: Set<string>): void {
    const held = this.held.get(key);
    if (held !== undefined) {
      this.held.delete(key);
      this.learn(held.session, new Set(held.withheld), changed);
      this.learnedAfterReview++;
      return;
    }
    const pending = this.awaiting.get(key) ?? this.open.get(key);
    if (pending === undefined) {
      this.reviewsUnmatched++;
      return;
    }
    this.reviewed.delete(key);
    this.reviewed.set(key, pending.lastMs);
    dropOldest(this.reviewed, this.config.maxOpenSessions);
  }

  private settle(full: SessionFeatureState, verdict: SettledVerdict, changed: Set<string>): void {
    const key = sessionKey(full);
    const reviewedThrough = this.reviewed.get(key);
    this.reviewed.delete(key);
    const flag = this.flagged.get(flagKey(full.tenant, full.sessionId));
    if (verdict.exclude || flag !== undefined) {
      if (reviewedThrough !== undefined && full.lastMs <= reviewedThrough) {
        this.learn(full, verdict.withheld, changed);
        this.learnedAfterReview++;
        return;
      }
      if (reviewedThrough !== undefined) this.reviewsUnmatched++;
      this.discarded++;
      const noveltyOnly = (!verdict.exclude || verdict.noveltyOnly) && flag !== 'attack';
      const novelty = noveltyOnly && this.config.noveltyCorroboration > 0 ? this.noveltiesOf(full, verdict.withheld) : [];
      this.held.delete(key);
      this.held.set(key, { session: full, withheld: [...verdict.withheld], ...(novelty.length > 0 ? { novelty } : {}) });
      dropOldest(this.held, MAX_HELD_FOR_REVIEW);
      if (novelty.length > 0) this.learnCorroborated(full.tenant, full.agentType, changed);
      return;
    }
    this.learn(full, verdict.withheld, changed);
  }

  /**
   * What the session did that its cohort's profile does not hold yet, and the destinations its
   * verdict withheld because data went there (`recipient\u0000kind\u0000value`) that the cohort never learned.
   */
  private noveltiesOf(s: SessionFeatureState, withheld: ReadonlySet<string>): string[] {
    const cohort = this.profiles.get(`${s.tenant}/cohort:${s.agentType}`);
    const out = new Set<string>();
    for (const c of s.calls) if (cohort?.tools[c.tool] === undefined) out.add(`tool\u0000${c.tool}`);
    for (const d of s.dataDomains) if (cohort?.dataDomains[d] === undefined) out.add(`domain\u0000${d}`);
    for (const [tool, hosts] of Object.entries(s.hostsByTool)) {
      for (const h of hosts) if (cohort?.hostsByTool[tool]?.[h] === undefined) out.add(`host\u0000${tool}\u0000${h}`);
    }
    for (const key of withheld) {
      const d = s.destinations[key];
      if (d !== undefined && !(cohort !== undefined && Object.hasOwn(cohort.destinations[d.kind], d.value))) out.add(`${RECIPIENT}${key}`);
    }
    return [...out].sort();
  }

  /**
   * Learns the cohort's sessions held for novelty alone once every novelty in one of them has been
   * held that way on `noveltyCorroboration` distinct agent-days: the cohort's new habit, not one
   * agent pushed somewhere new in one sitting. A UEBA baseline counts peers and days the same way
   * before it calls a first-seen value normal.
   */
  private learnCorroborated(tenant: string, agentType: string, changed: Set<string>): void {
    const candidates = [...this.held.entries()].filter(([, h]) => h.novelty !== undefined && h.session.tenant === tenant && h.session.agentType === agentType);
    const seenOn = new Map<string, Set<string>>();
    for (const [, h] of candidates) {
      const agentDay = `${h.session.agentId}\u0000${Math.floor(h.session.lastMs / DAY_MS)}`;
      for (const n of h.novelty ?? []) {
        let days = seenOn.get(n);
        if (days === undefined) seenOn.set(n, (days = new Set()));
        days.add(agentDay);
      }
    }
    // One agent sending personal data to the same new place day after day is how a slow leak looks;
    // a recipient is the cohort's partner only once more than one agent sends to it.
    // An agent-day is `agentId\u0000day`; the day is digits, so the last separator ends the agent id.
    const agentsOf = (agentDays: ReadonlySet<string>): number => new Set([...agentDays].map((d) => d.slice(0, d.lastIndexOf('\u0000')))).size;
    const enough = (n: string): boolean => {
      const days = seenOn.get(n);
      return days !== undefined && days.size >= this.config.noveltyCorroboration && (!n.startsWith(RECIPIENT) || agentsOf(days) >= MIN_RECIPIENT_AGENTS);
    };
    for (const [key, h] of candidates) {
      if (!(h.novelty ?? []).every(enough)) continue;
      this.held.delete(key);
      const recipients = new Set((h.novelty ?? []).filter((n) => n.startsWith(RECIPIENT)).map((n) => n.slice(RECIPIENT.length)));
      this.learn(h.session, new Set(h.withheld.filter((w) => !recipients.has(w))), changed);
      this.learnedCorroborated++;
    }
  }

  private learn(full: SessionFeatureState, withheld: ReadonlySet<string>, changed: Set<string>): void {
    const s = withheld.size === 0 ? full : { ...full, destinations: Object.fromEntries(Object.entries(full.destinations).filter(([k]) => !withheld.has(k))) };
    const agent = this.profileFor(s.tenant, 'agent', s.agentId, s.agentType);
    const cohort = this.profileFor(s.tenant, 'cohort', s.agentType, s.agentType);
    const bounds = { topK: this.config.profileTopK, recentValues: this.config.profileRecentValues, forgetAfterMs: this.config.profileForgetAfterMs };
    learnSession(agent, s, bounds);
    learnSession(cohort, s, bounds);
    changed.add(`${s.tenant}/${agent.subject}`);
    changed.add(`${s.tenant}/${cohort.subject}`);
    this.learned++;
  }

  private snapshotsOf(changed: ReadonlySet<string>): ProfileSnapshotMessage[] {
    return [...changed].sort().map((k) => {
      const p = this.profiles.get(k) as AgentProfile;
      return { tenant: p.tenant, subject: p.subject, profile: structuredClone(p) };
    });
  }

  /** Every profile, as the compacted topic should hold it (for a full re-publish). */
  allSnapshots(): ProfileSnapshotMessage[] {
    return [...this.profiles.keys()].sort().map((k) => {
      const p = this.profiles.get(k) as AgentProfile;
      return { tenant: p.tenant, subject: p.subject, profile: structuredClone(p) };
    });
  }

  profile(tenant: string, subject: string): AgentProfile | undefined {
    const p = this.profiles.get(`${tenant}/${subject}`);
    return p === undefined ? undefined : structuredClone(p);
  }

  stats(): LearnerStats {
    return {
      openSessions: this.open.size,
      learnedSessions: this.learned,
      discardedFlaggedSessions: this.discarded,
      droppedSessions: this.dropped,
      awaitingVerdict: this.awaiting.size,
      heldForReview: this.held.size,
      learnedAfterReview: this.learnedAfterReview,
      reviewsUnmatched: this.reviewsUnmatched,
      learnedCorroborated: this.learnedCorroborated,
    };
  }

  exportState(): LearnerState {
    return structuredClone({
      schema: 1 as const,
      profiles: [...this.profiles.values()],
      openSessions: [...this.open.values()],
      flagged: [...this.flagged].filter(([, why]) => why === 'attack').map(([k]) => k),
      flaggedNovelty: [...this.flagged].filter(([, why]) => why === 'novelty').map(([k]) => k),
      awaitingVerdict: [...this.awaiting.values()],
      heldForReview: [...this.held.values()],
    });
  }

  /** Rebuilds a learner from `exportState()` output (as read back from disk, hence `unknown`). */
  static restore(saved: unknown, config: Partial<DetectionConfig> = {}): ProfileLearner {
    const state = saved as LearnerState | undefined;
    if (state?.schema !== 1 || !Array.isArray(state.profiles) || !Array.isArray(state.openSessions) || !Array.isArray(state.flagged)) {
      throw new InvalidInputError('DETECTION_LEARNER_STATE_INVALID', 'Learner state is not a schema-1 export of ProfileLearner.exportState(); start from an empty learner or restore a matching backup.');
    }
    const learner = new ProfileLearner(config);
    for (const raw of state.profiles) {
      const p = structuredClone(parseProfile(raw));
      learner.profiles.set(`${p.tenant}/${p.subject}`, p);
    }
    for (const s of state.openSessions) {
      if (typeof s?.tenant !== 'string' || typeof s.agentId !== 'string' || typeof s.sessionId !== 'string' || !Array.isArray(s.calls)) {
        throw new InvalidInputError('DETECTION_LEARNER_STATE_INVALID', 'Learner state holds a malformed open session; start from an empty learner or restore a matching backup.');
      }
      learner.open.set(sessionKey(s), structuredClone(s));
    }
    for (const f of Array.isArray(state.flaggedNovelty) ? state.flaggedNovelty : []) if (typeof f === 'string') learner.flagged.set(f, 'novelty');
    for (const f of state.flagged) if (typeof f === 'string') learner.flagged.set(f, 'attack');
    for (const s of Array.isArray(state.awaitingVerdict) ? state.awaitingVerdict : []) {
      if (typeof s?.tenant !== 'string' || typeof s.agentId !== 'string' || typeof s.sessionId !== 'string' || !Array.isArray(s.calls)) {
        throw new InvalidInputError('DETECTION_LEARNER_STATE_INVALID', 'Learner state holds a malformed session awaiting a verdict; start from an empty learner or restore a matching backup.');
      }
      learner.awaiting.set(sessionKey(s), structuredClone(s));
    }
    for (const h of Array.isArray(state.heldForReview) ? state.heldForReview : []) {
      const s = h?.session;
      if (typeof s?.tenant !== 'string' || typeof s.agentId !== 'string' || typeof s.sessionId !== 'string' || !Array.isArray(s.calls) || !Array.isArray(h.withheld) || (h.novelty !== undefined && !Array.isArray(h.novelty))) {
        throw new InvalidInputError('DETECTION_LEARNER_STATE_INVALID', 'Learner state holds a malformed session held for review; start from an empty learner or restore a matching backup.');
      }
      learner.held.set(sessionKey(s), structuredClone(h));
    }
    return learner;
  }

  private profileFor(tenant: string, kind: 'agent' | 'cohort', id: string, agentType: string): AgentProfile {
    const key = `${tenant}/${kind}:${id}`;
    let p = this.profiles.get(key);
    if (p === undefined) {
      p = emptyProfile(tenant, kind, id, agentType);
      this.profiles.set(key, p);
    }
    return p;
  }
}

/** A verdict as the learner applies it: whether to learn the session, and which destinations not to. */
interface SettledVerdict {
  readonly exclude: boolean;
  /** `kind\u0000value`, the session features' destination keys. */
  readonly withheld: ReadonlySet<string>;
  /** With `exclude`: every exclusion rested on novelty alone (SessionVerdict.noveltyOnly). */
  readonly noveltyOnly: boolean;
  /** For a verdict that came before the session's events: the last span time it covers. */
  readonly throughMs?: number;
}

/** Findings name a session by tenant and id alone: a flag covers every agent in it. */
function flagKey(tenant: string, sessionId: string): string {
  return `${tenant}\u0000${sessionId}`;
}

const CLEAR: SettledVerdict = { exclude: false, noveltyOnly: false, withheld: new Set() };

/** Two verdicts on one session: any that excludes it wins, and whatever either withheld stays withheld. */
function combineVerdicts(earlier: SettledVerdict | undefined, later: SettledVerdict): SettledVerdict {
  if (earlier === undefined) return later;
  const exclude = earlier.exclude || later.exclude;
  // Novelty alone only if no verdict that excluded the session had more than novelty to say.
  const noveltyOnly = exclude && (!earlier.exclude || earlier.noveltyOnly) && (!later.exclude || later.noveltyOnly);
  return { exclude, noveltyOnly, withheld: new Set([...earlier.withheld, ...later.withheld]) };
}


function settledVerdict(v: SessionVerdict): SettledVerdict {
  return { exclude: v.exclude, noveltyOnly: v.exclude && v.noveltyOnly === true, withheld: new Set((v.withheldDestinations ?? []).map((d) => `${d.kind}\u0000${d.value}`)) };
}
