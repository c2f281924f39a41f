import type { Severity } from '@warden/core';
import { BANDS, T0, aFinding, aSignal } from '../testdata/findings';
import { criticalityOf } from './agent-criticality';
import { decisionId, planResponse, type PlanContext } from './plan-response';
import { DEFAULT_RESPONSE_POLICY, validateResponsePolicy } from './response-policy';
import type { ResponseDecision } from './response-types';

const DETECTED = T0 + 5000;
const ctx = (alreadyPlanned: Iterable<string> = []): PlanContext => ({ nowMs: T0 + 6000, detectedAtMs: DETECTED, alreadyPlanned: new Set(alreadyPlanned) });
const band = (severity: Severity) => aFinding({ severity, riskScore: BANDS[severity] });
const kinds = (ds: readonly ResponseDecision[]) => ds.map((d) => d.kind);
const byKind = (ds: readonly ResponseDecision[], kind: string) => {
  const d = ds.find((x) => x.kind === kind);
  if (d === undefined) throw new Error(`no ${kind} decision in ${kinds(ds).join(', ')}`);
  return d;
};
const criticalAgents = validateResponsePolicy({ agents: [{ match: 'payments-*', criticality: 'critical' }, { match: 'support-7', criticality: 'critical' }] });

describe('planResponse with the default policy', () => {
  it.each<[Severity, string[]]>([
    ['informational', []],
    ['low', ['record']],
    ['medium', ['notify']],
    ['high', ['notify', 'throttle']],
    ['critical', ['notify', 'quarantine']],
  ])('a %s finding gets %j', (severity, expected) => {
    expect(kinds(planResponse(band(severity), DEFAULT_RESPONSE_POLICY, ctx()))).toEqual(expected);
  });

  it('throttles a standard agent automatically, reversibly, for an hour', () => {
    const throttle = byKind(planResponse(band('high'), DEFAULT_RESPONSE_POLICY, ctx()), 'throttle');
    expect(throttle).toEqual({
      id: 'fnd-acme-support-7-conv-8812/throttle',
      kind: 'throttle',
      playbook: 'high-throttle',
      findingId: 'fnd-acme-support-7-conv-8812',
      tenant: 'acme',
      agentId: 'support-7',
      sessionId: 'conv-8812',
      criticality: 'standard',
      severity: 'high',
      riskScore: 65,
      reason: expect.any(String),
      mode: 'execute',
      expiresAfterSeconds: 3600,
      detectedAtMs: DETECTED,
    });
  });

  it('holds quarantine for one approver with a read-only fallback after 15 minutes', () => {
    const decisions = planResponse(band('critical'), DEFAULT_RESPONSE_POLICY, ctx());
    expect(byKind(decisions, 'notify').approval).toBeUndefined();
    const quarantine = byKind(decisions, 'quarantine');
    expect(quarantine.approval).toEqual({ approvers: 1, timeoutSeconds: 900, onTimeout: 'read_only' });
    expect(quarantine.expiresAfterSeconds).toBe(86_400);
    expect(quarantine.timeoutFallback).toEqual({ expiresAfterSeconds: 3600 });
    expect(quarantine.id).toBe(decisionId('fnd-acme-support-7-conv-8812', 'quarantine'));
  });

  it("needs approval for a critical agent's throttle, never with a fallback harsher than throttling", () => {
    const decisions = planResponse(band('high'), criticalAgents, ctx());
    expect(byKind(decisions, 'notify').approval).toBeUndefined();
    const throttle = byKind(decisions, 'throttle');
    expect(throttle.criticality).toBe('critical');
    expect(throttle.approval).toEqual({ approvers: 1, timeoutSeconds: 900, onTimeout: 'none' });
    expect(throttle.timeoutFallback).toBeUndefined();
    // The same finding on an unlisted agent throttles at once.
    expect(byKind(planResponse(aFinding({ severity: 'high', agentId: 'support-8' }), criticalAgents, ctx()), 'throttle').approval).toBeUndefined();
  });

  it('lets a playbook waive approval explicitly', () => {
    const policy = validateResponsePolicy({
      agents: [{ match: '*', criticality: 'critical' }],
      playbooks: [{ name: 'lab', match: {}, actions: [{ kind: 'quarantine' }], approval: 'not_required' }],
    });
    expect(byKind(planResponse(band('low'), policy, ctx()), 'quarantine').approval).toBeUndefined();
  });

  it('rolls memory back to before the first poisoned write, with approval', () => {
    const finding = aFinding({
      severity: 'high',
      riskScore: 70,
      signals: [aSignal('memory_poisoning', T0 + 9000), aSignal('prompt_injection', T0 + 500), aSignal('memory_poisoning', T0 + 3000)],
    });
    const decisions = planResponse(finding, DEFAULT_RESPONSE_POLICY, ctx());
    expect(kinds(decisions)).toEqual(['notify', 'throttle', 'memory_rollback']);
    const rollback = byKind(decisions, 'memory_rollback');
    expect(rollback.rollbackBeforeMs).toBe(T0 + 3000);
    expect(rollback.approval).toEqual({ approvers: 1, timeoutSeconds: 900, onTimeout: 'read_only' });
    expect(rollback.expiresAfterSeconds).toBeUndefined();
    expect(rollback.reason).toContain(new Date(T0 + 3000).toISOString());
    expect(byKind(decisions, 'throttle').rollbackBeforeMs).toBeUndefined();
  });

  it('does not roll back memory for a medium memory_poisoning finding', () => {
    const finding = aFinding({ severity: 'medium', riskScore: 45, signals: [aSignal('memory_poisoning', T0)] });
    expect(kinds(planResponse(finding, DEFAULT_RESPONSE_POLICY, ctx()))).toEqual(['notify']);
  });

  it('records only, in shadow mode, when the global switch is on', () => {
    const policy = validateResponsePolicy({ shadow: true });
    const decisions = planResponse(band('critical'), policy, ctx());
    expect(kinds(decisions)).toEqual(['notify', 'quarantine']);
    expect(decisions.map((d) => d.mode)).toEqual(['shadow', 'shadow']);
    expect(planResponse(band('critical'), DEFAULT_RESPONSE_POLICY, ctx()).map((d) => d.mode)).toEqual(['execute', 'execute']);
  });

  it('shadows only the playbook that asks for it', () => {
    const policy = validateResponsePolicy({
      playbooks: [
        { name: 'alert', match: {}, actions: [{ kind: 'notify' }] },
        { name: 'trial-throttle', match: { minSeverity: 'high' }, actions: [{ kind: 'throttle' }], shadow: true },
      ],
    });
    const decisions = planResponse(band('high'), policy, ctx());
    expect(decisions.map((d) => [d.kind, d.playbook, d.mode])).toEqual([
      ['notify', 'alert', 'execute'],
      ['throttle', 'trial-throttle', 'shadow'],
    ]);
  });

  it('plans nothing already planned for an earlier revision', () => {
    const first = planResponse(band('high'), DEFAULT_RESPONSE_POLICY, ctx());
    const again = planResponse(aFinding({ severity: 'high', riskScore: 72, activity: 'update', revision: 2 }), DEFAULT_RESPONSE_POLICY, ctx(first.map((d) => d.id)));
    expect(again).toEqual([]);
  });

  it('on escalation from high to critical adds quarantine without repeating notify or throttle', () => {
    const high = planResponse(band('high'), DEFAULT_RESPONSE_POLICY, ctx());
    const critical = planResponse(
      aFinding({ severity: 'critical', riskScore: 91, activity: 'update', revision: 2 }),
      DEFAULT_RESPONSE_POLICY,
      ctx(high.map((d) => d.id)),
    );
    expect(kinds(critical)).toEqual(['quarantine']);
    expect(critical[0]?.riskScore).toBe(91);
  });

  it('takes each kind once, from the first playbook that names it', () => {
    const policy = validateResponsePolicy({
      playbooks: [
        { name: 'first', match: {}, actions: [{ kind: 'throttle', expiresAfterSeconds: 60 }] },
        { name: 'second', match: {}, actions: [{ kind: 'throttle', expiresAfterSeconds: 999 }, { kind: 'notify' }] },
      ],
    });
    const decisions = planResponse(band('low'), policy, ctx());
    expect(decisions.map((d) => [d.kind, d.playbook, d.expiresAfterSeconds])).toEqual([
      ['throttle', 'first', 60],
      ['notify', 'second', undefined],
    ]);
    // Already planned by "first": "second" does not get to plan it instead.
    expect(kinds(planResponse(band('low'), policy, ctx(['fnd-acme-support-7-conv-8812/throttle'])))).toEqual(['notify']);
  });

  it('matches on signal type, category and criticality', () => {
    const policy = validateResponsePolicy({
      agents: [{ match: 'payments-*', criticality: 'critical' }],
      playbooks: [
        { name: 'exfil', match: { signalTypes: ['data_exfiltration', 'sensitive_data_egress'] }, actions: [{ kind: 'notify' }] },
        { name: 'drift', match: { category: 'reliability' }, actions: [{ kind: 'record' }] },
        { name: 'crown-jewels', match: { criticality: ['critical'] }, actions: [{ kind: 'read_only' }], approval: { onTimeout: 'none' } },
      ],
    });
    expect(kinds(planResponse(band('low'), policy, ctx()))).toEqual(['notify']);
    expect(kinds(planResponse(aFinding({ signals: [aSignal('drift', T0)], category: 'reliability' }), policy, ctx()))).toEqual(['record']);
    expect(kinds(planResponse(aFinding({ agentId: 'payments-2' }), policy, ctx()))).toEqual(['notify', 'read_only']);
  });

  it('plans nothing for a close or for a response note', () => {
    expect(planResponse(aFinding({ activity: 'close', revision: 3 }), DEFAULT_RESPONSE_POLICY, ctx())).toEqual([]);
    const note = aFinding({
      activity: 'update',
      revision: 2,
      response: { seq: 1, decisionId: 'fnd-acme-support-7-conv-8812/quarantine', action: 'quarantine', status: 'pending_approval', reason: 'x', atMs: T0 },
    });
    expect(planResponse(note, DEFAULT_RESPONSE_POLICY, ctx())).toEqual([]);
  });

  it('gives reasons as readable sentences naming agent, session, finding, severity and the story', () => {
    const decisions = planResponse(aFinding({ title: 'Injected instruction.' }), criticalAgents, ctx());
    expect(byKind(decisions, 'quarantine').reason).toBe(
      'Quarantine agent support-7 for 24 h (session conv-8812, tenant acme) because finding fnd-acme-support-7-conv-8812 ' +
        'on this critical agent reached critical risk 87: Injected instruction.',
    );
    expect(byKind(decisions, 'notify').reason).toMatch(/^Notify the responders about agent support-7 \(session conv-8812, tenant acme\) because .*\.$/);
    for (const d of [...decisions, ...planResponse(band('high'), DEFAULT_RESPONSE_POLICY, ctx())]) {
      expect(d.reason).toMatch(/^[A-Z][^\n]*\.$/);
      expect(d.reason).not.toMatch(/undefined|NaN|\.\./);
    }
  });
});

describe('criticalityOf', () => {
  const policy = validateResponsePolicy({
    agents: [
      { match: 'payments-sandbox', criticality: 'standard' },
      { match: 'payments-*', criticality: 'critical' },
      { match: 'a.b', criticality: 'critical' },
    ],
  });

  it('takes the first matching entry, with * as a wildcard and everything else literal', () => {
    expect(criticalityOf('payments-7', policy)).toBe('critical');
    expect(criticalityOf('payments-sandbox', policy)).toBe('standard');
    expect(criticalityOf('a.b', policy)).toBe('critical');
    expect(criticalityOf('axb', policy)).toBe('standard');
    expect(criticalityOf('my-payments-7', policy)).toBe('standard');
  });

  it('defaults to standard', () => {
    expect(criticalityOf('support-7', DEFAULT_RESPONSE_POLICY)).toBe('standard');
  });
});
