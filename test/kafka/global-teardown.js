'use strict';
// jest globalTeardown: gives back the broker lease global-setup.js took. The broker stops if tests
// started it and no other test run still uses it; one started by `npm run kafka:up` keeps running.
const { releaseBrokerForTests } = require('../../scripts/kafka/test-broker');

module.exports = async function globalTeardown() {
  if (globalThis.__wardenKafkaLeased !== true) return;
  globalThis.__wardenKafkaLeased = false;
  await releaseBrokerForTests({ log: (line) => console.log(`[kafka] ${line}`) });
};
