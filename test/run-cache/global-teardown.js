'use strict';
// jest globalTeardown: removes the run's cache folder that global-setup.js made.
const fs = require('node:fs');

module.exports = function tearDownRunCache() {
  const dir = globalThis.__wardenRunCache;
  if (typeof dir !== 'string') return;
  globalThis.__wardenRunCache = undefined;
  delete process.env.WARDEN_TEST_RUN_CACHE;
  fs.rmSync(dir, { recursive: true, force: true });
};
