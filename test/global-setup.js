'use strict';
// jest globalSetup: each piece of shared test state sets itself up here, in its own module.
const runCache = require('./run-cache/global-setup');
const kafka = require('./kafka/global-setup');

module.exports = async function globalSetup(globalConfig, projectConfig) {
  runCache();
  await kafka(globalConfig, projectConfig);
};
