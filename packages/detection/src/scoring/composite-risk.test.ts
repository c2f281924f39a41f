import type { SignalLocation } from '@warden/core';
import type { SignalHit } from '../signals/signal-hit';
import { HARMLESS_SEND_STRENGTH } from './action-strength';
import { compositeRisk, correlationHit, CORRELATION_WEIGHT, NEW_HABIT_CEILING } from './composite-risk';

const at = (spanId: string, timeMs: number): SignalLocation => ({ traceId: 't', spanId, timeMs, spanName: spanId });
const hit = (key: string, type: SignalHit['type'], score: number, weight: number, role: SignalHit['role'], loc: SignalLocation): SignalHit => ({
  key,
  type,
  rule: `${type}.rule`,
  score,
  weight,
  explanation: `${key} happened.`,
  location: loc,
  role,
});

describe('compositeRisk', () => {
  test('independent signals add up with diminishing returns and never pass 100', () => {
    const one = compositeRisk([hit('a', 'new_tool', 1, 40, 'none', at('1', 1))]).risk;
    const two = compositeRisk([hit('a', 'new_tool', 1, 40, 'none', at('1', 1)), hit('b', 'volume_spike', 1, 40, 'none', at('2', 2))]).risk;
    expect(one).toBe(40);
    expect(two).toBe(64);
    const many = compositeRisk(Array.from({ length: 12 }, (_, i) => hit(`k${i}`, i % 2 === 0 ? 'scope_deviation' : 'rate_spike', 1, 90, 'none', at(`${i}`, i)))).risk;
    expect(many).toBeLessThanOrEqual(100);
  });

  test('repeats of one type count far less than independent types', () => {
    const same = compositeRisk([hit('a', 'new_tool', 1, 40, 'none', at('1', 1)), hit('b', 'new_tool', 1, 40, 'none', at('2', 2))]).risk;
    expect(same).toBe(50);
  });

  test('contributions add up to the risk and are ordered largest first', () => {
    const c = compositeRisk([hit('a', 'new_tool', 1, 40, 'none', at('1', 1)), hit('b', 'volume_spike', 0.5, 40, 'none', at('2', 2))]);
    const sum = c.signals.reduce((s, x) => s + x.contribution, 0);
    expect(Math.abs(sum - c.risk)).toBeLessThan(0.5);
    expect(c.signals[0]?.id).toBe('a');
  });
});

describe('a first use with nothing else odd', () => {
  const newTool = (key: string, score: number, timeMs: number): SignalHit => ({ ...hit(key, 'new_tool', score, 45, 'none', at(key, timeMs)), rule: 'tool.new_for_cohort' });
  const step: SignalHit = { ...hit('step', 'tool_sequence', 1, 20, 'none', at('b', 2)), rule: 'sequence.unseen_transition' };

  test('two new tools and the unseen step into them stay Low', () => {
    const c = compositeRisk([newTool('a', 0.9, 1), newTool('b', 0.9, 2), step]);
    expect(c.newHabitOnly).toBe(true);
    expect(c.risk).toBe(NEW_HABIT_CEILING);
    // The same evidence without the hold is Medium: the ceiling is what keeps it Low.
    expect(compositeRisk([newTool('a', 0.9, 1), newTool('b', 0.9, 2), { ...step, rule: 'tool_sequence.rule' }]).risk).toBeGreaterThanOrEqual(40);
  });

  test('anything else about the session lifts the hold: a new host, a new data domain, a command runner', () => {
    const host: SignalHit = { ...hit('host', 'new_destination', 0.6, 50, 'none', at('a', 1)), rule: 'host.new_for_tool' };
    const domain: SignalHit = { ...hit('dom', 'scope_deviation', 0.5, 45, 'none', at('a', 1)), rule: 'scope.new_data_domain' };
    const shell: SignalHit = { ...newTool('sh', 1, 1), rule: 'tool.new_command_execution' };
    for (const other of [host, domain]) {
      const c = compositeRisk([newTool('a', 0.9, 1), other]);
      expect(c.newHabitOnly).toBe(false);
      expect(c.risk).toBeGreaterThan(NEW_HABIT_CEILING);
    }
    expect(compositeRisk([shell]).risk).toBe(45);
    expect(compositeRisk([step]).newHabitOnly).toBe(false);
  });
});

describe('correlation', () => {
  const inj = hit('inj', 'prompt_injection', 0.8, 45, 'trigger', at('read', 100));
  const send = hit('dest', 'new_destination', 1, 35, 'action', at('send', 200));

  test('an injection followed by a sensitive action is far worse than either alone', () => {
    const alone = compositeRisk([inj]).risk + compositeRisk([send]).risk;
    const together = compositeRisk([inj, send]);
    expect(together.correlation).toBeDefined();
    expect(together.correlation?.score).toBeCloseTo(Math.sqrt(0.8), 6);
    expect(together.risk).toBeGreaterThan(alone);
  });

  test('event time decides, not arrival order: an action before the injection does not correlate', () => {
    const early = hit('dest', 'new_destination', 1, 35, 'action', at('send', 50));
    expect(correlationHit([inj, early], [])).toBeUndefined();
    expect(correlationHit([early, inj], [])).toBeUndefined();
  });

  test('plain actions (an egress to a known destination) also correlate, weaker', () => {
    const c = correlationHit([inj], [{ location: at('mail', 300), strength: 0.5, label: 'email.send' }]);
    expect(c?.score).toBeCloseTo(Math.sqrt(0.4), 6);
    expect(c?.weight).toBe(CORRELATION_WEIGHT);
  });

  test('weak triggers do not correlate', () => {
    const weak = hit('inj', 'prompt_injection', 0.25, 45, 'trigger', at('read', 100));
    expect(correlationHit([weak, send], [])).toBeUndefined();
  });
});

