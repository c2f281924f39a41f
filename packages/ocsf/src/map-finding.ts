import {
  InvalidInputError,
  WardenError,
  severityForRisk,
  type FindingActivity,
  type RiskFinding,
  type RiskSignal,
  type Severity,
  type SignalLocation,
  type SignalType,
} from '@warden/core';
import { attacksFor } from './attack-catalog';
import {
  DETECTION_FINDING_CLASS_UID,
  FINDINGS_CATEGORY_UID,
  OCSF_SCHEMA_VERSION,
  type OcsfAiAgent,
  type OcsfAnalytic,
  type OcsfDetectionFinding,
  type OcsfEvidence,
  type OcsfObservable,
  type OcsfRelatedEvent,
  type OcsfResourceDetails,
  type OcsfSignalData,
} from './detection-finding';
import { personalDataIn } from './personal-data';
import { maskSensitive, oneLine, safeText } from './redact';
import { RESPONSE_STATUSES, isReview, responseControl, responseHeadline, responseRemediation, responseStatusDetail } from './response-note';
import type { OcsfSchemaValidator } from './schema-validator';

export interface DetectionFindingContext {
  /** When the record is produced, epoch ms: becomes `time` (the mapper reads no clock). */
  readonly nowMs: number;
  /** The emitter, i.e. Warden itself, not the agent being watched. */
  readonly product: { readonly name: string; readonly vendorName: string; readonly version: string };
  /** When given, the result is validated and a record the schema rejects throws OCSF_MAPPING_INVALID. */
  readonly validator?: OcsfSchemaValidator;
  /**
   * Warden's admin API as the SIEM's analysts reach it (`https://warden.example:9464`). When set,
   * High and Critical records link their forensic bundle in `finding_info.src_url`.
   */
  readonly forensicsBaseUrl?: string;
}

/**
 * Size bounds of one record. SIEM ingestion caps events (Splunk truncates long lines, Sentinel
 * cuts fields over 64 KB), so a finding over a long session must stay small whatever it holds.
 */
export const DETECTION_FINDING_LIMITS = {
  evidences: 16,
  relatedEvents: 32,
  resources: 32,
  attacks: 16,
  observables: 32,
  /** Destinations or resources attached to one evidence. */
  perEvidence: 8,
  /** Excerpts and explanations in evidence. */
  evidenceText: 512,
  message: 256,
  title: 256,
  desc: 2048,
  remediation: 1024,
  statusDetail: 512,
  riskDetails: 1024,
  identifier: 256,
} as const;

const ACTIVITY: Record<FindingActivity, { id: 1 | 2 | 3; name: 'Create' | 'Update' | 'Close'; type: 200401 | 200402 | 200403 }> = {
  create: { id: 1, name: 'Create', type: 200401 },
  update: { id: 2, name: 'Update', type: 200402 },
  close: { id: 3, name: 'Close', type: 200403 },
};

/**
 * Finding status is the triage workflow (New, In Progress = under review, Resolved = reviewed and
 * remediated). Warden sees none of that: an Update means more evidence, not that anyone is looking,
 * and a Close means the incident's activity window is over (its session went idle), not that it
 * was remediated. Claiming Resolved would let a SIEM that upserts on finding_info.uid auto-close
 * an incident nobody reviewed, so open incidents stay New and a closed one is Other: "Ended".
 */
const STATUS: Record<FindingActivity, { id: 1 | 99; name: 'New' | 'Ended' }> = {
  create: { id: 1, name: 'New' },
  update: { id: 1, name: 'New' },
  close: { id: 99, name: 'Ended' },
};

/** A response record: someone (Warden's playbook or an approver) is acting on the incident. */
const RESPONSE_STATUS = { id: 2, name: 'In Progress' } as const;
/** A person reviewed the finding and found it benign: the schema's own word for that outcome. */
const REVIEWED_BENIGN_STATUS = { id: 3, name: 'Suppressed' } as const;

/** The severities that get a forensic bundle (the responder writes one for each). */
const FORENSIC_SEVERITIES: ReadonlySet<Severity> = new Set(['high', 'critical']);

