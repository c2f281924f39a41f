/**
 * runSimulation with `corpus: 'holdout'`: the same run twice exports the same spans and labels,
 * and choosing `standard` explicitly changes nothing.
 */
import { InvalidInputError } from '@warden/core';
import { recordedRun } from '../../testdata/recorded-run';
import type { ScenarioCorpus } from '../scenarios/corpus';
import { generateTraffic } from '../traffic';
import { HOLDOUT_VARIANT_PREFIX } from './campaign';

const NOW = Date.UTC(2026, 10, 21, 12);
const run = (corpus: ScenarioCorpus | undefined, seed = 'holdout-run') => recordedRun(corpus, seed);

describe('runSimulation with the holdout corpus', () => {
  it('is deterministic for a seed: the same spans and labels, all labels holdout-', async () => {
    const a = await run('holdout');
    const b = await run('holdout');
    expect(a.report.corpus).toBe('holdout');
    expect(a.spans.length).toBe(a.report.spansSent);
    expect(a.spans).toEqual(b.spans);
    expect(a.report.labels).toEqual(b.report.labels);
    expect(a.report.labels.length).toBeGreaterThan(0);
    for (const l of a.report.labels) expect(l.variant.startsWith(HOLDOUT_VARIANT_PREFIX)).toBe(true);
    const other = await run('holdout', 'another-seed');
    expect(other.spans).not.toEqual(a.spans);
  });

  it('leaves the standard corpus as it was: default and explicit standard are identical, and differ from holdout', async () => {
    const byDefault = await run(undefined);
    const explicit = await run('standard');
    const holdout = await run('holdout');
    expect(byDefault.report.corpus).toBe('standard');
    expect(explicit.spans).toEqual(byDefault.spans);
    expect(explicit.report.labels).toEqual(byDefault.report.labels);
    for (const l of byDefault.report.labels) expect(l.variant.startsWith(HOLDOUT_VARIANT_PREFIX)).toBe(false);
    expect(holdout.report.labels.map((l) => l.variant)).not.toEqual(byDefault.report.labels.map((l) => l.variant));
    const traffic = { seed: 's', agentsPerType: 2, historySessions: 40, liveSessions: 10, scenarios: 'all', nowMs: NOW } as const;
    expect(JSON.stringify(generateTraffic({ ...traffic, corpus: 'standard' }))).toBe(JSON.stringify(generateTraffic(traffic)));
  });

  it('rejects an unknown corpus with a coded error that lists the known ones', () => {
    const bad = (): unknown => generateTraffic({ seed: 1, agentsPerType: 1, historySessions: 1, liveSessions: 1, scenarios: 'all', nowMs: NOW, corpus: 'private' as ScenarioCorpus });
    expect(bad).toThrow(InvalidInputError);
    expect(bad).toThrow(/unknown corpus "private"; known: standard, holdout/);
  });
});
