#!/usr/bin/env node
'use strict';
// The `warden` command. The CLI lives in services/cli, compiled by `npm ci` (prepare) or `npm run build`.
let cli;
try {
  cli = require('@warden/cli');
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('warden: the CLI is not built yet. Run `npm ci` (or `npm run build`) in the Warden checkout first.\n');
    process.exit(1);
  }
  throw err;
}
// `warden config | head`: a reader that stops early is not an error, as with any Unix tool.
process.stdout.on('error', (err) => {
  if (err && err.code === 'EPIPE') process.exit(0);
  throw err;
});
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // Everything should have closed by now; if a stray handle keeps the process alive, do not hang.
    setTimeout(() => process.exit(code), 3000).unref();
  },
  (err) => {
    process.stderr.write(`warden: ${err && err.stack ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
