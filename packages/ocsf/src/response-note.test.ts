import * as fs from 'node:fs';
import * as path from 'node:path';
import { InvalidInputError, type FindingResponseNote, type RiskFinding } from '@warden/core';
import { DETECTION_FINDING_LIMITS, toDetectionFinding, type DetectionFindingContext } from './map-finding';
import { RESPONSE_STATUSES, responseControl } from './response-note';
import { OcsfSchemaValidator } from './schema-validator';

const TESTDATA = path.resolve(__dirname, '..', 'testdata');
const update = JSON.parse(fs.readFileSync(path.join(TESTDATA, 'update-more-signals.json'), 'utf8')) as RiskFinding;
const NOW = 1795340200000;
const ctx: DetectionFindingContext = { nowMs: NOW, product: { name: 'Warden', vendorName: 'Warden Project', version: '0.1.0' } };
const ACTIONS = ['record', 'notify', 'throttle', 'read_only', 'memory_rollback', 'quarantine'];

let validator: OcsfSchemaValidator;
beforeAll(() => {
  validator = OcsfSchemaValidator.load();
});

function note(overrides: Partial<FindingResponseNote> = {}): FindingResponseNote {
  return {
    seq: 3,
    decisionId: `${update.findingId}/quarantine`,
    action: 'quarantine',
    status: 'executed',
    by: ['alice', 'bob'],
    reason: 'critical risk: injected instruction followed by e-mail to a new external address',
    atMs: NOW - 5_000,
    ...overrides,
  };
}

const respond = (n: Partial<FindingResponseNote>, base: RiskFinding = update) =>
  toDetectionFinding({ ...base, activity: 'update', response: note(n) }, ctx);

describe('response records validate against the schema', () => {
  it.each(RESPONSE_STATUSES)('status %s: zero errors and zero warnings, also after JSON', (status) => {
    for (const action of ACTIONS) {
      const e = respond({ status, action, decisionId: `${update.findingId}/${action}` });
      expect(validator.validate(e)).toEqual([]);
      expect(validator.validate(JSON.parse(JSON.stringify(e)))).toEqual([]);
      // The mapper's own check agrees.
      expect(() => toDetectionFinding({ ...update, response: note({ status, action }) }, { ...ctx, validator })).not.toThrow();
    }
  });

  it('an action kind the mapper does not know still validates, as Other / Custom Action', () => {
    const e = respond({ action: 'rotate_credentials' });
    expect([e.action_id, e.action, e.disposition_id, e.disposition]).toEqual([99, 'Rotate credentials', 7, 'Custom Action']);
    expect(validator.validate(e)).toEqual([]);
  });

  it('needs the security_control profile listed: without it the action is not allowed on the class', () => {
    const e = JSON.parse(JSON.stringify(respond({}))) as Record<string, Record<string, unknown>>;
    delete e['metadata']?.['profiles'];
    expect(validator.validate(e).map((x) => [x.path, x.code])).toEqual(
      expect.arrayContaining([
        ['action_id', 'profile_not_applied'],
        ['disposition_id', 'profile_not_applied'],
      ]),
    );
  });
});

