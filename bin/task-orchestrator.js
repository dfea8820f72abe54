#!/usr/bin/env node
// The headless CLI. Uses the built bundle when present, else runs the TypeScript sources (development).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'cli.js');
if (existsSync(bundle)) {
  require(bundle).runCli(process.argv.slice(2));
} else {
  require('tsx/cjs');
  require(join(__dirname, '..', 'src', 'cli', 'main.ts')).runCli(process.argv.slice(2));
}
