// The operator-facing artifacts under deploy/ and the root Dockerfile / docker-compose.yml: they are
// not code, so nothing else notices when a metric is renamed, a setting disappears or a mount
// points at a moved file. No container engine runs here; these checks are what keeps them honest.
import { execFile, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadConfig, main, SETTINGS } from '@warden/cli';
import { deployQueries, flattenPanels, metricNamesIn } from './support/deploy-queries';
import { NODE_DEFAULT_METRICS, readMetricsCatalogue } from './support/metrics-catalogue';

const ROOT = path.resolve(__dirname, '..');
const PROMETHEUS_DIR = path.join(ROOT, 'deploy', 'prometheus');
const RULES_FILE = path.join(PROMETHEUS_DIR, 'rules', 'warden-alerts.yml');
const RULE_TESTS_FILE = path.join(PROMETHEUS_DIR, 'tests', 'warden-alerts.test.yml');
const DASHBOARDS_DIR = path.join(ROOT, 'deploy', 'grafana', 'dashboards');
const DATASOURCE = { type: 'prometheus', uid: 'prometheus' };

type Doc = Record<string, unknown>;

const readYaml = (file: string): Doc => parseYaml(readFileSync(file, 'utf8')) as Doc;
const asArray = (v: unknown): Doc[] => (Array.isArray(v) ? (v as Doc[]) : []);
const asRecord = (v: unknown): Doc => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Doc) : {});

function settingDefault(env: string): unknown {
  const spec = Object.values(SETTINGS).find((s) => s.env === env);
  if (!spec) throw new Error(`${env} is not in SETTINGS`);
  return spec.schema.parse(undefined);
}

const catalogue = readMetricsCatalogue();
const catalogueTypes = new Map(catalogue.map((m) => [m.name, m.type]));
const knownMetrics = new Set<string>([...catalogue.map((m) => m.name), ...NODE_DEFAULT_METRICS, 'up']);
const histograms = new Set<string>([
  ...catalogue.filter((m) => m.type === 'histogram').map((m) => m.name),
  'nodejs_gc_duration_seconds',
]);

describe('docs/metrics.md catalogue', () => {
  it('is parsed from the tables and the Process section', () => {
    // Guards the parser: an empty or half-read catalogue would let every other check pass vacuously.
    expect(catalogue.length).toBeGreaterThanOrEqual(25);
    expect(catalogueTypes.get('warden_receiver_requests_total')).toBe('counter');
    expect(catalogueTypes.get('warden_bus_lag_records')).toBe('gauge');
    expect(catalogueTypes.get('warden_time_to_detect_seconds')).toBe('histogram');
    expect(catalogueTypes.has('warden_build_info')).toBe(true);
    expect(catalogueTypes.has('warden_component_ready')).toBe(true);
  });
});

