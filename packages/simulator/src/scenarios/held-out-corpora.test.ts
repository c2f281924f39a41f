/**
 * What every held-out corpus promises, checked once for all of them (each corpus's own test file
 * keeps what is particular to it): its labels carry its prefix and the catalogue's expectations,
 * it has more look-alikes than any attack family has variants, its variant names and payloads are
 * its own, and it plays the same history plan as the standard corpus.
 */
import { CORPUS_INDICATORS } from '../../testdata/corpus-indicators';
import { bareVariantName } from '../../testdata/held-out-sessions';
import { spanText } from '../../testdata/span-readers';
import { Prng } from '../prng';
import { generateTraffic, type SimulatedTraffic } from '../traffic';
import { SCENARIO_EXPECTATIONS, SCENARIO_IDS, type ScenarioId } from './catalogue';
import { corpusOfVariant, SCENARIO_CORPORA, scenarioBuilders, type ScenarioCorpus } from './corpus';

const NOW = Date.UTC(2026, 10, 21, 12);
const HELD_OUT = SCENARIO_CORPORA.filter((c) => c !== 'standard');
/** Traffic of `corpus` from the seed `seed` (each corpus's own name unless told). */
const traffic = (corpus: ScenarioCorpus, historySessions: number, liveSessions: number, seed: string = corpus): SimulatedTraffic =>
  generateTraffic({ seed, agentsPerType: 2, historySessions, liveSessions, scenarios: 'all', nowMs: NOW, corpus });
/** Small traffic of every corpus, all of it (ordinary sessions included), generated once. */
const smallText = new Map(SCENARIO_CORPORA.map((c) => [c, traffic(c, 20, 10).sessions.flatMap((s) => s.spans.map(spanText)).join('\n')]));
const variantsOf = (corpus: ScenarioCorpus, id: ScenarioId): string[] => scenarioBuilders(corpus)[id]({ rng: new Prng('ids'), leakWindowHours: 4 }).map((c) => c.variant);
const historyPlan = (t: SimulatedTraffic): string[] => t.sessions.filter((s) => s.phase === 'history' && s.scenario === 'benign').map((s) => `${s.agent.agentId}@${s.startTimeMs}`);

describe.each(HELD_OUT)('the held-out corpus %s', (corpus) => {
  const full = traffic(corpus, 150, 30);
  const attacks = full.sessions.filter((s) => s.scenario !== 'benign');

  it("labels every attack session with its own prefix and the catalogue's expectations, and triggers every scenario", () => {
    expect(full.labels.length).toBe(attacks.length);
    for (const l of full.labels) {
      expect([l.variant, corpusOfVariant(l.variant)]).toEqual([l.variant, corpus]);
      const e = SCENARIO_EXPECTATIONS[l.scenario];
      expect([l.scenarioNumber, l.expectedCategory, l.expectedMinSeverity, l.expectedMaxSeverity]).toEqual([e.number, e.category, e.minSeverity, e.maxSeverity]);
    }
    const triggered = new Set(full.labels.filter((l) => l.role === 'trigger').map((l) => l.scenario));
    expect([...triggered].sort()).toEqual([...SCENARIO_IDS].sort());
  });

  it('has more benign look-alikes than any attack family has variants', () => {
    const largestAttack = Math.max(...SCENARIO_IDS.filter((id) => SCENARIO_EXPECTATIONS[id].category !== 'none').map((id) => variantsOf(corpus, id).length));
    expect(variantsOf(corpus, 'benign_lookalike').length).toBeGreaterThan(largestAttack);
  });

  it('names its variants once, and no other corpus uses any of those names', () => {
    for (const id of SCENARIO_IDS) {
      const mine = variantsOf(corpus, id);
      expect(new Set(mine).size).toBe(mine.length);
      const others = new Set(SCENARIO_CORPORA.filter((c) => c !== corpus).flatMap((c) => variantsOf(c, id).map(bareVariantName)));
      expect(mine.filter((v) => others.has(bareVariantName(v)))).toEqual([]);
    }
  });

  it("carries no other corpus's payload, and neither its ordinary traffic nor any other corpus carries its own", () => {
    const attackText = attacks.flatMap((s) => s.spans.map(spanText)).join('\n');
    const foreign = SCENARIO_CORPORA.filter((c) => c !== corpus).flatMap((c) => CORPUS_INDICATORS[c]);
    expect(foreign.filter((i) => attackText.includes(i))).toEqual([]);
    const benign = full.sessions.filter((s) => s.scenario === 'benign' || s.scenario === 'benign_lookalike').flatMap((s) => s.spans.map(spanText)).join('\n');
    expect(CORPUS_INDICATORS[corpus].filter((i) => benign.includes(i))).toEqual([]);
    for (const other of SCENARIO_CORPORA.filter((c) => c !== corpus)) {
      const text = smallText.get(other) as string;
      expect([other, CORPUS_INDICATORS[corpus].filter((i) => text.includes(i))]).toEqual([other, []]);
    }
  });

  it('plays history from the same plan as the standard corpus: same agents at the same times', () => {
    expect(historyPlan(full)).toEqual(historyPlan(traffic('standard', 150, 30, corpus)));
    expect(full.sessions.filter((s) => s.phase === 'live' && s.scenario === 'benign')).toHaveLength(30);
  });
});
