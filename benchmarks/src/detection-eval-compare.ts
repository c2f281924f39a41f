/**
 * Compares the per-session outcomes of two detection runs of the same corpus and seeds, e.g.
 * embedded mode against the four Kafka services, which must write the same findings for the same
 * traffic:
 *
 *   npm run bench:detection -- --seeds 1 --out /tmp/embedded.json
 *   npm run bench:detection -- --seeds 1 --mode kafka-services --out /tmp/kafka.json
 *   node benchmarks/dist/detection-eval-compare.js /tmp/embedded.json /tmp/kafka.json
 *
 * Exits 0 when every run agrees session by session, 1 listing the sessions that differ.
 */
import { readFileSync } from 'node:fs';
import type { DetectionReport } from './detection-eval-report';

export interface OutcomeDifference {
  readonly run: string;
  readonly sessionId: string;
  readonly left: string;
  readonly right: string;
}

/** Sessions whose worst severities differ between runs of the same corpus and seed; pure. */
export function compareOutcomes(left: DetectionReport, right: DetectionReport): OutcomeDifference[] {
  const out: OutcomeDifference[] = [];
  for (const l of left.runs) {
    const r = right.runs.find((x) => x.corpus === l.corpus && x.seed === l.seed);
    const run = `${l.corpus} seed ${l.seed}`;
    if (r === undefined) throw new Error(`the second report has no run of ${run}: run both with the same --corpus, --seeds and --seed-base`);
    for (const sessionId of [...new Set([...Object.keys(l.outcomes), ...Object.keys(r.outcomes)])].sort()) {
      const a = l.outcomes[sessionId] ?? 'none';
      const b = r.outcomes[sessionId] ?? 'none';
      if (a !== b) out.push({ run, sessionId, left: a, right: b });
    }
  }
  return out;
}

if (require.main === module) {
  const [a, b] = process.argv.slice(2);
  if (a === undefined || b === undefined) {
    process.stderr.write('usage: node benchmarks/dist/detection-eval-compare.js <report.json> <report.json>\n');
    process.exit(2);
  }
  const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as DetectionReport;
  const left = read(a);
  const right = read(b);
  const diffs = compareOutcomes(left, right);
  const sessions = left.runs.reduce((n, r) => n + Object.keys(r.outcomes).length, 0);
  if (diffs.length === 0) {
    process.stdout.write(`same outcome for all ${sessions} sessions with a finding (${left.runs.length} runs)\n`);
  } else {
    for (const d of diffs) process.stdout.write(`${d.run} ${d.sessionId}: ${d.left} vs ${d.right}\n`);
    process.stdout.write(`${diffs.length} of ${sessions} sessions differ\n`);
    process.exit(1);
  }
}
