// The packaging check (npm run test:pack): packs chipgraph and chipgraph-client as they would be published,
// installs them into apps in a temporary folder outside the repository, and runs those apps against a real
// API over the test Neo4j. Slow (a build, two installs from the registry), so it is not part of npm test.
const path = require('node:path');

/** @type {import('jest').Config} */
module.exports = {
  rootDir: path.resolve(__dirname, '../..'),
  testTimeout: 300000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testMatch: ['<rootDir>/test/pack/**/*.pack.test.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
};
