'use strict';
/**
 * A real single-node Apache Kafka broker for development and tests, without Docker.
 *
 * Kafka's own jars come from Maven Central (the machines here reach it, not the Apache download
 * mirrors): a throwaway POM and `mvn dependency:copy-dependencies` collect them once into a cache
 * outside the repository. Each start formats a fresh KRaft log directory, so every run begins from
 * an empty cluster; the broker runs in the background with a pid file and a log file.
 *
 * Environment:
 *   WARDEN_KAFKA_HOME             jar cache (default ~/.cache/warden/kafka-<version>)
 *   WARDEN_KAFKA_STATE_DIR        config, pid, log and data of the running broker (default <repo>/.kafka)
 *   WARDEN_KAFKA_PORT             client (PLAINTEXT) port, default 9092
 *   WARDEN_KAFKA_CONTROLLER_PORT  KRaft controller port, default 9093
 *   WARDEN_KAFKA_SASL_PORT        SASL_PLAINTEXT port (PLAIN and SCRAM-SHA-512, user `warden`), default 9094
 *   WARDEN_KAFKA_SASL_SSL_PORT    SASL_SSL port (the same over TLS, a self-signed localhost certificate
 *                                 whose PEM is <state dir>/tls/broker-ca.pem), default 9095
 *   WARDEN_KAFKA_START_TIMEOUT_MS how long to wait for the broker to serve, default 120000
 */
const { spawn, spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { probeKafka } = require('./probe');

const KAFKA_VERSION = '3.9.1';
const SCALA_VERSION = '2.13';
// Kafka ships no logging backend; without one SLF4J goes silent and the broker never says it started.
const LOGGING_JARS = [
  { groupId: 'org.slf4j', artifactId: 'slf4j-reload4j', version: '1.7.36' },
  { groupId: 'ch.qos.reload4j', artifactId: 'reload4j', version: '1.2.25' },
];
const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1';
const STARTED_LINE = 'Kafka Server started';
const INSTALL_HINT = 'Install a JDK and Maven, e.g. `sudo apt-get install openjdk-17-jre-headless maven`.';

function intFromEnv(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name}=${raw} is not a positive integer.`);
  return value;
}

/** Where everything lives, from the environment. */
function brokerSettings() {
  const port = intFromEnv('WARDEN_KAFKA_PORT', 9092);
  const home = process.env.WARDEN_KAFKA_HOME
    || path.join(os.homedir(), '.cache', 'warden', `kafka-${KAFKA_VERSION}`);
  const stateDir = process.env.WARDEN_KAFKA_STATE_DIR || path.join(__dirname, '..', '..', '.kafka');
  return {
    version: KAFKA_VERSION,
    host: 'localhost',
    port,
    controllerPort: intFromEnv('WARDEN_KAFKA_CONTROLLER_PORT', port + 1),
    saslPort: intFromEnv('WARDEN_KAFKA_SASL_PORT', port + 2),
    saslSslPort: intFromEnv('WARDEN_KAFKA_SASL_SSL_PORT', port + 3),
    startTimeoutMs: intFromEnv('WARDEN_KAFKA_START_TIMEOUT_MS', 120_000),
    home,
    libDir: path.join(home, 'lib'),
    stateDir,
    dataDir: path.join(stateDir, 'data'),
    pidFile: path.join(stateDir, 'broker.pid'),
    logFile: path.join(stateDir, 'broker.log'),
    serverProperties: path.join(stateDir, 'server.properties'),
    tlsDir: path.join(stateDir, 'tls'),
    log4jProperties: path.join(stateDir, 'log4j.properties'),
    lockFile: path.join(stateDir, 'up.lock'),
    // Present while the running broker was started for a test run (see test-broker.js).
    testsMarker: path.join(stateDir, 'started-by-tests'),
    leasesDir: path.join(stateDir, 'test-runs'),
  };
}

function bootstrapAddress(settings = brokerSettings()) {
  return `${settings.host}:${settings.port}`;
}

/** The SASL_PLAINTEXT listener, for tests of the SASL settings. */
function saslAddress(settings = brokerSettings()) {
  return `${settings.host}:${settings.saslPort}`;
}

/** The SASL_SSL listener and the PEM a client must trust for it, for tests of the TLS settings. */
function saslSslEndpoint(settings = brokerSettings()) {
  return { address: `${settings.host}:${settings.saslSslPort}`, caFile: path.join(settings.tlsDir, 'broker-ca.pem') };
}

// The keystore's password protects a throwaway test key that lives beside the broker's data.
const KEYSTORE_PASSWORD = 'warden-local-test';

/**
 * A self-signed certificate for localhost, made with the JDK's keytool (present wherever the broker
 * runs), and its PEM for clients to trust. Made anew with every format, like the cluster.
 */
function makeTlsMaterial(settings) {
  fs.rmSync(settings.tlsDir, { recursive: true, force: true });
  fs.mkdirSync(settings.tlsDir, { recursive: true });
  const keystore = path.join(settings.tlsDir, 'broker.p12');
  const common = ['-alias', 'broker', '-keystore', keystore, '-storetype', 'PKCS12', '-storepass', KEYSTORE_PASSWORD];
  const steps = [
    ['-genkeypair', ...common, '-keyalg', 'RSA', '-keysize', '2048', '-validity', '3650', '-dname', 'CN=localhost',
      '-ext', 'SAN=dns:localhost,ip:127.0.0.1', '-ext', 'BC:c=ca:true'],
    ['-exportcert', ...common, '-rfc', '-file', saslSslEndpoint(settings).caFile],
  ];
  for (const args of steps) {
    const result = spawnSync('keytool', args, { encoding: 'utf8' });
    if (result.error || result.status !== 0) {
      throw new Error(`keytool ${args[0]} failed (${result.error?.message ?? `exit ${result.status}`}): `
        + `${`${result.stdout}${result.stderr}`.trim()}. keytool comes with the JDK. ${INSTALL_HINT}`);
    }
  }
  return keystore;
}

function requireTool(command, args) {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  if (result.error || result.status !== 0) {
    throw new Error(`\`${command}\` is not available (${result.error?.code ?? `exit ${result.status}`}). ${INSTALL_HINT}`);
  }
}

