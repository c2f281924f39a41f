// Tests run against TypeScript sources (transpile-only; `tsc -b` in `npm test` does the type check),
// so a change is tested without a rebuild. Workspace imports are mapped to each package's src/.
const fs = require('node:fs');
const path = require('node:path');

const moduleNameMapper = {};
for (const group of ['packages', 'services']) {
  for (const dir of fs.readdirSync(path.join(__dirname, group))) {
    const pkgFile = path.join(__dirname, group, dir, 'package.json');
    if (!fs.existsSync(pkgFile)) continue;
    const { name } = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
    moduleNameMapper[`^${name.replace('/', '\\/')}$`] = `<rootDir>/${group}/${dir}/src/index.ts`;
  }
}

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/packages', '<rootDir>/services', '<rootDir>/test', '<rootDir>/benchmarks'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper,
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }],
  },
  testTimeout: 30000,
  // Makes the run's cache folder, and starts a Kafka broker when a selected test file has "kafka" in
  // its path (see test/run-cache and test/kafka).
  globalSetup: '<rootDir>/test/global-setup.js',
  globalTeardown: '<rootDir>/test/global-teardown.js',
};
