#!/usr/bin/env node
// The chipgraph command line's entry. In a checkout (sources present) it runs the TypeScript sources through
// tsx, so it is never behind them; installed from a package, it runs the compiled CLI in dist/cli/.
// The library (dist/index.js) is a separate entry and never loads the command line.
const fs = require('node:fs');
const path = require('node:path');

function load() {
  const source = path.join(__dirname, '..', 'src', 'cli', 'index.ts');
  const compiled = path.join(__dirname, '..', 'dist', 'cli', 'index.js');
  if (!fs.existsSync(source)) return require(compiled);
  try {
    require('tsx/cjs');
  } catch (error) {
    if (fs.existsSync(compiled)) return require(compiled);
    throw new Error(
      `chipgraph runs from its TypeScript sources here, which need tsx: run \`npm install\` (${error.message})`,
    );
  }
  return require(source);
}

const debug = /^(debug|trace)$/.test(process.env.LOG_LEVEL || '');

function fail(error) {
  const text = error instanceof Error ? (debug && error.stack) || error.message : String(error);
  process.stderr.write(`error: ${text}\n`);
  process.exitCode = 1;
}

let cli;
try {
  cli = load();
} catch (error) {
  fail(error);
}
if (cli) {
  cli.main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  }, fail);
}