function pom() {
  const deps = [
    { groupId: 'org.apache.kafka', artifactId: `kafka_${SCALA_VERSION}`, version: KAFKA_VERSION },
    ...LOGGING_JARS,
  ].map((d) => `    <dependency><groupId>${d.groupId}</groupId><artifactId>${d.artifactId}</artifactId><version>${d.version}</version></dependency>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!-- Generated by scripts/kafka/broker.js to collect the Kafka broker jars; not a build. -->',
    '<project xmlns="http://maven.apache.org/POM/4.0.0">',
    '  <modelVersion>4.0.0</modelVersion>',
    '  <groupId>dev.warden.local</groupId>',
    `  <artifactId>kafka-broker-jars</artifactId>`,
    `  <version>${KAFKA_VERSION}</version>`,
    '  <packaging>pom</packaging>',
    '  <dependencies>',
    ...deps,
    '  </dependencies>',
    '</project>',
    '',
  ].join('\n');
}

/** True once the jar cache holds a complete copy (the marker is written last). */
function isAssembled(settings) {
  return fs.existsSync(path.join(settings.home, '.assembled'));
}

/** Collects the broker's jars from Maven Central into the cache, unless they are already there. */
function assemble(settings, log) {
  if (isAssembled(settings)) {
    log(`using cached Kafka ${settings.version} jars in ${settings.libDir}`);
    return;
  }
  requireTool('mvn', ['--version']);
  log(`assembling Kafka ${settings.version} from Maven Central into ${settings.home} (first run only)`);
  fs.mkdirSync(settings.home, { recursive: true });
  // Collect into a scratch folder and rename, so an interrupted download never looks complete.
  const scratch = path.join(settings.home, `lib.partial-${process.pid}`);
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.writeFileSync(path.join(settings.home, 'pom.xml'), pom());
  const result = spawnSync('mvn', [
    '-B', '-q',
    '-f', path.join(settings.home, 'pom.xml'),
    `${DEPENDENCY_PLUGIN}:copy-dependencies`,
    '-DincludeScope=runtime',
    `-DoutputDirectory=${scratch}`,
  ], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    fs.rmSync(scratch, { recursive: true, force: true });
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-20).join('\n');
    throw new Error(`Maven could not collect the Kafka jars (${result.error?.message ?? `exit ${result.status}`}). `
      + `Check that Maven Central (https://repo.maven.apache.org) is reachable.\n${output}`);
  }
  const jars = fs.readdirSync(scratch).filter((f) => f.endsWith('.jar'));
  if (!jars.some((f) => f.startsWith(`kafka_${SCALA_VERSION}-${settings.version}`))) {
    throw new Error(`Maven finished but ${scratch} holds no kafka_${SCALA_VERSION}-${settings.version} jar.`);
  }
  fs.rmSync(settings.libDir, { recursive: true, force: true });
  fs.renameSync(scratch, settings.libDir);
  fs.writeFileSync(path.join(settings.home, '.assembled'), `${settings.version} ${jars.length} jars\n`);
  log(`collected ${jars.length} jars`);
}

/**
 * The one SASL user of the local broker, for the tests of Warden's SASL settings (managed clusters
 * such as Confluent Cloud and Amazon MSK take PLAIN and SCRAM-SHA-512 over TLS). A local test
 * credential, not a secret: the listener binds to localhost only.
 */
const SASL_TEST_USER = { username: 'warden', password: 'warden-local-test' };

function serverProperties(settings, keystore) {
  const { host, port, controllerPort, saslPort, saslSslPort } = settings;
  return [
    '# Written by scripts/kafka/broker.js on every start: a single-node KRaft broker for tests.',
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@${host}:${controllerPort}`,
    `listeners=PLAINTEXT://${host}:${port},CONTROLLER://${host}:${controllerPort},SASL_PLAINTEXT://${host}:${saslPort},SASL_SSL://${host}:${saslSslPort}`,
    `advertised.listeners=PLAINTEXT://${host}:${port},SASL_PLAINTEXT://${host}:${saslPort},SASL_SSL://${host}:${saslSslPort}`,
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=PLAINTEXT',
    'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL',
    'sasl.enabled.mechanisms=PLAIN,SCRAM-SHA-512',
    ...['sasl_plaintext', 'sasl_ssl'].flatMap((listener) => [
      `listener.name.${listener}.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required `
        + `user_${SASL_TEST_USER.username}="${SASL_TEST_USER.password}";`,
      `listener.name.${listener}.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;`,
    ]),
    `listener.name.sasl_ssl.ssl.keystore.location=${keystore}`,
    'listener.name.sasl_ssl.ssl.keystore.type=PKCS12',
    `listener.name.sasl_ssl.ssl.keystore.password=${KEYSTORE_PASSWORD}`,
    `listener.name.sasl_ssl.ssl.key.password=${KEYSTORE_PASSWORD}`,
    `log.dirs=${settings.dataDir}`,
    'num.partitions=1',
    'offsets.topic.replication.factor=1',
    // The default 50 offsets partitions make the first consumer group join take seconds.
    'offsets.topic.num.partitions=1',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'group.initial.rebalance.delay.ms=0',
    // Warden creates its topics; a typo in a topic name should fail, not create a new topic.
    'auto.create.topics.enable=false',
    '',
  ].join('\n');
}

function log4jProperties() {
  return [
    'log4j.rootLogger=INFO, stdout',
    'log4j.appender.stdout=org.apache.log4j.ConsoleAppender',
    'log4j.appender.stdout.layout=org.apache.log4j.PatternLayout',
    'log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n',
    // Per-request and per-segment chatter that buries the lines worth reading.
    'log4j.logger.kafka.request.logger=WARN',
    'log4j.logger.kafka.log.LogCleaner=WARN',
    'log4j.logger.org.apache.kafka.storage.internals.log=WARN',
    '',
  ].join('\n');
}

function javaArgs(settings, mainClass, args) {
  return [
    '-Xmx512m',
    '-Djava.awt.headless=true',
    `-Dlog4j.configuration=file:${settings.log4jProperties}`,
    // Quoted for the JVM to expand, not the shell (there is no shell here).
    '-cp', path.join(settings.libDir, '*'),
    mainClass,
    ...args,
  ];
}

/** 16 random bytes in URL-safe base64, not starting with '-' (StorageTool would read it as an option). */
function newClusterId() {
  for (;;) {
    const id = crypto.randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

/** Writes the config and formats a fresh, empty log directory. */
function format(settings, log) {
  fs.mkdirSync(settings.stateDir, { recursive: true });
  fs.rmSync(settings.dataDir, { recursive: true, force: true });
  fs.writeFileSync(settings.serverProperties, serverProperties(settings, makeTlsMaterial(settings)));
  fs.writeFileSync(settings.log4jProperties, log4jProperties());
  const clusterId = newClusterId();
  const result = spawnSync('java', javaArgs(settings, 'kafka.tools.StorageTool',
    ['format', '-t', clusterId, '-c', settings.serverProperties,
      // SCRAM credentials live in the cluster metadata; KRaft takes them at format time.
      '--add-scram', `SCRAM-SHA-512=[name=${SASL_TEST_USER.username},password=${SASL_TEST_USER.password}]`]), { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new Error(`Formatting the Kafka log directory ${settings.dataDir} failed `
      + `(${result.error?.message ?? `exit ${result.status}`}):\n${`${result.stdout}${result.stderr}`.trim()}`);
  }
  log(`formatted ${settings.dataDir} (cluster ${clusterId})`);
}

/** The pid in the pid file if that process is alive and is a Kafka broker, else undefined. */
function runningPid(settings) {
  let pid;
  try {
    pid = Number(fs.readFileSync(settings.pidFile, 'utf8').trim());
  } catch {
    return undefined;
  }
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch {
    return undefined;
  }
  // Guard against a recycled pid: on Linux, check that it really is our broker.
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (!cmdline.includes('kafka.Kafka')) return undefined;
  } catch {
    // No /proc (macOS): trust the pid file.
  }
  return pid;
}

function tail(file, lines) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log yet)';
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Serializes whatever starts or stops the broker (`kafka:up`, `kafka:down`, test runs sharing it):
 * a second caller waits for the first instead of racing it for the ports. A lock whose holder died
 * is taken over.
 */
async function withUpLock(settings, log, fn) {
  fs.mkdirSync(settings.stateDir, { recursive: true });
  const deadline = Date.now() + settings.startTimeoutMs + 300_000;
  let reported = false;
  for (;;) {
    try {
      fs.writeFileSync(settings.lockFile, String(process.pid), { flag: 'wx' });
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
    }
    let holder;
    let ageMs = 0;
    try {
      holder = Number(fs.readFileSync(settings.lockFile, 'utf8').trim());
      ageMs = Date.now() - fs.statSync(settings.lockFile).mtimeMs;
    } catch {
      continue; // released in the meantime
    }
    // An empty file is a holder between creating and writing it, unless it has been empty for long.
    const known = Number.isInteger(holder) && holder > 0;
    let alive = !known && ageMs < 5_000;
    if (known) {
      try { process.kill(holder, 0); alive = true; } catch (err) { alive = err.code === 'EPERM'; }
    }
    if (!alive) {
      fs.rmSync(settings.lockFile, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`Another process (pid ${holder}) still holds ${settings.lockFile}; if it is gone, delete the file.`);
    if (!reported) {
      log(`another process (pid ${holder}) is starting or stopping the broker; waiting for it`);
      reported = true;
    }
    await sleep(200);
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(settings.lockFile, { force: true });
  }
}

/**
 * Starts the broker unless one already serves on the port. Resolves `{ started, address }`:
 * `started` is true when this call started it (so the caller may stop it later).
 */
async function up({ log = console.log } = {}) {
  const settings = brokerSettings();
  if ((await probeKafka({ host: settings.host, port: settings.port })).serving) {
    log(`a Kafka broker is already serving on ${bootstrapAddress(settings)}`);
    return { started: false, address: bootstrapAddress(settings) };
  }
  return withUpLock(settings, log, () => startUnlocked(settings, log));
}

/** `up` for a caller that holds the lock (a concurrent `up` may have finished while it waited). */
async function startUnlocked(settings, log) {
  const address = bootstrapAddress(settings);
  const probe = await probeKafka({ host: settings.host, port: settings.port });
  if (probe.serving) {
    log(`a Kafka broker is already serving on ${address}`);
    return { started: false, address };
  }
  const stale = runningPid(settings);
  if (stale !== undefined) {
    log(`a broker from an earlier run (pid ${stale}) is not serving; stopping it first`);
    await stopPid(stale, log);
  } else if (probe.listening) {
    throw new Error(`Something listens on ${address} but does not answer as a Kafka broker (${probe.reason}). `
      + 'Stop it, or run the broker on another port with WARDEN_KAFKA_PORT.');
  }
  requireTool('java', ['-version']);
  const startedAt = Date.now();
  assemble(settings, log);
  format(settings, log);
  const logFd = fs.openSync(settings.logFile, 'w');
  const child = spawn('java', javaArgs(settings, 'kafka.Kafka', [settings.serverProperties]), {
    // Its own process group, so it outlives this process (and a Ctrl-C aimed at the caller).
    detached: true,
    stdio: ['ignore', logFd, logFd],
  });
  fs.closeSync(logFd);
  let exited;
  child.on('exit', (code, signal) => { exited = signal ?? `exit ${code}`; });
  child.on('error', (err) => { exited = err.message; });
  child.unref();
  if (child.pid === undefined) throw new Error(`Could not start java: ${exited ?? 'no pid'}. ${INSTALL_HINT}`);
  fs.writeFileSync(settings.pidFile, `${child.pid}\n`);
  log(`started Kafka ${settings.version} (pid ${child.pid}); log: ${settings.logFile}`);

  const deadline = Date.now() + settings.startTimeoutMs;
  let lastReport = Date.now();
  for (;;) {
    if (exited !== undefined) {
      fs.rmSync(settings.pidFile, { force: true });
      throw new Error(`The Kafka broker exited during startup (${exited}). Last lines of ${settings.logFile}:\n${tail(settings.logFile, 25)}`);
    }
    const logged = fs.readFileSync(settings.logFile, 'utf8').includes(STARTED_LINE);
    const ready = logged ? await probeKafka({ host: settings.host, port: settings.port }) : undefined;
    if (ready?.serving) {
      log(`Kafka is serving on ${address} after ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
      return { started: true, address };
    }
    if (Date.now() > deadline) {
      throw new Error(`The Kafka broker (pid ${child.pid}) did not serve on ${address} within `
        + `${settings.startTimeoutMs / 1000} s (${ready ? ready.reason : 'no "Kafka Server started" line yet'}). `
        + `It is still running; see ${settings.logFile}, then \`npm run kafka:down\`. Last lines:\n${tail(settings.logFile, 15)}`);
    }
    if (Date.now() - lastReport >= 5000) {
      log(`waiting for Kafka to serve (${Math.round((Date.now() - startedAt) / 1000)} s)`);
      lastReport = Date.now();
    }
    await sleep(250);
  }
}

async function stopPid(pid, log, timeoutMs = 20_000) {
  const alive = () => {
    try { process.kill(pid, 0); return true; } catch { return false; }
  };
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + timeoutMs;
  while (alive() && Date.now() < deadline) await sleep(100);
  if (alive()) {
    log(`the broker (pid ${pid}) did not stop within ${timeoutMs / 1000} s; killing it`);
    try { process.kill(pid, 'SIGKILL'); } catch { /* already gone */ }
    while (alive()) await sleep(50);
  }
}

/** Stops the broker started by `up` (SIGTERM, then SIGKILL after a timeout). No error if none runs. */
async function down({ log = console.log } = {}) {
  const settings = brokerSettings();
  return withUpLock(settings, log, () => stopUnlocked(settings, log));
}

async function stopUnlocked(settings, log) {
  // Whoever stops the broker ends any test run's claim to it (see test-broker.js).
  fs.rmSync(settings.testsMarker, { force: true });
  const pid = runningPid(settings);
  if (pid === undefined) {
    fs.rmSync(settings.pidFile, { force: true });
    const probe = await probeKafka({ host: settings.host, port: settings.port, timeoutMs: 1000 });
    log(probe.serving
      ? `no broker started by kafka:up is running; the one serving on ${bootstrapAddress(settings)} was started elsewhere and is left alone`
      : 'no Kafka broker is running');
    return { stopped: false };
  }
  const startedAt = Date.now();
  await stopPid(pid, log);
  fs.rmSync(settings.pidFile, { force: true });
  log(`stopped Kafka (pid ${pid}) in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  return { stopped: true };
}

module.exports = {
  up,
  down,
  brokerSettings,
  bootstrapAddress,
  saslAddress,
  saslSslEndpoint,
  SASL_TEST_USER,
  withUpLock,
  startUnlocked,
  stopUnlocked,
  KAFKA_VERSION,
};
