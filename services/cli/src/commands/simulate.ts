import { SCENARIO_CORPORA, SCENARIO_IDS, runSimulation, type ScenarioCorpus, type ScenarioId, type SimulationProgress, type SimulationReport } from '@warden/simulator';
import { parseOptions, UsageError } from '../cli';
import { ProgressLine } from './progress-line';

export const SIMULATE_OPTIONS = {
  endpoint: { type: 'string' },
  protocol: { type: 'string', default: 'grpc' },
  token: { type: 'string' },
  seed: { type: 'string', default: '1' },
  'agents-per-type': { type: 'string', default: '2' },
  history: { type: 'string', default: '400' },
  live: { type: 'string', default: '40' },
  rate: { type: 'string', default: '4' },
  scenarios: { type: 'string', default: 'all' },
  // Any of SCENARIO_CORPORA; the held-out ones play attack sessions written apart from the detection rules (docs/scenarios.md).
  corpus: { type: 'string', default: 'standard' },
  labels: { type: 'string' },
} as const;

function intOption(values: Record<string, unknown>, name: string, min: number): number {
  const raw = String(values[name]);
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} expects a whole number >= ${min}, got "${raw}"`);
  return n;
}

export interface SimulateArgs {
  readonly endpoint: string;
  readonly protocol: 'grpc' | 'http/protobuf' | 'http/json';
  readonly token?: string;
  readonly seed: number;
  readonly agentsPerType: number;
  readonly historySessions: number;
  readonly liveSessions: number;
  readonly liveSessionsPerSecond: number;
  readonly scenarios: 'all' | ScenarioId[];
  readonly corpus: ScenarioCorpus;
  readonly labelsFile?: string;
}

export function parseSimulateArgs(args: readonly string[], requireEndpoint = true): SimulateArgs {
  const v = parseOptions(args, SIMULATE_OPTIONS);
  if (requireEndpoint && !v.endpoint) throw new UsageError('simulate needs --endpoint host:port (the Warden OTLP receiver, e.g. localhost:4317)');
  const protocol = String(v.protocol);
  if (protocol !== 'grpc' && protocol !== 'http/protobuf' && protocol !== 'http/json') {
    throw new UsageError(`--protocol expects grpc, http/protobuf or http/json, got "${protocol}"`);
  }
  const rate = Number(v.rate);
  if (!(rate > 0)) throw new UsageError(`--rate expects live sessions per second > 0, got "${String(v.rate)}"`);
  const scenarios = String(v.scenarios) === 'all' ? 'all' : String(v.scenarios).split(',').map((s) => s.trim()).filter(Boolean);
  if (scenarios !== 'all') {
    const unknown = scenarios.filter((s) => !(SCENARIO_IDS as readonly string[]).includes(s));
    if (unknown.length > 0) throw new UsageError(`--scenarios: unknown ${unknown.join(', ')}; choose from all, ${SCENARIO_IDS.join(', ')}`);
  }
  const corpus = String(v.corpus);
  if (!(SCENARIO_CORPORA as readonly string[]).includes(corpus)) {
    throw new UsageError(`--corpus expects one of ${SCENARIO_CORPORA.join(', ')}, got "${corpus}"`);
  }
  return {
    endpoint: String(v.endpoint ?? ''),
    protocol,
    ...(typeof v.token === 'string' ? { token: v.token } : {}),
    seed: intOption(v, 'seed', 0),
    agentsPerType: intOption(v, 'agents-per-type', 1),
    historySessions: intOption(v, 'history', 0),
    liveSessions: intOption(v, 'live', 0),
    liveSessionsPerSecond: rate,
    scenarios: scenarios as 'all' | ScenarioId[],
    corpus: corpus as ScenarioCorpus,
    ...(typeof v.labels === 'string' ? { labelsFile: v.labels } : {}),
  };
}

export function simulationOptions(a: SimulateArgs, onProgress: (p: SimulationProgress) => void) {
  return {
    endpoint: a.endpoint,
    protocol: a.protocol,
    ...(a.token ? { headers: { authorization: `Bearer ${a.token}` } } : {}),
    seed: a.seed,
    agentsPerType: a.agentsPerType,
    historySessions: a.historySessions,
    liveSessions: a.liveSessions,
    liveSessionsPerSecond: a.liveSessionsPerSecond,
    scenarios: a.scenarios,
    corpus: a.corpus,
    ...(a.labelsFile ? { labelsFile: a.labelsFile } : {}),
    onProgress,
  };
}

export async function runSimulate(args: readonly string[]): Promise<number> {
  const a = parseSimulateArgs(args);
  const line = new ProgressLine(process.stderr);
  const report: SimulationReport = await runSimulation(
    simulationOptions(a, (p) => line.update(`${p.phase}: ${p.sessionsSent}/${p.sessionsTotal} sessions, ${p.spansSent} spans sent`)),
  );
  line.done(
    `sent ${report.spansSent} spans in ${report.sessionsSent} sessions (${report.labels.filter((l) => l.role === 'trigger').length} labelled ${a.corpus} scenario sessions) to ${a.endpoint}` +
      (a.labelsFile ? `; labels in ${a.labelsFile}` : ''),
  );
  return 0;
}
