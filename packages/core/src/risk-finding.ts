/**
 * What the scoring worker emits: one incident (usually one agent session) with a composite risk
 * and the signals that make it up. The emitter maps it to OCSF; nothing here is OCSF-specific.
 */

export type Severity = 'informational' | 'low' | 'medium' | 'high' | 'critical';

export const SEVERITY_ORDER: readonly Severity[] = ['informational', 'low', 'medium', 'high', 'critical'];

export function severityRank(s: Severity): number {
  return SEVERITY_ORDER.indexOf(s);
}

export function isAtLeast(s: Severity, min: Severity): boolean {
  return severityRank(s) >= severityRank(min);
}

/** Families of evidence. Kept coarse so metrics and SIEM rules can group on them. */
export type SignalType =
  | 'prompt_injection'
  | 'data_exfiltration'
  | 'new_destination'
  | 'scope_deviation'
  | 'volume_spike'
  | 'rate_spike'
  | 'tool_sequence'
  | 'new_tool'
  | 'new_external_host'
  | 'resource_sweep'
  | 'memory_poisoning'
  | 'sensitive_data_egress'
  | 'drift'
  | 'correlation';

export interface SignalLocation {
  readonly traceId: string;
  readonly spanId: string;
  /** Event time of the span, epoch ms. */
  readonly timeMs: number;
  readonly spanName: string;
}

export interface RiskSignal {
  /** Stable within the incident: the same evidence is never counted twice. */
  readonly id: string;
  readonly type: SignalType;
  /** Rule or feature that fired, e.g. `injection.instruction_override`. */
  readonly rule: string;
  /** Strength of the evidence, 0..1. */
  readonly score: number;
  /** Points this signal added to the composite risk (after correlation). */
  readonly contribution: number;
  /** One sentence an analyst can read: what was seen and why it matters. */
  readonly explanation: string;
  readonly location: SignalLocation;
  /** Short excerpt of the text that fired, bounded and masked (no raw secrets or PII). */
  readonly excerpt?: string;
  /** Where the triggering text came from (user input, tool result, retrieved document...). */
  readonly origin?: string;
  /** MITRE ATLAS / ATT&CK technique ids this signal maps to. */
  readonly techniques?: readonly string[];
}

/**
 * create: first reached the reporting risk; update: the story grew (or a closed incident resumed);
 * close: the incident's activity window is over (session ended, leak window passed), not a review.
 */
export type FindingActivity = 'create' | 'update' | 'close';

export type FindingCategory = 'security' | 'reliability';

export interface RiskFinding {
  /** Stable id of the incident across Create/Update/Close (OCSF finding_info.uid). */
  readonly findingId: string;
  readonly activity: FindingActivity;
  /** 1 for Create, then +1 for each re-emission; (findingId, revision) is unique. */
  readonly revision: number;
  readonly category: FindingCategory;
  readonly tenant: string;
  readonly agentId: string;
  readonly agentType: string;
  readonly agentName?: string;
  readonly agentVersion?: string;
  readonly sessionId: string;
  readonly riskScore: number;
  readonly severity: Severity;
  /** 0..1: how sure the scorer is that this is what the title says. */
  readonly confidence: number;
  readonly title: string;
  /** Why, in a few sentences: the correlated story. */
  readonly summary: string;
  readonly signals: readonly RiskSignal[];
  /** Span whose arrival raised the risk to this revision; on a Close, the incident's last span. */
  readonly trigger: SignalLocation & { readonly receivedAtMs?: number };
  /** Bounded list of spans that contributed. */
  readonly relatedSpans: readonly SignalLocation[];
  /** Resources touched (tables, buckets, memory records, documents), bounded. */
  readonly resources: readonly string[];
  /** Outbound destinations (hosts, e-mail addresses, channels, accounts), bounded. */
  readonly destinations: readonly string[];
  readonly firstSeenMs: number;
  readonly lastSeenMs: number;
  /** What to do about it, in one or two sentences. */
  readonly remediation: string;
  /**
   * Set only on the copies the responder publishes to tell the SIEM what was done about the
   * incident (an OCSF Update of the same finding); the scorer never sets it.
   */
  readonly response?: FindingResponseNote;
}

/** One step of the response to an incident, as the SIEM should see it. */
export interface FindingResponseNote {
  /** 1, 2, ... per incident: with the revision it makes the record id unique. */
  readonly seq: number;
  readonly decisionId: string;
  /** The action kind (`throttle`, `quarantine`, ...), or `review` for a person's review of the finding. */
  readonly action: string;
  /** `reviewed_benign`: a person judged the finding benign (OCSF status Suppressed); its session is learned. */
  readonly status: 'pending_approval' | 'approved' | 'denied' | 'executed' | 'failed' | 'shadowed' | 'suppressed' | 'expired' | 'undone' | 'reviewed_benign';
  /** People who approved or denied, by their admin token names. */
  readonly by?: readonly string[];
  readonly reason: string;
  readonly atMs: number;
}

/** Severity bands of the composite 0-100 risk score. */
export function severityForRisk(risk: number): Severity {
  if (risk >= 80) return 'critical';
  if (risk >= 60) return 'high';
  if (risk >= 40) return 'medium';
  if (risk >= 20) return 'low';
  return 'informational';
}
