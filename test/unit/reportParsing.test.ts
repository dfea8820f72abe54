import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFlagLines, parseFreeTextReport, parseReportText } from '../../src/core/delegation/reportParsing';

test('FLAG lines are read with an em dash, en dash, hyphen or colon between type and reason', () => {
  const flags = extractFlagLines([
    'FLAG: DATABASE_INVESTIGATION — missing index on orders.user_id',
    'FLAG: PERFORMANCE_ISSUE – p95 is 4 s',
    '- FLAG: FRONTEND_CHANGE - the button label must change',
    '**FLAG:** SECURITY_BREACH: tokens in logs',
    'No flag here: NOT_A_FLAG — because the line does not start with FLAG',
  ].join('\n'));
  assert.deepEqual(flags, [
    { type: 'DATABASE_INVESTIGATION', reason: 'missing index on orders.user_id', priority: 'normal' },
    { type: 'PERFORMANCE_ISSUE', reason: 'p95 is 4 s', priority: 'normal' },
    { type: 'FRONTEND_CHANGE', reason: 'the button label must change', priority: 'normal' },
    { type: 'SECURITY_BREACH', reason: 'tokens in logs', priority: 'critical' },
  ]);
});

test('a FLAG line without a reason still raises the flag', () => {
  assert.deepEqual(extractFlagLines('FLAG: DATABASE_INVESTIGATION'), [
    { type: 'DATABASE_INVESTIGATION', reason: 'no reason given', priority: 'normal' },
  ]);
});

test('free text becomes the summary without its FLAG lines; blank text is no report', () => {
  const report = parseFreeTextReport('Orders are slow.\nFLAG: DATABASE_INVESTIGATION — full scan\nLook at the query plan.');
  assert.equal(report?.summary, 'Orders are slow.\nLook at the query plan.');
  assert.equal(report?.flags.length, 1);
  assert.equal(parseFreeTextReport('  \n '), undefined);
  assert.equal(parseFreeTextReport('FLAG: SECURITY_BREACH — leaked key')?.summary, 'Raised SECURITY_BREACH.');
});

test('JSON replies are parsed against the contract, with the exact problem when they do not fit', () => {
  const good = parseReportText('```json\n{"summary":"All fine","findings":[]}\n```');
  assert.ok(good.ok);
  assert.equal(good.ok && good.report.summary, 'All fine');

  const wrongShape = parseReportText('{"summary":"x","flags":[{"type":"db","reason":"r"}]}');
  assert.ok(!wrongShape.ok);
  assert.match(!wrongShape.ok ? wrongShape.problem : '', /^flags\[0\]\.type: flag types are UPPER_SNAKE_CASE$/);

  const broken = parseReportText('{"summary": "x",');
  assert.ok(!broken.ok);
  assert.match(!broken.ok ? broken.problem : '', /could not be parsed/);
});
