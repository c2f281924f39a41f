import { toolTraits } from '../indicators/tool-traits';
import { Baseline } from '../profile/baseline';
import { resolveDetectionConfig } from '../config';
import { actionStrength, reportsToSecurity, type ActionContext } from './action-strength';
import type { ContentNamedValue } from './live-session';

const send = toolTraits({ kind: 'tool', name: 'email.send' }, [{ key: 'to', value: 'x' }]);
const grant = toolTraits({ kind: 'tool', name: 'email.create_forwarding_rule' }, [{ key: 'forward_to', value: 'x' }]);
const named = (inProse: boolean): ContentNamedValue => ({ timeMs: 0, spanId: 's', origin: 'tool_result', inProse });

function ctx(over: Partial<ActionContext>): ActionContext {
  return {
    traits: send,
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

describe('actionStrength', () => {
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
});
