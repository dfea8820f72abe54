import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dockerfileAnalyzer, imagePinning } from '../../src/core/analyzers/infrastructure/dockerfile';
import { fixture, places } from './analyzers-helpers';

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
