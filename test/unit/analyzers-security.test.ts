import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sqlInjectionAnalyzer } from '../../src/core/analyzers/security/sql-injection';
import { hardcodedSecretsAnalyzer } from '../../src/core/analyzers/security/hardcodedSecrets';
import { codeInjectionAnalyzer } from '../../src/core/analyzers/security/code-injection';
import { fixture, places } from './analyzers-helpers';

test('JS: interpolated and concatenated SQL is critical with SECURITY_BREACH; placeholders, constants and tagged templates are not', async () => {
  const findings = await sqlInjectionAnalyzer.run(fixture('security-js'));
  assert.deepEqual(places(findings), ['src/repo.js:14', 'src/repo.js:16']);
  for (const f of findings) {
    assert.equal(f.severity, 'critical');
    assert.deepEqual(f.flag && { type: f.flag.type, priority: f.flag.priority, targetDomain: f.flag.targetDomain }, { type: 'SECURITY_BREACH', priority: 'critical', targetDomain: 'security' });
  }
  assert.match(findings[1].title, /string concatenation/); // built in a variable on line 15, executed on 16
});

test('Python: %, .format and f-string SQL are reported; %s parameters are not', async () => {
  const findings = await sqlInjectionAnalyzer.run(fixture('security-py'));
  assert.deepEqual(places(findings), ['views.py:10', 'views.py:11', 'views.py:13']);
  assert.deepEqual(findings.map((f) => /built by (.*) in/.exec(f.title)?.[1]), ['% formatting', 'str.format', 'f-string interpolation']);
});

test('Ruby and PHP: interpolation into where()/query() is reported; ? placeholders are not', async () => {
  assert.deepEqual(places(await sqlInjectionAnalyzer.run(fixture('rails'))), ['app/controllers/loans_controller.rb:19']);
  assert.deepEqual(places(await sqlInjectionAnalyzer.run(fixture('ruby-php'))), ['posts.php:3', 'posts.php:6']);
});

test('secrets: known key formats, private keys and secret-named literals are found and redacted; env reads, placeholders and tests are not', async () => {
  const js = await hardcodedSecretsAnalyzer.run(fixture('security-js'));
  assert.deepEqual(places(js), ['src/keys.pem.js:1', 'src/repo.js:4', 'src/repo.js:5']);
  assert.ok(js.every((f) => f.severity === 'high'));
  assert.ok(js.every((f) => !/51HxQ2eLkdIwZp3v9QaR7TbYz|IOSFODNN7EXAMPLX/.test(JSON.stringify(f))), 'the secret itself never leaves the file');
  const py = await hardcodedSecretsAnalyzer.run(fixture('security-py'));
  assert.deepEqual(places(py), ['views.py:5']);
  assert.match(py[0].evidence[0].excerpt ?? '', /DB_PASSWORD = "s3cr…\(16 chars\)"/);
});

test('code injection: eval and shell commands of request input are critical; literals and argument lists are not', async () => {
  const js = await codeInjectionAnalyzer.run(fixture('security-js'));
  assert.deepEqual(places(js), ['src/repo.js:20', 'src/repo.js:22']);
  const py = await codeInjectionAnalyzer.run(fixture('security-py'));
  assert.deepEqual(places(py), ['views.py:16', 'views.py:17']);
  assert.ok([...js, ...py].every((f) => f.severity === 'critical' && f.flag?.type === 'SECURITY_BREACH'));
});