const CLOSE_DETAIL =
  'Activity ended: the session went idle (or the leak window passed) with no further activity, so Warden will add no more evidence. ' +
  'This is not a review outcome; triage the finding as usual.';

/** What the record's data comes from; the same for every Warden finding. */
const DATA_SOURCES = ['OpenTelemetry traces'] as const;

const SEVERITY: Record<Severity, { id: 1 | 2 | 3 | 4 | 5; name: string }> = {
  informational: { id: 1, name: 'Informational' },
  low: { id: 2, name: 'Low' },
  medium: { id: 3, name: 'Medium' },
  high: { id: 4, name: 'High' },
  critical: { id: 5, name: 'Critical' },
};

const RISK_LEVEL: Record<Severity, { id: 0 | 1 | 2 | 3 | 4; name: string }> = {
  informational: { id: 0, name: 'Info' },
  low: { id: 1, name: 'Low' },
  medium: { id: 2, name: 'Medium' },
  high: { id: 3, name: 'High' },
  critical: { id: 4, name: 'Critical' },
};

const SIGNAL_LABEL: Record<SignalType, string> = {
  prompt_injection: 'Prompt Injection',
  data_exfiltration: 'Data Exfiltration',
  new_destination: 'New Destination',
  scope_deviation: 'Scope Deviation',
  volume_spike: 'Volume Spike',
  rate_spike: 'Rate Spike',
  tool_sequence: 'Tool Sequence',
  new_tool: 'New Tool',
  new_external_host: 'New External Host',
  resource_sweep: 'Resource Sweep',
  memory_poisoning: 'Memory Poisoning',
  sensitive_data_egress: 'Sensitive Data Egress',
  drift: 'Drift',
  correlation: 'Correlation',
};

/** Signals that fire on content matching a rule; the rest compare behaviour with a learned baseline. */
const RULE_SIGNALS: ReadonlySet<string> = new Set(['prompt_injection', 'data_exfiltration', 'sensitive_data_egress', 'memory_poisoning']);
/** Signals about where data went: they carry the finding's destinations when they name none. */
const DESTINATION_SIGNALS: ReadonlySet<string> = new Set([
  'new_destination',
  'data_exfiltration',
  'sensitive_data_egress',
  'new_external_host',
  'tool_sequence',
]);
/** Signals about what was touched: they carry the finding's resources when they name none. */
const RESOURCE_SIGNALS: ReadonlySet<string> = new Set(['scope_deviation', 'resource_sweep', 'volume_spike', 'memory_poisoning']);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\/\S+$/i;
const IPV4 = /^(?:\d{1,3}\.){3}\d{1,3}$/;
const IPV6 = /^[0-9a-f]*:[0-9a-f:]*:[0-9a-f:.]*$/i;
const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/i;
const IBAN = /^[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}$/;

/** `raw` is what the finding says (matched against signal text), `value` what the record shows. */
type Destination = { readonly raw: string } & (
  | { readonly kind: 'email'; readonly value: string }
  | { readonly kind: 'url'; readonly value: string; readonly hostname?: string }
  | { readonly kind: 'host'; readonly value: string }
  | { readonly kind: 'ip'; readonly value: string }
  | { readonly kind: 'other'; readonly value: string }
);

interface Resource {
  readonly raw: string;
  readonly value: string;
}

/**
 * Maps a scored incident to an OCSF 1.9 Detection Finding. Pure: same input, same output.
 * `finding_info.uid` is the incident id (stable across Create/Update/Close, so SIEMs can upsert);
 * `metadata.uid` is `${findingId}:${revision}` (unique per record, so retries can be dropped).
 */
