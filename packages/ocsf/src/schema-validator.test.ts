import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { WardenError, type RiskFinding } from '@warden/core';
import { OCSF_SCHEMA_VERSION } from './detection-finding';
import { toDetectionFinding } from './map-finding';
import { DEFAULT_SCHEMA_DIR, readSchemaFiles } from './schema-files';
import { OcsfSchemaValidator, type OcsfValidationError } from './schema-validator';

type Json = Record<string, any>;

const TESTDATA = path.resolve(__dirname, '..', 'testdata');
const finding = JSON.parse(fs.readFileSync(path.join(TESTDATA, 'update-more-signals.json'), 'utf8')) as RiskFinding;
const ctx = { nowMs: 1795340100000, product: { name: 'Warden', vendorName: 'Warden Project', version: '0.1.0' } };

let validator: OcsfSchemaValidator;
beforeAll(() => {
  validator = OcsfSchemaValidator.load();
});

/** A fresh, valid, mutable event for each case. */
function validEvent(): Json {
  return JSON.parse(JSON.stringify(toDetectionFinding(finding, ctx))) as Json;
}

function errorsOf(event: unknown): OcsfValidationError[] {
  return validator.validate(event).filter((e) => e.severity === 'error');
}

/** The one error the change caused: exactly one, at exactly this path, with this code. */
function expectSingleError(event: unknown, path: string, code: OcsfValidationError['code']): OcsfValidationError {
  const errors = errorsOf(event);
  expect(errors.map((e) => [e.path, e.code])).toEqual([[path, code]]);
  return errors[0] as OcsfValidationError;
}

