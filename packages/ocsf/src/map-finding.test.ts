import * as fs from 'node:fs';
import * as path from 'node:path';
import { InvalidInputError, WardenError, type RiskFinding, type RiskSignal } from '@warden/core';
import { DETECTION_FINDING_LIMITS, toDetectionFinding, type DetectionFindingContext } from './map-finding';
import { OCSF_SCHEMA_VERSION } from './detection-finding';
import { readSchemaFiles } from './schema-files';
import { OcsfSchemaValidator } from './schema-validator';

const TESTDATA = path.resolve(__dirname, '..', 'testdata');
const fixture = (name: string): RiskFinding => JSON.parse(fs.readFileSync(path.join(TESTDATA, name), 'utf8')) as RiskFinding;

const FIXTURES = ['create-injection-exfil.json', 'update-more-signals.json', 'close.json', 'drift-reliability.json', 'many-signals.json'];
const NOW = 1795340100000;
const ctx: DetectionFindingContext = { nowMs: NOW, product: { name: 'Warden', vendorName: 'Warden Project', version: '0.1.0' } };

let validator: OcsfSchemaValidator;
beforeAll(() => {
  validator = OcsfSchemaValidator.load();
});

describe('toDetectionFinding: every fixture maps to a schema-valid Detection Finding', () => {
  it.each(FIXTURES)('%s validates with no errors and no warnings', (name) => {
    const event = toDetectionFinding(fixture(name), ctx);
    expect(validator.validate(event)).toEqual([]);
    // The same object must survive JSON: that is what a SIEM receives.
    expect(validator.validate(JSON.parse(JSON.stringify(event)))).toEqual([]);
  });

  it('validates itself when given a validator', () => {
    expect(() => toDetectionFinding(fixture('update-more-signals.json'), { ...ctx, validator })).not.toThrow();
  });
});

describe('classification and lifecycle', () => {
  const create = fixture('create-injection-exfil.json');
  const update = fixture('update-more-signals.json');
  const close = fixture('close.json');

  it('derives type_uid from class and activity, and status from the lifecycle', () => {
    const rows = [create, update, close].map((f) => toDetectionFinding(f, ctx));
    expect(rows.map((r) => [r.activity_id, r.type_uid, r.type_name, r.status_id, r.status, r.is_alert])).toEqual([
      [1, 200401, 'Detection Finding: Create', 1, 'New', true],
      [2, 200402, 'Detection Finding: Update', 2, 'In Progress', true],
      [3, 200403, 'Detection Finding: Close', 4, 'Resolved', false],
    ]);
    for (const r of rows) expect(r.type_uid).toBe(r.class_uid * 100 + r.activity_id);
  });

  it('keeps finding_info.uid across Create/Update/Close and makes metadata.uid unique per revision', () => {
    const rows = [create, update, close].map((f) => toDetectionFinding(f, ctx));
    expect(new Set(rows.map((r) => r.finding_info.uid))).toEqual(new Set([create.findingId]));
    expect(rows.map((r) => r.metadata.uid)).toEqual([1, 2, 3].map((rev) => `${create.findingId}:${rev}`));
    expect(rows[0]?.finding_info.created_time).toBe(NOW);
    expect(rows[0]?.finding_info.modified_time).toBeUndefined();
    expect(rows[1]?.finding_info.modified_time).toBe(NOW);
    expect(rows[1]?.finding_info.created_time).toBeUndefined();
  });

  it('maps severity, risk and confidence onto the OCSF enums', () => {
    const e = toDetectionFinding(create, ctx);
    expect([e.severity_id, e.severity]).toEqual([5, 'Critical']);
    expect([e.risk_score, e.risk_level_id, e.risk_level]).toEqual([create.riskScore, 4, 'Critical']);
    expect([e.confidence_id, e.confidence, e.confidence_score]).toEqual([3, 'High', Math.round(create.confidence * 100)]);
    const drift = toDetectionFinding(fixture('drift-reliability.json'), ctx);
    expect([drift.severity_id, drift.risk_level_id, drift.confidence_id]).toEqual([2, 1, 2]);
  });

  it('takes time from the context and the observation window from the finding', () => {
    const e = toDetectionFinding(create, ctx);
    expect(e.time).toBe(NOW);
    expect([e.start_time, e.end_time]).toEqual([create.firstSeenMs, create.lastSeenMs]);
    expect([e.finding_info.first_seen_time, e.finding_info.last_seen_time]).toEqual([create.firstSeenMs, create.lastSeenMs]);
  });

  it('is pure: the same input gives the same record, and the input is not changed', () => {
    const before = JSON.stringify(update);
    expect(toDetectionFinding(update, ctx)).toEqual(toDetectionFinding(update, ctx));
    expect(JSON.stringify(update)).toBe(before);
  });
});