describe('Grafana dashboards', () => {
  const files = readdirSync(DASHBOARDS_DIR).filter((f) => f.endsWith('.json')).sort();
  const dashboards = files.map((f) => ({ file: f, json: JSON.parse(readFileSync(path.join(DASHBOARDS_DIR, f), 'utf8')) as Doc }));

  it('ships the fleet overview and pipeline health dashboards', () => {
    expect(files).toEqual(['warden-fleet-overview.json', 'warden-pipeline-health.json']);
  });

  it.each(files)('%s has a stable uid named after the file, schema 39 and a title', (file) => {
    const d = dashboards.find((x) => x.file === file)!.json;
    expect(d.uid).toBe(path.basename(file, '.json'));
    expect(d.schemaVersion).toBe(39);
    expect(typeof d.title).toBe('string');
    expect(d.id === undefined || d.id === null).toBe(true);
  });

  it('uids are unique across dashboards', () => {
    const uids = dashboards.map((d) => d.json.uid);
    expect(new Set(uids).size).toBe(uids.length);
  });

  it.each(files)('%s: panels have unique ids, a grid position inside 24 columns, and do not overlap', (file) => {
    const panels = flattenPanels(dashboards.find((x) => x.file === file)!.json.panels);
    expect(panels.length).toBeGreaterThan(5);
    const ids = panels.map((p) => p.id);
    for (const id of ids) expect(Number.isInteger(id) && (id as number) > 0).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const cells = new Map<string, unknown>();
    for (const p of panels) {
      const g = asRecord(p.gridPos);
      for (const k of ['h', 'w', 'x', 'y']) expect(Number.isInteger(g[k])).toBe(true);
      const [h, w, x, y] = [g.h, g.w, g.x, g.y] as [number, number, number, number];
      expect(w).toBeGreaterThan(0);
      expect(x + w).toBeLessThanOrEqual(24);
      for (let row = y; row < y + h; row++) {
        for (let col = x; col < x + w; col++) {
          const key = `${row},${col}`;
          if (cells.has(key)) throw new Error(`${file}: panel ${String(p.id)} overlaps panel ${String(cells.get(key))} at ${key}`);
          cells.set(key, p.id);
        }
      }
    }
  });

  it.each(files)('%s: every panel is a known type with the prometheus datasource, sensible unit and refId+expr targets', (file) => {
    const panels = flattenPanels(dashboards.find((x) => x.file === file)!.json.panels).filter((p) => p.type !== 'row');
    const units = new Set(['s', 'short', 'bytes', 'Bps', 'reqps', 'cps', 'percentunit', 'none']);
    for (const p of panels) {
      const where = `${file} panel ${String(p.id)} (${String(p.title)})`;
      expect({ where, type: p.type }).toEqual({ where, type: expect.stringMatching(/^(timeseries|stat|heatmap|bargauge)$/) });
      expect({ where, ds: p.datasource }).toEqual({ where, ds: DATASOURCE });
      expect({ where, unit: asRecord(asRecord(p.fieldConfig).defaults).unit }).toEqual({ where, unit: expect.any(String) });
      expect(units.has(asRecord(asRecord(p.fieldConfig).defaults).unit as string)).toBe(true);
      const targets = asArray(p.targets);
      expect({ where, targets: targets.length }).toEqual({ where, targets: expect.any(Number) });
      expect(targets.length).toBeGreaterThan(0);
      const refIds = targets.map((t) => t.refId);
      expect(new Set(refIds).size).toBe(refIds.length);
      for (const t of targets) {
        expect({ where, refId: t.refId, expr: t.expr }).toEqual({ where, refId: expect.stringMatching(/^[A-Z]$/), expr: expect.stringMatching(/\S/) });
        expect({ where, ds: t.datasource }).toEqual({ where, ds: DATASOURCE });
      }
    }
  });

  it('range selectors use $__rate_interval (or $__range for whole-range totals), never a fixed window', () => {
    const exprs = deployQueries().filter((q) => q.file.endsWith('.json'));
    const windows = exprs.flatMap((q) => [...q.expr.matchAll(/\[([^\]]*)\]/g)].map((m) => ({ file: q.file, expr: q.expr, window: m[1] })));
    expect(windows.length).toBeGreaterThan(10);
    for (const w of windows) expect(w).toEqual({ ...w, window: expect.stringMatching(/^\$__(rate_interval|range)$/) });
  });

  it('between them show every metric of the catalogue', () => {
    const shown = new Set(deployQueries().filter((q) => q.file.endsWith('.json')).flatMap((q) => metricNamesIn(q.expr)));
    const missing = catalogue.map((m) => m.name).filter((name) => !shown.has(name));
    expect(missing).toEqual([]);
  });
});

