/**
 * Reads Warden's findings file (OCSF Detection Findings, one JSON object per line) into what the
 * evaluation scores. Pure: the lines come in with the time the harness saw them.
 */
import { SEVERITY_ORDER } from '@warden/core';
import type { FindingSignal, ObservedFinding } from './detection-eval-metrics';

export interface SeenLine {
  readonly text: string;
  /** When the line appeared in the file, epoch ms of the harness clock. */
  readonly seenAtMs: number;
}

/**
 * One OCSF record → the finding it reports; undefined for a response record (a copy of a
 * revision already reported, telling the SIEM what was done) and for blank lines. Throws on a
 * line that is not a Warden Detection Finding: the file is not what the harness was told it is.
 */
export function parseFindingLine(line: SeenLine): ObservedFinding | undefined {
  if (line.text.trim() === '') return undefined;
  let record: unknown;
  try {
    record = JSON.parse(line.text);
  } catch (err) {
    throw new Error(`the findings file holds a line that is not JSON (${(err as Error).message}): ${line.text.slice(0, 120)}`);
  }
  const r = record as {
    class_uid?: unknown;
    severity_id?: unknown;
    metadata?: { correlation_uid?: unknown };
    unmapped?: { finding_category?: unknown; response?: unknown };
    evidences?: unknown;
  };
  const sessionId = r.metadata?.correlation_uid;
  const severity = typeof r.severity_id === 'number' ? SEVERITY_ORDER[r.severity_id - 1] : undefined;
  const category = r.unmapped?.finding_category;
  if (r.class_uid !== 2004 || typeof sessionId !== 'string' || severity === undefined || (category !== 'security' && category !== 'reliability')) {
    throw new Error(
      'the findings file holds a record that is not a Warden OCSF Detection Finding (class_uid 2004 with severity_id 1-5, ' +
        `metadata.correlation_uid and unmapped.finding_category): ${line.text.slice(0, 120)}. Point --alerts-file at WARDEN_ALERTS_FILE.`,
    );
  }
  if (r.unmapped?.response !== undefined) return undefined;
  return { sessionId, severity, category, seenAtMs: line.seenAtMs, signals: signalsOf(r.evidences) };
}

/** Each evidence's rule, contribution and span (`evidences[].data`), largest first; evidence without a rule is skipped. */
function signalsOf(evidences: unknown): FindingSignal[] {
  if (!Array.isArray(evidences)) return [];
  const out: FindingSignal[] = [];
  for (const e of evidences as { data?: { rule?: unknown; contribution?: unknown; span_name?: unknown } }[]) {
    const rule = e?.data?.rule;
    const contribution = e?.data?.contribution;
    const span = e?.data?.span_name;
    if (typeof rule !== 'string') continue;
    out.push({ rule, contribution: typeof contribution === 'number' ? contribution : 0, ...(typeof span === 'string' ? { span } : {}) });
  }
  return out.sort((a, b) => b.contribution - a.contribution || a.rule.localeCompare(b.rule));
}

export function parseFindingLines(lines: readonly SeenLine[]): ObservedFinding[] {
  const out: ObservedFinding[] = [];
  for (const l of lines) {
    const f = parseFindingLine(l);
    if (f !== undefined) out.push(f);
  }
  return out;
}
