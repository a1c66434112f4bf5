#!/usr/bin/env node
// The chipgraph command. In a checkout (sources present) it runs the TypeScript sources through tsx, so it
// is never behind them; installed from a package, it runs the compiled CLI in dist/.
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

load()
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`${error && error.stack ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    },
  );
