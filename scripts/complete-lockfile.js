#!/usr/bin/env node
'use strict';
/**
 * Records other platforms' optional native binaries in package-lock.json.
 *
 * npm writes a lock entry for every optional platform package (turbo's and jest's resolver
 * binaries for macOS, Windows, ...) by asking the registry about it. A registry mirror that
 * serves only Linux builds answers 404, npm silently leaves those entries out, and `npm ci`
 * then refuses the lock everywhere ("Missing: @turbo/darwin-64@ from lock file"). This adds
 * each missing entry with the version its parent pins and the os/cpu/libc that make npm skip it
 * on other platforms. Run it after any `npm install` that rewrote the lock: `npm run lock:complete`.
 */
const fs = require('node:fs');
const path = require('node:path');

const lockPath = path.join(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8'));

function platformOf(name) {
  const tail = name.split('/').pop();
  const os = /darwin/.test(tail) ? 'darwin'
    : /win32|windows/.test(tail) ? 'win32'
    : /android/.test(tail) ? 'android'
    : /freebsd/.test(tail) ? 'freebsd'
    : /openharmony/.test(tail) ? 'openharmony'
    : /linux/.test(tail) ? 'linux'
    : undefined;
  const cpu = /arm64/.test(tail) ? 'arm64'
    : /ia32/.test(tail) ? 'ia32'
    : /loong64/.test(tail) ? 'loong64'
    : /ppc64/.test(tail) ? 'ppc64'
    : /riscv64/.test(tail) ? 'riscv64'
    : /s390x/.test(tail) ? 's390x'
    : /wasm32/.test(tail) ? 'wasm32'
    : /(^|-)arm(-|$)/.test(tail) ? 'arm'
    : /x64|(^|-)64(-|$)/.test(tail) ? 'x64'
    : undefined;
  const libc = /musl/.test(tail) ? 'musl' : /gnu|glibc/.test(tail) ? 'glibc' : undefined;
  return { os, cpu, libc };
}

let added = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${key}/node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[hoisted]) continue;
    const { os, cpu, libc } = platformOf(name);
    if (!os || !cpu) {
      console.error(`complete-lockfile: cannot tell the platform of ${name} (optional dependency of ${key || 'the root'}); add it by hand.`);
      process.exit(1);
    }
    lock.packages[hoisted] = {
      version,
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      os: [os],
      cpu: [cpu],
      ...(libc ? { libc: [libc] } : {}),
    };
    added += 1;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)));
fs.writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: recorded ${added} optional platform package(s)`);
