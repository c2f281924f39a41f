/**
 * runSimulation with `corpus: 'holdout-bb'`: the same run twice exports the same spans and labels,
 * another seed differs, and the other corpora are unaffected by its existence.
 */
import { recordedRun } from '../../testdata/recorded-run';
import type { ScenarioCorpus } from '../scenarios/corpus';
import { HOLDOUT_BB_VARIANT_PREFIX } from './campaign';

const run = (corpus: ScenarioCorpus | undefined, seed = 'holdout-bb-run') => recordedRun(corpus, seed);

describe('runSimulation with the holdout-bb corpus', () => {
  it('is deterministic for a seed: the same spans and labels, all labels holdout-bb-', async () => {
    const a = await run('holdout-bb');
    const b = await run('holdout-bb');
    expect(a.report.corpus).toBe('holdout-bb');
    expect(a.spans.length).toBe(a.report.spansSent);
    expect(a.spans).toEqual(b.spans);
    expect(a.report.labels).toEqual(b.report.labels);
    expect(a.report.labels.length).toBeGreaterThan(0);
    for (const l of a.report.labels) expect(l.variant.startsWith(HOLDOUT_BB_VARIANT_PREFIX)).toBe(true);
    // Each memory-poisoning story is a labelled setup session followed by its trigger, both live.
    const poisoning = a.report.labels.filter((l) => l.scenario === 'memory_poisoning');
    expect(poisoning.map((l) => `${l.role}/${l.phase}`).sort()).toEqual(['setup/live', 'setup/live', 'trigger/live', 'trigger/live']);
    const other = await run('holdout-bb', 'another-seed');
    expect(other.spans).not.toEqual(a.spans);
  });

  it('leaves the other corpora alone: each plays only its own variants, none of them holdout-bb-', async () => {
    // The first set's prefix, holdout-, also starts holdout-bb-, and holdout-b- and holdout-ba- share its first letters: the check is by the full prefix.
    for (const corpus of ['standard', 'holdout', 'holdout-b', 'holdout-ba'] as const) {
      const r = await run(corpus);
      expect(r.report.corpus).toBe(corpus);
      expect(r.report.labels.length).toBeGreaterThan(0);
      for (const l of r.report.labels) expect(l.variant.startsWith(HOLDOUT_BB_VARIANT_PREFIX)).toBe(false);
    }
  });
});
