import type { OcsfDetectionFinding } from '@warden/ocsf';

/** Column types a DCR stream declaration accepts. */
export type SentinelColumnType = 'string' | 'int' | 'long' | 'real' | 'boolean' | 'datetime' | 'dynamic';

export interface SentinelColumn {
  readonly name: string;
  readonly type: SentinelColumnType;
  readonly description: string;
}

/**
 * The `WardenFindings_CL` table: a few flat columns that KQL filters and joins on cheaply, plus
 * the whole OCSF record in `Ocsf` so nothing is lost and parsers can read any attribute.
 * `dcr-template.json` declares the same columns; a test keeps the two in step.
 */
export const SENTINEL_COLUMNS: readonly SentinelColumn[] = [
  { name: 'TimeGenerated', type: 'datetime', description: 'When Warden produced this record (OCSF time).' },
  { name: 'RecordUid', type: 'string', description: 'Unique per record (OCSF metadata.uid, findingId:revision); dedupe on it, the API does not.' },
  { name: 'FindingUid', type: 'string', description: 'The incident, stable across Create/Update/Close (OCSF finding_info.uid).' },
  { name: 'Revision', type: 'int', description: '1 for Create, +1 for each re-emission of the incident.' },
  { name: 'ActivityId', type: 'int', description: 'OCSF activity_id: 1 Create, 2 Update, 3 Close.' },
  { name: 'ActivityName', type: 'string', description: 'Create, Update or Close.' },
  { name: 'SeverityId', type: 'int', description: 'OCSF severity_id: 1 Informational to 5 Critical.' },
  { name: 'Severity', type: 'string', description: 'OCSF severity caption.' },
  { name: 'Status', type: 'string', description: 'OCSF status: New (Create, Update) or Other, labelled Ended (Close: the session ended; not an analyst review).' },
  { name: 'RiskScore', type: 'int', description: 'Composite risk 0-100.' },
  { name: 'RiskLevel', type: 'string', description: 'OCSF risk_level caption.' },
  { name: 'ConfidenceScore', type: 'int', description: 'How sure the scorer is, 0-100.' },
  { name: 'IsAlert', type: 'boolean', description: 'False on Close records.' },
  { name: 'FindingTitle', type: 'string', description: 'OCSF finding_info.title.' },
  { name: 'Message', type: 'string', description: 'One-line summary for notifications (OCSF message).' },
  { name: 'FindingTypes', type: 'dynamic', description: 'OCSF finding_info.types.' },
  { name: 'AttackTactics', type: 'dynamic', description: 'MITRE ATT&CK / ATLAS tactic ids.' },
  { name: 'AttackTechniques', type: 'dynamic', description: 'MITRE ATT&CK / ATLAS technique and sub-technique ids.' },
  { name: 'AgentUid', type: 'string', description: 'Stable id of the AI agent (OCSF evidences[].ai_agent.uid).' },
  { name: 'AgentName', type: 'string', description: 'Name of the AI agent.' },
  { name: 'AgentVersion', type: 'string', description: 'The agent\'s own version, when known.' },
  { name: 'AgentType', type: 'string', description: 'Kind of agent (Warden agent type).' },
  { name: 'SessionId', type: 'string', description: 'The agent session (OCSF metadata.correlation_uid).' },
  { name: 'WardenTenant', type: 'string', description: 'Warden tenant of the agent (OCSF metadata.tenant_uid); not the Entra tenant.' },
  { name: 'TraceId', type: 'string', description: 'OpenTelemetry trace id of the triggering span.' },
  { name: 'StartTime', type: 'datetime', description: 'First contributing evidence (OCSF start_time).' },
  { name: 'EndTime', type: 'datetime', description: 'Last contributing evidence (OCSF end_time).' },
  { name: 'OcsfVersion', type: 'string', description: 'OCSF schema version of the Ocsf column.' },
  { name: 'ProductVersion', type: 'string', description: 'Warden version that produced the record.' },
  { name: 'Ocsf', type: 'dynamic', description: 'The complete OCSF Detection Finding (class 2004).' },
];

