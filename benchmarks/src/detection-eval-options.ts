import { parseArgs } from 'node:util';
import { SCENARIO_CORPORA, type ScenarioCorpus } from '@warden/simulator';
import { MODES, type Mode } from './options';

/** `all` replays every corpus, each seed on its own fresh Warden. */
export const CORPORA: readonly CorpusChoice[] = [...SCENARIO_CORPORA, 'all'];
export type Corpus = ScenarioCorpus;
export type CorpusChoice = Corpus | 'all';

export interface DetectionEvalOptions {
  readonly seeds: number;
  /** Seeds run are seedBase, seedBase + 1, ... */
  readonly seedBase: number;
  readonly corpus: CorpusChoice;
  /** How the harness runs Warden: one embedded process, one process over Kafka, or the four services over Kafka. */
  readonly mode: Mode;
  /** Kafka bootstrap address for the Kafka modes; unset: the local broker of `npm run kafka:up`, started if none serves. */
  readonly brokers?: string;
  readonly agentsPerType: number;
  readonly historySessions: number;
  readonly liveSessions: number;
  readonly liveSessionsPerSecond: number;
  /** A Warden already running: its OTLP gRPC `host:port`, findings file and /metrics URLs. */
  readonly existing?: { readonly endpoint: string; readonly alertsFile: string; readonly metricsUrls: readonly string[] };
  /** Where the JSON results go; default benchmarks/results/detection-<corpus>.json. */
  readonly out?: string;
  /** Where to write each session counted against Warden with the rules behind it (see detection-eval-explain.ts); unset: not written. */
  readonly explain?: string;
}

export const USAGE =
  `npm run bench:detection -- [--seeds 3] [--seed-base 1] [--corpus ${CORPORA.join('|')}]\n` +
  '                           [--mode embedded|kafka|kafka-services] [--brokers host:port]\n' +
  '                           [--agents-per-type 2] [--history 600] [--live 100] [--rate 4] [--out FILE] [--explain FILE]\n' +
  '                           [--endpoint host:port --alerts-file FILE [--metrics http://127.0.0.1:9464/metrics]]';

export function parseDetectionEvalOptions(argv: readonly string[]): DetectionEvalOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      seeds: { type: 'string', default: '3' },
      'seed-base': { type: 'string', default: '1' },
      corpus: { type: 'string', default: 'standard' },
      mode: { type: 'string', default: 'embedded' },
      brokers: { type: 'string' },
      'agents-per-type': { type: 'string', default: '2' },
      history: { type: 'string', default: '600' },
      live: { type: 'string', default: '100' },
      rate: { type: 'string', default: '4' },
      endpoint: { type: 'string' },
      'alerts-file': { type: 'string' },
      metrics: { type: 'string', multiple: true },
      out: { type: 'string' },
      explain: { type: 'string' },
    },
  });
  const int = (name: string, v: string | undefined, min: number) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} expects a whole number >= ${min}, got "${String(v)}"`);
    return n;
  };
  const corpus = values.corpus as CorpusChoice;
  if (!CORPORA.includes(corpus)) throw new Error(`--corpus expects one of ${CORPORA.join(', ')}, got "${String(values.corpus)}"`);
  const mode = values.mode as Mode;
  if (!MODES.includes(mode)) throw new Error(`--mode expects one of ${MODES.join(', ')}, got "${String(values.mode)}"`);
  const rate = Number(values.rate);
  if (!(rate > 0) || !Number.isFinite(rate)) throw new Error(`--rate expects live sessions per second > 0, got "${String(values.rate)}"`);
  const seeds = int('seeds', values.seeds, 1);
  if (values.explain !== undefined && values.explain.trim() === '') throw new Error('--explain expects the path of a JSON file to write the flagged sessions to');

  let existing: DetectionEvalOptions['existing'];
  if (values.endpoint !== undefined || values['alerts-file'] !== undefined || values.metrics !== undefined) {
    if (values.endpoint === undefined || values['alerts-file'] === undefined) {
      throw new Error('a Warden already running needs both --endpoint host:port (its OTLP gRPC receiver) and --alerts-file FILE (its WARDEN_ALERTS_FILE)');
    }
    // Each seed replays a week of history for the same agent ids: on one Warden the weeks would
    // pile up in the same baselines, and the figures would describe neither.
    if (seeds > 1 || corpus === 'all') {
      throw new Error(
        'with --endpoint the harness replays one seed of one corpus (--seeds 1, one --corpus): histories of several would mix in that ' +
          "Warden's baselines. Restart it with a fresh WARDEN_DATA_DIR and use --seed-base for the next seed, or leave out --endpoint to let the harness start a fresh Warden per seed.",
      );
    }
    const metricsUrls = (values.metrics ?? ['http://127.0.0.1:9464/metrics']).flatMap((m) => m.split(',')).map((m) => m.trim()).filter(Boolean);
    for (const u of metricsUrls) {
      if (!/^https?:\/\//.test(u)) throw new Error(`--metrics expects the URL of Warden's /metrics (e.g. http://127.0.0.1:9464/metrics), got "${u}"`);
    }
    existing = { endpoint: values.endpoint, alertsFile: values['alerts-file'], metricsUrls };
  }

  return {
    seeds,
    seedBase: int('seed-base', values['seed-base'], 0),
    corpus,
    mode,
    ...(values.brokers === undefined ? {} : { brokers: values.brokers }),
    agentsPerType: int('agents-per-type', values['agents-per-type'], 1),
    historySessions: int('history', values.history, 1),
    liveSessions: int('live', values.live, 1),
    liveSessionsPerSecond: rate,
    ...(existing === undefined ? {} : { existing }),
    ...(values.out === undefined ? {} : { out: values.out }),
    ...(values.explain === undefined ? {} : { explain: values.explain }),
  };
}

export function corporaOf(choice: CorpusChoice): Corpus[] {
  return choice === 'all' ? [...SCENARIO_CORPORA] : [choice];
}
