import type { AgentEvent } from '@warden/core';
import { SessionEvidence, boundEvent } from './session-evidence';

function event(sessionId: string, i: number, text = 'ok'): AgentEvent {
  return {
    tenant: 't',
    agentId: 'a',
    agentType: 'support',
    sessionId,
    sessionIdSource: 'session',
    traceId: 'tr',
    spanId: `${sessionId}-${i}`,
    kind: 'llm',
    name: 'gpt',
    convention: 'otel_genai',
    startTimeMs: i,
    endTimeMs: i,
    status: 'ok',
    inputText: text,
    contents: Array.from({ length: 20 }, () => ({ origin: 'user' as const, text })),
    resources: Array.from({ length: 50 }, (_, k) => `r${k}`),
    attributes: {},
  };
}

describe('SessionEvidence', () => {
  it('keeps the newest events of a session and counts the rest', () => {
    const ev = new SessionEvidence({ maxSessionEvents: 3, maxSessions: 10, maxEvents: 100, maxTextChars: 100 });
    for (let i = 0; i < 8; i += 1) ev.observeEvent(event('s1', i));
    const kept = ev.spansOf('t', 'a', 's1');
    expect(kept.spans.map((s) => s.spanId)).toEqual(['s1-5', 's1-6', 's1-7']);
    expect(kept.omitted).toBe(5);
    expect(ev.spansOf('t', 'a', 'unknown')).toEqual({ spans: [], omitted: 0 });
  });

  it('forgets the least recently active sessions first, by session count and by total events', () => {
    const ev = new SessionEvidence({ maxSessionEvents: 10, maxSessions: 2, maxEvents: 5, maxTextChars: 100 });
    ev.observeEvent(event('s1', 0));
    ev.observeEvent(event('s2', 0));
    ev.observeEvent(event('s1', 1)); // s1 is now the more recent
    ev.observeEvent(event('s3', 0));
    expect(ev.spansOf('t', 'a', 's2').spans).toHaveLength(0);
    expect(ev.spansOf('t', 'a', 's1').spans).toHaveLength(2);
    for (let i = 1; i < 5; i += 1) ev.observeEvent(event('s3', i));
    expect(ev.stats().events).toBeLessThanOrEqual(5);
    expect(ev.spansOf('t', 'a', 's1').spans).toHaveLength(0);
    expect(ev.spansOf('t', 'a', 's3').spans).toHaveLength(5);
  });

  it('prefers the agent profile and falls back to the cohort one', () => {
    const ev = new SessionEvidence();
    ev.observeProfile({ tenant: 't', subject: 'cohort:support', profile: 1 });
    expect(ev.profileFor('t', 'a', 'support')?.subject).toBe('cohort:support');
    ev.observeProfile({ tenant: 't', subject: 'agent:a', profile: 2 });
    expect(ev.profileFor('t', 'a', 'support')?.subject).toBe('agent:a');
    expect(ev.profileFor('other', 'a', 'support')).toBeUndefined();
  });
});

describe('boundEvent', () => {
  it('cuts every text field and list to size and says how much was cut', () => {
    const bounded = boundEvent(event('s', 0, 'q'.repeat(500)), 100);
    expect(bounded.inputText).toBe(`${'q'.repeat(100)}…[400 more chars]`);
    expect(bounded.contents).toHaveLength(16);
    expect(bounded.contents[0]!.text.length).toBeLessThan(130);
    expect(bounded.resources).toHaveLength(32);
    expect(boundEvent(event('s', 0, 'short'), 100).inputText).toBe('short');
  });
});
