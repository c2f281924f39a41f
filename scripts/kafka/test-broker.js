'use strict';
/**
 * One broker shared by test runs that overlap (two jest processes in one checkout, or several
 * people's tools at once). Each run holds a lease, a file named after its pid, while it uses the
 * broker. A broker started for tests carries a marker, and the last run out stops it; one started
 * by hand (`npm run kafka:up`) has no marker and keeps running. A run that died leaves a lease
 * whose pid is gone: it no longer counts, and the next run to finish stops the broker.
 */
const fs = require('node:fs');
const path = require('node:path');
const { brokerSettings, startUnlocked, stopUnlocked, withUpLock } = require('./broker');

function leaseFile(settings) {
  return path.join(settings.leasesDir, String(process.pid));
}

function otherLiveLeases(settings) {
  let names;
  try {
    names = fs.readdirSync(settings.leasesDir);
  } catch {
    return [];
  }
  return names.filter((name) => {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid === process.pid) return false;
    try {
      process.kill(pid, 0);
      return true;
    } catch (err) {
      if (err.code === 'EPERM') return true;
      fs.rmSync(path.join(settings.leasesDir, name), { force: true });
      return false;
    }
  });
}

/** Takes a lease and makes sure a broker serves. Resolves `{ started, address }`. */
async function acquireBrokerForTests({ log = console.log } = {}) {
  const settings = brokerSettings();
  return withUpLock(settings, log, async () => {
    fs.mkdirSync(settings.leasesDir, { recursive: true });
    fs.writeFileSync(leaseFile(settings), '');
    try {
      const result = await startUnlocked(settings, log);
      if (result.started) fs.writeFileSync(settings.testsMarker, `${process.pid}\n`);
      return result;
    } catch (err) {
      fs.rmSync(leaseFile(settings), { force: true });
      throw err;
    }
  });
}

/** Gives the lease back; stops the broker if tests started it and no other run still uses it. */
async function releaseBrokerForTests({ log = console.log } = {}) {
  const settings = brokerSettings();
  return withUpLock(settings, log, async () => {
    fs.rmSync(leaseFile(settings), { force: true });
    if (!fs.existsSync(settings.testsMarker)) return { stopped: false };
    const others = otherLiveLeases(settings);
    if (others.length > 0) {
      log(`leaving the broker running for ${others.length} other test run(s) (pid ${others.join(', ')})`);
      return { stopped: false };
    }
    return stopUnlocked(settings, log);
  });
}

module.exports = { acquireBrokerForTests, releaseBrokerForTests };
