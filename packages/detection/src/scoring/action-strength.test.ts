import { toolTraits } from '../indicators/tool-traits';
import { Baseline } from '../profile/baseline';
import { resolveDetectionConfig } from '../config';
import { actionStrength, reportsToSecurity, type ActionContext } from './action-strength';
import type { ContentNamedValue } from './live-session';
import { ProfileLearner } from '../profile/profile-learner';
import { SessionBuilder } from '../../testdata/session-builder';

const send = toolTraits({ kind: 'tool', name: 'email.send' }, [{ key: 'to', value: 'x' }]);
const grant = toolTraits({ kind: 'tool', name: 'email.create_forwarding_rule' }, [{ key: 'forward_to', value: 'x' }]);
const named = (inProse: boolean): ContentNamedValue => ({ timeMs: 0, spanId: 's', origin: 'tool_result', inProse });

function ctx(over: Partial<ActionContext>): ActionContext {
  return {
    tool: 'email.send',
    traits: send,
    argumentValues: [],
    destinations: [{ kind: 'email', value: 'jo@customer.example' }],
    sensitiveItems: 0,
    secretItems: 0,
    novelty: 1,
    contentNamed: new Map(),
    baseline: new Baseline(undefined, undefined, resolveDetectionConfig({})),
    internalDomains: ['acme.example'],
    ...over,
  };
}

/** A support agent that updates a ticket in every one of its 12 sessions. */
function ticketDesk(): Baseline {
  const learner = new ProfileLearner();
  const agent = { tenant: 'acme', agentId: 'support-1', agentType: 'support', convention: 'otel_genai' as const };
  for (let i = 0; i < 12; i++) {
    const b = new SessionBuilder(agent, `s${i}`, i * 3_600_000);
    b.turn('triage');
    b.tool('tickets.update', { id: `T-${i}`, status: 'solved' }, { ok: true });
    for (const e of b.events) learner.observe(e);
  }
  learner.closeIdleSessions(100 * 3_600_000);
  return new Baseline(learner.profile('acme', 'agent:support-1'), learner.profile('acme', 'cohort:support'), resolveDetectionConfig({}));
}

describe('actionStrength', () => {
  test("a routine, reversible change is ordinary work unless it carries a value the content named", () => {
    const update = toolTraits({ kind: 'tool', name: 'tickets.update' }, [{ key: 'status', value: 'solved' }]);
    const desk = ticketDesk();
    const base = { tool: 'tickets.update', traits: update, destinations: [], baseline: desk };
    expect(actionStrength(ctx(base))).toBe(0);
    // The content's account in the arguments: the agent did what the text asked.
    const acct = new Map([['GB33BUKB20201555555555', named(true)]]);
    expect(actionStrength(ctx({ ...base, argumentValues: ['GB33BUKB20201555555555'], contentNamed: acct }))).toBe(0.4);
    // A tool the agent never used, or one with consequences, is not routine.
    expect(actionStrength(ctx({ ...base, baseline: new Baseline(undefined, undefined, resolveDetectionConfig({})) }))).toBe(0.4);
    const approve = toolTraits({ kind: 'tool', name: 'tickets.approve_refund' }, []);
    expect(actionStrength(ctx({ ...base, tool: 'tickets.approve_refund', traits: approve }))).toBe(0.6);
  });

  test('a send to somewhere new is strong; a grant stronger still', () => {
    expect(actionStrength(ctx({}))).toBeCloseTo(0.9);
    expect(actionStrength(ctx({ traits: grant }))).toBeCloseTo(1);
  });

  test("a reply to the content's author (a field of it, not a sentence) is weak, unless it carries sensitive values", () => {
    const author = new Map([['jo@customer.example', named(false)]]);
    expect(actionStrength(ctx({ contentNamed: author }))).toBe(0.2);
    expect(actionStrength(ctx({ contentNamed: author, sensitiveItems: 2 }))).toBeCloseTo(0.9);
    expect(actionStrength(ctx({ contentNamed: new Map([['jo@customer.example', named(true)]]) }))).toBeCloseTo(0.9);
  });

  test('the company itself is weak, its security mailbox no action at all; grants to them are not excused', () => {
    expect(actionStrength(ctx({ destinations: [{ kind: 'email', value: 'team@acme.example' }] }))).toBe(0.25);
    expect(actionStrength(ctx({ destinations: [{ kind: 'email', value: 'soc@acme.example' }] }))).toBe(0);
    expect(actionStrength(ctx({ destinations: [{ kind: 'email', value: 'team@acme.example' }], sensitiveItems: 1, secretItems: 1 }))).toBeCloseTo(0.9);
    expect(actionStrength(ctx({ traits: grant, destinations: [{ kind: 'email', value: 'team@acme.example' }], novelty: 0 }))).toBeCloseTo(0.7);
  });
});

describe('reportsToSecurity', () => {
  test("only the company's own abuse, security, SOC or phishing mailboxes", () => {
    expect(reportsToSecurity(['security@acme.example'], ['acme.example'])).toBe(true);
    expect(reportsToSecurity(['phishing@acme.example', 'soc@acme.example'], ['acme.example'])).toBe(true);
    expect(reportsToSecurity(['security@evil.example'], ['acme.example'])).toBe(false);
    expect(reportsToSecurity(['soc@acme.example', 'x@evil.example'], ['acme.example'])).toBe(false);
    expect(reportsToSecurity(['#soc'], ['acme.example'])).toBe(false);
  });

  test('the security mailbox named in the company\'s own language', () => {
    for (const box of ['seguridad@acme-freight.example', 'segurança@acme-freight.example', 'it-sicherheit@acme-freight.example', 'sécurité@acme-freight.example']) {
      expect([box, reportsToSecurity([box], ['acme-freight.example'])]).toEqual([box, true]);
    }
    expect(reportsToSecurity(['seguridad@acme-freight-pagos.example'], ['acme-freight.example'])).toBe(false);
    expect(reportsToSecurity(['seguros@acme-freight.example'], ['acme-freight.example'])).toBe(false);
  });
});
