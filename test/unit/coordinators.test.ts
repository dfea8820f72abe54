import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  BUILTIN_COORDINATORS,
  RESPONSE_CONTRACT_INSTRUCTIONS,
  loadCoordinators,
  parseCoordinatorFile,
  type LoadedCoordinators,
} from '../../src/core/coordinators';
import { FLAG_RULES } from '../../src/core/run/flagPolicy';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'agents');

describe('built-in coordinators', () => {
  test('the five domains exist with read-only tools and domain-specific flag guidance', () => {
    assert.deepEqual(BUILTIN_COORDINATORS.map((c) => c.name), ['backend', 'database', 'frontend', 'security', 'infrastructure']);
    for (const coordinator of BUILTIN_COORDINATORS) {
      assert.deepEqual([...coordinator.tools], ['list_files', 'read_file', 'search_text']);
      assert.equal(coordinator.source, 'builtin');
      assert.match(coordinator.systemPrompt, new RegExp(`You are the ${coordinator.name} coordinator`));
    }
    const byName = new Map(BUILTIN_COORDINATORS.map((c) => [c.name, c.systemPrompt]));
    assert.match(byName.get('backend')!, /DATABASE_INVESTIGATION: a query per item in a loop/);
    assert.match(byName.get('frontend')!, /PERFORMANCE_ISSUE: bundle size/);
  });

  test('the response contract names submit_report, evidence, and every flag type the engine knows', () => {
    assert.match(RESPONSE_CONTRACT_INSTRUCTIONS, /submit_report/);
    assert.match(RESPONSE_CONTRACT_INSTRUCTIONS, /Never invent a file path/);
    assert.match(RESPONSE_CONTRACT_INSTRUCTIONS, /findingIndex/);
    for (const type of Object.keys(FLAG_RULES)) assert.match(RESPONSE_CONTRACT_INSTRUCTIONS, new RegExp(`- ${type}`));
  });

  test('prompts carry no date or time (they are part of the cached prefix)', () => {
    const all = RESPONSE_CONTRACT_INSTRUCTIONS + BUILTIN_COORDINATORS.map((c) => c.systemPrompt).join('');
    assert.doesNotMatch(all, /\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}/);
  });
});

describe('loadCoordinators', () => {
  let root: string;
  let loaded: LoadedCoordinators;

  before(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'coordinators-'));
    const agents = path.join(root, '.claude', 'agents');
    await fs.mkdir(agents, { recursive: true });
    for (const name of await fs.readdir(fixtures)) await fs.copyFile(path.join(fixtures, name), path.join(agents, name));
    await fs.writeFile(path.join(agents, 'notes.txt'), 'not a coordinator');
    await fs.mkdir(path.join(root, '.orchestrator', 'coordinators'), { recursive: true });
    await fs.writeFile(
      path.join(root, '.orchestrator', 'coordinators', 'api-reviewer.md'),
      '---\nname: api-reviewer\ndescription: Orchestrator-specific API reviewer\n---\nUse the orchestrator version.\n',
    );
    loaded = await loadCoordinators(root);
  });

  after(async () => {
    await fs.rm(root, { recursive: true, force: true });
  });

  test('loads a valid Claude Code subagent with its tools mapped to read-only ones', () => {
    const names = loaded.coordinators.map((c) => c.name);
    assert.deepEqual(names, ['backend', 'database', 'frontend', 'security', 'infrastructure', 'api-reviewer']);
  });

  test('maps Read/Grep/Glob, drops write tools with a warning, derives keywords', async () => {
    const text = await fs.readFile(path.join(fixtures, 'api-reviewer.md'), 'utf8');
    const parsed = parseCoordinatorFile(text, '.claude/agents/api-reviewer.md');
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.coordinator.tools, ['read_file', 'search_text', 'list_files']);
    assert.equal(parsed.coordinator.model, 'claude-sonnet-4-5');
    assert.match(parsed.coordinator.systemPrompt, /^You review the public REST API/);
    assert.equal(parsed.coordinator.source, '.claude/agents/api-reviewer.md');
    for (const word of ['api', 'reviewer', 'rest', 'versioning', 'pagination', 'endpoints']) assert.ok(parsed.coordinator.keywords.includes(word), word);
    for (const stop of ['and', 'of', 'reviews']) assert.ok(!parsed.coordinator.keywords.includes(stop), stop);
    assert.equal(parsed.warnings.length, 1);
    assert.match(parsed.warnings[0].message, /Bash, Edit are not available/);
    assert.equal(parsed.warnings[0].line, 4);
  });

  test('invalid files are skipped and reported with the file and line', () => {
    const broken = loaded.errors.find((e) => e.file === '.claude/agents/broken-yaml.md');
    assert.ok(broken, JSON.stringify(loaded.errors));
    assert.match(broken.message, /^\.claude\/agents\/broken-yaml\.md has invalid YAML front matter/);
    assert.ok(broken.line !== undefined && broken.line >= 3, `line ${broken.line}`);
    const badName = loaded.errors.find((e) => e.file === '.claude/agents/bad-name.md');
    assert.ok(badName);
    assert.equal(badName.line, 2);
    assert.match(badName.message, /name must be lowercase letters, digits and hyphens/);
    assert.equal(loaded.errors.length, 2);
  });

  test('a user file with a built-in name overrides it and keeps its routing words', () => {
    const backend = loaded.coordinators.find((c) => c.name === 'backend')!;
    assert.equal(backend.source, '.claude/agents/backend-override.md');
    assert.match(backend.systemPrompt, /Django monolith/);
    assert.deepEqual([...backend.tools], ['read_file', 'search_text']);
    assert.equal(backend.model, undefined, "'inherit' means the run's model");
    assert.ok(backend.keywords.includes('api') && backend.keywords.includes('django') && backend.keywords.includes('celery'));
  });

  test('.orchestrator/coordinators wins over .claude/agents for the same name, with a warning', () => {
    const reviewer = loaded.coordinators.find((c) => c.name === 'api-reviewer')!;
    assert.equal(reviewer.source, '.orchestrator/coordinators/api-reviewer.md');
    assert.ok(loaded.warnings.some((w) => /overrides coordinator 'api-reviewer' from \.claude\/agents\/api-reviewer\.md/.test(w.message)));
  });

  test('a workspace without coordinator folders gets the built-ins and no problems', async () => {
    const empty = await fs.mkdtemp(path.join(os.tmpdir(), 'coordinators-empty-'));
    const result = await loadCoordinators(empty);
    assert.equal(result.coordinators.length, 5);
    assert.deepEqual(result.errors, []);
    await fs.rm(empty, { recursive: true, force: true });
  });
});