describe('Grafana provisioning', () => {
  it('provides the datasource the dashboards refer to, at the compose prometheus service', () => {
    const doc = readYaml(path.join(ROOT, 'deploy', 'grafana', 'provisioning', 'datasources', 'prometheus.yml'));
    const sources = asArray(doc.datasources);
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatchObject({ uid: DATASOURCE.uid, type: DATASOURCE.type, url: 'http://prometheus:9090' });
    expect(composeServices().prometheus).toBeDefined();
  });

  it('loads dashboards from the directory compose mounts them at', () => {
    const doc = readYaml(path.join(ROOT, 'deploy', 'grafana', 'provisioning', 'dashboards', 'warden.yml'));
    const providers = asArray(doc.providers);
    expect(providers).toHaveLength(1);
    expect(providers[0]!.type).toBe('file');
    const dir = asRecord(providers[0]!.options).path as string;
    const source = bindSourceFor('grafana', dir);
    expect(source).toBe(path.join(ROOT, 'deploy', 'grafana', 'dashboards'));
  });
});

describe('Prometheus configuration', () => {
  it('scrapes the compose warden service on WARDEN_ADMIN_PORT', () => {
    const doc = readYaml(path.join(PROMETHEUS_DIR, 'prometheus.yml'));
    const job = asArray(doc.scrape_configs).find((j) => j.job_name === 'warden');
    expect(job).toBeDefined();
    const targets = asArray(job!.static_configs).flatMap((c) => c.targets as string[]);
    expect(targets).toHaveLength(1);
    const [host, port] = targets[0]!.split(':');
    expect(composeServices()[host!]).toBeDefined();
    expect(host).toBe('warden');
    expect(Number(port)).toBe(settingDefault('WARDEN_ADMIN_PORT'));
    // And the port Warden listens on in compose is that one too.
    const effective = composeEnvironment('warden').WARDEN_ADMIN_PORT ?? String(settingDefault('WARDEN_ADMIN_PORT'));
    expect(Number(effective)).toBe(Number(port));
  });

  it('loads the rules file from where compose mounts it', () => {
    const doc = readYaml(path.join(PROMETHEUS_DIR, 'prometheus.yml'));
    expect(doc.rule_files).toEqual(['rules/*.yml']);
    const configFlag = asArray(composeServices().prometheus!.command as unknown)
      .map(String)
      .find((a) => a.startsWith('--config.file='));
    const configInContainer = configFlag!.slice('--config.file='.length);
    expect(bindSourceFor('prometheus', configInContainer)).toBe(path.join(PROMETHEUS_DIR, 'prometheus.yml'));
  });
});

