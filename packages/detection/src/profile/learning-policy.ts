import { isAtLeast, type RiskFinding, type SignalType } from '@warden/core';

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
 * Whether a finding's session must stay out of the baseline. An attacker must not be able to teach
 * Warden that the attack is normal, so anything High or carrying attack evidence is excluded. A
 * Medium finding built only on novelty (a first tool, destination or domain) is learned: refusing
 * it would keep that novelty new forever, and every later ordinary session would raise it again.
 */
export function excludeFromBaseline(finding: Pick<RiskFinding, 'category' | 'severity' | 'signals'>): boolean {
  if (finding.category !== 'security' || !isAtLeast(finding.severity, 'medium')) return false;
  if (isAtLeast(finding.severity, 'high')) return true;
  return finding.signals.some((s) => ATTACK_EVIDENCE.has(s.type) || ATTACK_EVIDENCE_RULES.has(s.rule));
}

/** Signals that data left: the destinations they name are withheld from learning (SessionVerdict). */
const DATA_LEAVING: ReadonlySet<SignalType> = new Set<SignalType>(['sensitive_data_egress', 'data_exfiltration']);

export function sentDataOut(signals: readonly { readonly type: SignalType }[]): boolean {
  return signals.some((s) => DATA_LEAVING.has(s.type));
}
