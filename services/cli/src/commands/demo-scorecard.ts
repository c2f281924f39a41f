import { isAtLeast, type RiskFinding, type Severity } from '@warden/core';
import { deliveryKey, type ScenarioLabel } from '@warden/simulator';

/** A finding as the demo's sink received it, and when. */
export interface SeenFinding {
  readonly finding: RiskFinding;
  readonly seenAtMs: number;
}

export interface ScorecardInput {
  readonly labels: readonly ScenarioLabel[];
  readonly sessionsSent: number;
  /** In the order the sink received them. */
  readonly findings: readonly SeenFinding[];
  /** When the receiver acknowledged each span (`deliveryKey`). */
  readonly deliveredAtMs: ReadonlyMap<string, number>;
}

/**
 * The demo's closing scorecard: each labelled trigger session against its expected severity, how
 * long Warden took, and how many ordinary sessions it flagged. Time to detect is counted as the
 * evaluation harness and the targets count it: from the receiver acknowledging the trigger span to
 * the first finding at the expected severity. The agent's own time before it exported the span
 * (the rest of its session) is not Warden's, and a finding below the expectation has not detected
 * the attack yet.
 */
export function scorecard({ labels, sessionsSent, findings, deliveredAtMs }: ScorecardInput): string {
  const worst = new Map<string, RiskFinding>();
  for (const { finding: f } of findings) {
    const w = worst.get(f.sessionId);
    if (!w || f.riskScore > w.riskScore) worst.set(f.sessionId, f);
  }
  const got = (f: RiskFinding | undefined) => (f ? `${f.severity} (risk ${f.riskScore})` : 'no finding');
  const lines = ['Scorecard', `  ${'scenario'.padEnd(40)} ${'expected'.padEnd(16)} ${'got'.padEnd(22)} time to detect`];
  let passed = 0;
  const judged = labels.filter((l) => l.role === 'trigger');
  for (const l of judged) {
    const f = worst.get(l.sessionId);
    const min = l.expectedMinSeverity as Severity | null;
    const max = l.expectedMaxSeverity as Severity | null;
    const ok =
      (min === null || (f !== undefined && isAtLeast(f.severity, min))) &&
      (max === null || f === undefined || isAtLeast(max, f.severity));
    if (ok) passed += 1;
    const expected = min !== null ? `>= ${min}` : `<= ${max ?? 'any'}`;
    const ttd = min === null || l.phase !== 'live' ? undefined : timeToDetect(l, min, findings, deliveredAtMs);
    lines.push(`${ok ? '✔' : '✘'} ${`${l.scenario}/${l.variant}`.padEnd(40)} ${expected.padEnd(16)} ${got(f).padEnd(22)} ${ttd === undefined ? '-' : `${ttd} ms`}`);
  }
  const labelled = new Set(labels.map((l) => l.sessionId));
  const noisy = [...worst.values()].filter((f) => !labelled.has(f.sessionId) && f.category === 'security' && isAtLeast(f.severity, 'medium'));
  const ordinary = Math.max(0, sessionsSent - labelled.size);
  lines.push(
    `${passed}/${judged.length} labelled sessions within their expected severity; ` +
      `${noisy.length}/${ordinary} ordinary sessions raised a security finding at Medium or above`,
    'Time to detect: from the receiver acknowledging the trigger span to the first finding at the expected severity.',
  );
  return lines.join('\n');
}

function timeToDetect(l: ScenarioLabel, min: Severity, findings: readonly SeenFinding[], deliveredAtMs: ReadonlyMap<string, number>): number | undefined {
  const delivered = deliveredAtMs.get(deliveryKey(l.trigger));
  if (delivered === undefined) return undefined;
  const first = findings.find((x) => x.finding.sessionId === l.sessionId && isAtLeast(x.finding.severity, min));
  return first === undefined ? undefined : Math.max(0, first.seenAtMs - delivered);
}
