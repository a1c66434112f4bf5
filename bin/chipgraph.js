#!/usr/bin/env node
// The chipgraph command. In a checkout (sources and tsx present) it runs the TypeScript sources, so it is
// never behind them; installed from a package, it runs the compiled CLI in dist/.
const path = require('node:path');

function load() {
  const source = path.join(__dirname, '..', 'src', 'cli', 'index.ts');
  try {
    require.resolve(source);
    require('tsx/cjs');
    return require(source);
  } catch (error) {
    if (error && error.code !== 'MODULE_NOT_FOUND') throw error;
    return require(path.join(__dirname, '..', 'dist', 'cli', 'index.js'));
  }
}

const cli = load();
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`${error && error.stack ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
