import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { deployQueries, flattenPanels, metricNamesIn } from './support/deploy-queries';
import { parseMetricsCatalogue } from './support/metrics-catalogue';

describe('metricNamesIn', () => {
  it.each([
    ['a bare selector', 'warden_sink_spool_records', ['warden_sink_spool_records']],
    ['labels, regex matchers and a Grafana range', 'sum by (protocol, outcome) (rate(warden_receiver_requests_total{outcome=~"malformed|too_large", job="warden"}[$__rate_interval]))', ['warden_receiver_requests_total']],
    ['histogram series mapped to the histogram', 'histogram_quantile(0.99, sum by (le) (rate(warden_time_to_detect_seconds_bucket[5m])))', ['warden_time_to_detect_seconds']],
    ['_sum and _count of one histogram, once', 'rate(warden_risk_score_sum[5m]) / rate(warden_risk_score_count[5m])', ['warden_risk_score']],
    ['aggregation written before its argument, and on/ignoring lists', 'sum without (instance) (a_total) / ignoring (reason) group_left (protocol) sum by (le) (b_total)', ['a_total', 'b_total']],
    ['aggregation modifier after the argument', 'sum(rate(c_total[5m])) by (sink)', ['c_total']],
    ['set operators, bool, offset and durations', 'd > bool 0 and e unless f offset 1h30m or g', ['d', 'e', 'f', 'g']],
    ['numbers, Inf and NaN', '1e3 * h > Inf or h != NaN or 0x1f < h', ['h']],
    ['strings are not metrics', 'label_replace(up, "dst", "not_a_metric", "src", "(.*)")', ['up']],
    ['function calls such as vector() and topk', 'topk(5, i) or count(j == 0) or vector(0)', ['i', 'j']],
    ['recording rules are left out', 'warden:scorer_events:rate5m > 0 unless k', ['k']],
    ['comments', 'l # m_in_a_comment\n+ n', ['l', 'n']],
    ['Grafana variables outside ranges', 'topk(${count}, o) > $threshold', ['o']],
    ['subqueries', 'max_over_time(rate(p_total[1m])[30m:1m])', ['p_total']],
  ])('%s', (_what, expr, expected) => {
    expect(metricNamesIn(expr)).toEqual(expected);
  });
});

describe('deployQueries', () => {
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'warden-deploy-'));
    mkdirSync(path.join(root, 'deploy', 'grafana', 'dashboards'), { recursive: true });
    mkdirSync(path.join(root, 'deploy', 'prometheus', 'rules'), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('collects dashboard targets, including those of collapsed rows, and every rule expression', () => {
    writeFileSync(
      path.join(root, 'deploy', 'grafana', 'dashboards', 'a.json'),
      JSON.stringify({
        panels: [
          { id: 1, type: 'stat', targets: [{ refId: 'A', expr: 'sum(x)' }, { refId: 'B', expr: 'sum(y)' }] },
          { id: 2, type: 'row', collapsed: true, panels: [{ id: 3, type: 'timeseries', targets: [{ refId: 'A', expr: 'rate(z[5m])' }] }] },
          { id: 4, type: 'text' },
        ],
      }),
    );
    writeFileSync(path.join(root, 'deploy', 'grafana', 'dashboards', 'notes.txt'), 'not a dashboard');
    writeFileSync(
      path.join(root, 'deploy', 'prometheus', 'rules', 'r.yml'),
      ['groups:', '  - name: g', '    rules:', '      - record: job:x:sum', '        expr: sum(x)', '      - alert: A', '        expr: |', '          up == 0', '        for: 1m', ''].join('\n'),
    );
    expect(deployQueries(root)).toEqual([
      { file: path.join('deploy', 'grafana', 'dashboards', 'a.json'), expr: 'sum(x)' },
      { file: path.join('deploy', 'grafana', 'dashboards', 'a.json'), expr: 'sum(y)' },
      { file: path.join('deploy', 'grafana', 'dashboards', 'a.json'), expr: 'rate(z[5m])' },
      { file: path.join('deploy', 'prometheus', 'rules', 'r.yml'), expr: 'sum(x)' },
      { file: path.join('deploy', 'prometheus', 'rules', 'r.yml'), expr: 'up == 0' },
    ]);
  });

  it('finds every expression of the shipped dashboards and rules', () => {
    const queries = deployQueries();
    // Counted a second, independent way: from the raw text of the files.
    const repo = path.resolve(__dirname, '..');
    const dashboardsDir = path.join(repo, 'deploy', 'grafana', 'dashboards');
    const dashboardExprs = readdirSync(dashboardsDir)
      .filter((f) => f.endsWith('.json'))
      .reduce((n, f) => n + (readFileSync(path.join(dashboardsDir, f), 'utf8').match(/"expr":/g)?.length ?? 0), 0);
    const ruleExprs = readFileSync(path.join(repo, 'deploy', 'prometheus', 'rules', 'warden-alerts.yml'), 'utf8').match(/^\s+expr:/gm)?.length ?? 0;
    expect(dashboardExprs).toBeGreaterThan(20);
    expect(ruleExprs).toBeGreaterThan(10);
    expect(queries.filter((q) => q.file.endsWith('.json'))).toHaveLength(dashboardExprs);
    expect(queries.filter((q) => q.file.endsWith('.yml'))).toHaveLength(ruleExprs);
    expect(queries).toContainEqual({ file: path.join('deploy', 'prometheus', 'rules', 'warden-alerts.yml'), expr: 'up{job="warden"} == 0' });
  });
});

describe('flattenPanels', () => {
  it('lists rows and the panels inside them', () => {
    const ids = flattenPanels([{ id: 1 }, { id: 2, panels: [{ id: 3 }, { id: 4 }] }]).map((p) => p.id);
    expect(ids).toEqual([1, 2, 3, 4]);
    expect(flattenPanels(undefined)).toEqual([]);
  });
});

describe('parseMetricsCatalogue', () => {
  it('reads metric rows of tables with their type, and warden_ names in prose', () => {
    const doc = [
      '| metric | type | labels | meaning |',
      '|---|---|---|---|',
      '| `warden_a_total` | counter | `protocol` | as |',
      '| `warden_b_seconds` | histogram | | bs |',
      '',
      'Also `warden_c_info{version}` (always 1) and `process_cpu_seconds_total`; `protocol` is a label.',
    ].join('\n');
    expect(parseMetricsCatalogue(doc)).toEqual([
      { name: 'warden_a_total', type: 'counter' },
      { name: 'warden_b_seconds', type: 'histogram' },
      { name: 'warden_c_info', type: undefined },
    ]);
  });
});
