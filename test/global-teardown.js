'use strict';
// jest globalTeardown: gives back what global-setup.js took, in reverse order.
const runCache = require('./run-cache/global-teardown');
const kafka = require('./kafka/global-teardown');

module.exports = async function globalTeardown(globalConfig, projectConfig) {
  await kafka(globalConfig, projectConfig);
  runCache();
};
