import type { AgentEvent, SignalLocation } from '@warden/core';
import { DEFAULT_DETECTION_CONFIG } from '../config';
import { Baseline } from '../profile/baseline';
import { linkEvidence } from './link-evidence';
import { newLiveSession, type ActionRecord } from './live-session';

const at = (spanId: string, timeMs: number): SignalLocation => ({ traceId: 't', spanId, timeMs, spanName: spanId });
const cold = new Baseline(undefined, undefined, DEFAULT_DETECTION_CONFIG);
const start = { tenant: 'acme', agentId: 'a', agentType: 'x', sessionId: 's', startTimeMs: 0, endTimeMs: 0 } as AgentEvent;

function send(timeMs: number, values: string[], extra: Partial<ActionRecord> = {}): ActionRecord {
  return { location: at(`send${timeMs}`, timeMs), tool: 'email.send', values, egress: true, stateChanging: false, highImpact: false, grantsAccess: false, payloadValues: [], novelty: 0, destinations: values, ...extra };
}

describe('linkEvidence', () => {
  test('a value planted by injected content and used later is provenance; used before, it is not', () => {
    const s = newLiveSession(start);
    s.tainted.set('attacker@evil.example', { timeMs: 100, spanId: 'read', origin: 'tool_result' });
    s.actions.push(send(50, ['attacker@evil.example']));
    expect(linkEvidence(s, new Set(), cold, [])).toEqual([]);
    s.actions.push(send(200, ['attacker@evil.example']));
    const hits = linkEvidence(s, new Set(), cold, []);
    expect(hits.map((h) => [h.rule, h.score, h.location.spanId])).toEqual([['provenance.injected_value', 1, 'send200']]);
  });

  test("answering a customer whose address the ticket gave before their chat carried an instruction for the AI is not acting on it", () => {
    const s = newLiveSession(start);
    s.contentNamed.set('ana@mail.example', { timeMs: 10, spanId: 'ticket', origin: 'tool_result', inProse: false });
    s.tainted.set('ana@mail.example', { timeMs: 20, spanId: 'chat', origin: 'tool_result' });
    s.actions.push(send(30, ['ana@mail.example']));
    expect(linkEvidence(s, new Set(), cold, [])).toEqual([]);
    // First seen with the instruction, or first in a sentence: planted by it.
    const t = newLiveSession(start);
    t.contentNamed.set('ana@mail.example', { timeMs: 10, spanId: 'ticket', origin: 'tool_result', inProse: true });
    t.tainted.set('ana@mail.example', { timeMs: 20, spanId: 'chat', origin: 'tool_result' });
    t.actions.push(send(30, ['ana@mail.example']));
    expect(linkEvidence(t, new Set(), cold, []).map((h) => h.rule)).toEqual(['provenance.injected_value']);
  });

  test("a bare domain links only when it is not the company's own", () => {
    const s = newLiveSession(start);
    s.tainted.set('acme.example', { timeMs: 1, spanId: 'r', origin: 'retrieved_document' });
    s.tainted.set('evil.example', { timeMs: 1, spanId: 'r', origin: 'retrieved_document' });
    s.actions.push(send(10, ['acme.example', 'evil.example']));
    const hits = linkEvidence(s, new Set(), cold, ['acme.example']);
    expect(hits.map((h) => [h.key, h.score])).toEqual([['prov:evil.example', 0.7]]);
  });

  test("a colleague's own address named in the content links only weakly: writing back to the company's people is how work goes", () => {
    const s = newLiveSession(start);
    s.tainted.set('j.okafor@acme.example', { timeMs: 1, spanId: 'r', origin: 'tool_result' });
    s.tainted.set('ops@evil.example', { timeMs: 1, spanId: 'r', origin: 'tool_result' });
    s.actions.push(send(10, ['j.okafor@acme.example', 'ops@evil.example']));
    const hits = linkEvidence(s, new Set(), cold, ['acme.example']);
    expect(hits.map((h) => [h.key, h.score])).toEqual([
      ['prov:j.okafor@acme.example', 0.35],
      ['prov:ops@evil.example', 1],
    ]);
  });

  test('values from poisoned memory used in an action: strongest when read in the session first', () => {
    const s = newLiveSession(start);
    s.actions.push(send(10, ['DE89370400440532013000']));
    expect(linkEvidence(s, new Set(['DE89370400440532013000']), cold, [])[0]?.score).toBe(0.8);
    s.memoryTaint.set('DE89370400440532013000', { timeMs: 5, spanId: 'mem' });
    expect(linkEvidence(s, new Set(), cold, [])[0]).toMatchObject({ rule: 'memory.acted_on', score: 1 });
  });

  test('a sensitive read, then its data sent to a new destination, is a tool sequence', () => {
    const s = newLiveSession(start);
    s.reads.push({ location: at('read', 5), tool: 'db.query', values: ['jane@mail.example'], sensitive: false });
    s.actions.push(send(10, ['#general'], { novelty: 1, payloadValues: ['jane@mail.example'], destinations: ['#general'] }));
    const [hit] = linkEvidence(s, new Set(), cold, []);
    expect(hit).toMatchObject({ rule: 'sequence.sensitive_read_then_egress', score: 1 });
    s.actions.splice(0, 1, send(10, ['#ops'], { novelty: 0, payloadValues: ['jane@mail.example'] }));
    expect(linkEvidence(s, new Set(), cold, [])).toEqual([]);
    // Without the data in the payload, only a read of sensitive records counts.
    s.actions.splice(0, 1, send(10, ['#x'], { novelty: 1, payloadValues: [] }));
    expect(linkEvidence(s, new Set(), cold, [])).toEqual([]);
    s.reads.push({ location: at('crm', 6), tool: 'crm.get_customer', values: [], sensitive: true });
    expect(linkEvidence(s, new Set(), cold, [])[0]).toMatchObject({ rule: 'sequence.sensitive_read_then_egress', score: 0.5 });
  });
  test('a destination a sentence of untrusted content named, never used before, links without any injection phrase; a grant links hardest', () => {
    const s = newLiveSession(start);
    s.contentNamed.set('archive@contracts-vault.example', { timeMs: 10, spanId: 'cal', origin: 'tool_result', inProse: true });
    s.actions.push(send(20, ['archive@contracts-vault.example']));
    const plain = linkEvidence(s, new Set(), cold, ['acme.example']);
    expect(plain.map((h) => [h.rule, h.score])).toEqual([['provenance.content_named_destination', 0.5]]);
    s.actions.push(send(30, ['archive@contracts-vault.example'], { tool: 'email.create_forwarding_rule', grantsAccess: true, location: at('rule', 30) }));
    const grant = linkEvidence(s, new Set(), cold, ['acme.example']).filter((h) => h.location.spanId === 'rule');
    expect(grant.map((h) => [h.rule, h.score])).toEqual([['provenance.content_named_destination', 0.9]]);
    expect(grant[0]?.explanation).toContain('gave standing access to archive@contracts-vault.example');
  });

  test('making a stranger a sentence named an administrator links harder than any other grant', () => {
    const s = newLiveSession(start);
    s.contentNamed.set('coordinator.eastbridge@webmail.example', { timeMs: 10, spanId: 'notice', origin: 'tool_result', inProse: true });
    s.contentNamed.set('buyer@brand.example', { timeMs: 10, spanId: 'notice', origin: 'tool_result', inProse: true });
    const invite = (v: string, id: string, admin: boolean) => ({ ...send(20, [v]), tool: 'b2b.invite_user', grantsAccess: true, ...(admin ? { grantsAdministration: true } : {}), location: at(id, 20) });
    s.actions.push(invite('coordinator.eastbridge@webmail.example', 'admin', true), invite('buyer@brand.example', 'buyer', false));
    const hits = linkEvidence(s, new Set(), cold, ['acme.example']);
    expect(hits.map((h) => [h.location.spanId, h.score])).toEqual([['admin', 1], ['buyer', 0.9]]);
    expect(hits[0]?.explanation).toContain('gave administrator access to coordinator.eastbridge@webmail.example');
  });

  test('a payment to an account a sentence of third-party content named links as hard as a grant', () => {
    const s = newLiveSession(start);
    s.contentNamed.set('BG05UNCR70001524836197', { timeMs: 10, spanId: 'comment', origin: 'tool_result', inProse: true });
    s.actions.push(send(20, ['BG05UNCR70001524836197'], { tool: 'kbc_business.create_sepa_payment', egress: true, highImpact: true }));
    expect(linkEvidence(s, new Set(), cold, ['acme.example']).map((h) => [h.rule, h.score])).toEqual([['provenance.content_named_destination', 0.9]]);
  });

  test('mobile money to a line a message gave in its national spelling links as a payment to a named account', () => {
    const s = newLiveSession(start);
    // content-scan keys a number a text gives by phoneKey: "0768 555 314" is tel:768555314.
    s.contentNamed.set('tel:768555314', { timeMs: 10, spanId: 'mail', origin: 'tool_result', inProse: true });
    s.actions.push(send(20, ['254768555314'], { tool: 'mpesa.b2c_payout', highImpact: true }));
    s.actions.push(send(30, ['+254768555999'], { tool: 'mpesa.b2c_payout', highImpact: true }));
    expect(linkEvidence(s, new Set(), cold, ['acme.example']).map((h) => [h.rule, h.score, h.location.spanId])).toEqual([['provenance.content_named_destination', 0.9, 'send20']]);
  });

  test("a content-named destination does not link when it is the company's own, was named only after the action, or is already tainted", () => {
    const s = newLiveSession(start);
    s.contentNamed.set('j.okafor@acme.example', { timeMs: 1, spanId: 'r', origin: 'tool_result', inProse: true });
    s.contentNamed.set('late@outside.example', { timeMs: 99, spanId: 'r2', origin: 'tool_result', inProse: true });
    s.contentNamed.set('x@evil.example', { timeMs: 1, spanId: 'r', origin: 'tool_result', inProse: true });
    s.tainted.set('x@evil.example', { timeMs: 1, spanId: 'r', origin: 'tool_result' });
    s.actions.push(send(10, ['j.okafor@acme.example', 'late@outside.example', 'x@evil.example']));
    expect(linkEvidence(s, new Set(), cold, ['acme.example']).map((h) => h.rule)).toEqual(['provenance.injected_value']);
  });
  test('a grant links to what third-party content named even as a field of its own (a deploy key, a client id); a plain send does not', () => {
    const s = newLiveSession(start);
    s.contentNamed.set('key:AAAAC3NzaC1lZDI1NTE5AAAAIkey', { timeMs: 5, spanId: 'readme', origin: 'tool_result', inProse: false });
    s.contentNamed.set('ops@vendor.example', { timeMs: 5, spanId: 'readme', origin: 'tool_result', inProse: false });
    s.actions.push(send(10, ['ops@vendor.example']));
    s.actions.push({ ...send(20, ['key:AAAAC3NzaC1lZDI1NTE5AAAAIkey']), tool: 'git.add_deploy_key', grantsAccess: true, destinations: [], location: at('key', 20) });
    const hits = linkEvidence(s, new Set(), cold, []);
    expect(hits.map((h) => [h.rule, h.score, h.location.spanId])).toEqual([['provenance.content_named_destination', 0.7, 'key']]);
    expect(hits[0]?.explanation).toContain('gave standing access to the key AAAAC3NzaC1lZDI1NTE5');
  });
});