describe('parseCoordinatorFile', () => {
  test('names the missing field and its problem', () => {
    const missing = parseCoordinatorFile('---\nname: x\n---\nbody', 'a.md');
    assert.ok(!missing.ok);
    assert.match(missing.error.message, /description is required/);
    const noFrontMatter = parseCoordinatorFile('just a prompt', 'b.md');
    assert.ok(!noFrontMatter.ok);
    assert.match(noFrontMatter.error.message, /has no YAML front matter/);
    const noBody = parseCoordinatorFile('---\nname: x\ndescription: y\n---\n\n', 'c.md');
    assert.ok(!noBody.ok);
    assert.match(noBody.error.message, /has no system prompt/);
  });
});

describe('agent files reached through links', () => {
  test('a link inside the workspace is loaded; a link or a folder leading outside is reported and never read', async (t) => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'coordinators-links-'));
    const outside = await fs.mkdtemp(path.join(os.tmpdir(), 'coordinators-outside-'));
    t.after(() => Promise.all([fs.rm(root, { recursive: true, force: true }), fs.rm(outside, { recursive: true, force: true })]));
    const agent = (name: string) => `---\nname: ${name}\ndescription: ${name} reviewer\n---\nReview ${name}.\n`;
    await fs.writeFile(path.join(outside, 'stolen.md'), agent('stolen'));
    await fs.mkdir(path.join(root, 'team'));
    await fs.writeFile(path.join(root, 'team', 'docs.md'), agent('docs-reviewer'));
    const agents = path.join(root, '.claude', 'agents');
    await fs.mkdir(agents, { recursive: true });
    await fs.symlink(path.join(root, 'team', 'docs.md'), path.join(agents, 'docs.md'));
    await fs.symlink(path.join(outside, 'stolen.md'), path.join(agents, 'stolen.md'));
    await fs.mkdir(path.join(root, '.orchestrator'));
    await fs.symlink(outside, path.join(root, '.orchestrator', 'coordinators'));

    const loaded = await loadCoordinators(root);
    const names = loaded.coordinators.map((c) => c.name);
    assert.ok(names.includes('docs-reviewer'), 'the link inside the workspace is followed');
    assert.ok(!names.includes('stolen'), 'nothing outside the workspace is read');
    assert.deepEqual(loaded.errors, [
      { file: '.claude/agents/stolen.md', message: '.claude/agents/stolen.md is a link that leads outside the workspace; it is not read' },
      { file: '.orchestrator/coordinators', message: '.orchestrator/coordinators is a link that leads outside the workspace; its files are not read' },
    ]);
  });
});
