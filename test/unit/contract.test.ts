import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coordinatorReportSchema } from '../../src/core/kernel/contract';

test('a report with an unknown severity is refused with the field named', () => {
  const result = coordinatorReportSchema.safeParse({ summary: 's', findings: [{ title: 't', detail: 'd', severity: 'huge' }] });
  assert.equal(result.success, false);
  assert.match(JSON.stringify(result.error?.issues), /severity/);
});
