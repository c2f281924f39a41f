/**
 * What every held-out corpus promises, checked for each of them (each corpus's own test file keeps
 * what is particular to it): its labels carry its prefix and the catalogue's expectations, it has
 * more look-alikes than any attack family has variants, its variant names and payloads are its own,
 * and it plays the same history plan as the standard corpus. The corpora are split over three test
 * files (`scenarios/held-out-corpora*.test.ts`) so that each stays quick as sets are added.
 */
import { Prng } from '../src/prng';
import { SCENARIO_EXPECTATIONS, SCENARIO_IDS, type ScenarioId } from '../src/scenarios/catalogue';
import { corpusOfVariant, SCENARIO_CORPORA, scenarioBuilders, type ScenarioCorpus } from '../src/scenarios/corpus';
import { generateTraffic, type SimulatedTraffic } from '../src/traffic';
import { corpusDigest } from './corpus-digest';
import { CORPUS_INDICATORS } from './corpus-indicators';
import { bareVariantName } from './held-out-sessions';
import { spanText } from './span-readers';

const NOW = Date.UTC(2026, 10, 21, 12);
/** Every held-out corpus, oldest first: written to the catalogue's brief (a public set is not; it has its own tests). */
export const HELD_OUT_CORPORA = SCENARIO_CORPORA.filter((c) => c.startsWith('holdout'));

/** One third of the held-out corpora (0 oldest .. 2 newest), so each test file stays quick as sets are added. */
export function heldOutThird(part: 0 | 1 | 2): ScenarioCorpus[] {
  const size = Math.ceil(HELD_OUT_CORPORA.length / 3);
  return HELD_OUT_CORPORA.slice(part * size, (part + 1) * size);
}
/** Traffic of `corpus` from the seed `seed` (each corpus's own name unless told). */
const traffic = (corpus: ScenarioCorpus, historySessions: number, liveSessions: number, seed: string = corpus): SimulatedTraffic =>
  generateTraffic({ seed, agentsPerType: 2, historySessions, liveSessions, scenarios: 'all', nowMs: NOW, corpus });
const variantsOf = (corpus: ScenarioCorpus, id: ScenarioId): string[] => scenarioBuilders(corpus)[id]({ rng: new Prng('ids'), leakWindowHours: 4 }).map((c) => c.variant);
/** The brief each corpus was written to: variants per attack family, ignored injections and look-alikes, as [min, max]. */
interface VariantBrief {
  readonly attack: readonly [number, number];
  readonly ignored: readonly [number, number];
  readonly lookalike: readonly [number, number];
}
const EARLY: VariantBrief = { attack: [2, 3], ignored: [2, 3], lookalike: [0, Infinity] };
const WIDER: VariantBrief = { attack: [2, 3], ignored: [3, 4], lookalike: [4, Infinity] };
const THICKER: VariantBrief = { attack: [2, 3], ignored: [4, 4], lookalike: [6, Infinity] };
const FIXED: VariantBrief = { attack: [2, 3], ignored: [5, 5], lookalike: [7, 7] };
const FIXED_WIDER_LOOKALIKES: VariantBrief = { attack: [2, 3], ignored: [5, 5], lookalike: [8, 8] };
const VARIANT_BRIEFS: Partial<Record<ScenarioCorpus, VariantBrief>> = {
  'holdout-b': EARLY,
  'holdout-c': EARLY,
  'holdout-d': EARLY,
  'holdout-e': WIDER,
  'holdout-f': WIDER,
  'holdout-g': WIDER,
  'holdout-h': THICKER,
  'holdout-i': THICKER,
  'holdout-j': FIXED,
  'holdout-k': FIXED,
  'holdout-l': FIXED,
  'holdout-m': FIXED_WIDER_LOOKALIKES,
  'holdout-n': FIXED_WIDER_LOOKALIKES,
  'holdout-o': FIXED_WIDER_LOOKALIKES,
  'holdout-p': FIXED_WIDER_LOOKALIKES,
  'holdout-q': FIXED_WIDER_LOOKALIKES,
  'holdout-r': FIXED_WIDER_LOOKALIKES,
  'holdout-s': FIXED,
  'holdout-t': FIXED,
  'holdout-u': FIXED,
  'holdout-v': FIXED,
  'holdout-w': FIXED,
  'holdout-x': FIXED,
  'holdout-y': FIXED,
  'holdout-z': FIXED,
  'holdout-aa': FIXED,
  'holdout-ab': FIXED,
  'holdout-ac': FIXED,
  'holdout-ad': FIXED,
  'holdout-ae': FIXED,
  'holdout-af': FIXED,
  'holdout-ag': FIXED,
  'holdout-ah': FIXED,
  'holdout-ai': FIXED,
  'holdout-aj': FIXED,
  'holdout-ak': FIXED,
  'holdout-al': FIXED,
  'holdout-am': FIXED,
  'holdout-an': FIXED,
  'holdout-ao': FIXED,
  'holdout-ap': FIXED,
  'holdout-aq': FIXED,
  'holdout-ar': FIXED,
  'holdout-as': FIXED,
  'holdout-at': FIXED,
  'holdout-au': FIXED,
  'holdout-av': FIXED,
  'holdout-aw': FIXED,
  'holdout-ax': FIXED,
  'holdout-ay': FIXED,
  'holdout-az': FIXED,
  'holdout-ba': FIXED,
  'holdout-bb': FIXED,
  'holdout-bc': FIXED,
  'holdout-bd': FIXED,
  'holdout-be': FIXED,
};
const historyPlan = (t: SimulatedTraffic): string[] => t.sessions.filter((s) => s.phase === 'history' && s.scenario === 'benign').map((s) => `${s.agent.agentId}@${s.startTimeMs}`);

/** Declares the shared checks for `corpora` (call at the top level of a test file). */
export function describeHeldOutCorpora(corpora: readonly ScenarioCorpus[]): void {
  describe.each(corpora)('the held-out corpus %s', (corpus) => {
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

    // The first held-out corpus was written before briefs set counts.
    const brief = VARIANT_BRIEFS[corpus];
    if (brief !== undefined) it('keeps the standard ids with as many variants per family as its brief asked', () => {
      for (const id of SCENARIO_IDS) {
        const campaigns = scenarioBuilders(corpus)[id]({ rng: new Prng('ids'), leakWindowHours: 4 });
        const [min, max] = id === 'benign_lookalike' ? brief.lookalike : id === 'injection_ignored' ? brief.ignored : brief.attack;
        expect([id, campaigns.length >= min && campaigns.length <= max]).toEqual([id, true]);
        for (const c of campaigns) expect([c.variant, c.scenario, corpusOfVariant(c.variant)]).toEqual([c.variant, id, corpus]);
      }
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
        const { text } = corpusDigest(other);
        expect([other, CORPUS_INDICATORS[corpus].filter((i) => text.includes(i))]).toEqual([other, []]);
      }
    });

    it('plays history from the same plan as the standard corpus: same agents at the same times', () => {
      expect(historyPlan(full)).toEqual(historyPlan(traffic('standard', 150, 30, corpus)));
      expect(full.sessions.filter((s) => s.phase === 'live' && s.scenario === 'benign')).toHaveLength(30);
    });
  });
}
