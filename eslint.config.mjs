// Few rules, each with a reason. Formatting belongs to Prettier.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** Which part may not import which: target is the importing part, from what it must not reach. */
const LAYER_ZONES = [
  {
    target: './src/model',
    from: './src',
    except: ['./model'],
    message: 'the model registry is plain data: it imports nothing of the code that derives from it',
  },
  {
    target: './src/db',
    from: [
      './src/model',
      './src/graph',
      './src/seed',
      './src/export',
      './src/loaders',
      './src/resolvers',
      './src/cli',
      './src/server.ts',
      './src/http.ts',
      './src/errors.ts',
      './src/context.ts',
    ],
    message: 'the database gateway knows no domain and throws its own neutral errors',
  },
  {
    target: './src/graph',
    from: [
      './src/resolvers',
      './src/loaders',
      './src/seed',
      './src/export',
      './src/cli',
      './src/server.ts',
      './src/http.ts',
      './src/context.ts',
    ],
    message: 'repositories sit below the API and the seed pipeline and never import them',
  },
  {
    target: './src/loaders',
    from: ['./src/resolvers', './src/server.ts', './src/http.ts', './src/cli', './src/db/driver.ts'],
    message: 'loaders read through repositories, below the resolvers',
  },
  {
    target: './src/resolvers',
    from: './src/db',
    message: 'resolvers reach the database only through loaders and repositories',
  },
  {
    target: ['./src/seed', './src/export'],
    from: ['./src/resolvers', './src/loaders', './src/server.ts', './src/http.ts', './src/cli'],
    message: 'the seed pipeline and export sit beside the API, not on top of it',
  },
  {
    target: [
      './src/db',
      './src/model',
      './src/graph',
      './src/loaders',
      './src/resolvers',
      './src/seed',
      './src/export',
      './src/server.ts',
      './src/http.ts',
      './src/index.ts',
    ],
    from: ['./src/local-neo4j', './src/cli'],
    message:
      'the local Neo4j launcher and the command line are used by the CLI only; the library and the API never load them',
  },
  {
    target: './src/explore',
    from: './src',
    except: ['./explore'],
    message:
      'the explorer is a browser app: it reads the graph through chipgraph-client, never the server code',
  },
  {
    target: './packages/client',
    from: './src',
    message: 'the client ships without the server: it imports nothing of it',
  },
];

const NO_DRIVER = { name: 'neo4j-driver', message: 'only src/db imports neo4j-driver; use the gateway' };
const NO_GRAPHQL = { name: 'graphql', message: 'GraphQL belongs to the API layer (resolvers, server)' };

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '**/dist/',
      'coverage/',
      '.data/',
      '.cache/',
      'src/generated/',
      'packages/client/src/generated/',
      'tools/neo4j/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      // Type-only imports vanish at runtime; marking them keeps the module graph honest.
      '@typescript-eslint/consistent-type-imports': 'error',
      // Data flows one way (HTTP -> resolvers -> loaders -> repositories -> gateway); a cycle breaks that.
      'import-x/no-cycle': 'error',
      // The planned architecture, enforced: data flows one way (HTTP -> resolvers -> loaders -> repositories
      // -> gateway -> Neo4j) and each part imports only what lies below it. A wrong arrow fails the lint.
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
      // Unused arguments are allowed when prefixed with _ (resolver signatures are fixed by GraphQL).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Only the gateway talks to Neo4j; repositories, the model and the seed pipeline know nothing of GraphQL.
    files: ['src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [NO_DRIVER] }] },
  },
  {
    files: ['src/graph/**/*.ts', 'src/model/**/*.ts', 'src/seed/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [NO_DRIVER, NO_GRAPHQL] }] },
  },
  {
    files: ['src/db/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [NO_GRAPHQL] }] },
  },
  {
    // The few CommonJS files (jest.config.js, bin/chipgraph.js, the test reporter) run in Node.
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', process: 'readonly', __dirname: 'readonly' },
    },
    // CommonJS loads modules with require() by nature.
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
