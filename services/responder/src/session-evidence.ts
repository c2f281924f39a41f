import { sessionKey, type AgentEvent, type ProfileSnapshotMessage } from '@warden/core';

export interface EvidenceLimits {
  /** Most events kept per session (the newest win). */
  readonly maxSessionEvents: number;
  /** Most sessions kept; the least recently active goes first. */
  readonly maxSessions: number;
  /** Most events kept over all sessions, whatever their count. */
  readonly maxEvents: number;
  /** Longest text kept in any one field of an event. */
  readonly maxTextChars: number;
}

/**
 * A bundle is written when a finding turns High, while its session is live, so only recent
 * sessions need keeping: 20,000 events cover the last thousand or so sessions at a few tens of
 * MiB, where 100,000 doubled Warden's memory under load for no bundle that was ever written.
 */
export const DEFAULT_EVIDENCE_LIMITS: EvidenceLimits = {
  maxSessionEvents: 200,
  maxSessions: 2_000,
  maxEvents: 20_000,
  maxTextChars: 2_000,
};

const MAX_CONTENT_PARTS = 16;
const MAX_LIST_ITEMS = 32;

interface SessionRing {
  events: AgentEvent[];
  omitted: number;
}

/**
 * What the responder remembers of recent traffic so a forensic bundle can be written when a
 * finding turns High: the last events of each session and the latest profile of each agent and
 * cohort. Everything is bounded (per session, sessions, events in all, text per field) so a
 * flood of traffic costs a known amount of memory; what falls out is counted, not hidden.
 */
export class SessionEvidence {
  private readonly sessions = new Map<string, SessionRing>();
  private readonly profiles = new Map<string, ProfileSnapshotMessage>();
  private events = 0;

  constructor(private readonly limits: EvidenceLimits = DEFAULT_EVIDENCE_LIMITS) {}

  observeEvent(event: AgentEvent): void {
    const key = sessionKey(event);
    let ring = this.sessions.get(key);
    if (ring) {
      // Map order is recency order: re-inserting moves the session to the young end.
      this.sessions.delete(key);
    } else {
      ring = { events: [], omitted: 0 };
    }
    this.sessions.set(key, ring);
    ring.events.push(boundEvent(event, this.limits.maxTextChars));
    this.events += 1;
    if (ring.events.length > this.limits.maxSessionEvents) {
      ring.events.shift();
      ring.omitted += 1;
      this.events -= 1;
    }
    while (this.sessions.size > this.limits.maxSessions || this.events > this.limits.maxEvents) {
      const oldest = this.sessions.keys().next();
      if (oldest.done || oldest.value === key) break;
      this.events -= this.sessions.get(oldest.value)?.events.length ?? 0;
      this.sessions.delete(oldest.value);
    }
  }

  observeProfile(snapshot: ProfileSnapshotMessage): void {
    this.profiles.set(`${snapshot.tenant}/${snapshot.subject}`, snapshot);
  }

  /** The session's kept events, oldest first, and how many earlier ones were let go. */
  spansOf(tenant: string, agentId: string, sessionId: string): { spans: readonly AgentEvent[]; omitted: number } {
    const ring = this.sessions.get(sessionKey({ tenant, agentId, sessionId }));
    return ring ? { spans: [...ring.events], omitted: ring.omitted } : { spans: [], omitted: 0 };
  }

  /** The agent's own profile, else its cohort's (what a new agent is scored against). */
  profileFor(tenant: string, agentId: string, agentType: string): ProfileSnapshotMessage | undefined {
    return this.profiles.get(`${tenant}/agent:${agentId}`) ?? this.profiles.get(`${tenant}/cohort:${agentType}`);
  }

  stats(): { sessions: number; events: number; profiles: number } {
    return { sessions: this.sessions.size, events: this.events, profiles: this.profiles.size };
  }
}


/** A copy of the event with every text field and list cut to size (marked where cut). */
export function boundEvent(event: AgentEvent, maxTextChars: number): AgentEvent {
  const cut = (s: string | undefined): string | undefined =>
    s === undefined || s.length <= maxTextChars ? s : `${s.slice(0, maxTextChars)}…[${s.length - maxTextChars} more chars]`;
  const bounded: AgentEvent = {
    ...event,
    contents: event.contents.slice(0, MAX_CONTENT_PARTS).map((part) => ({ ...part, text: cut(part.text) ?? '' })),
    resources: event.resources.slice(0, MAX_LIST_ITEMS),
    ...(event.toolArguments !== undefined ? { toolArguments: cut(event.toolArguments) } : {}),
    ...(event.toolResult !== undefined ? { toolResult: cut(event.toolResult) } : {}),
    ...(event.inputText !== undefined ? { inputText: cut(event.inputText) } : {}),
    ...(event.outputText !== undefined ? { outputText: cut(event.outputText) } : {}),
    ...(event.requestedToolCalls !== undefined
      ? {
          requestedToolCalls: event.requestedToolCalls
            .slice(0, MAX_LIST_ITEMS)
            .map((c) => ({ ...c, ...(c.arguments !== undefined ? { arguments: cut(c.arguments) } : {}) })),
        }
      : {}),
  };
  return bounded;
}
