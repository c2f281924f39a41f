#!/usr/bin/env node
'use strict';
// `npm run kafka:up`: start the local single-node Kafka broker (see broker.js), or say it already serves.
const { up } = require('./broker');

up({ log: (line) => console.log(`kafka:up: ${line}`) }).catch((err) => {
  console.error(`kafka:up: ${err.message}`);
  process.exit(1);
});