describe('what a response record says', () => {
  it('is an Update of the same incident, In Progress, still an alert, with its own record id', () => {
    const e = respond({});
    expect([e.activity_id, e.type_uid, e.status_id, e.status, e.is_alert]).toEqual([2, 200402, 2, 'In Progress', true]);
    expect(e.finding_info.uid).toBe(update.findingId);
    expect(e.metadata.uid).toBe(`${update.findingId}:${update.revision}:response:3`);
    expect(e.metadata.sequence).toBe(update.revision);
    expect(e.metadata.profiles).toEqual(['security_control']);
    expect(e.finding_info.modified_time).toBe(NOW);
    expect(e.finding_info.created_time).toBeUndefined();
    expect(e.unmapped.response).toEqual({
      seq: 3,
      decision_id: `${update.findingId}/quarantine`,
      action: 'quarantine',
      status: 'executed',
      by: ['alice', 'bob'],
      time: NOW - 5_000,
    });
  });

  it('is an Update even when made from a Create or Close copy', () => {
    for (const activity of ['create', 'close'] as const) {
      const e = toDetectionFinding({ ...update, activity, response: note() }, ctx);
      expect([e.activity_id, e.status_id, e.is_alert]).toEqual([2, 2, true]);
      expect(e.finding_info.created_time).toBeUndefined();
      expect(validator.validate(e)).toEqual([]);
    }
  });

  it('says what was done, by whom and why in status_detail and the message', () => {
    const e = respond({});
    expect(e.status_detail).toBe('Quarantine approved by alice, bob and executed: critical risk: injected instruction followed by e-mail to a new external address');
    expect(e.message).toMatch(/^Response: Quarantine approved by alice, bob and executed; Agent /);
    expect(respond({ by: undefined, action: 'throttle' }).status_detail).toMatch(/^Throttle executed automatically: /);
    expect(respond({ status: 'pending_approval', by: undefined }).status_detail).toMatch(/^Quarantine waiting for approval: /);
    expect(respond({ status: 'denied', by: ['carol'], reason: 'false positive' }).status_detail).toBe('Quarantine denied by carol: false positive');
    expect(respond({ status: 'shadowed', by: undefined, action: 'read_only' }).status_detail).toMatch(/^Read-only mode not executed \(shadow mode\): /);
    expect(respond({ status: 'undone', by: undefined, reason: '' }).status_detail).toBe('Quarantine undone');
  });

  it.each([
    ['record', [3, 'Observed', 17, 'Logged']],
    ['notify', [3, 'Observed', 19, 'Alert']],
    ['throttle', [4, 'Modified', 14, 'Delayed']],
    ['read_only', [2, 'Denied', 2, 'Blocked']],
    ['memory_rollback', [4, 'Modified', 11, 'Corrected']],
    ['quarantine', [2, 'Denied', 3, 'Quarantined']],
  ])('an executed %s carries the OCSF action and disposition of what it did to the agent', (action, expected) => {
    const e = respond({ action });
    expect([e.action_id, e.action, e.disposition_id, e.disposition]).toEqual(expected);
  });

  it('only an executed step claims to have changed the agent', () => {
    const dispositions = Object.fromEntries(RESPONSE_STATUSES.map((status) => [status, responseControl(note({ status }))]));
    for (const status of RESPONSE_STATUSES) {
      if (status === 'executed' || status === 'undone' || status === 'reviewed_benign') continue;
      expect([status, dispositions[status]?.action_id]).toEqual([status, 3]);
      expect(dispositions[status]?.disposition).not.toBe('Quarantined');
    }
    expect(dispositions['pending_approval']).toMatchObject({ disposition_id: 99, disposition: 'Pending Approval' });
    expect(dispositions['approved']).toMatchObject({ disposition_id: 8, disposition: 'Approved' });
    expect(dispositions['denied']).toMatchObject({ disposition_id: 25, disposition: 'Rejected' });
    expect(dispositions['failed']).toMatchObject({ disposition_id: 27, disposition: 'Error' });
    expect(dispositions['undone']).toMatchObject({ action_id: 1, disposition_id: 9, disposition: 'Restored' });
  });

  it('a benign review is Suppressed, no longer an alert, and claims no control action', () => {
    const e = respond({ status: 'reviewed_benign', action: 'review', decisionId: `${update.findingId}:review`, by: ['alice'], reason: 'the monthly pension schedule' });
    expect([e.activity_id, e.status_id, e.status, e.is_alert]).toEqual([2, 3, 'Suppressed', false]);
    expect(e.status_detail).toBe('Reviewed as benign by alice: the monthly pension schedule');
    expect(e.message).toMatch(/^Response: Reviewed as benign by alice; Agent /);
    expect(e.remediation.desc).toMatch(/^A person reviewed this finding as benign: its session is learned/);
    expect(e.metadata.profiles).toBeUndefined();
    expect([e.action_id, e.disposition_id]).toEqual([undefined, undefined]);
    expect(e.unmapped.response).toMatchObject({ action: 'review', status: 'reviewed_benign', by: ['alice'] });
    expect(validator.validate(e)).toEqual([]);
  });

  it("leads the remediation with what to do now, then the finding's own advice", () => {
    const pending = respond({ status: 'pending_approval', by: undefined });
    expect(pending.remediation.desc).toMatch(/^A quarantine of this agent is waiting for a human decision: .*warden approvals approve\|deny fnd-acme-support-7-conv-8812\/quarantine/);
    expect(pending.remediation.desc).toContain('Quarantine support-7 for this session');
    expect(respond({ status: 'failed' }).remediation.desc).toMatch(/^The agent platform did not carry out the quarantine: contain the agent by hand\./);
    expect(respond({ status: 'suppressed', by: undefined }).remediation.desc).toMatch(/^Automated response is stopped \(kill switch or circuit breaker\)/);
  });
});

describe('bounds and masking of what people typed', () => {
  it('masks secrets and personal data in the reason and the names, and bounds them', () => {
    const secret = 'sk-proj-a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6';
    const e = respond({ reason: `key ${secret} seen, mailed jane.doe@customer.example ${'x'.repeat(2000)}`, by: ['alice@corp.example', ...'bcdefg'.split('')] });
    const text = JSON.stringify(e);
    expect(text).not.toContain(secret);
    expect(text).not.toContain('jane.doe@customer.example');
    expect(text).not.toContain('alice@corp.example');
    expect(e.status_detail).toMatch(/^Quarantine approved by a\*\*\*@corp\.example, b, c, d, e and 2 more and executed: key \[REDACTED/);
    expect(e.status_detail?.length).toBeLessThanOrEqual(DETECTION_FINDING_LIMITS.statusDetail);
    expect(validator.validate(e)).toEqual([]);
  });
});

describe('bad response notes', () => {
  it('are refused with InvalidInputError naming every problem', () => {
    const bad = { seq: 0, decisionId: '', action: 'quarantine', status: 'done', reason: 5, atMs: -1, by: [''] } as unknown as FindingResponseNote;
    let caught: unknown;
    try {
      toDetectionFinding({ ...update, response: bad }, ctx);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InvalidInputError);
    const message = (caught as InvalidInputError).message;
    for (const problem of [
      /response\.seq must be an integer >= 1/,
      /response\.decisionId must be a non-empty string/,
      /response\.status must be one of pending_approval, .*not "done"/,
      /response\.reason must be a string/,
      /response\.atMs must be epoch milliseconds/,
      /response\.by must be a list of non-empty names/,
    ]) {
      expect(message).toMatch(problem);
    }
  });
});