describe('an injection nothing followed', () => {
  const inj = hit('inj', 'prompt_injection', 0.8, 45, 'trigger', at('read', 100));
  const rareReader = hit('scope', 'scope_deviation', 1, 40, 'none', at('read', 100));
  const newTool = hit('tool', 'new_tool', 1, 30, 'none', at('read', 100));

  test('is held at Medium even when the span that carried it was itself unusual', () => {
    const uncappedWouldBe = 100 * (1 - (1 - 0.36) * (1 - 0.4) * (1 - 0.3));
    expect(uncappedWouldBe).toBeGreaterThan(60);
    const c = compositeRisk([inj, rareReader, newTool]);
    expect(c.unactedTrigger).toBe(true);
    expect(c.risk).toBe(59);
    const sum = c.signals.reduce((s, x) => s + x.contribution, 0);
    expect(Math.abs(sum - c.risk)).toBeLessThan(0.5);
  });

  test('does not hide evidence that is High on its own', () => {
    const bulk = hit('bulk', 'volume_spike', 1, 70, 'none', at('read', 100));
    const c = compositeRisk([inj, bulk]);
    expect(c.unactedTrigger).toBe(true);
    expect(c.risk).toBe(70);
  });

  test('a deviation on a later span lifts the cap, as does a sensitive step', () => {
    const laterRead = hit('later', 'scope_deviation', 1, 40, 'none', at('hr', 150));
    const followed = compositeRisk([inj, laterRead, newTool]);
    expect(followed.unactedTrigger).toBe(false);
    expect(followed.risk).toBeGreaterThan(59);
    const acted = compositeRisk([inj, rareReader, newTool], [{ location: at('mail', 300), strength: 0.5, label: 'email.send' }]);
    expect(acted.unactedTrigger).toBe(false);
    expect(acted.risk).toBeGreaterThan(59);
  });

  test('ordinary work after it (a step of no strength) does not count as following it', () => {
    const c = compositeRisk([inj, rareReader, newTool], [{ location: at('ticket', 300), strength: 0, label: 'tickets.update (state change)' }]);
    expect(c.unactedTrigger).toBe(true);
    expect(c.correlation).toBeUndefined();
    expect(c.risk).toBe(59);
  });

  test('answering the customer (a send that cannot hurt) shows the text but does not count as following it', () => {
    const reply = { location: at('reply', 300), strength: HARMLESS_SEND_STRENGTH, label: 'tickets.reply to the requester' };
    const c = compositeRisk([inj, rareReader, newTool], [reply]);
    expect(c.correlation).toBeDefined();
    expect(c.unactedTrigger).toBe(true);
    expect(c.risk).toBe(59);
    // A send to colleagues is more than that: the cap lifts.
    expect(compositeRisk([inj, rareReader, newTool], [{ ...reply, strength: 0.25 }]).unactedTrigger).toBe(false);
  });

  test('a deviation before the injection does not count as following it', () => {
    const earlier = hit('earlier', 'scope_deviation', 1, 40, 'none', at('hr', 50));
    const c = compositeRisk([inj, earlier, newTool]);
    expect(c.unactedTrigger).toBe(true);
    expect(c.risk).toBeLessThanOrEqual(59);
  });

  test("the carrier's own HTTP request (a child span, a moment later) is part of the read, not a step after it", () => {
    const fetchHost = { ...hit('host', 'new_external_host', 0.6, 50, 'action', at('http-get', 120)), callSpanId: 'read' };
    const c = compositeRisk([inj, newTool, fetchHost]);
    expect(c.correlation).toBeUndefined();
    expect(c.unactedTrigger).toBe(true);
    expect(c.risk).toBeLessThanOrEqual(59);
    // The same request made by a later call is a step after the injection.
    const laterCall = compositeRisk([inj, newTool, { ...fetchHost, callSpanId: 'post' }]);
    expect(laterCall.correlation).toBeDefined();
    expect(laterCall.unactedTrigger).toBe(false);
  });
});

describe("an authority claim in the user's own words", () => {
  const claim: SignalHit = { ...hit('claim', 'prompt_injection', 0.245, 45, 'trigger', at('prompt', 100)), rule: 'injection.authority_claim' };

  test("correlates with a reach outside the agent's scope", () => {
    const payroll = hit('payroll', 'scope_deviation', 1, 45, 'action', at('payroll', 200));
    expect(correlationHit([claim, payroll], [])?.score).toBeCloseTo(Math.sqrt(0.245), 6);
  });

  test('does not correlate with a larger pull from a domain the agent already works in', () => {
    const pull = hit('pull', 'volume_spike', 1, 55, 'action', at('orders', 200));
    expect(correlationHit([claim, pull], [])).toBeUndefined();
  });

  test('is too weak to correlate with a send or a payment', () => {
    const send = hit('dest', 'new_destination', 1, 35, 'action', at('send', 200));
    expect(correlationHit([claim, send], [{ location: at('pay', 300), strength: 0.9, label: 'payments.create' }])).toBeUndefined();
  });

  test('other weak triggers do not correlate at all', () => {
    const weak = hit('weak', 'prompt_injection', 0.245, 45, 'trigger', at('prompt', 100));
    expect(correlationHit([weak, hit('payroll', 'scope_deviation', 1, 45, 'action', at('payroll', 200))], [])).toBeUndefined();
  });
});
