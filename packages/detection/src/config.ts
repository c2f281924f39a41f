import { ConfigError } from '@warden/core';
import { approvalProblems } from './profile/approvals';

/** Tunables of the detection core. Every field has a default; see `resolveDetectionConfig`. */
export interface DetectionConfig {
  /** Event-time gap after which a session counts as finished (learner) or idle (scorer). */
  readonly sessionIdleMs: number;
  /** Sessions an agent needs before its own profile is trusted; until then its cohort stands in. */
  readonly minAgentSessions: number;
  /** Sessions a cohort needs before it can stand in for a young agent. */
  readonly minCohortSessions: number;
  /** Multiplier for novelty signals when neither agent nor cohort is mature. */
  readonly coldNoveltyFactor: number;
  /** Sliding window over which sensitive data sent to one destination is summed. */
  readonly leakWindowMs: number;
  /** Distinct sessions feeding one destination before the windowed leak can fire. */
  readonly leakMinSessions: number;
  /** A destination known for this long (and in a few sessions) is established, not a leak target. */
  readonly establishedDestinationMs: number;
  /** E-mail domains and hosts that are the deployment's own (never "new", never a leak target). */
  readonly internalDomains: readonly string[];
  /** Tools approved ahead of time (patterns with `*`): never new, nor their data domain (profile/approvals.ts). */
  readonly approvedTools: readonly string[];
  /** Destinations approved ahead of time: hosts, domains, addresses, accounts, channels (patterns with `*`). */
  readonly approvedDestinations: readonly string[];
  /** Scorer: live sessions kept; the least recently used is dropped beyond this. */
  readonly maxSessions: number;
  /** Learner: open (unfinished) sessions kept; the least recently used is dropped beyond this. */
  readonly maxOpenSessions: number;
  /**
   * Learner: learn a completed session only after the scorer's verdict on it (applyVerdicts).
   * Off for a learner used alone; the workers turn it on.
   */
  readonly learnAfterVerdict: boolean;
  /**
   * Learner: a session held back only for novelty (baselineExclusion `novelty`) is learned once each
   * thing new in it (a tool, its host, a data domain) has been held back that way on this many
   * distinct agent-days of its cohort. One agent hammered in one day never adds up; a new
   * integration the cohort adopts does. 0 keeps such sessions held until a person reviews them.
   */
  readonly noveltyCorroboration: number;
  /** Bound on every counted map in a profile (tools, destinations, resources...). */
  readonly profileTopK: number;
  /** Bound on the recent values kept per numeric feature (for quantiles). */
  readonly profileRecentValues: number;
  /**
   * A tool, destination, resource or data domain not seen for this long (event time) is forgotten:
   * habits drift, and an address last used a year ago is as new as one never used.
   */
  readonly profileForgetAfterMs: number;
  /** Risk at which an incident is first reported. */
  readonly reportThreshold: number;
  /**
   * Drift: tool calls (over sessions with the new model/prompt) before the mix is compared at all; a
   * floor only, since the divergence must also beat what sampling that few calls gives (drift-tracker.ts).
   */
  readonly driftMinToolCalls: number;
  readonly driftMinSessions: number;
  /** Drift: Jensen-Shannon divergence (base 2, 0..1) of the tool mix that counts as a shift. */
  readonly driftJsdThreshold: number;
}

/** The learner and the scorer share one configuration, so both measure sessions the same way. */
export type ProfileLearnerConfig = DetectionConfig;
export type SessionScorerConfig = DetectionConfig;

export const DEFAULT_DETECTION_CONFIG: DetectionConfig = {
  sessionIdleMs: 15 * 60_000,
  minAgentSessions: 20,
  minCohortSessions: 20,
  coldNoveltyFactor: 0.05,
  leakWindowMs: 6 * 3_600_000,
  leakMinSessions: 3,
  establishedDestinationMs: 3 * 86_400_000,
  internalDomains: [],
  approvedTools: [],
  approvedDestinations: [],
  maxSessions: 10_000,
  maxOpenSessions: 20_000,
  learnAfterVerdict: false,
  noveltyCorroboration: 3,
  profileTopK: 300,
  profileRecentValues: 200,
  profileForgetAfterMs: 90 * 86_400_000,
  reportThreshold: 20,
  driftMinToolCalls: 5,
  driftMinSessions: 2,
  driftJsdThreshold: 0.12,
};

/** Defaults overlaid with `overrides`, checked; throws ConfigError listing every bad setting. */
export function resolveDetectionConfig(overrides: Partial<DetectionConfig> = {}): DetectionConfig {
  const c: DetectionConfig = { ...DEFAULT_DETECTION_CONFIG, ...overrides };
  const problems: string[] = [];
  const positive = (name: keyof DetectionConfig, integer: boolean): void => {
    const v = c[name];
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0 || (integer && !Number.isInteger(v))) {
      problems.push(`detection.${name} must be a positive ${integer ? 'integer' : 'number'} (got ${JSON.stringify(v)})`);
    }
  };
  positive('sessionIdleMs', false);
  positive('minAgentSessions', true);
  positive('minCohortSessions', true);
  positive('leakWindowMs', false);
  positive('leakMinSessions', true);
  positive('establishedDestinationMs', false);
  positive('maxSessions', true);
  positive('maxOpenSessions', true);
  positive('profileTopK', true);
  positive('profileRecentValues', true);
  positive('profileForgetAfterMs', false);
  positive('driftMinToolCalls', true);
  positive('driftMinSessions', true);
  if (!(Number.isInteger(c.noveltyCorroboration) && c.noveltyCorroboration >= 0)) {
    problems.push(`detection.noveltyCorroboration must be a whole number of agent-days, 0 to turn it off (got ${JSON.stringify(c.noveltyCorroboration)})`);
  }
  if (!(c.coldNoveltyFactor >= 0 && c.coldNoveltyFactor <= 1)) problems.push(`detection.coldNoveltyFactor must be within 0..1 (got ${c.coldNoveltyFactor})`);
  if (!(c.reportThreshold >= 1 && c.reportThreshold <= 100)) problems.push(`detection.reportThreshold must be within 1..100 (got ${c.reportThreshold})`);
  if (!(c.driftJsdThreshold > 0 && c.driftJsdThreshold < 1)) problems.push(`detection.driftJsdThreshold must be within (0, 1) (got ${c.driftJsdThreshold})`);
  if (!Array.isArray(c.internalDomains) || c.internalDomains.some((d) => typeof d !== 'string' || d.length === 0)) {
    problems.push('detection.internalDomains must be a list of non-empty domain names, e.g. ["acme.example"]');
  }
  problems.push(...approvalProblems({ tools: c.approvedTools, destinations: c.approvedDestinations }));
  if (problems.length > 0) throw new ConfigError(problems);
  return { ...c, internalDomains: c.internalDomains.map((d) => d.toLowerCase()) };
}
