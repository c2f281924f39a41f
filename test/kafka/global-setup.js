'use strict';
/**
 * jest globalSetup: makes a Kafka broker available to the test files that need one.
 *
 * - WARDEN_TEST_KAFKA_BROKERS already set: those brokers are used; nothing is started.
 * - No selected test file has "kafka" in its path: nothing is started, so `jest some/other/path`
 *   pays nothing (the convention: tests that need the broker live in a path containing "kafka").
 * - A broker already serves on localhost:9092: it is used. One started by hand (`npm run kafka:up`)
 *   keeps running after the tests; start it that way to save the start-up on every run.
 * - Otherwise the broker is started with scripts/kafka (about 3-5 s once its jars are cached) and
 *   global-teardown.js stops it after the run, unless another test run still uses it
 *   (scripts/kafka/test-broker.js).
 *
 * Tests read the address from WARDEN_TEST_KAFKA_BROKERS (see test-brokers.ts). If the broker cannot
 * start, only the Kafka tests fail, with the reason, instead of the whole run aborting.
 */
const fs = require('node:fs');
const path = require('node:path');
const { acquireBrokerForTests } = require('../../scripts/kafka/test-broker');
const { saslAddress, saslSslEndpoint, SASL_TEST_USER } = require('../../scripts/kafka/broker');

const log = (line) => console.log(`[kafka] ${line}`);

function kafkaTestFiles(roots) {
  const found = [];
  const walk = (dir) => {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.test.ts') && /kafka/i.test(full)) found.push(full);
    }
  };
  for (const root of roots) walk(root);
  return found;
}

function selectsKafkaTests(globalConfig, projectConfig) {
  // Change-based selection is jest's to compute; assume it may pick a Kafka test.
  if (globalConfig.onlyChanged || globalConfig.findRelatedTests || globalConfig.changedSince || globalConfig.watch || globalConfig.watchAll) {
    return true;
  }
  const candidates = kafkaTestFiles(projectConfig.roots ?? [globalConfig.rootDir]);
  if (candidates.length === 0) return false;
  const patterns = globalConfig.testPathPatterns;
  if (patterns && typeof patterns.toExecutor === 'function') {
    if (!patterns.isSet()) return true;
    const executor = patterns.toExecutor({ rootDir: globalConfig.rootDir });
    return candidates.some((file) => executor.isMatch(file));
  }
  return true;
}

module.exports = async function globalSetup(globalConfig, projectConfig) {
  if (process.env.WARDEN_TEST_KAFKA_BROKERS) {
    log(`using WARDEN_TEST_KAFKA_BROKERS=${process.env.WARDEN_TEST_KAFKA_BROKERS}`);
    return;
  }
  if (!selectsKafkaTests(globalConfig, projectConfig)) return;
  try {
    const { address } = await acquireBrokerForTests({ log });
    process.env.WARDEN_TEST_KAFKA_BROKERS = address;
    process.env.WARDEN_TEST_KAFKA_SASL_BROKERS = saslAddress();
    process.env.WARDEN_TEST_KAFKA_SASL_USERNAME = SASL_TEST_USER.username;
    process.env.WARDEN_TEST_KAFKA_SASL_PASSWORD = SASL_TEST_USER.password;
    process.env.WARDEN_TEST_KAFKA_SASL_SSL_BROKERS = saslSslEndpoint().address;
    process.env.WARDEN_TEST_KAFKA_CA_FILE = saslSslEndpoint().caFile;
    // jest shares globalThis between globalSetup and globalTeardown (and nothing else).
    globalThis.__wardenKafkaLeased = true;
  } catch (err) {
    log(`could not start a broker; the Kafka tests will fail: ${err.message}`);
    process.env.WARDEN_TEST_KAFKA_UNAVAILABLE = err.message;
  }
};
