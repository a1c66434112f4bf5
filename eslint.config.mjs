// Few rules, each with a reason. Formatting belongs to Prettier.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

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
      // Unused arguments are allowed when prefixed with _ (resolver signatures are fixed by GraphQL).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
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
