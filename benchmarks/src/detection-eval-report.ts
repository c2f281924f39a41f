/**
 * The harness's output: a JSON document for benchmarks/results/ and a markdown rendering that can
 * be pasted into a README. Pure.
 */
import { addCounts, pct, summarize, type DetectionSummary, type Ratio } from './detection-eval-metrics';
import type { Corpus, CorpusChoice } from './detection-eval-options';
import type { ReplayResult } from './detection-eval-replay';

export interface RunSummary {
  readonly corpus: Corpus;
  readonly seed: number;
  readonly seconds: number;
  readonly sessionsSent: number;
  readonly spansSent: number;
  readonly findingRecords: number;
  readonly digestTimeouts: number;
  readonly settled: boolean;
  readonly wardenTimeToDetect: ReplayResult['wardenTimeToDetect'];
  /** The target figures of this run alone, to show the spread between seeds. */
  readonly targets: Readonly<Record<string, string>>;
  /** Per session with a finding, its worst severities: two deployments given the same seed must agree. */
  readonly outcomes: ReplayResult['outcomes'];
}

export interface DetectionReport {
  readonly generatedAt: string;
  readonly machine: string;
  /** Which Warden, as a phrase: "per seed a fresh `warden start`". */
  readonly warden: string;
  readonly corpus: CorpusChoice;
  readonly seeds: readonly number[];
  readonly settings: { readonly agentsPerType: number; readonly historySessions: number; readonly liveSessions: number; readonly liveSessionsPerSecond: number };
  /** Pooled over the seeds: one per corpus, plus `all` when both were replayed. */
  readonly summaries: Readonly<Record<string, DetectionSummary>>;
  readonly runs: readonly RunSummary[];
}

export function buildReport(
  runs: readonly ReplayResult[],
  context: Omit<DetectionReport, 'summaries' | 'runs'>,
): DetectionReport {
  const corpora = [...new Set(runs.map((r) => r.corpus))];
  const summaries: Record<string, DetectionSummary> = {};
  for (const c of corpora) summaries[c] = summarize(addCounts(runs.filter((r) => r.corpus === c).map((r) => r.counts)));
  if (corpora.length > 1) summaries.all = summarize(addCounts(runs.map((r) => r.counts)));
  return {
    ...context,
    summaries,
    runs: runs.map((r) => ({
      corpus: r.corpus,
      seed: r.seed,
      seconds: r.seconds,
      sessionsSent: r.sessionsSent,
      spansSent: r.spansSent,
      findingRecords: r.findingRecords,
      digestTimeouts: r.digestTimeouts,
      settled: r.settled,
      wardenTimeToDetect: r.wardenTimeToDetect,
      targets: Object.fromEntries(summarize(r.counts).targets.map((t) => [t.id, t.measured])),
      outcomes: r.outcomes,
    })),
  };
}

export function renderMarkdown(report: DetectionReport): string {
  const out: string[] = [];
  const seeds = report.seeds.length === 1 ? `seed ${report.seeds[0]}` : `seeds ${report.seeds.join(', ')}`;
  const s = report.settings;
  out.push(
    `Detection quality, ${seeds}; ${report.warden}, ${s.agentsPerType} agents per type (x5 types), ` +
      `${s.historySessions} history sessions over 7 days, ${s.liveSessions} ordinary live sessions plus the scenarios at ${s.liveSessionsPerSecond}/s; ${report.machine}.`,
    '',
  );
  for (const [corpus, summary] of Object.entries(report.summaries)) {
    out.push(`### ${corpus === 'all' ? 'Both corpora together' : `Corpus: ${corpus}`}`, '', ...scenarioTable(summary), '', ...targetTable(summary), '', ...notes(summary, corpus, report), '');
  }
  return out.join('\n');
}

