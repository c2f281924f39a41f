import { SCENARIO_EXPECTATIONS, type ScenarioId, type ScenarioLabel } from '@warden/simulator';
import { countReplay, type Severity } from './detection-eval-metrics';
import type { Corpus } from './detection-eval-options';
import type { ReplayResult } from './detection-eval-replay';
import { buildReport, renderMarkdown } from './detection-eval-report';

function run(corpus: Corpus, seed: number, caught: Severity): ReplayResult {
  const sessions = (['tool_chaining', 'injection_ignored'] as ScenarioId[]).map((scenario) => {
    const e = SCENARIO_EXPECTATIONS[scenario];
    const label = {
      sessionId: `${scenario}-${seed}`,
      scenario,
      variant: `${corpus === 'holdout' ? 'holdout-' : ''}v1`,
      role: 'trigger',
      phase: 'live',
      expectedCategory: e.category,
      expectedMinSeverity: e.minSeverity,
      expectedMaxSeverity: e.maxSeverity,
      trigger: { traceId: 't', spanId: `s-${scenario}`, spanName: 'x', timeMs: 0 },
    } as unknown as ScenarioLabel;
    return { sessionId: label.sessionId, agentId: 'a', phase: 'live' as const, day: 1, label };
  });
  const counts = countReplay({
    sessions,
    findings: [
      { sessionId: `tool_chaining-${seed}`, severity: caught, category: 'security', seenAtMs: 1_300, signals: [] },
      { sessionId: `injection_ignored-${seed}`, severity: 'low', category: 'security', seenAtMs: 1_100, signals: [] },
    ],
    exportedAtMs: new Map([['t/s-tool_chaining', 1_000]]),
  });
  return { corpus, seed, counts, sessionsSent: 2, spansSent: 20, findingRecords: 2, seconds: 1, wardenTimeToDetect: { p50Ms: 20, p99Ms: 40 }, digestTimeouts: 0, settled: true, outcomes: {}, explained: [] };
}

const context = {
  generatedAt: '2026-11-21T00:00:00.000Z',
  machine: '2 cores',
  warden: 'per seed a fresh `warden start`',
  seeds: [1, 2],
  settings: { agentsPerType: 2, historySessions: 600, liveSessions: 100, liveSessionsPerSecond: 4 },
};

describe('buildReport / renderMarkdown', () => {
  it('pools the seeds of a corpus and marks each target met or not met', () => {
    const report = buildReport([run('standard', 1, 'high'), run('standard', 2, 'medium')], { ...context, corpus: 'standard' });
    expect(Object.keys(report.summaries)).toEqual(['standard']);
    expect(report.runs.map((r) => r.targets.executed_at_high)).toEqual(['100% (1/1)', '0% (0/1)']);
    const md = renderMarkdown(report);
    expect(md).toMatch(/^Detection quality, seeds 1, 2; per seed a fresh `warden start`, 2 agents per type/);
    expect(md).toContain('| tool_chaining \\* | >= high | 2 | 50% (1/2) | 50% (1/2) | 50% (1/2) | 300 ms / 300 ms |');
    expect(md).toContain('| executed attacks at High or above | >= 90% | 50% (1/2) | **not met** |');
    expect(md).toContain('| ignored injections visible at Low..Medium | 100% | 100% (2/2) | met |');
    expect(md).toContain('| benign sessions at Medium or above | <= 2% | nothing to measure | not measured |');
    expect(md).toContain('20 ms / 40 ms; 20 ms / 40 ms');
    expect(md).toContain('- Outside the expected band (worst finding): tool_chaining/v1 (1x medium).');
    expect(md).toContain('- Benign sessions at Medium or above, split: ordinary -; look-alikes written to resemble attacks -.');
  });

  it('adds a combined summary when both corpora were replayed', () => {
    const report = buildReport([run('standard', 1, 'high'), run('holdout', 1, 'critical')], { ...context, seeds: [1], corpus: 'all' });
    expect(Object.keys(report.summaries)).toEqual(['standard', 'holdout', 'all']);
    expect(report.summaries.all?.executedAtHigh).toEqual({ hits: 2, total: 2, share: 1 });
    expect(renderMarkdown(report)).toContain('### Both corpora together');
  });
});