describe('identity, correlation and trace context', () => {
  const update = fixture('update-more-signals.json');
  const e = toDetectionFinding(update, ctx);

  it('names the session, tenant, schema version and emitter', () => {
    expect(e.metadata.correlation_uid).toBe(update.sessionId);
    expect(e.metadata.tenant_uid).toBe(update.tenant);
    expect(e.metadata.version).toBe(OCSF_SCHEMA_VERSION);
    expect(e.metadata.version).toBe(validator.schemaVersion);
    expect(e.metadata.product).toEqual({ name: 'Warden', vendor_name: 'Warden Project', version: '0.1.0' });
  });

  it('puts the watched agent in every evidence as ai_agent, with the session as its instance', () => {
    expect(e.evidences).toHaveLength(update.signals.length);
    for (const ev of e.evidences) {
      expect(ev.ai_agent).toEqual({ uid: update.agentId, name: update.agentName, instance_uid: update.sessionId, version: update.agentVersion });
    }
  });

  it("carries the triggering span's trace and span ids", () => {
    expect(e.metadata.original_event_uid).toBe(update.trigger.spanId);
    expect(e.unmapped.trace.uid).toBe(update.trigger.traceId);
    expect(e.unmapped.trace.span.uid).toBe(update.trigger.spanId);
    const trigger = e.finding_info.related_events.find((r) => r.uid === update.trigger.spanId);
    expect(trigger?.desc).toContain(update.trigger.traceId);
  });

  it("carries each signal's trace and span ids in its evidence", () => {
    for (const s of update.signals) {
      const ev = e.evidences.find((x) => x.uid === s.id);
      expect(ev?.data).toMatchObject({ trace_id: s.location.traceId, span_id: s.location.spanId, rule: s.rule, contribution: s.contribution });
    }
  });

  it('lists each contributing span once in related_events', () => {
    const keys = new Set([update.trigger, ...update.signals.map((s) => s.location), ...update.relatedSpans].map((l) => `${l.traceId}/${l.spanId}`));
    expect(e.finding_info.related_events_count).toBe(keys.size);
    expect(e.finding_info.related_events).toHaveLength(keys.size);
    const times = e.finding_info.related_events.map((r) => r.first_seen_time);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});

describe('what the signals say', () => {
  const create = fixture('create-injection-exfil.json');
  const update = fixture('update-more-signals.json');

  it('derives finding types from the signal families', () => {
    expect(toDetectionFinding(create, ctx).finding_info.types).toEqual([
      'AI Agent Security',
      'Prompt Injection',
      'New Destination',
      'Data Exfiltration',
      'Correlation',
    ]);
    expect(toDetectionFinding(fixture('drift-reliability.json'), ctx).finding_info.types).toEqual(['Reliability', 'Drift']);
  });

  it('uses a Behavioral analytic for correlated findings and a Rule analytic when only content rules fired', () => {
    expect(toDetectionFinding(create, ctx).finding_info.analytic).toMatchObject({ type_id: 2, type: 'Behavioral' });
    const injectionOnly = create.signals.filter((s) => s.type === 'prompt_injection');
    const onlyRule = toDetectionFinding({ ...create, signals: injectionOnly }, ctx);
    expect(onlyRule.finding_info.analytic).toMatchObject({ type_id: 1, type: 'Rule', uid: injectionOnly[0]?.rule });
    expect(validator.validate(onlyRule)).toEqual([]);
  });

  it('maps injection origin to ATLAS direct/indirect and uses the techniques a signal names', () => {
    const attacks = toDetectionFinding(create, ctx).finding_info.attacks ?? [];
    expect(attacks).toContainEqual({
      technique: { uid: 'AML.T0051', name: 'LLM Prompt Injection' },
      sub_technique: { uid: 'AML.T0051.001', name: 'Indirect' },
    });
    // The exfiltration signal names its techniques, so its defaults (T1567) are not added.
    expect(attacks).toContainEqual({ tactic: { uid: 'AML.TA0010', name: 'Exfiltration' }, technique: { uid: 'AML.T0057', name: 'LLM Data Leakage' } });
    expect(attacks).toContainEqual({ tactic: { uid: 'TA0010', name: 'Exfiltration' }, technique: { uid: 'T1048', name: 'Exfiltration Over Alternative Protocol' } });
    expect(attacks.some((a) => a.technique?.uid === 'T1567')).toBe(false);

    const direct = create.signals.map((s): RiskSignal => (s.type === 'prompt_injection' ? { ...s, origin: 'user' } : s));
    const d = toDetectionFinding({ ...create, signals: direct }, ctx).finding_info.attacks ?? [];
    expect(d.map((a) => a.sub_technique?.uid)).toContain('AML.T0051.000');
  });

  it('describes destinations with the matching OCSF objects and lists them as observables', () => {
    const e = toDetectionFinding(update, ctx);
    const byId = new Map(e.evidences.map((ev) => [ev.uid, ev]));
    expect(byId.get('sig-dest-1')?.email).toEqual({ to: ['attacker@evil.example'] });
    expect(byId.get('sig-host-1')?.url).toEqual({ url_string: 'https://collect.telemetry-cdn.example/v1/ingest', hostname: 'collect.telemetry-cdn.example' });
    expect(byId.get('sig-seq-1')?.resources).toContainEqual({ uid: '#general', name: '#general', type: 'channel', role_id: 1, role: 'Target' });
    // Injection evidence names the attacker's address in its excerpt, so it carries it too.
    expect(byId.get('sig-inj-1')?.email?.to).toEqual(['attacker@evil.example']);
    expect(e.observables).toContainEqual({ name: 'evidences.email.to', type_id: 5, type: 'Email Address', value: 'attacker@evil.example' });
    expect(e.observables).toContainEqual({ name: 'resources.uid', type_id: 10, type: 'Resource UID', value: 'crm:customers' });
  });

  it('marks resources a signal names as Target and the others as Affected', () => {
    const e = toDetectionFinding(update, ctx);
    expect(e.resources).toEqual([
      { uid: 'crm:customers', name: 'crm:customers', role_id: 1, role: 'Target' },
      { uid: 'tickets:48213', name: 'tickets:48213', role_id: 3, role: 'Affected' },
    ]);
  });

  it('writes a one-line message naming agent, risk and title', () => {
    const e = toDetectionFinding(create, ctx);
    expect(e.message).not.toMatch(/[\r\n]/);
    expect(e.message).toContain(create.agentId);
    expect(e.message).toContain(`risk ${create.riskScore}/100`);
    expect(e.message).toContain(create.title);
    expect(toDetectionFinding(fixture('close.json'), ctx).message.startsWith('Close: ')).toBe(true);
  });
});

describe('bounds', () => {
  const many = fixture('many-signals.json');
  const e = toDetectionFinding(many, ctx);
  const L = DETECTION_FINDING_LIMITS;

  it('keeps the strongest signals as evidences, in time order', () => {
    expect(many.signals.length).toBeGreaterThan(L.evidences);
    expect(e.evidences).toHaveLength(L.evidences);
    const kept = new Set(e.evidences.map((ev) => ev.uid));
    const minKept = Math.min(...many.signals.filter((s) => kept.has(s.id)).map((s) => s.contribution));
    const maxDropped = Math.max(...many.signals.filter((s) => !kept.has(s.id)).map((s) => s.contribution));
    expect(minKept).toBeGreaterThanOrEqual(maxDropped);
    const times = e.evidences.map((ev) => ev.data.time);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(e.risk_details).toContain(`from ${many.signals.length} signals, the ${L.evidences} strongest in evidences`);
  });

  it('bounds evidence text, related events, resources and free text', () => {
    for (const ev of e.evidences) {
      expect(ev.data.explanation.length).toBeLessThanOrEqual(L.evidenceText);
      expect((ev.data.excerpt ?? '').length).toBeLessThanOrEqual(L.evidenceText);
      expect((ev.resources ?? []).length).toBeLessThanOrEqual(L.perEvidence);
      expect((ev.email?.to ?? []).length).toBeLessThanOrEqual(L.perEvidence);
    }
    const long = e.evidences.find((ev) => ev.uid === 'sig-inj-long');
    expect(long?.data.excerpt?.endsWith('…')).toBe(true);
    expect(e.finding_info.related_events).toHaveLength(L.relatedEvents);
    expect(e.finding_info.related_events_count).toBeGreaterThan(L.relatedEvents);
    expect(e.finding_info.related_events.some((r) => r.uid === many.trigger.spanId)).toBe(true);
    expect(e.resources).toHaveLength(L.resources);
    expect((e.observables ?? []).length).toBeLessThanOrEqual(L.observables);
    expect(e.finding_info.desc.length).toBeLessThanOrEqual(L.desc);
    expect(e.remediation.desc.length).toBeLessThanOrEqual(L.remediation);
    expect(JSON.stringify(e).length).toBeLessThan(64 * 1024);
  });
});

describe('secrets in excerpts', () => {
  // Built at run time so that secret scanners do not flag this file.
  const awsKey = ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('');
  const openAiKey = ['sk', 'proj', 'Zq3xV9mT4bL8wK2nR7pD5sF1'].join('-');
  const pem = [`-----BEGIN ${'RSA PRIVATE'} KEY-----`, 'MIIEowIBAAKCAQEAx8Jq1mZ0kq8bLrT2', 'b2YxZ3Jq', `-----END ${'RSA PRIVATE'} KEY-----`].join('\n');
  const card = '4111 1111 1111 1111';

  it('never lets a key, private key or card number through', () => {
    const create = fixture('create-injection-exfil.json');
    const signals = create.signals.map((s, i): RiskSignal =>
      i === 0 ? { ...s, excerpt: `use ${awsKey} and ${openAiKey} then charge ${card}\n${pem}`, explanation: `key ${openAiKey} seen` } : s,
    );
    const e = toDetectionFinding({ ...create, signals, summary: `${create.summary} ${awsKey}` }, ctx);
    const json = JSON.stringify(e);
    for (const secret of [awsKey, openAiKey, card, 'MIIEowIBAAKCAQEAx8Jq1mZ0kq8bLrT2', card.replace(/ /g, '')]) {
      expect(json).not.toContain(secret);
    }
    expect(json).toContain('[REDACTED:api-key]');
    expect(json).toContain('[REDACTED:private-key]');
    expect(json).toContain('[REDACTED:card-number]');
    expect(validator.validate(e)).toEqual([]);
  });
});

describe('bad input', () => {
  const create = fixture('create-injection-exfil.json');

  it('rejects a finding it cannot map with InvalidInputError naming every problem', () => {
    const broken = { ...create, findingId: '', revision: 0, activity: 'reopen' } as unknown as RiskFinding;
    let caught: unknown;
    try {
      toDetectionFinding(broken, ctx);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InvalidInputError);
    const err = caught as InvalidInputError;
    expect(err.code).toBe('OCSF_INVALID_FINDING');
    expect(err.message).toMatch(/findingId must be a non-empty string/);
    expect(err.message).toMatch(/revision must be an integer >= 1/);
    expect(err.message).toMatch(/activity must be create, update or close/);
  });

  it('rejects malformed signals and span locations instead of emitting garbage', () => {
    const signals = [{ ...create.signals[0], contribution: Number.NaN, location: { traceId: 't', spanId: '', timeMs: 1 } }] as unknown as RiskSignal[];
    expect(() => toDetectionFinding({ ...create, signals }, ctx)).toThrow(
      /signals\[0\]\.score and contribution must be finite numbers; signals\[0\]\.location\.spanId must be a non-empty string; signals\[0\]\.location\.spanName must be a string/,
    );
    const relatedSpans = [null] as unknown as RiskFinding['relatedSpans'];
    expect(() => toDetectionFinding({ ...create, relatedSpans }, ctx)).toThrow(/relatedSpans\[0\] must be a span location/);
  });

  it('rejects a context without a usable clock value', () => {
    expect(() => toDetectionFinding(create, { ...ctx, nowMs: Number.NaN })).toThrow(/ctx\.nowMs must be epoch milliseconds/);
  });

  it('refuses to return a record the schema rejects when validating', () => {
    // A validator over a schema without detection_finding cannot resolve class 2004.
    const files = readSchemaFiles();
    const events = { ...files.events };
    delete events['detection_finding'];
    const partial = OcsfSchemaValidator.fromFiles({ ...files, events });
    let caught: unknown;
    try {
      toDetectionFinding(create, { ...ctx, validator: partial });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(WardenError);
    expect((caught as WardenError).code).toBe('OCSF_MAPPING_INVALID');
    expect((caught as WardenError).message).toContain('class_uid');
  });
});