describe('alert rules', () => {
  const groups = asArray(readYaml(RULES_FILE).groups);
  const rules = groups.flatMap((g) => asArray(g.rules));
  const alerts = rules.filter((r) => typeof r.alert === 'string');
  const recorded = new Set(rules.filter((r) => typeof r.record === 'string').map((r) => r.record as string));
  const readme = readFileSync(path.join(ROOT, 'deploy', 'README.md'), 'utf8');
  const anchors = new Set([...readme.matchAll(/^#{2,4} (.+)$/gm)].map((m) => githubAnchor(m[1]!)));

  it('cover the failure modes operators need', () => {
    expect(alerts.map((a) => a.alert)).toEqual(
      expect.arrayContaining([
        'WardenDown', 'WardenPipelineStalled', 'WardenBusLagGrowing', 'WardenReceiverRefusingSpans',
        'WardenReceiverInvalidSpans', 'WardenSinkFailing', 'WardenSpoolGrowing', 'WardenDetectionSlow',
        'WardenFleetCoverageLow', 'WardenDeadLetters',
      ]),
    );
    expect(alerts.find((a) => a.alert === 'WardenDown')!.expr).toBe('up{job="warden"} == 0');
  });

  it('each alert has for:, a page/ticket severity, and summary, description with the value, and a runbook section', () => {
    for (const a of alerts) {
      const annotations = asRecord(a.annotations);
      const where = String(a.alert);
      expect({ where, for: a.for }).toEqual({ where, for: expect.stringMatching(/^\d+[smh]$/) });
      expect({ where, severity: asRecord(a.labels).severity }).toEqual({ where, severity: expect.stringMatching(/^(page|ticket)$/) });
      expect({ where, summary: annotations.summary }).toEqual({ where, summary: expect.stringMatching(/\S/) });
      expect({ where, description: annotations.description }).toEqual({ where, description: expect.stringContaining('$value') });
      const runbook = /^deploy\/README\.md#([a-z0-9-]+): \S/.exec(String(annotations.runbook));
      expect({ where, runbook: runbook?.[1] }).toEqual({ where, runbook: where.toLowerCase() });
      expect(anchors.has(runbook![1]!)).toBe(true);
    }
  });

  it('alert names are unique and use only recording rules defined in the same file', () => {
    const names = alerts.map((a) => a.alert);
    expect(new Set(names).size).toBe(names.length);
    expect(recorded.size).toBeGreaterThan(0);
    for (const r of rules) {
      for (const m of String(r.expr).matchAll(/\b[a-z_]+:[a-z0-9_:]+/g)) expect({ rule: r.alert ?? r.record, uses: recorded.has(m[0]) }).toEqual({ rule: r.alert ?? r.record, uses: true });
    }
  });

  it('every alert has promtool cases where it fires and where it stays quiet', () => {
    const cases = asArray(readYaml(RULE_TESTS_FILE).tests).flatMap((t) => asArray(t.alert_rule_test));
    for (const a of alerts) {
      const mine = cases.filter((c) => c.alertname === a.alert);
      expect({ alert: a.alert, fires: mine.some((c) => asArray(c.exp_alerts).length > 0) }).toEqual({ alert: a.alert, fires: true });
      expect({ alert: a.alert, quiet: mine.some((c) => asArray(c.exp_alerts).length === 0) }).toEqual({ alert: a.alert, quiet: true });
    }
  });
});

describe('queries in dashboards and rules', () => {
  const queries = deployQueries();

  it('reference only catalogued metrics, standard process/Node.js metrics, or up', () => {
    const unknown = queries.flatMap((q) => metricNamesIn(q.expr).filter((n) => !knownMetrics.has(n)).map((n) => `${q.file}: ${n} in ${q.expr}`));
    expect(unknown).toEqual([]);
  });

  it('read _bucket, _sum and _count series only of histograms', () => {
    const wrong = queries.flatMap((q) =>
      [...q.expr.matchAll(/\b([a-z_][a-z0-9_]*)_(bucket|sum|count)\b/g)].filter((m) => !histograms.has(m[1]!)).map((m) => `${q.file}: ${m[0]}`),
    );
    expect(wrong).toEqual([]);
  });

  it('aggregate histogram buckets by le before histogram_quantile', () => {
    const quantiles = queries.filter((q) => q.expr.includes('histogram_quantile'));
    expect(quantiles.length).toBeGreaterThan(3);
    for (const q of quantiles) {
      for (const m of q.expr.matchAll(/histogram_quantile\(\s*[0-9.]+\s*,\s*sum by \(([^)]*)\)\s*\(\s*rate\(\s*([a-z_]+)\[/g)) {
        expect({ expr: q.expr, le: m[1]!.split(',').map((s) => s.trim()).includes('le'), bucket: m[2]!.endsWith('_bucket') }).toEqual({
          expr: q.expr,
          le: true,
          bucket: true,
        });
      }
      expect(q.expr.match(/histogram_quantile/g)!.length).toBe(q.expr.match(/histogram_quantile\(\s*[0-9.]+\s*,\s*sum by \([^)]*\)\s*\(\s*rate\(/g)?.length);
    }
  });
});

describe('promtool', () => {
  const probe = spawnSync('promtool', ['--version'], { encoding: 'utf8' });
  const available = !probe.error && probe.status === 0;
  // A newcomer without promtool still gets a green `npm test`; CI must have it.
  const promtoolIt = available || process.env.CI ? it : it.skip;

  function promtool(args: string[]): void {
    if (!available) {
      throw new Error("promtool is not installed. Install Debian's `prometheus` package (apt-get install prometheus), which provides /usr/bin/promtool.");
    }
    const run = spawnSync('promtool', args, { cwd: PROMETHEUS_DIR, encoding: 'utf8', timeout: 20_000 });
    if (run.status !== 0) throw new Error(`promtool ${args.join(' ')} failed:\n${run.stdout}${run.stderr}`);
  }

  promtoolIt('accepts prometheus.yml, the rules, and every rule unit test', () => {
    promtool(['check', 'config', 'prometheus.yml']);
    promtool(['check', 'rules', path.relative(PROMETHEUS_DIR, RULES_FILE)]);
    promtool(['test', 'rules', path.relative(PROMETHEUS_DIR, RULE_TESTS_FILE)]);
  });
});

describe('docker-compose.yml', () => {
  const knownSettings = new Set<string>(Object.values(SETTINGS).map((s) => s.env));

  it('runs warden, prometheus and grafana', () => {
    expect(Object.keys(composeServices()).sort()).toEqual(['grafana', 'prometheus', 'warden']);
    expect(composeServices().warden!.build).toBe('.');
    expect(String(composeServices().prometheus!.image)).toMatch(/^prom\/prometheus:/);
    expect(String(composeServices().grafana!.image)).toMatch(/^grafana\/grafana:/);
  });

  it('gives warden only real WARDEN_* settings, and they validate', () => {
    const env = composeEnvironment('warden');
    const names = Object.keys(env);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect({ name, known: knownSettings.has(name) }).toEqual({ name, known: true });
    const { config, warnings } = loadConfig(env);
    expect(warnings).toEqual([]);
    expect(config.otlpHost).toBe('0.0.0.0');
    expect(config.dataDir).toBe('/var/lib/warden');
  });

  it('keeps warden state in a named volume at WARDEN_DATA_DIR', () => {
    const dataDir = composeEnvironment('warden').WARDEN_DATA_DIR!;
    const mount = asArray(composeServices().warden!.volumes as unknown).map(String).find((v) => v.split(':')[1] === dataDir);
    expect(mount).toBeDefined();
    const volume = mount!.split(':')[0]!;
    expect(volume).not.toMatch(/^[./]/);
    expect(Object.keys(asRecord(compose().volumes))).toContain(volume);
  });

  it('publishes the OTLP and admin ports Warden listens on', () => {
    const env = composeEnvironment('warden');
    const listening = ['WARDEN_OTLP_GRPC_PORT', 'WARDEN_OTLP_HTTP_PORT', 'WARDEN_ADMIN_PORT'].map((n) => Number(env[n] ?? settingDefault(n)));
    const published = asArray(composeServices().warden!.ports as unknown).map((p) => Number(String(p).split(':').pop()));
    expect(published.sort()).toEqual(listening.sort());
  });

  it('runs a real warden command', () => {
    const [node, script, command] = asArray(composeServices().warden!.command as unknown).map(String);
    expect(node).toBe('node');
    expect(existsSync(path.join(ROOT, script!))).toBe(true);
    expect(cliCommands()).toContain(command);
  });

  it('mounts only paths that exist in the repository, and declares its named volumes', () => {
    const declared = Object.keys(asRecord(compose().volumes));
    let binds = 0;
    for (const [name, service] of Object.entries(composeServices())) {
      for (const v of asArray(service.volumes as unknown).map(String)) {
        const source = v.split(':')[0]!;
        if (source.startsWith('.') || source.startsWith('/')) {
          binds++;
          expect({ service: name, source, exists: existsSync(path.join(ROOT, source)) }).toEqual({ service: name, source, exists: true });
        } else {
          expect({ service: name, volume: source, declared: declared.includes(source) }).toEqual({ service: name, volume: source, declared: true });
        }
      }
    }
    expect(binds).toBeGreaterThanOrEqual(3);
  });

  it('opens Grafana read-only to anonymous users on a home dashboard that exists', () => {
    const env = composeEnvironment('grafana');
    expect(env.GF_AUTH_ANONYMOUS_ENABLED).toBe('true');
    expect(env.GF_AUTH_ANONYMOUS_ORG_ROLE).toBe('Viewer');
    const home = bindSourceFor('grafana', env.GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH!);
    expect(home).toBeDefined();
    expect(statSync(home!).isFile()).toBe(true);
  });
});

describe('Dockerfile', () => {
  const instructions = dockerInstructions(readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8'));
  const runtime = instructions.slice(instructions.map((i) => i.op).lastIndexOf('FROM'));
  const argsOf = (op: string) => runtime.filter((i) => i.op === op).map((i) => i.args);

  it('builds and runs on node:20-bookworm-slim with npm ci', () => {
    for (const from of instructions.filter((i) => i.op === 'FROM')) expect(from.args).toMatch(/^node:20-bookworm-slim\b/);
    expect(instructions.some((i) => i.op === 'RUN' && /\bnpm ci\b/.test(i.args))).toBe(true);
  });

  it('sets the container settings, each a real setting that validates', () => {
    const env: Record<string, string> = {};
    for (const args of argsOf('ENV')) {
      for (const m of args.matchAll(/([A-Z_][A-Z0-9_]*)=("[^"]*"|\S+)/g)) env[m[1]!] = m[2]!.replace(/^"|"$/g, '');
    }
    expect(env).toMatchObject({ WARDEN_OTLP_HOST: '0.0.0.0', WARDEN_ADMIN_HOST: '0.0.0.0', WARDEN_DATA_DIR: '/var/lib/warden' });
    const warden = Object.fromEntries(Object.entries(env).filter(([k]) => k.startsWith('WARDEN_')));
    const knownSettings = new Set<string>(Object.values(SETTINGS).map((s) => s.env));
    for (const name of Object.keys(warden)) expect({ name, known: knownSettings.has(name) }).toEqual({ name, known: true });
    expect(loadConfig(warden).warnings).toEqual([]);
  });

  it('exposes the default OTLP and admin ports', () => {
    const exposed = argsOf('EXPOSE').flatMap((a) => a.split(/\s+/)).map(Number).sort();
    const defaults = ['WARDEN_OTLP_GRPC_PORT', 'WARDEN_OTLP_HTTP_PORT', 'WARDEN_ADMIN_PORT'].map((n) => Number(settingDefault(n))).sort();
    expect(exposed).toEqual(defaults);
  });

  it('runs warden start as the non-root node user, with a /healthz healthcheck', () => {
    const ops = runtime.map((i) => i.op);
    expect(argsOf('USER')).toEqual(['node']);
    expect(ops.lastIndexOf('USER')).toBeLessThan(ops.lastIndexOf('CMD'));
    const cmd = JSON.parse(argsOf('CMD')[0]!) as string[];
    expect(cmd.slice(0, 2)).toEqual(['node', 'bin/warden.js']);
    expect(cliCommands()).toContain(cmd[2]);
    expect(cmd[2]).toBe('start');
    const healthcheck = argsOf('HEALTHCHECK')[0]!;
    expect(healthcheck).toMatch(/"node"/);
    expect(healthcheck).toContain('/healthz');
    expect(healthcheck).toContain(String(settingDefault('WARDEN_ADMIN_PORT')));
  });

  it('healthcheck command passes only when /healthz on the admin port answers 200', async () => {
    const healthcheck = argsOf('HEALTHCHECK')[0]!;
    const exec = JSON.parse(healthcheck.slice(healthcheck.indexOf('CMD ') + 'CMD '.length)) as string[];
    expect(exec[0]).toBe('node');
    let status = 200;
    const paths: string[] = [];
    const server = createServer((req, res) => {
      paths.push(req.url ?? '');
      res.statusCode = req.url === '/healthz' ? status : 404;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const run = (adminPort: number) =>
      new Promise<number>((resolve) => {
        execFile(process.execPath, exec.slice(1), { env: { ...process.env, WARDEN_ADMIN_PORT: String(adminPort) }, timeout: 10_000 }, (err) =>
          resolve(err ? Number((err as { code?: unknown }).code ?? 1) : 0),
        );
      });
    try {
      expect(await run(port)).toBe(0);
      status = 503;
      expect(await run(port)).not.toBe(0);
      expect(paths).toEqual(['/healthz', '/healthz']);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    // Nothing listening any more.
    expect(await run(port)).not.toBe(0);
  });

  it('builds from a context without local builds, dependencies or state', () => {
    const ignored = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    const isIgnored = (p: string) => ignored.some((pattern) => dockerignoreMatches(pattern, p));
    for (const p of ['node_modules', 'packages/core/node_modules', 'packages/core/dist', 'data', '.git']) {
      expect({ p, ignored: isIgnored(p) }).toEqual({ p, ignored: true });
    }
    const needed = ['package.json', 'package-lock.json', 'turbo.json', 'tsconfig.base.json', 'tsconfig.json', 'bin/warden.js', 'packages/core/src/index.ts', 'services/cli/package.json'];
    for (const p of needed) expect({ p, ignored: isIgnored(p) }).toEqual({ p, ignored: false });
  });
});

// --- helpers ---------------------------------------------------------------------------------

function compose(): Doc {
  return readYaml(path.join(ROOT, 'docker-compose.yml'));
}

function composeServices(): Record<string, Doc> {
  return asRecord(compose().services) as Record<string, Doc>;
}

/**
 * A service's environment as compose would pass it with none of the referenced variables set in
 * the shell: `${NAME:-default}` and `${NAME-default}` take the default, `${NAME}` and `$NAME` are
 * empty, `$$` is a dollar sign.
 */
function composeEnvironment(service: string): Record<string, string> {
  const raw = composeServices()[service]!.environment;
  const entries: [string, string][] = Array.isArray(raw)
    ? (raw as string[]).map((e) => {
        const at = String(e).indexOf('=');
        return [String(e).slice(0, at), String(e).slice(at + 1)];
      })
    : Object.entries(asRecord(raw)).map(([k, v]) => [k, v === null ? '' : String(v)]);
  return Object.fromEntries(
    entries.map(([k, v]) => [k, v.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (m, _n, def?: string) => (m === '$$' ? '$' : (def ?? '')))]),
  );
}

/** The repository path that a container path of `service` comes from, through its bind mounts. */
function bindSourceFor(service: string, containerPath: string): string | undefined {
  for (const v of asArray(composeServices()[service]!.volumes as unknown).map(String)) {
    const [source, target] = v.split(':') as [string, string];
    if (!source.startsWith('.')) continue;
    if (containerPath === target || containerPath.startsWith(`${target}/`)) {
      return path.join(ROOT, source, path.posix.relative(target, containerPath));
    }
  }
  return undefined;
}

/** The commands `warden help` lists. */
function cliCommands(): string[] {
  let usage = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    usage += String(chunk);
    return true;
  });
  try {
    void main(['help']);
  } finally {
    spy.mockRestore();
  }
  const commands = [...usage.matchAll(/^\s+warden ([a-z]+)/gm)].map((m) => m[1]!);
  if (!commands.includes('start')) throw new Error(`could not read the command list from \`warden help\`:\n${usage}`);
  return commands;
}

interface DockerInstruction {
  readonly op: string;
  readonly args: string;
}

function dockerInstructions(text: string): DockerInstruction[] {
  const joined = text.replace(/\\\n/g, ' ');
  return joined
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [op, ...rest] = l.split(/\s+/);
      return { op: op!.toUpperCase(), args: rest.join(' ').replace(/\s+/g, ' ').trim() };
    });
}

/** Docker's .dockerignore matching for the patterns used here: `*`, `**` and directory prefixes. */
function dockerignoreMatches(pattern: string, file: string): boolean {
  const clean = pattern.replace(/^\/+|\/+$/g, '');
  const re = clean
    .split('/')
    .map((part) => (part === '**' ? '(?:.*/)?' : `${part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}/`))
    .join('');
  // A pattern that matches a directory excludes everything below it.
  return new RegExp(`^${re}`).test(`${file}/`);
}

function githubAnchor(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
}
