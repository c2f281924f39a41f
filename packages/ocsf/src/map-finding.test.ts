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

  it('derives type_uid from class and activity; status never claims a review Warden did not see', () => {
    const rows = [create, update, close].map((f) => toDetectionFinding(f, ctx));
    expect(rows.map((r) => [r.activity_id, r.type_uid, r.type_name, r.status_id, r.status, r.is_alert])).toEqual([
      [1, 200401, 'Detection Finding: Create', 1, 'New', true],
      [2, 200402, 'Detection Finding: Update', 1, 'New', true],
      [3, 200403, 'Detection Finding: Close', 99, 'Ended', false],
    ]);
    for (const r of rows) expect(r.type_uid).toBe(r.class_uid * 100 + r.activity_id);
  });

  it('says on a Close that the activity ended and that this is not a review outcome', () => {
    const [c, u] = [toDetectionFinding(close, ctx), toDetectionFinding(update, ctx)];
    expect(c.status_detail).toMatch(/^Activity ended: .*no further activity.*not a review outcome/);
    expect(u.status_detail).toBeUndefined();
    expect(c.finding_info.desc).toContain('ended with no further activity');
    // Same incident, next revision, same severity and risk as the revision it closes.
    expect([c.finding_info.uid, c.metadata.uid, c.severity_id, c.risk_score]).toEqual([u.finding_info.uid, `${close.findingId}:3`, u.severity_id, u.risk_score]);
    expect(c.finding_info.modified_time).toBe(NOW);
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

  it('names the session, tenant, schema version, emitter, revision order and data source', () => {
    expect(e.metadata.correlation_uid).toBe(update.sessionId);
    expect(e.metadata.sequence).toBe(update.revision);
    expect(e.finding_info.data_sources).toEqual(['OpenTelemetry traces']);
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

  it("puts the triggering span's trace and span ids in OCSF-valid, structured fields", () => {
    expect(e.metadata.original_event_uid).toBe(update.trigger.spanId);
    const trigger = e.finding_info.related_events.find((r) => r.uid === update.trigger.spanId);
    expect(trigger?.tags).toEqual([{ name: 'trace_id', value: update.trigger.traceId }]);
    expect(trigger?.desc).toContain(update.trigger.traceId);
    // The pivot list leads with them, so an analyst searching observables for a trace id finds the finding.
    expect(e.observables?.slice(0, 2)).toEqual([
      { name: 'finding_info.related_events.tags.value', type_id: 99, type: 'Trace ID', value: update.trigger.traceId },
      { name: 'metadata.original_event_uid', type_id: 99, type: 'Span ID', value: update.trigger.spanId },
    ]);
    // Also kept shaped like the OCSF trace object for when the class includes the trace profile.
    expect(e.unmapped.trace.uid).toBe(update.trigger.traceId);
    expect(e.unmapped.trace.span.uid).toBe(update.trigger.spanId);
  });

  it('a top-level trace is not valid for this class yet: the reason the ids live where they do', () => {
    const withTrace = { ...JSON.parse(JSON.stringify(e)), trace: { uid: update.trigger.traceId } };
    expect(validator.validate(withTrace).map((x) => [x.path, x.code])).toEqual([['trace', 'unknown_attribute']]);
    withTrace.metadata.profiles = ['trace'];
    expect(validator.validate(withTrace).map((x) => x.code)).toContain('profile_not_supported');
  });

  it('tags every related span with its own trace id', () => {
    const spans = new Map([update.trigger, ...update.signals.map((s) => s.location), ...update.relatedSpans].map((l) => [l.spanId, l.traceId]));
    for (const r of e.finding_info.related_events) expect(r.tags).toEqual([{ name: 'trace_id', value: spans.get(r.uid) }]);
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

describe('every shape the mapper produces validates with zero errors and warnings', () => {
  const create = fixture('create-injection-exfil.json');

  it('a minimal finding: no signals, spans, resources or destinations, no agent name or version, no remediation', () => {
    const { agentName: _n, agentVersion: _v, ...bare } = create;
    const minimal: RiskFinding = { ...bare, signals: [], relatedSpans: [], resources: [], destinations: [], remediation: ' ', summary: '' };
    for (const activity of ['create', 'update', 'close'] as const) {
      const e = toDetectionFinding({ ...minimal, activity }, ctx);
      expect(validator.validate(e)).toEqual([]);
      expect(e.evidences).toEqual([]);
      expect(e.resources).toBeUndefined();
      expect(e.finding_info.related_events.map((r) => r.uid)).toEqual([create.trigger.spanId]);
      expect(e.remediation.desc.length).toBeGreaterThan(0);
    }
  });

  it('a maximal finding with every limit hit', () => {
    const L = DETECTION_FINDING_LIMITS;
    const many = fixture('many-signals.json');
    const long = (what: string, n: number): string => `${what} `.repeat(n);
    const techniques = Array.from({ length: 40 }, (_, i) => `T${1000 + i}`);
    const signals = many.signals.map((s, i): RiskSignal => ({
      ...s,
      // Names more destinations than one evidence may carry; resource sweeps name no resource, so get them all.
      explanation: long(`sent to ${Array.from({ length: 10 }, (_, k) => `ops-${String(k + i).padStart(2, '0')}@partner.example`).join(' ')}`, 4),
      excerpt: long('excerpt', 200),
      techniques,
    }));
    const max: RiskFinding = {
      ...many,
      signals,
      title: long('title', 100),
      summary: long('summary', 1000),
      remediation: long('remediation', 500),
      destinations: Array.from({ length: 60 }, (_, i) => `ops-${String(i).padStart(2, '0')}@partner.example`),
    };
    for (const activity of ['create', 'update', 'close'] as const) {
      const e = toDetectionFinding({ ...max, activity }, ctx);
      expect(validator.validate(e)).toEqual([]);
      expect(e.evidences).toHaveLength(L.evidences);
      expect(e.finding_info.related_events).toHaveLength(L.relatedEvents);
      expect(e.resources).toHaveLength(L.resources);
      expect(e.finding_info.attacks).toHaveLength(L.attacks);
      expect(e.observables).toHaveLength(L.observables);
      expect(e.evidences.some((ev) => ev.email?.to.length === L.perEvidence)).toBe(true);
      expect(e.evidences.some((ev) => ev.resources?.length === L.perEvidence)).toBe(true);
      expect(e.evidences.every((ev) => ev.data.explanation.length === L.evidenceText && ev.data.excerpt?.length === L.evidenceText)).toBe(true);
      expect([e.finding_info.title.length, e.message.length, e.finding_info.desc.length, e.remediation.desc.length]).toEqual([
        L.title,
        L.message,
        L.desc,
        L.remediation,
      ]);
      expect(JSON.stringify(e).length).toBeLessThan(64 * 1024);
    }
  });
});

describe('personal data and secrets the finding reports', () => {
  // Built at run time so that secret scanners do not flag this file.
  const awsKey = ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('');
  const leakedEmail = 'jane.doe@customer.example';
  const leakedPhone = '+1-415-555-0142';
  const leakedIban = 'DE89 3704 0044 0532 0130 00';
  const leakedSsn = '123-45-6789';
  const leakedCard = '4111 1111 1111 1111';
  const attackerIban = 'GB82 WEST 1234 5698 7654 32';
  const attacker = 'attacker@evil.example';
  const leaked = `${leakedEmail}, ${leakedPhone}, IBAN ${leakedIban}, SSN ${leakedSsn}, card ${leakedCard}, key ${awsKey}`;

  const update = fixture('update-more-signals.json');
  const quoting: RiskFinding = {
    ...update,
    title: `Customer ${leakedEmail} sent out`,
    summary: `The agent sent ${leaked} to ${attacker} and paid ${attackerIban}.`,
    remediation: `Notify ${leakedEmail}; block ${attacker} and ${attackerIban}.`,
    resources: [...update.resources, `mailbox:${leakedEmail}`],
    destinations: [...update.destinations, attackerIban],
    signals: update.signals.map((s, i): RiskSignal =>
      i === 1
        ? { ...s, explanation: `email.send to ${attacker} carried ${leaked}.`, excerpt: `to: ${attacker}\nbody: ${leaked}`, origin: `tool_result ${leakedPhone}` }
        : i === 2
          ? { ...s, explanation: `Transfer to ${attackerIban} referencing ${leakedIban}.`, location: { ...s.location, spanName: `crm.get ${leakedEmail}` } }
          : s,
    ),
    relatedSpans: [...update.relatedSpans, { traceId: update.trigger.traceId, spanId: 'f00dfeedf00dfeed', timeMs: update.lastSeenMs, spanName: `GET /customers/${leakedSsn}` }],
  };
  const e = toDetectionFinding(quoting, ctx);
  const json = JSON.stringify(e);
  const compact = (v: string): string => v.replace(/[\s-]/g, '');

  it('contains none of the leaked values, in any spelling', () => {
    for (const v of [leakedEmail, leakedPhone, leakedIban, leakedSsn, leakedCard, awsKey]) {
      expect(json).not.toContain(v);
      expect(json.replace(/[\s-]/g, '')).not.toContain(compact(v));
    }
    expect(json.toLowerCase()).not.toContain(leakedEmail);
    expect(json).not.toContain('jane.doe');
    expect(validator.validate(e)).toEqual([]);
  });

  it('masks to forms an analyst can still tell apart', () => {
    const excerpt = e.evidences.find((ev) => ev.uid === quoting.signals[1]?.id)?.data.excerpt ?? '';
    expect(excerpt).toContain('j***@customer.example');
    expect(excerpt).toContain('+1-***-***-0142');
    expect(excerpt).toContain('DE** **** **** **** **30 00');
    expect(excerpt).toContain('***-**-****');
    expect(excerpt).toContain('[REDACTED:card-number]');
    expect(excerpt).toContain('[REDACTED:api-key]');
    expect(e.resources?.map((r) => r.uid)).toContain('mailbox:j***@customer.example');
  });

  it('keeps the destinations visible: they are the indicators an analyst blocks', () => {
    expect(e.finding_info.desc).toContain(attacker);
    expect(e.finding_info.desc).toContain(attackerIban);
    expect(e.remediation.desc).toBe(`Notify j***@customer.example; block ${attacker} and ${attackerIban}.`);
    const byId = new Map(e.evidences.map((ev) => [ev.uid, ev]));
    expect(byId.get(quoting.signals[1]?.id ?? '')?.email?.to).toEqual([attacker]);
    expect(byId.get(quoting.signals[2]?.id ?? '')?.resources).toContainEqual({ uid: attackerIban, name: attackerIban, type: 'bank_account', role_id: 1, role: 'Target' });
    expect(e.observables).toContainEqual({ name: 'evidences.email.to', type_id: 5, type: 'Email Address', value: attacker });
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

describe('forensic link', () => {
  const create = fixture('create-injection-exfil.json');
  const base = 'https://warden.example:9464';

  it('links the forensic bundle of a High or Critical finding, URL-encoding the id', () => {
    const critical = toDetectionFinding(create, { ...ctx, forensicsBaseUrl: `${base}/` });
    expect(critical.finding_info.src_url).toBe(`${base}/api/v1/forensics/${create.findingId}`);
    expect(validator.validate(critical)).toEqual([]);
    const high = toDetectionFinding({ ...create, severity: 'high', findingId: 'fnd/a b?c' }, { ...ctx, forensicsBaseUrl: `${base}/warden` });
    expect(high.finding_info.src_url).toBe(`${base}/warden/api/v1/forensics/fnd%2Fa%20b%3Fc`);
    expect(validator.validate(high)).toEqual([]);
    // Every record of the incident carries it, the Close included.
    expect(toDetectionFinding(fixture('close.json'), { ...ctx, forensicsBaseUrl: base }).finding_info.src_url).toBe(critical.finding_info.src_url);
  });

  it('leaves it out below High (no bundle is written) and when no base URL is configured', () => {
    for (const severity of ['informational', 'low', 'medium'] as const) {
      expect(toDetectionFinding({ ...create, severity }, { ...ctx, forensicsBaseUrl: base }).finding_info.src_url).toBeUndefined();
    }
    expect(toDetectionFinding(create, ctx).finding_info.src_url).toBeUndefined();
  });

  it('refuses a base URL it cannot append a path to', () => {
    for (const bad of ['warden.example:9464', 'ftp://warden.example', 'https://warden.example/?x=1', 'https://warden.example/#top']) {
      expect(() => toDetectionFinding(create, { ...ctx, forensicsBaseUrl: bad })).toThrow(/ctx\.forensicsBaseUrl must be an http\(s\) URL/);
    }
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
