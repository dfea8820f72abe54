import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dockerfileAnalyzer, imagePinning } from '../../src/core/analyzers/infrastructure/dockerfile';
import { composeAnalyzer } from '../../src/core/analyzers/infrastructure/compose';
import { workflowsAnalyzer } from '../../src/core/analyzers/infrastructure/workflows';
import { runLocalAnalysis } from '../../src/core/analyzers/localReport';
import type { AnalyzerFinding } from '../../src/core/analyzers/types';
import { fixture, memoryContext, places } from './analyzers-helpers';

test('pinning rule: no tag or latest is unpinned, a bare major floats, major.minor or a digest is pinned', () => {
  assert.equal(imagePinning('ubuntu'), 'unpinned');
  assert.equal(imagePinning('node:latest'), 'unpinned');
  assert.equal(imagePinning('registry.example.com:5000/team/app'), 'unpinned');
  assert.equal(imagePinning('python:3'), 'floating-major');
  assert.equal(imagePinning('node:20-alpine'), 'floating-major');
  assert.equal(imagePinning('python:3.12-slim'), 'pinned');
  assert.equal(imagePinning('alpine@sha256:abc'), 'pinned');
  assert.equal(imagePinning('${BASE_IMAGE}'), 'skip');
});

test('Dockerfiles: unpinned base, USER root last and missing HEALTHCHECK are reported; a hardened multi-stage file is clean', async () => {
  const findings = await dockerfileAnalyzer.run(fixture('docker'));
  assert.deepEqual(findings.map((f) => `${f.evidence[0].file}:${f.evidence[0].line} ${f.severity} ${f.title}`), [
    'api/Dockerfile:1 medium Base image ubuntu is not pinned',
    'api/Dockerfile:4 medium Container runs as root (api/Dockerfile)',
    'api/Dockerfile:1 low No HEALTHCHECK in api/Dockerfile',
    'worker/Dockerfile.worker:1 low Base image python:3-slim is not pinned to a patch version or digest',
  ]);
  assert.ok(!places(findings).some((p) => p.startsWith('Dockerfile:')), 'stage references, digests, USER 1000 and HEALTHCHECK in the final stage are fine');
});

// The rest of the container, compose and workflow checks in one small workspace, and what a
// performance or a security request keeps of them.
const HOSTILE_INFRA = {
  'Dockerfile': [
    'FROM node:latest',
    'ARG NPM_TOKEN=npm_abcdefghijklmnopqrstuvwxyz0123456789',
    'ENV LOG_LEVEL=info',
    'ADD https://example.com/tool.tar.gz /opt/',
    'RUN curl -fsSL https://example.com/install.sh | sh',
    'COPY . /app',
    'CMD ["npx", "nodemon", "server.js"]',
  ].join('\n'),
  'docker-compose.yml': [
    'services:',
    '  agent:',
    '    image: example/agent:1.2.3',
    '    privileged: true',
    '    network_mode: host',
    '    volumes:',
    '      - /var/run/docker.sock:/var/run/docker.sock',
    '  web:',
    '    image: example/web:1.2.3',
    '    ports: ["8080:8080"]',
  ].join('\n'),
  '.github/workflows/preview.yml': [
    'on: pull_request_target',
    'jobs:',
    '  preview:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '        with:',
    '          ref: ${{ github.event.pull_request.head.sha }}',
    '      - uses: someone/deploy-action@v2',
    '      - run: echo "${{ github.event.pull_request.title }}"',
  ].join('\n'),
};

test('containers, compose and workflows: each risk is reported at its line; first-party actions and safe services are not', async () => {
  const ctx = memoryContext(HOSTILE_INFRA);
  const found: AnalyzerFinding[] = [];
  for (const analyzer of [dockerfileAnalyzer, composeAnalyzer, workflowsAnalyzer]) found.push(...await analyzer.run(ctx));
  const lines = found.map((f) => `${f.evidence[0].file}:${f.evidence[0].line} ${f.title}`).sort();
  assert.deepEqual(lines, [
    '.github/workflows/preview.yml:10 Untrusted github.event.pull_request.title interpolated into a script (.github/workflows/preview.yml)',
    '.github/workflows/preview.yml:8 pull_request_target workflow checks out the pull request\'s code (.github/workflows/preview.yml)',
    '.github/workflows/preview.yml:9 Third-party action someone/deploy-action is not pinned to a commit (.github/workflows/preview.yml)',
    'Dockerfile:1 Base image node:latest is not pinned',
    'Dockerfile:1 Container runs as root (Dockerfile)',
    'Dockerfile:1 No HEALTHCHECK in Dockerfile',
    'Dockerfile:2 Secret in ARG NPM_TOKEN (Dockerfile)',
    'Dockerfile:4 ADD downloads a URL without a checksum (Dockerfile)',
    'Dockerfile:5 RUN pipes a downloaded script into a shell (Dockerfile)',
    'Dockerfile:7 Container starts a JavaScript development server (Dockerfile)',
    'docker-compose.yml:4 Service agent runs privileged (docker-compose.yml)',
    'docker-compose.yml:5 Service agent shares the host\'s network namespace (docker-compose.yml)',
    'docker-compose.yml:7 Service agent mounts the Docker socket (docker-compose.yml)',
  ].sort());
  assert.ok(!found.some((f) => /NPM_TOKEN=npm_/.test(`${f.title} ${f.detail}`)), 'the secret\'s value is not repeated in the title or detail');
});

test('infrastructure focus: a performance request hears about the development server, a security request about root, secrets and workflows', async () => {
  const ctx = memoryContext(HOSTILE_INFRA);
  const titles = async (focus: 'performance' | 'security') => (await runLocalAnalysis('infrastructure', ctx, { request: 'r', focus })).findings.map((f) => f.title);
  const performance = await titles('performance');
  assert.ok(performance.includes('Container starts a JavaScript development server (Dockerfile)'), performance.join('\n'));
  assert.ok(!performance.some((t) => /root|Secret|pull_request_target|privileged/.test(t)), performance.join('\n'));
  const security = await titles('security');
  for (const expected of [/runs as root/, /Secret in ARG/, /pull_request_target/, /privileged/, /not pinned to a commit/]) {
    assert.ok(security.some((t) => expected.test(t)), `${expected} in\n${security.join('\n')}`);
  }
  assert.ok(!security.some((t) => /development server/.test(t)), 'a development server is about speed, not security');
});
