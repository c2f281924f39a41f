/**
 * The part of OCSF Detection Finding (class 2004) that Warden emits. Attribute names are the
 * schema's (snake_case) so an instance serializes as-is; the schema allows much more.
 */

/** `version.json` of the vendored schema; a test keeps the two in step. */
export const OCSF_SCHEMA_VERSION = '1.9.0-dev';

export const DETECTION_FINDING_CLASS_UID = 2004;
export const FINDINGS_CATEGORY_UID = 2;

export interface OcsfEntityRef {
  readonly uid: string;
  readonly name?: string;
}

export interface OcsfAttack {
  readonly tactic?: OcsfEntityRef;
  readonly technique?: OcsfEntityRef;
  readonly sub_technique?: OcsfEntityRef;
}

export interface OcsfAnalytic {
  /** 1 Rule, 2 Behavioral. */
  readonly type_id: 1 | 2;
  readonly type: 'Rule' | 'Behavioral';
  readonly uid: string;
  readonly name: string;
  readonly category?: string;
}

export interface OcsfKeyValue {
  readonly name: string;
  readonly value: string;
}

export interface OcsfRelatedEvent {
  /** The span id. */
  readonly uid: string;
  readonly type: string;
  readonly title: string;
  readonly desc: string;
  readonly first_seen_time: number;
  readonly last_seen_time: number;
  /** `trace_id`: related_event has no trace attribute in this schema. */
  readonly tags: readonly OcsfKeyValue[];
}

export interface OcsfFindingInfo {
  readonly uid: string;
  readonly title: string;
  readonly desc: string;
  readonly types: readonly string[];
  readonly data_sources: readonly string[];
  readonly analytic: OcsfAnalytic;
  readonly first_seen_time: number;
  readonly last_seen_time: number;
  readonly created_time?: number;
  readonly modified_time?: number;
  readonly related_events: readonly OcsfRelatedEvent[];
  readonly related_events_count: number;
  readonly attacks?: readonly OcsfAttack[];
  /** High and Critical findings: the forensic bundle on Warden's admin API (needs a viewer token). */
  readonly src_url?: string;
}

export interface OcsfAiAgent {
  readonly uid: string;
  readonly name: string;
  /** The session: one run of the agent. */
  readonly instance_uid: string;
  readonly version?: string;
}

export interface OcsfResourceDetails {
  readonly uid: string;
  readonly name: string;
  readonly type?: string;
  /** 1 Target, 3 Affected. */
  readonly role_id: 1 | 3;
  readonly role: 'Target' | 'Affected';
}

/** What one signal contributed, in `evidences[].data`. */
export interface OcsfSignalData {
  readonly signal_id: string;
  readonly signal_type: string;
  readonly rule: string;
  readonly score: number;
  readonly contribution: number;
  readonly explanation: string;
  readonly excerpt?: string;
  readonly origin?: string;
  readonly techniques?: readonly string[];
  readonly trace_id: string;
  readonly span_id: string;
  readonly span_name: string;
  readonly time: number;
}

export interface OcsfEvidence {
  readonly uid: string;
  readonly name: string;
  readonly ai_agent: OcsfAiAgent;
  /** Always present, so every evidence satisfies the schema's at-least-one rule. */
  readonly data: OcsfSignalData;
  readonly email?: { readonly to: readonly string[] };
  readonly url?: { readonly url_string: string; readonly hostname?: string };
  readonly dst_endpoint?: { readonly hostname?: string; readonly ip?: string };
  readonly resources?: readonly OcsfResourceDetails[];
}

export interface OcsfObservable {
  readonly name: string;
  readonly type_id: number;
  readonly type: string;
  readonly value: string;
}

export interface OcsfMetadata {
  readonly version: string;
  readonly product: { readonly name: string; readonly vendor_name: string; readonly version: string };
  /** `${findingId}:${revision}`: unique per record, stable across retries of the same record. */
  readonly uid: string;
  /** The revision: orders the records of one finding whatever order they arrive in. */
  readonly sequence: number;
  /** The session: every finding about one session correlates. */
  readonly correlation_uid: string;
  readonly tenant_uid: string;
  /** Span whose arrival produced this revision. */
  readonly original_event_uid: string;
  readonly labels: readonly string[];
  /** `['security_control']` on response records, which carry that profile's action and disposition. */
  readonly profiles?: readonly string[];
}

/** What a response record says about the step, for searches the OCSF fields do not cover. */
export interface OcsfResponseData {
  readonly seq: number;
  readonly decision_id: string;
  readonly action: string;
  readonly status: string;
  readonly by?: readonly string[];
  /** When the step happened, epoch ms. */
  readonly time: number;
}

export interface OcsfDetectionFinding {
  readonly class_uid: typeof DETECTION_FINDING_CLASS_UID;
  readonly class_name: 'Detection Finding';
  readonly category_uid: typeof FINDINGS_CATEGORY_UID;
  readonly category_name: 'Findings';
  /** 1 Create, 2 Update, 3 Close. */
  readonly activity_id: 1 | 2 | 3;
  readonly activity_name: 'Create' | 'Update' | 'Close';
  readonly type_uid: 200401 | 200402 | 200403;
  readonly type_name: string;
  /** When this record was produced, epoch ms. */
  readonly time: number;
  readonly start_time: number;
  readonly end_time: number;
  readonly severity_id: 1 | 2 | 3 | 4 | 5;
  readonly severity: string;
  /**
   * 1 New while the incident is open; 2 In Progress on a response record (Warden or a person is
   * acting on it); 3 Suppressed once a person reviewed it as benign; 99 "Ended" on Close (activity
   * over, not reviewed). See README.
   */
  readonly status_id: 1 | 2 | 3 | 99;
  readonly status: 'New' | 'In Progress' | 'Suppressed' | 'Ended';
  /** On Close, what "Ended" means; on a response record, what was done, by whom and why. */
  readonly status_detail?: string;
  /** Response records only (security_control profile): see `OcsfResponseControl`. */
  readonly action_id?: 1 | 2 | 3 | 4 | 99;
  readonly action?: string;
  readonly disposition_id?: number;
  readonly disposition?: string;
  readonly confidence_id: 1 | 2 | 3;
  readonly confidence: 'Low' | 'Medium' | 'High';
  readonly confidence_score: number;
  readonly risk_score: number;
  readonly risk_level_id: 0 | 1 | 2 | 3 | 4;
  readonly risk_level: string;
  readonly risk_details: string;
  readonly is_alert: boolean;
  readonly message: string;
  readonly finding_info: OcsfFindingInfo;
  readonly evidences: readonly OcsfEvidence[];
  readonly resources?: readonly OcsfResourceDetails[];
  readonly observables?: readonly OcsfObservable[];
  readonly remediation: { readonly desc: string };
  readonly metadata: OcsfMetadata;
  /**
   * The triggering span's trace context, shaped like the OCSF `trace` object, for consumers that
   * will move it top-level once Detection Finding includes the trace profile. The OCSF-valid homes
   * of the same ids are `observables` (Trace ID / Span ID), `metadata.original_event_uid` and
   * `finding_info.related_events[]` (uid + `trace_id` tag).
   */
  readonly unmapped: {
    readonly trace: { readonly uid: string; readonly span: { readonly uid: string; readonly operation: string } };
    readonly agent_type: string;
    readonly finding_category: string;
    readonly revision: number;
    readonly signal_count: number;
    readonly response?: OcsfResponseData;
  };
}