function scenarioTable(summary: DetectionSummary): string[] {
  const rows = summary.scenarios.map((r) =>
    [
      `${r.scenario}${r.executedAttack ? ' \\*' : ''}`,
      r.expected,
      String(r.atLeastHigh.total),
      cell(r.recall),
      cell(r.atLeastHigh),
      cell(r.inBand),
      r.timeToDetectP50Ms === null ? '-' : `${ms(r.timeToDetectP50Ms)} / ${ms(r.timeToDetectP99Ms ?? 0)}`,
    ].join(' | '),
  );
  return [
    '| scenario | expected | trigger sessions | recall (at expected) | at >= High | within expected band | time to detect p50 / p99 |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r} |`),
    '',
    '\\* executed attack: a security scenario expected at High or above (the ">= 90% at High" target counts these).',
  ];
}

function targetTable(summary: DetectionSummary): string[] {
  return [
    '| target | goal | measured | |',
    '|---|---|---|---|',
    ...summary.targets.map((t) => `| ${t.what} | ${t.target} | ${t.measured} | ${t.met === null ? 'not measured' : t.met ? 'met' : '**not met**'} |`),
  ];
}

function notes(summary: DetectionSummary, corpus: string, report: DetectionReport): string[] {
  const fp = summary.falsePositivesPerAgentDay;
  const fpPace = summary.falsePositivesPerAgentDayAtHistoryPace;
  const runs = report.runs.filter((r) => corpus === 'all' || r.corpus === corpus);
  const warden = runs.filter((r) => r.wardenTimeToDetect !== null).map((r) => `${ms(r.wardenTimeToDetect?.p50Ms ?? 0)} / ${ms(r.wardenTimeToDetect?.p99Ms ?? 0)}`);
  const lines = [
    `- Recall at each scenario's expected minimum, all scenarios: ${cell(summary.recallAtExpectedMin)}.`,
    `- False positives (benign sessions at Medium or above) per agent-day: ${fp === null ? '-' : round(fp)} over ${summary.liveAgentDays} live agent-days` +
      `${fpPace === null ? '' : `; ${round(fpPace)} at the pace of a history day`}.`,
    `- Benign sessions at Medium or above, split: ordinary ${cell(summary.ordinaryAtMedium)}; look-alikes written to resemble attacks ${cell(summary.lookalikesAtMedium)}.`,
    `- High/Critical sessions counted as attacks include ${summary.highPlusSetupSessions} setup sessions of attack campaigns (the slow leak's earlier sessions, the memory write before the poisoned read); ` +
      `without them: ${cell(withoutSetup(summary))}.`,
    `- While learning (history phase), ordinary sessions at Medium or above: ${cell(summary.historyFlagged)}.`,
    `- Warden's own time to detect (its histogram: span received → finding delivered, every record of the live phase), p50 / p99 per seed: ${warden.length > 0 ? warden.join('; ') : '-'}.`,
  ];
  const misses = summary.scenarios.flatMap((r) =>
    Object.entries(r.outOfBand).map(([variant, byWorst]) => `${r.scenario}/${variant} (${Object.entries(byWorst).map(([w, n]) => `${n}x ${w}`).join(', ')})`),
  );
  if (misses.length > 0) lines.push(`- Outside the expected band (worst finding): ${misses.join('; ')}.`);
  if (summary.unmatchedSessions > 0) lines.push(`- ${summary.unmatchedSessions} sessions with findings were not sent by the replay (counted against precision when High+).`);
  const timeouts = runs.reduce((n, r) => n + r.digestTimeouts, 0);
  const unsettled = runs.filter((r) => !r.settled).length;
  if (timeouts > 0 || unsettled > 0) lines.push(`- Warning: Warden was still busy when the harness stopped waiting (${timeouts} history days, ${unsettled} run ends): figures may be low.`);
  return lines;
}

function withoutSetup(s: DetectionSummary): Ratio {
  const hits = s.highPrecision.hits - s.highPlusSetupSessions;
  const total = s.highPrecision.total - s.highPlusSetupSessions;
  return { hits, total, share: total === 0 ? null : hits / total };
}

function cell(r: Ratio): string {
  return r.share === null ? '-' : `${pct(r.share)} (${r.hits}/${r.total})`;
}

function ms(n: number): string {
  return `${Math.round(n)} ms`;
}

function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}
