import { isAtLeast, type RiskFinding, type RiskSignal, type SignalType } from '@warden/core';

/**
 * Signals that say someone is acting on the agent, not merely that it did something new. A plugin
 * talking to a new host, and a new tool that runs commands, are compromise indicators in their own
 * right: learning them would hide a supply-chain attack after its first session.
 */
const ATTACK_EVIDENCE: ReadonlySet<SignalType> = new Set<SignalType>([
  'prompt_injection',
  'memory_poisoning',
  'data_exfiltration',
  'sensitive_data_egress',
  'correlation',
  'new_external_host',
]);
const ATTACK_EVIDENCE_RULES: ReadonlySet<string> = new Set(['tool.new_command_execution']);

/**
 * Rules that only say the agent did something its history lacks: a first tool, that tool's first
 * host, a first data domain, destination or step. A known tool moving host (`host.new_for_stable_tool`)
 * or uploading from a reader is not here: that is the supply-chain question, whatever else is new.
 */
const NOVELTY_RULES: ReadonlySet<string> = new Set([
  'tool.new_for_cohort',
  'host.first_for_new_lookup',
  'host.documented_for_new_tool',
  'host.service_known_for_new_tool',
  'host.credential_issuer_for_new_tool',
  'host.secret_store_for_new_tool',
  'host.refund_processor_for_new_tool',
  'scope.new_data_domain',
  'sequence.unseen_transition',
  'sequence.sensitive_read_then_egress',
  'sequence.state_change_then_egress',
]);

/**
 * Personal data in an outbound call, on its own: a disclosure to whoever the call reaches. It says
 * nothing about who asked for it; a cohort that registers trainees with a training provider or
 * screens candidates with a bureau sends it every day. Held like novelty, its recipients corroborated
 * by more than one agent (ProfileLearner) before they are learned.
 */
const DISCLOSURE_RULES: ReadonlySet<string> = new Set(['egress.pii', 'egress.pii_to_documented_destination']);

/**
 * How a finding's session is kept from the baseline:
 * - `none`: learned as usual;
 * - `novelty`: held, because the finding rests on new behaviour alone, or on new behaviour and
 *   personal data sent out, with nothing saying anyone acted on the agent; learned once the same
 *   novelty has been seen that way on enough agent-days, and a recipient of the data by more than one
 *   agent (ProfileLearner, `noveltyCorroboration`). Refused outright, a cohort's new habit (a new
 *   integration every agent starts using, a partner that receives personal data by its nature)
 *   would page on every session that uses it, for good;
 * - `attack`: held until a person reviews it, never learned on its own.
 */
export type BaselineExclusion = 'none' | 'novelty' | 'attack';

export function baselineExclusion(finding: Pick<RiskFinding, 'category' | 'severity' | 'signals'>): BaselineExclusion {
  if (finding.category !== 'security' || !isAtLeast(finding.severity, 'medium')) return 'none';
  const newTools = finding.signals.filter((s) => s.rule === 'tool.new_for_cohort').map((s) => s.id.slice('tool:'.length));
  const noveltyOnly = finding.signals.every((s) => isNovelty(s, newTools));
  if (noveltyOnly) return isAtLeast(finding.severity, 'high') || finding.signals.some((s) => s.type === 'new_external_host') ? 'novelty' : 'none';
  if (finding.signals.every((s) => isNovelty(s, newTools) || DISCLOSURE_RULES.has(s.rule))) return 'novelty';
  if (isAtLeast(finding.severity, 'high')) return 'attack';
  return finding.signals.some((s) => ATTACK_EVIDENCE.has(s.type) || ATTACK_EVIDENCE_RULES.has(s.rule)) ? 'attack' : 'none';
}

/**
 * Whether a finding's session must stay out of the baseline for now. An attacker must not be able
 * to teach Warden that the attack is normal, so anything High or carrying attack evidence is held
 * back. A Medium finding built only on novelty (a first tool, destination or domain) is learned:
 * refusing it would keep that novelty new forever, and every later ordinary session would raise it again.
 */
export function excludeFromBaseline(finding: Pick<RiskFinding, 'category' | 'severity' | 'signals'>): boolean {
  return baselineExclusion(finding) !== 'none';
}

/**
 * A new tool's first host counts as part of its first use only when the finding also says the tool
 * itself is new (signal ids are `tool:<tool>` and `host:<tool>:<host>`); the same rule on a known
 * tool is a tool reaching somewhere it never did.
 */
function isNovelty(s: Pick<RiskSignal, 'id' | 'type' | 'rule'>, newTools: readonly string[]): boolean {
  if (s.type === 'new_destination') return s.rule !== 'destination.public_channel';
  if (s.rule === 'host.new_for_tool') return newTools.some((t) => s.id.startsWith(`host:${t}:`));
  return NOVELTY_RULES.has(s.rule);
}

/** Signals that data left: the destinations they name are withheld from learning (SessionVerdict). */
const DATA_LEAVING: ReadonlySet<SignalType> = new Set<SignalType>(['sensitive_data_egress', 'data_exfiltration']);

export function sentDataOut(signals: readonly { readonly type: SignalType }[]): boolean {
  return signals.some((s) => DATA_LEAVING.has(s.type));
}
