/**
 * runSimulation with `corpus: 'holdout-b'`: the same run twice exports the same spans and labels,
 * another seed differs, and the standard and holdout corpora are unaffected by its existence.
 */
import { recordedRun } from '../../testdata/recorded-run';
import type { ScenarioCorpus } from '../scenarios/corpus';
import { HOLDOUT_B_VARIANT_PREFIX } from './campaign';

const run = (corpus: ScenarioCorpus | undefined, seed = 'holdout-b-run') => recordedRun(corpus, seed);

describe('runSimulation with the holdout-b corpus', () => {
  it('is deterministic for a seed: the same spans and labels, all labels holdout-b-', async () => {
    const a = await run('holdout-b');
    const b = await run('holdout-b');
    expect(a.report.corpus).toBe('holdout-b');
    expect(a.spans.length).toBe(a.report.spansSent);
    expect(a.spans).toEqual(b.spans);
    expect(a.report.labels).toEqual(b.report.labels);
    expect(a.report.labels.length).toBeGreaterThan(0);
    for (const l of a.report.labels) expect(l.variant.startsWith(HOLDOUT_B_VARIANT_PREFIX)).toBe(true);
    // The auditor look-alike's earlier runs are labelled history sessions.
    expect(a.report.labels.filter((l) => l.phase === 'history' && l.variant === 'holdout-b-monthly_report_to_known_auditor')).toHaveLength(2);
    const other = await run('holdout-b', 'another-seed');
    expect(other.spans).not.toEqual(a.spans);
  });

  it('leaves the other corpora alone: each plays only its own variants, none of them holdout-b-', async () => {
    for (const corpus of ['standard', 'holdout'] as const) {
      const r = await run(corpus);
      expect(r.report.corpus).toBe(corpus);
      expect(r.report.labels.length).toBeGreaterThan(0);
      for (const l of r.report.labels) expect(l.variant.startsWith(HOLDOUT_B_VARIANT_PREFIX)).toBe(false);
    }
  });
});
