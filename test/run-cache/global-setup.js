'use strict';
/**
 * jest globalSetup: a folder that lives for one test run, named in WARDEN_TEST_RUN_CACHE, where test
 * files leave what is costly to compute and the same in every file (each held-out corpus's small
 * traffic, which every corpus's own tests compare with). Test files run in separate module
 * registries, so memory cannot carry it from one file to the next; the folder can. It is made anew
 * for every run and removed after, so nothing computed by older code is ever read back.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

module.exports = function setUpRunCache() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-test-run-'));
  process.env.WARDEN_TEST_RUN_CACHE = dir;
  globalThis.__wardenRunCache = dir;
};
