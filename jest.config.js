// Three projects: unit tests need nothing; integration tests (*.int.test.ts) and the reliability suite
// (*.rel.test.ts) use a real Neo4j, started by test/global-setup.ts on a free port in a temporary folder
// unless NEO4J_URI is set.
/** @type {import('jest').Config} */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];
// chipgraph-client is tested from its sources (as tsconfig.json's paths say), whose relative imports end in
// .js for the sake of its ESM build.
const moduleNameMapper = {
  '^chipgraph-client$': '<rootDir>/packages/client/src/index.ts',
  '^(\\.{1,2}/.*)\\.js$': '$1',
};

module.exports = {
  // Integration tests start real processes (Neo4j, the CLI) and seed the built-in dataset, which takes
  // seconds on a quiet machine and can take minutes on a busy one; a unit test never comes near this.
  testTimeout: 180000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': tsJest },
      moduleNameMapper,
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': tsJest },
      moduleNameMapper,
      testMatch: ['<rootDir>/test/integration/**/*.int.test.ts'],
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
    },
    {
      // Slow by design (faults, fuzzing, load): npm run test:reliability, not npm test.
      displayName: 'reliability',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': tsJest },
      moduleNameMapper,
      testMatch: ['<rootDir>/test/reliability/**/*.rel.test.ts'],
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
    },
  ],
};
