/**
 * A cohort adopting a new integration, run the way the shells run the core: a benign week, then the
 * support agents start filing claims with an insurer none of them used before. Its first uses are
 * findings; once the same novelty has been held on three agent-days and nothing said anyone acted
 * on the agents, it is learned and stops paging, unless corroboration is turned off.
 */
import { isAtLeast, type RiskFinding } from '@warden/core';
import { baselineExclusion } from './profile/learning-policy';
import { agent, benignFleet, DAY, HOUR, T0 } from '../testdata/fleet';
import { arrivalOrder, Pipeline, TEST_CONFIG } from '../testdata/pipeline';
import { Rng, SessionBuilder } from '../testdata/session-builder';
import type { DetectionConfig } from './config';

const WEEK = T0 + 7 * DAY;

function claim(agentId: string, sessionId: string, start: number, rng: Rng): SessionBuilder {
  const b = new SessionBuilder(agent(agentId), sessionId, start);
  b.turn('My parcel arrived broken, please file the claim with the carrier insurance.');
  b.tool('tickets.get', { ticket_id: `T-${rng.int(1000, 9999)}` }, { id: 'T-1', subject: 'Broken parcel', body: 'The vase arrived in pieces.' });
  b.tool('insurer.submit_claim', { ticket: 'T-1', reason: 'damaged in transit', amount: 120 }, { claim_id: `CL-${rng.int(100, 999)}` }, { httpHost: 'claims.insurer.example' });
  b.tool('tickets.reply', { ticket_id: 'T-1', to: 'customer@example.com', body: 'Your claim is filed.' }, { ok: true });
  b.llm('Done.');
  return b;
}

/** Worst security finding of the session, latest revision. */
function worst(p: Pipeline, sessionId: string): RiskFinding | undefined {
  return p
    .latest()
    .filter((f) => f.sessionId === sessionId && f.category === 'security')
    .sort((a, b) => b.riskScore - a.riskScore)[0];
}

function adopt(config: Partial<DetectionConfig>): { p: Pipeline; first: RiskFinding | undefined; later: RiskFinding | undefined } {
  const p = new Pipeline(config);
  p.feed(arrivalOrder(benignFleet(7, T0, 7, 8).flatMap((s) => s.events)));
  const rng = new Rng(5);
  const plays: [string, number][] = [
    ['support-1', WEEK + 10 * HOUR],
    ['support-2', WEEK + 14 * HOUR],
    ['support-3', WEEK + DAY + 10 * HOUR],
    ['support-1', WEEK + 2 * DAY + 10 * HOUR],
  ];
  plays.forEach(([agentId, at], i) => {
    p.feed(arrivalOrder(claim(agentId, `claim-${i}`, at, rng).events));
    // The day's ordinary work goes on around it, so event time moves and sessions close.
    p.feed(arrivalOrder(benignFleet(20 + i, at + HOUR, 1, 4, `after${i}-`).flatMap((s) => s.events)));
  });
  return { p, first: worst(p, 'claim-0'), later: worst(p, 'claim-3') };
}

describe('a new integration the cohort adopts', () => {
  test('pages on its first uses, then is learned once three agent-days corroborate it', () => {
    const { p, first, later } = adopt(TEST_CONFIG);
    expect(first).toBeDefined();
    expect(isAtLeast((first as RiskFinding).severity, 'medium')).toBe(true);
    expect(baselineExclusion(first as RiskFinding)).toBe('novelty');
    expect(p.learner.stats().learnedCorroborated).toBe(3);
    expect(later === undefined || !isAtLeast(later.severity, 'medium')).toBe(true);
  });

  test('keeps paging when corroboration is off: held sessions wait for a person', () => {
    const { p, later } = adopt({ ...TEST_CONFIG, noveltyCorroboration: 0 });
    expect(later).toBeDefined();
    expect(isAtLeast((later as RiskFinding).severity, 'medium')).toBe(true);
    expect(p.learner.stats().learnedCorroborated).toBe(0);
  });
});

/**
 * A support agent registers a customer with a warranty provider: the customer's record (contacts and
 * date of birth) goes to it, so the provider's host is where data went, the customer's own contacts are not.
 */
function registration(agentId: string, sessionId: string, start: number, rng: Rng): SessionBuilder {
  const b = new SessionBuilder(agent(agentId), sessionId, start);
  const n = rng.int(100, 999);
  b.turn('Please register the customer for the extended warranty.');
  b.tool('tickets.get', { ticket_id: `T-${n}` }, { id: `T-${n}`, subject: 'Extended warranty', body: 'Please register me for the three-year cover.' });
  b.tool(
    'warranty.register_customer',
    { name: `Customer ${n}`, date_of_birth: `1980-0${rng.int(1, 9)}-1${rng.int(0, 9)}`, email: `customer${n}@mail.example`, phone: `+44 20 7946 0${n}`, product: 'kettle' },
    { registration: `W-${n}` },
    { httpHost: 'api.warranty-partner.example' },
  );
  b.llm('Registered.');
  return b;
}

function disclose(plays: readonly (readonly [string, number])[], config: Partial<DetectionConfig> = TEST_CONFIG): { p: Pipeline; first: RiskFinding | undefined; later: RiskFinding | undefined } {
  const p = new Pipeline(config);
  p.feed(arrivalOrder(benignFleet(7, T0, 7, 8).flatMap((s) => s.events)));
  const rng = new Rng(9);
  plays.forEach(([agentId, at], i) => {
    p.feed(arrivalOrder(registration(agentId, `reg-${i}`, at, rng).events));
    p.feed(arrivalOrder(benignFleet(40 + i, at + HOUR, 1, 4, `reg-after${i}-`).flatMap((s) => s.events)));
  });
  return { p, first: worst(p, 'reg-0'), later: worst(p, `reg-${plays.length - 1}`) };
}

describe('a partner that receives personal data by its nature', () => {
  test('pages on its first uses, then is learned once two agents on three agent-days corroborate it', () => {
    const { p, first, later } = disclose([
      ['support-1', WEEK + 10 * HOUR],
      ['support-2', WEEK + 14 * HOUR],
      ['support-1', WEEK + DAY + 10 * HOUR],
      ['support-3', WEEK + 2 * DAY + 10 * HOUR],
    ]);
    expect(first).toBeDefined();
    expect(isAtLeast((first as RiskFinding).severity, 'medium')).toBe(true);
    expect((first as RiskFinding).signals.map((s) => s.rule)).toContain('egress.pii');
    expect(baselineExclusion(first as RiskFinding)).toBe('novelty');
    expect(p.learner.stats().learnedCorroborated).toBeGreaterThanOrEqual(3);
    expect(later === undefined || !isAtLeast(later.severity, 'medium')).toBe(true);
  });

  test('one agent sending the same data to the same new place day after day keeps paging: that is how a slow leak looks', () => {
    const { p, later } = disclose([
      ['support-1', WEEK + 10 * HOUR],
      ['support-1', WEEK + DAY + 10 * HOUR],
      ['support-1', WEEK + 2 * DAY + 10 * HOUR],
      ['support-1', WEEK + 3 * DAY + 10 * HOUR],
    ]);
    expect(later).toBeDefined();
    expect(isAtLeast((later as RiskFinding).severity, 'medium')).toBe(true);
    expect(p.learner.stats().learnedCorroborated).toBe(0);
  });
});
