#!/usr/bin/env node
'use strict';
// `npm run kafka:down`: stop the broker `kafka:up` started; nothing to do is not an error.
const { down } = require('./broker');

down({ log: (line) => console.log(`kafka:down: ${line}`) }).catch((err) => {
  console.error(`kafka:down: ${err.message}`);
  process.exit(1);
});