export function toDetectionFinding(finding: RiskFinding, ctx: DetectionFindingContext): OcsfDetectionFinding {
  checkInput(finding, ctx);
  const L = DETECTION_FINDING_LIMITS;
  const response = finding.response;
  // A response record is an Update of the incident whatever the copy it was made from says.
  const activity = response === undefined ? ACTIVITY[finding.activity] : ACTIVITY.update;
  const severity = SEVERITY[finding.severity];
  const riskScore = clampInt(finding.riskScore, 0, 100);
  const riskLevel = RISK_LEVEL[severityForRisk(riskScore)];
  const confidence = confidenceOf(finding.confidence);
  const nowMs = Math.round(ctx.nowMs);
  const signals = distinctSignals(finding.signals);
  const shown = evidenceSignals(signals, L.evidences);

  // Destinations are where data went: indicators an analyst blocks, so the personal data they
  // consist of (an attacker's mailbox or IBAN) stays visible everywhere; all other is masked.
  const keep = personalDataIn(finding.destinations);
  const destinations = finding.destinations.map((d) => classifyDestination(d, keep));
  const resources = finding.resources.map((r): Resource => ({ raw: r, value: maskSensitive(r, keep).slice(0, L.identifier) }));
  const agent: OcsfAiAgent = {
    uid: finding.agentId,
    name: finding.agentName ?? finding.agentType,
    instance_uid: finding.sessionId,
    ...(finding.agentVersion === undefined ? {} : { version: finding.agentVersion }),
  };
  const evidences = shown.map((s) => toEvidence(s, agent, destinations, resources, keep));
  const topResources = toResources(resources, signals, L.resources);
  const { related, total } = relatedEvents(finding, signals, L.relatedEvents, keep);
  const attacks = attacksFor(signals, L.attacks);
  const observables = toObservables(finding.trigger, evidences, topResources, L.observables);
  const agentLabel = `${finding.agentName ?? finding.agentType} (${finding.agentId})`;
  const title = oneLine(finding.title, L.title, keep);
  const status = response === undefined ? STATUS[finding.activity] : isReview(response) ? REVIEWED_BENIGN_STATUS : RESPONSE_STATUS;
  const statusDetail =
    response !== undefined ? responseStatusDetail(response, L.statusDetail, keep) : finding.activity === 'close' ? CLOSE_DETAIL : undefined;
  const control = response === undefined ? undefined : responseControl(response);
  const srcUrl =
    ctx.forensicsBaseUrl !== undefined && FORENSIC_SEVERITIES.has(finding.severity)
      ? forensicBundleUrl(ctx.forensicsBaseUrl, finding.findingId)
      : undefined;
  const remediation = finding.remediation.trim().length > 0 ? finding.remediation : 'Review the session and the agent’s recent actions.';

  const out: OcsfDetectionFinding = {
    class_uid: DETECTION_FINDING_CLASS_UID,
    class_name: 'Detection Finding',
    category_uid: FINDINGS_CATEGORY_UID,
    category_name: 'Findings',
    activity_id: activity.id,
    activity_name: activity.name,
    type_uid: activity.type,
    type_name: `Detection Finding: ${activity.name}`,
    time: nowMs,
    start_time: Math.round(finding.firstSeenMs),
    end_time: Math.round(finding.lastSeenMs),
    severity_id: severity.id,
    severity: severity.name,
    status_id: status.id,
    status: status.name,
    ...(statusDetail === undefined ? {} : { status_detail: statusDetail }),
    ...(control === undefined ? {} : control),
    confidence_id: confidence.id,
    confidence: confidence.name,
    confidence_score: clampInt(finding.confidence * 100, 0, 100),
    risk_score: riskScore,
    risk_level_id: riskLevel.id,
    risk_level: riskLevel.name,
    risk_details: riskDetails(riskScore, signals, shown.length, keep),
    is_alert: response !== undefined ? !isReview(response) : finding.activity !== 'close',
    message: oneLine(
      `${response !== undefined ? `Response: ${responseHeadline(response, keep)}; ` : activity.id === 1 ? '' : `${activity.name}: `}` +
        `Agent ${agentLabel}: ${finding.title} (risk ${riskScore}/100, ${severity.name})`,
      L.message,
      keep,
    ),
    finding_info: {
      uid: finding.findingId,
      title,
      desc: safeText(finding.summary, L.desc, keep),
      types: findingTypes(finding, signals),
      data_sources: [...DATA_SOURCES],
      analytic: analyticOf(finding, signals),
      first_seen_time: Math.round(finding.firstSeenMs),
      last_seen_time: Math.round(finding.lastSeenMs),
      // Only the Create record knows when the finding came to be; later ones say when it changed.
      ...(activity.id === 1 ? { created_time: nowMs } : { modified_time: nowMs }),
      related_events: related,
      related_events_count: total,
      ...(attacks.length > 0 ? { attacks } : {}),
      ...(srcUrl === undefined ? {} : { src_url: srcUrl }),
    },
    evidences,
    ...(topResources.length > 0 ? { resources: topResources } : {}),
    ...(observables.length > 0 ? { observables } : {}),
    remediation: {
      desc: safeText(response === undefined ? remediation : `${responseRemediation(response)} ${remediation}`, L.remediation, keep),
    },
    metadata: {
      version: OCSF_SCHEMA_VERSION,
      product: { name: ctx.product.name, vendor_name: ctx.product.vendorName, version: ctx.product.version },
      // Response steps share the revision they respond to; their seq keeps each record unique.
      uid: response === undefined ? `${finding.findingId}:${finding.revision}` : `${finding.findingId}:${finding.revision}:response:${response.seq}`,
      // Orders the records of one finding however they arrive (retries, parallel sinks).
      sequence: finding.revision,
      correlation_uid: finding.sessionId,
      tenant_uid: finding.tenant,
      original_event_uid: finding.trigger.spanId,
      labels: [`agent_type:${finding.agentType}`, `category:${finding.category}`],
      ...(control === undefined ? {} : { profiles: ['security_control'] }),
    },
    unmapped: {
      trace: { uid: finding.trigger.traceId, span: { uid: finding.trigger.spanId, operation: oneLine(finding.trigger.spanName, L.title, keep) } },
      agent_type: finding.agentType,
      finding_category: finding.category,
      revision: finding.revision,
      signal_count: signals.length,
      ...(response === undefined
        ? {}
        : {
            response: {
              seq: response.seq,
              decision_id: response.decisionId,
              action: oneLine(response.action, 64, keep),
              status: response.status,
              ...(response.by === undefined ? {} : { by: response.by.slice(0, 16).map((n) => oneLine(n, 64, keep)) }),
              time: Math.round(response.atMs),
            },
          }),
    },
  };

  if (ctx.validator !== undefined) {
    const errors = ctx.validator.validate(out).filter((e) => e.severity === 'error');
    if (errors.length > 0) {
      throw new WardenError(
        'OCSF_MAPPING_INVALID',
        `Detection Finding for ${finding.findingId} rev ${finding.revision} does not conform to OCSF ${ctx.validator.schemaVersion}: ${errors
          .slice(0, 5)
          .map((e) => `${e.path || '(event)'}: ${e.message}`)
          .join('; ')}. This is a Warden bug; report it with the finding.`,
        { context: { findingId: finding.findingId, revision: finding.revision, errors: errors.length } },
      );
    }
  }
  return out;
}

