import { compareOutcomes } from './detection-eval-compare';
import type { DetectionReport, RunSummary } from './detection-eval-report';

const run = (seed: number, outcomes: Record<string, string>) => ({ corpus: 'standard', seed, outcomes }) as unknown as RunSummary;
const report = (...runs: RunSummary[]) => ({ runs }) as unknown as DetectionReport;

describe('compareOutcomes', () => {
  it('finds the sessions whose worst severity differs, including one only one side flagged', () => {
    const a = report(run(1, { s1: 'security:high', s2: 'security:low' }));
    const b = report(run(1, { s1: 'security:high', s3: 'security:medium' }));
    expect(compareOutcomes(a, b)).toEqual([
      { run: 'standard seed 1', sessionId: 's2', left: 'security:low', right: 'none' },
      { run: 'standard seed 1', sessionId: 's3', left: 'none', right: 'security:medium' },
    ]);
    expect(compareOutcomes(a, a)).toEqual([]);
  });

  it('refuses reports of different seeds', () => {
    expect(() => compareOutcomes(report(run(1, {})), report(run(2, {})))).toThrow(/no run of standard seed 1/);
  });
});
