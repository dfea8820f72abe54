import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundleSizeAnalyzer, imageSizeAnalyzer } from '../../src/core/analyzers/frontend/asset-sizes';
import { frontendDependenciesAnalyzer } from '../../src/core/analyzers/frontend/dependencies';
import { memoryContext, places } from './analyzers-helpers';

const KB = 1024;

test('bundles over budget in build folders are reported; small CSS, source maps and src files are not', async () => {
  const ctx = memoryContext({}, {
    'web/dist/assets/app.js': 300 * KB,
    'web/dist/assets/app.js.map': 900 * KB,
    'web/dist/assets/app.css': 20 * KB,
    'web/build/big.css': 150 * KB,
    'web/src/generated.js': 400 * KB,
    'web/dist/assets/vendor.js': 240 * KB,
  });
  const findings = await bundleSizeAnalyzer.run(ctx);
  assert.deepEqual(places(findings), ['web/build/big.css:1', 'web/dist/assets/app.js:1']);
  assert.equal(findings[1].title, 'Bundle web/dist/assets/app.js is 300 KB (budget 250 KB)');
  assert.ok(findings.every((f) => !f.flag));
});

test('raster images over 200 KB are reported once; SVGs and small images are not', async () => {
  const ctx = memoryContext({}, {
    'public/hero.png': 500 * KB,
    'dist/hero.png': 500 * KB,
    'public/logo.svg': 900 * KB,
    'public/icon.png': 10 * KB,
    'public/photo.jpg': 201 * KB,
  });
  const findings = await imageSizeAnalyzer.run(ctx);
  assert.deepEqual(places(findings).sort(), ['public/hero.png:1', 'public/photo.jpg:1']);
});

test('heavy and never-imported dependencies of a frontend package are reported at their package.json line', async () => {
  const pkg = JSON.stringify({
    dependencies: { react: '^18', 'react-dom': '^18', moment: '^2', lodash: '^4', jquery: '^3', 'left-pad': '^1', '@scope/ui': '^1', tailwindcss: '^3' },
    devDependencies: { vite: '^5', 'unused-dev': '^1' },
  }, null, 2);
  const ctx = memoryContext({
    'app/package.json': pkg,
    'app/src/main.jsx': "import React from 'react';\nimport { createRoot } from 'react-dom/client';\nimport moment from 'moment';\nimport debounce from 'lodash/debounce';\nimport { Button } from '@scope/ui/button';\n",
    'app/src/old.js': "// import $ from 'jquery' is gone\nconst x = require('./local');\n",
  });
  const findings = await frontendDependenciesAnalyzer.run(ctx);
  const byTitle = Object.fromEntries(findings.map((f) => [f.title, `${f.evidence[0].line}`]));
  assert.deepEqual(byTitle, {
    'Heavy dependency moment': '5',
    'Heavy dependency jquery (never imported)': '7',
    'Unused dependency left-pad': '8',
  });
});

test('lodash imported whole is heavy; a backend package.json is not a frontend one', async () => {
  const ctx = memoryContext({
    'web/package.json': JSON.stringify({ dependencies: { vue: '^3', lodash: '^4' } }),
    'web/src/a.js': "import { createApp } from 'vue';\nimport _ from 'lodash';\n",
    'api/package.json': JSON.stringify({ dependencies: { express: '^4', moment: '^2' } }),
  });
  const findings = await frontendDependenciesAnalyzer.run(ctx);
  assert.deepEqual(findings.map((f) => f.title), ['Heavy dependency lodash']);
});
