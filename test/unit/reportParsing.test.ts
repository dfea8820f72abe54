import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReportText } from '../../src/core/delegation/reportParsing';

test('JSON replies are parsed against the contract, with the exact problem when they do not fit', () => {
  const good = parseReportText('```json\n{"summary":"All fine","findings":[]}\n```');
  assert.ok(good?.ok);
  assert.equal(good.ok && good.report.summary, 'All fine');

  const wrongShape = parseReportText('{"summary":"x","flags":[{"type":"db","reason":"r"}]}');
  assert.ok(wrongShape && !wrongShape.ok);
  assert.match(!wrongShape.ok ? wrongShape.problem : '', /^flags\[0\]\.type: flag types are UPPER_SNAKE_CASE$/);

  const broken = parseReportText('{"summary": "x",');
  assert.ok(broken && !broken.ok);
  assert.match(!broken.ok ? broken.problem : '', /could not be parsed/);
});

test('prose is not a report, whatever it claims', () => {
  assert.equal(parseReportText('Sure! I looked around and it seems fine.'), undefined);
  assert.equal(parseReportText('All good.\nFLAG: DATABASE_INVESTIGATION — full scan'), undefined);
  assert.equal(parseReportText('   '), undefined);
});