/** One row of the custom table; keys are exactly `SENTINEL_COLUMNS` names (optional ones may be absent). */
export interface SentinelRow {
  readonly TimeGenerated: string;
  readonly RecordUid: string;
  readonly FindingUid: string;
  readonly Revision: number;
  readonly ActivityId: number;
  readonly ActivityName: string;
  readonly SeverityId: number;
  readonly Severity: string;
  readonly Status: string;
  readonly RiskScore: number;
  readonly RiskLevel: string;
  readonly ConfidenceScore: number;
  readonly IsAlert: boolean;
  readonly FindingTitle: string;
  readonly Message: string;
  readonly FindingTypes: readonly string[];
  readonly AttackTactics: readonly string[];
  readonly AttackTechniques: readonly string[];
  readonly AgentUid?: string;
  readonly AgentName?: string;
  readonly AgentVersion?: string;
  readonly AgentType: string;
  readonly SessionId: string;
  readonly WardenTenant: string;
  readonly TraceId: string;
  readonly StartTime: string;
  readonly EndTime: string;
  readonly OcsfVersion: string;
  readonly ProductVersion: string;
  readonly Ocsf: OcsfDetectionFinding;
}

/**
 * Field values above 64 KB are truncated by the service, which would turn `Ocsf` into broken
 * JSON. The mapper's bounds keep a record far below this; the check is a tripwire, not a budget.
 */
export const SENTINEL_FIELD_VALUE_LIMIT_BYTES = 64 * 1024;

/** The table row for one OCSF Detection Finding. Pure. */
export function toSentinelRow(ocsf: OcsfDetectionFinding): SentinelRow {
  // Every evidence names the same agent; the first is enough for the flat column.
  const agent = ocsf.evidences[0]?.ai_agent;
  const attacks = ocsf.finding_info.attacks ?? [];
  return {
    TimeGenerated: isoTime(ocsf.time),
    RecordUid: ocsf.metadata.uid,
    FindingUid: ocsf.finding_info.uid,
    Revision: ocsf.unmapped.revision,
    ActivityId: ocsf.activity_id,
    ActivityName: ocsf.activity_name,
    SeverityId: ocsf.severity_id,
    Severity: ocsf.severity,
    Status: ocsf.status,
    RiskScore: ocsf.risk_score,
    RiskLevel: ocsf.risk_level,
    ConfidenceScore: ocsf.confidence_score,
    IsAlert: ocsf.is_alert,
    FindingTitle: ocsf.finding_info.title,
    Message: ocsf.message,
    FindingTypes: [...ocsf.finding_info.types],
    AttackTactics: distinct(attacks.map((a) => a.tactic?.uid)),
    AttackTechniques: distinct(attacks.flatMap((a) => [a.technique?.uid, a.sub_technique?.uid])),
    ...(agent === undefined ? {} : { AgentUid: agent.uid, AgentName: agent.name }),
    ...(agent?.version === undefined ? {} : { AgentVersion: agent.version }),
    AgentType: ocsf.unmapped.agent_type,
    SessionId: ocsf.metadata.correlation_uid,
    WardenTenant: ocsf.metadata.tenant_uid,
    TraceId: ocsf.unmapped.trace.uid,
    StartTime: isoTime(ocsf.start_time),
    EndTime: isoTime(ocsf.end_time),
    OcsfVersion: ocsf.metadata.version,
    ProductVersion: ocsf.metadata.product.version,
    Ocsf: ocsf,
  };
}

/** Columns of `row` whose serialized value is over the service's per-field limit (normally none). */
export function oversizedColumns(row: SentinelRow): string[] {
  const out: string[] = [];
  for (const [name, value] of Object.entries(row)) {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    if (text !== undefined && Buffer.byteLength(text, 'utf8') > SENTINEL_FIELD_VALUE_LIMIT_BYTES) out.push(name);
  }
  return out;
}

function isoTime(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

function distinct(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined && v !== ''))];
}
