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

// merge: compose files share settings through `<<: *anchor`, which docker compose resolves.
const readYaml = (file: string): Doc => parseYaml(readFileSync(file, 'utf8'), { merge: true }) as Doc;
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
  it('scrapes the admin port of every Warden service compose runs by default, at its compose name', () => {
    const doc = readYaml(path.join(PROMETHEUS_DIR, 'prometheus.yml'));
    // The alerts (WardenDown) and dashboards select this job.
    const jobInRules = /up\{job="([^"]+)"\}/.exec(readFileSync(RULES_FILE, 'utf8'))![1];
    const job = asArray(doc.scrape_configs).find((j) => j.job_name === jobInRules);
    expect(job).toBeDefined();
    expect(job!.metrics_path ?? '/metrics').toBe('/metrics');
    const targets = asArray(job!.static_configs).flatMap((c) => c.targets as string[]).sort();
    // Only the default layout: a target that is not running would keep WardenDown firing.
    const expected = wardenServices()
      .filter((s) => s.service.profiles === undefined)
      .map((s) => `${s.name}:${loadConfig(wardenEnvironment(s.name)).config.adminPort}`)
      .sort();
    expect(expected).toHaveLength(4);
    expect(targets).toEqual(expected);
    for (const s of wardenServices()) expect({ service: s.name, adminHost: loadConfig(wardenEnvironment(s.name)).config.adminHost }).toEqual({ service: s.name, adminHost: '0.0.0.0' });
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
  const knownSettings = new Map<string, { readonly defaultText: string; readonly secret?: boolean }>(Object.values(SETTINGS).map((s) => [s.env, s]));
  const services = wardenServices();
  const names = services.map((s) => s.name);
  const configOf = (name: string, shell: Record<string, string> = {}) => loadConfig(wardenEnvironment(name, shell)).config;

  it('runs Kafka, the four Warden services, Prometheus and Grafana by default; one-process Warden only in its profile', () => {
    const byDefault = Object.entries(composeServices()).filter(([, s]) => s.profiles === undefined).map(([n]) => n).sort();
    expect(byDefault).toEqual(['grafana', 'kafka', 'prometheus', 'warden-baseline', 'warden-emitter', 'warden-receiver', 'warden-scorer']);
    expect(composeServices().warden!.profiles).toEqual(['embedded']);
    for (const s of services) expect({ service: s.name, build: s.service.build, image: s.service.image }).toEqual({ service: s.name, build: '.', image: 'warden:local' });
    expect(String(composeServices().prometheus!.image)).toMatch(/^prom\/prometheus:/);
    expect(String(composeServices().grafana!.image)).toMatch(/^grafana\/grafana:/);
  });

  it('runs one Kafka node in KRaft mode from the official image, at the address the Warden services are given', () => {
    const kafka = composeServices().kafka!;
    const env = composeEnvironment('kafka');
    expect(kafka.image).toBe('apache/kafka:3.9.1');
    // apache/kafka reads KAFKA_<PROPERTY>; other images' conventions (KAFKA_CFG_*) would be ignored.
    expect(Object.keys(env).filter((k) => !/^(KAFKA_[A-Z0-9_]+|CLUSTER_ID)$/.test(k) || k.startsWith('KAFKA_CFG_'))).toEqual([]);
    expect(env.KAFKA_PROCESS_ROLES!.split(',').sort()).toEqual(['broker', 'controller']);

    const listeners = new Map(env.KAFKA_LISTENERS!.split(',').map((l) => /^([A-Z_]+):\/\/[^:]*:(\d+)$/.exec(l)!.slice(1, 3) as [string, string]));
    const protocols = new Map(env.KAFKA_LISTENER_SECURITY_PROTOCOL_MAP!.split(',').map((p) => p.split(':') as [string, string]));
    for (const name of listeners.keys()) expect({ name, protocol: protocols.get(name) }).toEqual({ name, protocol: expect.any(String) });
    const controller = env.KAFKA_CONTROLLER_LISTENER_NAMES!;
    expect(listeners.has(controller)).toBe(true);
    expect(env.KAFKA_CONTROLLER_QUORUM_VOTERS).toBe(`${env.KAFKA_NODE_ID!}@kafka:${listeners.get(controller)!}`);

    const broker = env.KAFKA_INTER_BROKER_LISTENER_NAME!;
    const advertised = new Map(env.KAFKA_ADVERTISED_LISTENERS!.split(',').map((l) => /^([A-Z_]+):\/\/(.+)$/.exec(l)!.slice(1, 3) as [string, string]));
    expect(advertised.get(broker)).toBe(`kafka:${listeners.get(broker)!}`);
    for (const s of services.filter((x) => configOf(x.name).kafka)) {
      expect({ service: s.name, brokers: configOf(s.name).kafka!.brokers }).toEqual({ service: s.name, brokers: [advertised.get(broker)] });
      // One broker can hold one replica of a topic.
      expect({ service: s.name, replicas: configOf(s.name).kafka!.replicationFactor }).toEqual({ service: s.name, replicas: 1 });
    }

    expect(env.KAFKA_AUTO_CREATE_TOPICS_ENABLE).toBe('false');
    expect(env.KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR).toBe('1');
    expect(env.KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR).toBe('1');
    expect(env.KAFKA_TRANSACTION_STATE_LOG_MIN_ISR).toBe('1');

    const test = asArray(asRecord(kafka.healthcheck).test as unknown).map(String);
    expect(test[0]).toBe('CMD');
    expect(test[1]).toMatch(/^\/opt\/kafka\/bin\/(kafka-broker-api-versions|kafka-topics)\.sh$/);
    expect(test[test.indexOf('--bootstrap-server') + 1]).toBe(advertised.get(broker));

    const dataMount = asArray(kafka.volumes as unknown).map(String).find((v) => v.split(':')[1] === env.KAFKA_LOG_DIRS);
    expect(dataMount).toBeDefined();
    expect(Object.keys(asRecord(compose().volumes))).toContain(dataMount!.split(':')[0]);
  });

  it.each(names)('%s runs a command `warden help` lists and the CLI accepts', async (name) => {
    const { service, command } = services.find((s) => s.name === name)!;
    const [node, script] = asArray(service.command as unknown).map(String);
    expect(node).toBe('node');
    expect(existsSync(path.join(ROOT, script!))).toBe(true);
    expect(cliCommands()).toContain(command);
    expect(await cliAccepts(command)).toBe(true);
  });

  it('the command probe tells an unknown command from a known one', async () => {
    expect(await cliAccepts('no-such-command')).toBe(false);
    expect(await cliAccepts('receiver')).toBe(true);
  });

  it.each(names)('%s is given only real settings, each passed through from the variable of its own name, and they validate', (name) => {
    const raw = rawEnvironment(name);
    expect(raw.length).toBeGreaterThan(0);
    for (const [key, value] of raw) {
      expect({ key, known: knownSettings.has(key) }).toEqual({ key, known: true });
      for (const m of value.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)|\$([A-Za-z_][A-Za-z0-9_]*)/g)) {
        expect({ key, passesThrough: m[1] ?? m[2] }).toEqual({ key, passesThrough: key });
      }
      // A secret in this file would be a secret in every clone of the repository.
      if (knownSettings.get(key)!.secret) expect({ key, value }).toEqual({ key, value: `\${${key}:-}` });
    }
    const { warnings } = loadConfig(wardenEnvironment(name));
    expect(warnings).toEqual([]);
  });

  it('runs each of the four services exactly once, over Kafka, each after Kafka is healthy', () => {
    const overKafka = services.filter((s) => configOf(s.name).kafka !== undefined);
    expect(overKafka.map((s) => s.command).sort()).toEqual(['baseline', 'emitter', 'receiver', 'scorer']);
    for (const s of overKafka) {
      expect({ service: s.name, dependsOn: asRecord(asRecord(s.service.depends_on).kafka).condition }).toEqual({ service: s.name, dependsOn: 'service_healthy' });
    }
    // The one-process variant needs nothing else: no Kafka, so no dependency on it.
    const embedded = services.find((s) => s.name === 'warden')!;
    expect(embedded.command).toBe('start');
    expect(configOf('warden').kafka).toBeUndefined();
    expect(embedded.service.depends_on).toBeUndefined();
  });

  it('gives each Warden service its own named volume at WARDEN_DATA_DIR, with the findings file on it', () => {
    const volumes = services.map((s) => {
      const { dataDir, alertsFile } = configOf(s.name);
      const mount = asArray(s.service.volumes as unknown).map(String).find((v) => v.split(':')[1] === dataDir);
      expect({ service: s.name, mount }).toEqual({ service: s.name, mount: expect.any(String) });
      const volume = mount!.split(':')[0]!;
      expect(volume).not.toMatch(/^[./]/);
      expect(Object.keys(asRecord(compose().volumes))).toContain(volume);
      if (s.command === 'emitter' || s.command === 'start') expect(alertsFile.startsWith(`${dataDir}/`)).toBe(true);
      return volume;
    });
    expect(new Set(volumes).size).toBe(services.length);
  });

  it('the receiver (and one-process Warden) listen on all interfaces and publish exactly their OTLP ports', () => {
    for (const name of ['warden-receiver', 'warden']) {
      const config = configOf(name);
      expect(config.otlpHost).toBe('0.0.0.0');
      const otlp = [config.otlpGrpcPort, config.otlpHttpPort];
      const published = publishedPorts(name).map((p) => p.container).filter((port) => port !== config.adminPort);
      expect(published.sort()).toEqual(otlp.sort());
    }
    for (const name of ['warden-baseline', 'warden-scorer', 'warden-emitter']) {
      const config = configOf(name);
      expect(publishedPorts(name).filter((p) => p.container === config.otlpGrpcPort || p.container === config.otlpHttpPort)).toEqual([]);
    }
  });

  it('publishes every port on 127.0.0.1 only', () => {
    let count = 0;
    for (const [name, service] of Object.entries(composeServices())) {
      for (const p of asArray(service.ports as unknown).map(String)) {
        count++;
        expect({ service: name, port: p }).toEqual({ service: name, port: expect.stringMatching(/^127\.0\.0\.1:\d+:\d+$/) });
      }
    }
    expect(count).toBeGreaterThanOrEqual(6);
  });

  it('lets `warden approvals` on the host reach the emitter, and findings link to an address that resolves', () => {
    const defaultAdminUrl = new URL(knownSettings.get('WARDEN_ADMIN_URL')!.defaultText);
    for (const name of ['warden-emitter', 'warden']) {
      const config = configOf(name);
      expect(publishedPorts(name)).toContainEqual({ host: Number(defaultAdminUrl.port), container: config.adminPort });
      expect(new URL(config.adminExternalUrl).hostname).not.toBe('0.0.0.0');
    }
  });

  it('passes sink, response and receiver settings from the shell or .env through to the services that use them', () => {
    const shell = {
      WARDEN_RECEIVER_TOKENS: 'tok-1=acme',
      WARDEN_SPLUNK_HEC_URL: 'https://splunk.example.com:8088',
      WARDEN_SPLUNK_HEC_TOKEN: '00000000-0000-0000-0000-000000000000',
      WARDEN_SENTINEL_ENDPOINT: 'https://dce.westeurope-1.ingest.monitor.azure.com',
      WARDEN_SENTINEL_DCR_ID: 'dcr-00000000000000000000000000000000',
      WARDEN_SENTINEL_TENANT_ID: 'tenant',
      WARDEN_SENTINEL_CLIENT_ID: 'client',
      WARDEN_SENTINEL_CLIENT_SECRET: 'secret',
      WARDEN_WEBHOOK_URL: 'https://hooks.example.com/warden',
      WARDEN_WEBHOOK_SECRET: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      WARDEN_KAFKA_SINK_BROKERS: 'siem-kafka:9092',
      WARDEN_CONTROL_PLANE_URL: 'https://agents.example.com/warden/actions',
      WARDEN_CONTROL_PLANE_SECRET: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      WARDEN_RESPONSE_SHADOW: 'true',
      WARDEN_INTERNAL_DOMAINS: 'acme.com',
    };
    for (const name of ['warden-emitter', 'warden']) {
      const off = configOf(name);
      expect(Object.keys(off.sinks).sort()).toEqual(['retryMaxSeconds', 'spoolMaxBytes']);
      expect(off.response.controlPlane).toBeUndefined();
      const on = configOf(name, shell);
      expect(Object.keys(on.sinks).sort()).toEqual(['kafka', 'retryMaxSeconds', 'sentinel', 'splunk', 'spoolMaxBytes', 'webhook']);
      expect(on.response.controlPlane?.url).toBe(shell.WARDEN_CONTROL_PLANE_URL);
      expect(on.response.policy.shadow).toBe(true);
    }
    for (const name of ['warden-receiver', 'warden']) {
      expect(configOf(name).receiverTokens).toBeUndefined();
      expect([...(configOf(name, shell).receiverTokens ?? [])]).toEqual([['tok-1', 'acme']]);
    }
    for (const name of ['warden-baseline', 'warden-scorer', 'warden']) expect(configOf(name, shell).internalDomains).toEqual(['acme.com']);
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

/** A service's environment entries as written, before interpolation. */
function rawEnvironment(service: string): [string, string][] {
  const raw = composeServices()[service]!.environment;
  return Array.isArray(raw)
    ? (raw as string[]).map((e) => {
        const at = String(e).indexOf('=');
        return [String(e).slice(0, at), String(e).slice(at + 1)];
      })
    : Object.entries(asRecord(raw)).map(([k, v]) => [k, v === null ? '' : String(v)]);
}

/**
 * A service's environment as compose would pass it, with `shell` as the variables set in the shell
 * or .env: `${NAME:-default}` takes the default when NAME is unset or empty, `${NAME-default}` only
 * when unset, `${NAME}` and `$NAME` are empty when unset, `$$` is a dollar sign.
 */
function composeEnvironment(service: string, shell: Readonly<Record<string, string>> = {}): Record<string, string> {
  const interpolate = (value: string) =>
    value.replace(
      /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
      (m, name?: string, colon?: string, def?: string, bare?: string) => {
        if (m === '$$') return '$';
        const value = shell[(name ?? bare)!];
        if (def !== undefined && (colon ? !value : value === undefined)) return def;
        return value ?? '';
      },
    );
  return Object.fromEntries(rawEnvironment(service).map(([k, v]) => [k, interpolate(v)]));
}

/** What a Warden service's process sees: an empty variable counts as unset, as loadConfig reads it. */
function wardenEnvironment(service: string, shell: Readonly<Record<string, string>> = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(composeEnvironment(service, shell)).filter(([, v]) => v !== ''));
}

interface WardenService {
  readonly name: string;
  /** The `warden` subcommand it runs. */
  readonly command: string;
  readonly service: Doc;
}

/** Every compose service that runs Warden (`node bin/warden.js <command>`), in any profile. */
function wardenServices(): WardenService[] {
  return Object.entries(composeServices())
    .map(([name, service]) => ({ name, service, argv: asArray(service.command as unknown).map(String) }))
    .filter(({ argv }) => argv[1] === 'bin/warden.js')
    .map(({ name, service, argv }) => ({ name, service, command: argv[2]! }));
}

/** `host:container` pairs of a service's published ports. */
function publishedPorts(service: string): { host: number; container: number }[] {
  return asArray(composeServices()[service]!.ports as unknown).map((p) => {
    const parts = String(p).split(':');
    return { host: Number(parts[parts.length - 2]), container: Number(parts[parts.length - 1]) };
  });
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
  // `warden receiver | baseline | scorer | emitter` lists alternatives on one line.
  const commands = [...usage.matchAll(/^\s+warden ([a-z-]+(?: \| [a-z-]+)*)/gm)].flatMap((m) => m[1]!.split(' | '));
  if (!commands.includes('start')) throw new Error(`could not read the command list from \`warden help\`:\n${usage}`);
  return commands;
}

/** Whether `main` knows the command: given an option no command has, it must say so, not that the command is unknown. */
async function cliAccepts(command: string): Promise<boolean> {
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    await main([command, '--no-such-option-of-any-command']);
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return !stderr.includes('unknown command');
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
