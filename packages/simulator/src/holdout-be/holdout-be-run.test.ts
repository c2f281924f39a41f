/**
 * runSimulation with `corpus: 'holdout-be'`: the same run twice exports the same spans and labels,
 * another seed differs, and the other corpora are unaffected by its existence.
 */
import { recordedRun } from '../../testdata/recorded-run';
import type { ScenarioCorpus } from '../scenarios/corpus';
import { HOLDOUT_BE_VARIANT_PREFIX } from './campaign';

const run = (corpus: ScenarioCorpus | undefined, seed = 'holdout-be-run') => recordedRun(corpus, seed);

describe('runSimulation with the holdout-be corpus', () => {
  it('is deterministic for a seed: the same spans and labels, all labels holdout-be-', async () => {
    const a = await run('holdout-be');
    const b = await run('holdout-be');
    expect(a.report.corpus).toBe('holdout-be');
    expect(a.spans.length).toBe(a.report.spansSent);
    expect(a.spans).toEqual(b.spans);
    expect(a.report.labels).toEqual(b.report.labels);
    expect(a.report.labels.length).toBeGreaterThan(0);
    for (const l of a.report.labels) expect(l.variant.startsWith(HOLDOUT_BE_VARIANT_PREFIX)).toBe(true);
    // Each memory-poisoning story is a labelled setup session followed by its trigger, both live.
    const poisoning = a.report.labels.filter((l) => l.scenario === 'memory_poisoning');
    expect(poisoning.map((l) => `${l.role}/${l.phase}`).sort()).toEqual(['setup/live', 'setup/live', 'trigger/live', 'trigger/live']);
    const other = await run('holdout-be', 'another-seed');
    expect(other.spans).not.toEqual(a.spans);
  });

  it('leaves the other corpora alone: each plays only its own variants, none of them holdout-be-', async () => {
    // The first set's prefix, holdout-, also starts holdout-be-, and holdout-b- and holdout-bd- share its first letters: the check is by the full prefix.
    for (const corpus of ['standard', 'holdout', 'holdout-b', 'holdout-bd'] as const) {
      const r = await run(corpus);
      expect(r.report.corpus).toBe(corpus);
      expect(r.report.labels.length).toBeGreaterThan(0);
      for (const l of r.report.labels) expect(l.variant.startsWith(HOLDOUT_BE_VARIANT_PREFIX)).toBe(false);
    }
  });
});