describe('OcsfSchemaValidator.load', () => {
  it('loads the vendored schema by default and reports its version', () => {
    expect(DEFAULT_SCHEMA_DIR).toBe(path.resolve(__dirname, '..', 'schema'));
    const version = (JSON.parse(fs.readFileSync(path.join(DEFAULT_SCHEMA_DIR, 'version.json'), 'utf8')) as { version: string }).version;
    expect(validator.schemaVersion).toBe(version);
    // The mapper hard-codes the version to stay pure; this keeps the two in step.
    expect(OCSF_SCHEMA_VERSION).toBe(version);
  });

  it('keeps the schema license files next to the data', () => {
    for (const f of ['LICENSE', 'NOTICE', 'README.md']) expect(fs.existsSync(path.join(DEFAULT_SCHEMA_DIR, f))).toBe(true);
  });

  it('says which directory is missing', () => {
    const missing = path.join(os.tmpdir(), 'warden-no-such-schema');
    expect(() => OcsfSchemaValidator.load(missing)).toThrow(WardenError);
    expect(() => OcsfSchemaValidator.load(missing)).toThrow(new RegExp(`${missing.replace(/[\\/.]/g, '.')} does not exist`));
  });

  it('says which file is not JSON', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-ocsf-'));
    try {
      fs.writeFileSync(path.join(dir, 'version.json'), '{"version": ');
      let caught: unknown;
      try {
        OcsfSchemaValidator.load(dir);
      } catch (e) {
        caught = e;
      }
      expect((caught as WardenError).code).toBe('OCSF_SCHEMA_INVALID');
      expect((caught as WardenError).message).toContain(path.join(dir, 'version.json'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a valid event', () => {
  it('has no errors and no warnings', () => {
    expect(validator.validate(validEvent())).toEqual([]);
  });
});

describe('the validator catches broken events at a precise path', () => {
  it('a missing required attribute (top level and nested)', () => {
    const e = validEvent();
    delete e['time'];
    expectSingleError(e, 'time', 'missing_required');
    const n = validEvent();
    delete n['finding_info']['uid'];
    expectSingleError(n, 'finding_info.uid', 'missing_required');
    const a = validEvent();
    delete a['finding_info']['analytic']['type_id'];
    delete a['finding_info']['analytic']['type'];
    expectSingleError(a, 'finding_info.analytic.type_id', 'missing_required');
    const p = validEvent();
    delete p['metadata']['product'];
    expectSingleError(p, 'metadata.product', 'missing_required');
    const v = validEvent();
    delete v['metadata']['version'];
    expectSingleError(v, 'metadata.version', 'missing_required');
    const r = validEvent();
    delete r['finding_info']['related_events'][0]['uid'];
    expectSingleError(r, 'finding_info.related_events[0].uid', 'missing_required');
    const t = validEvent();
    delete t['finding_info']['related_events'][0]['tags'][0]['name'];
    expectSingleError(t, 'finding_info.related_events[0].tags[0].name', 'missing_required');
  });

  it('a string where an integer belongs, and a timestamp that is not a whole number of milliseconds', () => {
    const s = validEvent();
    s['severity_id'] = '5';
    expectSingleError(s, 'severity_id', 'wrong_type');
    const frac = validEvent();
    frac['time'] = 1795340100000.5;
    expectSingleError(frac, 'time', 'wrong_type');
    const nested = validEvent();
    nested['finding_info']['first_seen_time'] = String(nested['finding_info']['first_seen_time']);
    expectSingleError(nested, 'finding_info.first_seen_time', 'wrong_type');
    const big = validEvent();
    big['metadata']['sequence'] = 2 ** 31;
    expectSingleError(big, 'metadata.sequence', 'wrong_type');
  });

  it('a wrong type', () => {
    const e = validEvent();
    e['time'] = '2026-11-21T10:00:00Z';
    expectSingleError(e, 'time', 'wrong_type');
    const b = validEvent();
    b['is_alert'] = 'true';
    expectSingleError(b, 'is_alert', 'wrong_type');
    const arr = validEvent();
    arr['finding_info']['types'] = 'Prompt Injection';
    expectSingleError(arr, 'finding_info.types', 'wrong_type');
    const item = validEvent();
    item['evidences'][1]['ai_agent']['uid'] = 42;
    expectSingleError(item, 'evidences[1].ai_agent.uid', 'wrong_type');
    const int = validEvent();
    int['risk_score'] = 87.5;
    expectSingleError(int, 'risk_score', 'wrong_type');
  });

  it('a null value', () => {
    const e = validEvent();
    e['message'] = null;
    expectSingleError(e, 'message', 'null_value');
  });

  it('a value outside the enum, but not 99 (Other)', () => {
    const e = validEvent();
    e['severity_id'] = 7;
    delete e['severity'];
    const err = expectSingleError(e, 'severity_id', 'bad_enum');
    expect(err.message).toContain('5 (Critical)');
    const other = validEvent();
    other['severity_id'] = 99;
    other['severity'] = 'Catastrophic';
    expect(errorsOf(other)).toEqual([]);
    for (const [attr, value] of [['status_id', 7], ['confidence_id', 4], ['risk_level_id', 5], ['activity_id', 4]] as const) {
      const e2 = validEvent();
      e2[attr] = value;
      delete e2[attr.replace(/_id$/, '')];
      if (attr === 'activity_id') delete e2['type_name'];
      expect(errorsOf(e2).map((x) => [x.path, x.code])).toContainEqual([attr, 'bad_enum']);
    }
    const nested = validEvent();
    nested['finding_info']['analytic']['type_id'] = 12;
    delete nested['finding_info']['analytic']['type'];
    expectSingleError(nested, 'finding_info.analytic.type_id', 'bad_enum');
    const inArray = validEvent();
    inArray['resources'][0]['role_id'] = 9;
    delete inArray['resources'][0]['role'];
    expectSingleError(inArray, 'resources[0].role_id', 'bad_enum');
  });

  it('a string sibling that does not match the enum caption', () => {
    const e = validEvent();
    e['severity'] = 'Low';
    const err = expectSingleError(e, 'severity', 'sibling_mismatch');
    expect(err.message).toContain('"Critical"');
    const nested = validEvent();
    nested['finding_info']['analytic']['type'] = 'Rule';
    expectSingleError(nested, 'finding_info.analytic.type', 'sibling_mismatch');
    const cls = validEvent();
    cls['class_name'] = 'Security Finding';
    expectSingleError(cls, 'class_name', 'sibling_mismatch');
    const type = validEvent();
    type['type_name'] = 'Detection Finding: Create';
    expectSingleError(type, 'type_name', 'sibling_mismatch');
    const status = validEvent();
    status['status'] = 'Resolved';
    expectSingleError(status, 'status', 'sibling_mismatch');
    const inArray = validEvent();
    inArray['resources'][0]['role'] = 'Affected';
    expectSingleError(inArray, 'resources[0].role', 'sibling_mismatch');
  });

  it('a status of 99 (Other) must carry the source\'s own label, and then any label is fine', () => {
    const e = validEvent();
    e['status_id'] = 99;
    e['status'] = 'Ended';
    expect(errorsOf(e)).toEqual([]);
    e['status'] = ' ';
    expectSingleError(e, 'status', 'sibling_mismatch');
  });

  it('a type_uid that does not follow from class and activity', () => {
    const e = validEvent();
    e['type_uid'] = 200401;
    e['type_name'] = 'Detection Finding: Create';
    expectSingleError(e, 'type_uid', 'type_uid_mismatch');
  });

  it('an unknown attribute, at the top and nested', () => {
    const e = validEvent();
    e['agent_score'] = 3;
    expectSingleError(e, 'agent_score', 'unknown_attribute');
    const n = validEvent();
    n['finding_info']['analytic']['weight'] = 1;
    expectSingleError(n, 'finding_info.analytic.weight', 'unknown_attribute');
    const deep = validEvent();
    deep['metadata']['product']['homepage'] = 'https://example.org';
    expectSingleError(deep, 'metadata.product.homepage', 'unknown_attribute');
    const inArray = validEvent();
    inArray['evidences'][2]['ai_agent']['cohort'] = 'support-agent';
    expectSingleError(inArray, 'evidences[2].ai_agent.cohort', 'unknown_attribute');
    const related = validEvent();
    related['finding_info']['related_events'][0]['trace_id'] = 'ab'.repeat(16);
    expectSingleError(related, 'finding_info.related_events[0].trace_id', 'unknown_attribute');
    const trace = validEvent();
    trace['trace'] = { uid: 'ab'.repeat(16) };
    expectSingleError(trace, 'trace', 'unknown_attribute');
  });

  it('leaves json_t and object-typed attributes free', () => {
    const e = validEvent();
    e['evidences'][0]['data'] = { anything: [1, { nested: true }], n: null };
    e['unmapped'] = { whatever: { deep: ['x'] } };
    expect(errorsOf(e)).toEqual([]);
    e['unmapped'] = ['not', 'an', 'object'];
    expectSingleError(e, 'unmapped', 'wrong_type');
  });

  it('an evidence carrying only ai_agent (at_least_one)', () => {
    const e = validEvent();
    e['evidences'][3] = { ai_agent: e['evidences'][3]['ai_agent'] };
    const err = expectSingleError(e, 'evidences[3]', 'constraint_at_least_one');
    expect(err.message).toContain('data');
  });

  it("a level's own constraints replace its parent's (evidences needs no name or uid, unlike _entity)", () => {
    const e = validEvent();
    delete e['evidences'][0]['uid'];
    delete e['evidences'][0]['name'];
    expect(errorsOf(e)).toEqual([]);
    delete e['evidences'][0]['ai_agent']['uid'];
    delete e['evidences'][0]['ai_agent']['name'];
    expectSingleError(e, 'evidences[0].ai_agent', 'constraint_at_least_one');
  });

  it('an attack with neither tactic nor technique (at_least_one) and an entity with neither name nor uid', () => {
    const e = validEvent();
    e['finding_info']['attacks'][0] = { version: '4.9' };
    expectSingleError(e, 'finding_info.attacks[0]', 'constraint_at_least_one');
    const t = validEvent();
    t['finding_info']['attacks'][0]['technique'] = { src_url: 'https://atlas.mitre.org' };
    expectSingleError(t, 'finding_info.attacks[0].technique', 'constraint_at_least_one');
  });

  it('a vulnerability naming both a CVE and a CWE (just_one)', () => {
    const e = validEvent();
    e['vulnerabilities'] = [{ cve: { uid: 'CVE-2025-0001' }, cwe: { uid: 'CWE-77' } }];
    const err = expectSingleError(e, 'vulnerabilities[0]', 'constraint_just_one');
    expect(err.message).toContain('found cve, cwe');
    e['vulnerabilities'] = [{ cwe: { uid: 'CWE-77' } }];
    expect(errorsOf(e)).toEqual([]);
  });

  it('observable type ids come from the types and objects that declare them', () => {
    const e = validEvent();
    const i = (e['observables'] as Json[]).findIndex((o) => o['type_id'] === 5);
    expect(i).toBeGreaterThanOrEqual(0);
    e['observables'][i]['type'] = 'Hostname';
    expectSingleError(e, `observables[${i}].type`, 'sibling_mismatch');
    const bad = validEvent();
    bad['observables'][i]['type_id'] = 777;
    delete bad['observables'][i]['type'];
    expectSingleError(bad, `observables[${i}].type_id`, 'bad_enum');
    const obj = validEvent();
    obj['observables'][i] = { name: 'evidences.url', type_id: 23, type: 'Uniform Resource Locator', value: 'https://x.example' };
    expect(errorsOf(obj)).toEqual([]);
  });

  it('a remediation without its required desc', () => {
    const e = validEvent();
    e['remediation'] = { references: ['https://example.org'] };
    expectSingleError(e, 'remediation.desc', 'missing_required');
  });
});

describe('profiles', () => {
  it('rejects a profile attribute unless the profile is applied, and then enforces its requirements', () => {
    const e = validEvent();
    e['cloud'] = { region: 'eu-west-1' };
    expectSingleError(e, 'cloud', 'profile_not_applied');
    e['metadata']['profiles'] = ['cloud'];
    expectSingleError(e, 'cloud.provider', 'missing_required');
    e['cloud']['provider'] = 'AWS';
    expect(errorsOf(e)).toEqual([]);
  });

  it('requires the cloud attribute once the cloud profile is listed', () => {
    const e = validEvent();
    e['metadata']['profiles'] = ['cloud'];
    expectSingleError(e, 'cloud', 'missing_required');
  });

  it('treats attributes the class re-declares with profile null as core', () => {
    // confidence_id comes from security_control, but finding/detection_finding make it core;
    // attacks stays behind security_control.
    const e = validEvent();
    expect(e['confidence_id']).toBeDefined();
    expect(errorsOf(e)).toEqual([]);
    e['attacks'] = e['finding_info']['attacks'];
    expectSingleError(e, 'attacks', 'profile_not_applied');
    e['metadata']['profiles'] = ['security_control'];
    expect(errorsOf(e)).toEqual([]);
  });

  it('gates profile attributes declared inline on objects (resource_details.region)', () => {
    const e = validEvent();
    e['resources'][0]['region'] = 'eu-west-1';
    expectSingleError(e, 'resources[0].region', 'profile_not_applied');
  });

  it('knows which profiles the class supports', () => {
    const e = validEvent();
    e['metadata']['profiles'] = ['trace', 'no_such_profile'];
    expect(errorsOf(e).map((x) => [x.path, x.code])).toEqual([
      ['metadata.profiles[0]', 'profile_not_supported'],
      ['metadata.profiles[1]', 'unknown_profile'],
    ]);
  });

  it('allows <timestamp>_dt siblings only with the datetime profile', () => {
    const e = validEvent();
    e['time_dt'] = '2026-11-21T10:00:00Z';
    expectSingleError(e, 'time_dt', 'profile_not_applied');
    e['metadata']['profiles'] = ['datetime'];
    expect(errorsOf(e)).toEqual([]);
    e['message_dt'] = 'x';
    expectSingleError(e, 'message_dt', 'unknown_attribute');
  });
});

describe('warnings and class resolution', () => {
  it('warns on a deprecated attribute without failing the event', () => {
    const e = validEvent();
    e['comment'] = 'looked at it';
    expect(errorsOf(e)).toEqual([]);
    expect(validator.validate(e)).toEqual([expect.objectContaining({ path: 'comment', code: 'deprecated', severity: 'warning' })]);
  });

  it('warns when metadata.version differs from the schema it checks against', () => {
    const e = validEvent();
    e['metadata']['version'] = '1.8.0';
    expect(errorsOf(e)).toEqual([]);
    expect(validator.validate(e)).toEqual([expect.objectContaining({ path: 'metadata.version', code: 'version_mismatch' })]);
  });

  it('rejects an unknown or missing class and anything that is not an object', () => {
    const e = validEvent();
    e['class_uid'] = 2099;
    expectSingleError(e, 'class_uid', 'unknown_class');
    delete e['class_uid'];
    expectSingleError(e, 'class_uid', 'missing_required');
    expectSingleError([], '', 'not_an_object');
    expectSingleError('{"class_uid":2004}', '', 'not_an_object');
  });

  it('validates the base event class as class 0', () => {
    const base = {
      class_uid: 0,
      category_uid: 0,
      activity_id: 99,
      activity_name: 'Heartbeat',
      type_uid: 99,
      severity_id: 1,
      time: 1795340100000,
      metadata: { version: validator.schemaVersion, product: { name: 'Warden' } },
    };
    expect(errorsOf(base)).toEqual([]);
    expectSingleError({ ...base, finding_info: { uid: 'x' } }, 'finding_info', 'unknown_attribute');
  });

  it('validates independently built schemas (fromFiles)', () => {
    const files = readSchemaFiles();
    const v = OcsfSchemaValidator.fromFiles(files);
    expect(v.validate(validEvent())).toEqual([]);
  });
});