/**
 * Where the admin API serves a finding's forensic bundle. Finding ids are Warden's own, but they
 * are encoded anyway: the URL must name exactly one finding whatever its id holds.
 */
export function forensicBundleUrl(baseUrl: string, findingId: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/api/v1/forensics/${encodeURIComponent(findingId)}`;
}

function checkInput(f: RiskFinding, ctx: DetectionFindingContext): void {
  const problems: string[] = [];
  const text = (name: string, v: unknown): void => {
    if (typeof v !== 'string' || v.trim().length === 0) problems.push(`${name} must be a non-empty string`);
    else if (v.length > DETECTION_FINDING_LIMITS.identifier) problems.push(`${name} is longer than ${DETECTION_FINDING_LIMITS.identifier} characters`);
  };
  const time = (name: string, v: unknown): void => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) problems.push(`${name} must be epoch milliseconds (a finite number >= 0)`);
  };
  const list = (name: string, v: unknown): void => {
    if (!Array.isArray(v)) problems.push(`${name} must be an array`);
  };
  const location = (name: string, l: SignalLocation | undefined): void => {
    if (typeof l !== 'object' || l === null) {
      problems.push(`${name} must be a span location`);
      return;
    }
    text(`${name}.traceId`, l.traceId);
    text(`${name}.spanId`, l.spanId);
    time(`${name}.timeMs`, l.timeMs);
    if (typeof l.spanName !== 'string') problems.push(`${name}.spanName must be a string`);
  };
  if (typeof f !== 'object' || f === null) {
    throw new InvalidInputError('OCSF_INVALID_FINDING', 'toDetectionFinding needs a RiskFinding object.');
  }
  text('findingId', f.findingId);
  text('tenant', f.tenant);
  text('agentId', f.agentId);
  text('agentType', f.agentType);
  text('sessionId', f.sessionId);
  if (!Number.isInteger(f.revision) || f.revision < 1) problems.push('revision must be an integer >= 1');
  if (!Object.hasOwn(ACTIVITY, f.activity)) problems.push(`activity must be create, update or close, not ${JSON.stringify(f.activity)}`);
  if (!Object.hasOwn(SEVERITY, f.severity)) problems.push(`severity must be one of ${Object.keys(SEVERITY).join(', ')}, not ${JSON.stringify(f.severity)}`);
  if (f.category !== 'security' && f.category !== 'reliability') problems.push('category must be security or reliability');
  if (typeof f.riskScore !== 'number' || !Number.isFinite(f.riskScore)) problems.push('riskScore must be a finite number');
  if (typeof f.confidence !== 'number' || !Number.isFinite(f.confidence)) problems.push('confidence must be a finite number (0..1)');
  if (typeof f.title !== 'string' || typeof f.summary !== 'string' || typeof f.remediation !== 'string') {
    problems.push('title, summary and remediation must be strings');
  }
  time('firstSeenMs', f.firstSeenMs);
  time('lastSeenMs', f.lastSeenMs);
  list('signals', f.signals);
  list('relatedSpans', f.relatedSpans);
  list('resources', f.resources);
  list('destinations', f.destinations);
  location('trigger', f.trigger);
  if (Array.isArray(f.signals)) {
    f.signals.forEach((s, i) => {
      if (typeof s !== 'object' || s === null) {
        problems.push(`signals[${i}] must be a RiskSignal`);
        return;
      }
      text(`signals[${i}].id`, s.id);
      text(`signals[${i}].type`, s.type);
      text(`signals[${i}].rule`, s.rule);
      if (typeof s.explanation !== 'string') problems.push(`signals[${i}].explanation must be a string`);
      if (![s.score, s.contribution].every((n) => typeof n === 'number' && Number.isFinite(n))) {
        problems.push(`signals[${i}].score and contribution must be finite numbers`);
      }
      location(`signals[${i}].location`, s.location);
    });
  }
  if (Array.isArray(f.relatedSpans)) f.relatedSpans.forEach((l, i) => location(`relatedSpans[${i}]`, l));
  for (const [name, arr] of [['resources', f.resources], ['destinations', f.destinations]] as const) {
    if (Array.isArray(arr) && arr.some((x) => typeof x !== 'string' || x.length === 0)) problems.push(`${name} must hold non-empty strings`);
  }
  if (f.response !== undefined) checkResponse(f.response, text, time, problems);
  time('ctx.nowMs', ctx?.nowMs);
  if (ctx?.forensicsBaseUrl !== undefined) {
    const base = ctx.forensicsBaseUrl;
    if (typeof base !== 'string' || !isHttpBase(base)) {
      problems.push('ctx.forensicsBaseUrl must be an http(s) URL without query or fragment, such as https://warden.example:9464');
    }
  }
  if (ctx?.product === undefined) problems.push('ctx.product must name the emitting product');
  else {
    text('ctx.product.name', ctx.product.name);
    text('ctx.product.vendorName', ctx.product.vendorName);
    text('ctx.product.version', ctx.product.version);
  }
  if (problems.length > 0) {
    throw new InvalidInputError(
      'OCSF_INVALID_FINDING',
      `Cannot map risk finding ${typeof f.findingId === 'string' ? f.findingId : '(no id)'} to OCSF: ${problems.join('; ')}.`,
      { problems },
    );
  }
}

function checkResponse(
  r: NonNullable<RiskFinding['response']>,
  text: (name: string, v: unknown) => void,
  time: (name: string, v: unknown) => void,
  problems: string[],
): void {
  if (typeof r !== 'object' || r === null) {
    problems.push('response must be a FindingResponseNote object');
    return;
  }
  if (!Number.isInteger(r.seq) || r.seq < 1) problems.push('response.seq must be an integer >= 1');
  text('response.decisionId', r.decisionId);
  text('response.action', r.action);
  if (!RESPONSE_STATUSES.includes(r.status)) problems.push(`response.status must be one of ${RESPONSE_STATUSES.join(', ')}, not ${JSON.stringify(r.status)}`);
  if (typeof r.reason !== 'string') problems.push('response.reason must be a string');
  time('response.atMs', r.atMs);
  if (r.by !== undefined && (!Array.isArray(r.by) || r.by.some((n) => typeof n !== 'string' || n.trim().length === 0))) {
    problems.push('response.by must be a list of non-empty names');
  }
}

function isHttpBase(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.search === '' && u.hash === '' && !value.includes('?') && !value.includes('#');
  } catch {
    return false;
  }
}

function clampInt(v: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(v)));
}

function confidenceOf(c: number): { id: 1 | 2 | 3; name: 'Low' | 'Medium' | 'High' } {
  if (c >= 0.75) return { id: 3, name: 'High' };
  if (c >= 0.4) return { id: 2, name: 'Medium' };
  return { id: 1, name: 'Low' };
}

function distinctSignals(signals: readonly RiskSignal[]): RiskSignal[] {
  const seen = new Set<string>();
  return signals.filter((s) => (seen.has(s.id) ? false : (seen.add(s.id), true)));
}

/** The strongest contributors, then told in the order they happened. */
function evidenceSignals(signals: readonly RiskSignal[], max: number): RiskSignal[] {
  const byWeight = [...signals].sort(
    (a, b) => b.contribution - a.contribution || a.location.timeMs - b.location.timeMs || compare(a.id, b.id),
  );
  return byWeight.slice(0, max).sort((a, b) => a.location.timeMs - b.location.timeMs || compare(a.id, b.id));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function label(type: string): string {
  return SIGNAL_LABEL[type as SignalType] ?? type.replace(/_/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
}

function findingTypes(f: RiskFinding, signals: readonly RiskSignal[]): string[] {
  const types = [f.category === 'reliability' ? 'Reliability' : 'AI Agent Security'];
  for (const s of signals) {
    const l = label(s.type);
    if (!types.includes(l)) types.push(l);
  }
  return types;
}

function analyticOf(f: RiskFinding, signals: readonly RiskSignal[]): OcsfAnalytic {
  const category = f.category === 'reliability' ? 'Reliability' : 'AI Agent Security';
  if (signals.length > 0 && signals.every((s) => RULE_SIGNALS.has(s.type))) {
    const rules = [...new Set(signals.map((s) => s.rule))];
    const only = rules.length === 1 ? rules[0] : undefined;
    return only !== undefined
      ? { type_id: 1, type: 'Rule', uid: only, name: only, category }
      : { type_id: 1, type: 'Rule', uid: 'warden.content_rules', name: 'Warden content rules', category };
  }
  return f.category === 'reliability'
    ? { type_id: 2, type: 'Behavioral', uid: 'warden.risk.reliability', name: 'Warden agent behaviour drift', category }
    : { type_id: 2, type: 'Behavioral', uid: 'warden.risk.security', name: 'Warden correlated agent risk', category };
}

function riskDetails(risk: number, signals: readonly RiskSignal[], shown: number, keep: ReadonlySet<string>): string {
  const parts = [...signals]
    .sort((a, b) => b.contribution - a.contribution || compare(a.id, b.id))
    .map((s) => `${s.type} (${s.rule}) +${Math.round(s.contribution * 10) / 10}`);
  const head = `Risk ${risk}/100 from ${signals.length} signal${signals.length === 1 ? '' : 's'}${
    shown < signals.length ? `, the ${shown} strongest in evidences` : ''
  }`;
  return oneLine(parts.length > 0 ? `${head}: ${parts.join('; ')}` : head, DETECTION_FINDING_LIMITS.riskDetails, keep);
}

/** Secrets (a key in a URL's query) and personal data not in `keep` are masked even here. */
function classifyDestination(raw: string, keep: ReadonlySet<string>): Destination {
  const value = maskSensitive(raw.trim(), keep).slice(0, DETECTION_FINDING_LIMITS.identifier);
  if (EMAIL.test(value)) return { raw, kind: 'email', value };
  if (URL_LIKE.test(value)) {
    let hostname: string | undefined;
    try {
      hostname = new URL(value).hostname || undefined;
    } catch {
      hostname = undefined;
    }
    return hostname === undefined ? { raw, kind: 'url', value } : { raw, kind: 'url', value, hostname };
  }
  if (IPV4.test(value) || IPV6.test(value)) return { raw, kind: 'ip', value };
  if (HOSTNAME.test(value)) return { raw, kind: 'host', value };
  return { raw, kind: 'other', value };
}

/** On the finding's own (unmasked) text: masking must not change which evidence names what. */
function mentions(signal: RiskSignal, value: string): boolean {
  const needle = value.toLowerCase();
  return signal.explanation.toLowerCase().includes(needle) || (signal.excerpt?.toLowerCase().includes(needle) ?? false);
}

function toEvidence(
  signal: RiskSignal,
  agent: OcsfAiAgent,
  destinations: readonly Destination[],
  resources: readonly Resource[],
  keep: ReadonlySet<string>,
): OcsfEvidence {
  const L = DETECTION_FINDING_LIMITS;
  const named = destinations.filter((d) => mentions(signal, d.raw));
  const dests = (named.length > 0 ? named : DESTINATION_SIGNALS.has(signal.type) ? destinations : []).slice(0, L.perEvidence);
  const namedRes = resources.filter((r) => mentions(signal, r.raw));
  const res = (namedRes.length > 0 ? namedRes : RESOURCE_SIGNALS.has(signal.type) ? resources : []).slice(0, L.perEvidence);

  const emails = dests.filter((d) => d.kind === 'email').map((d) => d.value);
  const url = dests.find((d) => d.kind === 'url');
  const endpoint = dests.find((d) => d.kind === 'host' || d.kind === 'ip');
  const evidenceResources: OcsfResourceDetails[] = [];
  for (const d of dests) {
    if (d.kind === 'email' || d === url || d === endpoint) continue;
    evidenceResources.push({ uid: d.value, name: d.value, type: destinationType(d), role_id: 1, role: 'Target' });
  }
  for (const r of res) evidenceResources.push({ uid: r.value, name: r.value, role_id: 1, role: 'Target' });

  const data: OcsfSignalData = {
    signal_id: signal.id,
    signal_type: signal.type,
    rule: signal.rule,
    score: signal.score,
    contribution: signal.contribution,
    explanation: safeText(signal.explanation, L.evidenceText, keep),
    ...(signal.excerpt === undefined ? {} : { excerpt: safeText(signal.excerpt, L.evidenceText, keep) }),
    ...(signal.origin === undefined ? {} : { origin: oneLine(signal.origin, 64, keep) }),
    ...(signal.techniques === undefined || signal.techniques.length === 0
      ? {}
      : { techniques: signal.techniques.slice(0, L.attacks).map((t) => oneLine(t, 64, keep)) }),
    trace_id: signal.location.traceId,
    span_id: signal.location.spanId,
    span_name: oneLine(signal.location.spanName, L.title, keep),
    time: Math.round(signal.location.timeMs),
  };
  return {
    uid: signal.id,
    name: label(signal.type),
    ai_agent: agent,
    data,
    ...(emails.length > 0 ? { email: { to: emails } } : {}),
    ...(url === undefined ? {} : { url: url.kind === 'url' && url.hostname !== undefined ? { url_string: url.value, hostname: url.hostname } : { url_string: url.value } }),
    ...(endpoint === undefined ? {} : { dst_endpoint: endpoint.kind === 'ip' ? { ip: endpoint.value } : { hostname: endpoint.value } }),
    ...(evidenceResources.length > 0 ? { resources: evidenceResources.slice(0, L.perEvidence) } : {}),
  };
}

/** For destinations that end up in `resources` (the url/dst_endpoint slots hold one each). */
function destinationType(d: Destination): string {
  if (d.kind === 'url') return 'url';
  if (d.kind === 'host' || d.kind === 'ip') return 'host';
  if (d.value.startsWith('#')) return 'channel';
  if (IBAN.test(d.value)) return 'bank_account';
  return 'destination';
}

/** Resources a signal names were the target; the rest were touched along the way. */
function toResources(resources: readonly Resource[], signals: readonly RiskSignal[], max: number): OcsfResourceDetails[] {
  const seen = new Set<string>();
  const out: OcsfResourceDetails[] = [];
  for (const { raw, value: r } of resources) {
    if (seen.has(r)) continue;
    seen.add(r);
    const targeted = signals.some((s) => mentions(s, raw));
    out.push(targeted ? { uid: r, name: r, role_id: 1, role: 'Target' } : { uid: r, name: r, role_id: 3, role: 'Affected' });
    if (out.length >= max) break;
  }
  return out;
}

/** Trigger first, then the spans signals point at, then the other contributors; kept ones in time order. */
function relatedEvents(
  f: RiskFinding,
  signals: readonly RiskSignal[],
  max: number,
  keep: ReadonlySet<string>,
): { related: OcsfRelatedEvent[]; total: number } {
  const byKey = new Map<string, { loc: SignalLocation; trigger: boolean }>();
  const add = (loc: SignalLocation, trigger: boolean): void => {
    const key = `${loc.traceId}/${loc.spanId}`;
    if (!byKey.has(key)) byKey.set(key, { loc, trigger });
  };
  add(f.trigger, true);
  for (const s of signals) add(s.location, false);
  for (const loc of f.relatedSpans) add(loc, false);
  const kept = [...byKey.values()].slice(0, max).sort((a, b) => a.loc.timeMs - b.loc.timeMs);
  const related = kept.map(({ loc, trigger }) => {
    const name = oneLine(loc.spanName, DETECTION_FINDING_LIMITS.title, keep);
    return {
      uid: loc.spanId,
      type: 'OpenTelemetry Span',
      title: name,
      desc: `Span "${name}" in trace ${loc.traceId}${trigger ? '; its arrival raised the risk to this revision' : ''}.`,
      first_seen_time: Math.round(loc.timeMs),
      last_seen_time: Math.round(loc.timeMs),
      // The schema has no trace id on a related event; a tag keeps it structured and searchable.
      tags: [{ name: 'trace_id', value: loc.traceId }],
    };
  });
  return { related, total: byKey.size };
}

/**
 * The pivot list: the trigger's trace and span ids (first, so the cap never drops them), then
 * every destination and resource the record names, where it names them. OCSF has no observable
 * type for trace context, hence type 99 with Warden's own label.
 */
function toObservables(
  trigger: SignalLocation,
  evidences: readonly OcsfEvidence[],
  resources: readonly OcsfResourceDetails[],
  max: number,
): OcsfObservable[] {
  const out: OcsfObservable[] = [];
  const seen = new Set<string>();
  const add = (name: string, typeId: number, type: string, value: string): void => {
    const key = `${name}\u0000${value}`;
    if (seen.has(key) || out.length >= max) return;
    seen.add(key);
    out.push({ name, type_id: typeId, type, value });
  };
  add('finding_info.related_events.tags.value', 99, 'Trace ID', trigger.traceId);
  add('metadata.original_event_uid', 99, 'Span ID', trigger.spanId);
  for (const e of evidences) {
    for (const to of e.email?.to ?? []) add('evidences.email.to', 5, 'Email Address', to);
    if (e.url !== undefined) add('evidences.url.url_string', 6, 'URL String', e.url.url_string);
    if (e.dst_endpoint?.hostname !== undefined) add('evidences.dst_endpoint.hostname', 1, 'Hostname', e.dst_endpoint.hostname);
    if (e.dst_endpoint?.ip !== undefined) add('evidences.dst_endpoint.ip', 2, 'IP Address', e.dst_endpoint.ip);
  }
  for (const r of resources) add('resources.uid', 10, 'Resource UID', r.uid);
  return out;
}
