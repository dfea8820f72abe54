// The scale figures of project memory, monorepos and the bundle (issue #11 items 3–5), each with its
// target; printed by bench/scale.ts with the journal figures, never asserted.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { copyClassifierModel, extensionBundles } from '../scripts/bundles.mjs';
import { AnthropicModelClient } from '../src/core/model/anthropic';
import { estimateTokens } from '../src/core/memory/selection';
import { DEFAULT_MEMORY_TOKEN_BUDGET } from '../src/core/memory/selectionSummary';
import { startFakeApi } from '../test/fake-api/server';
import { buildScenario, reportReply, textReply } from '../test/fake-api/scenarioBuilders';
import { writeShopMonorepo } from '../test/support/monorepo';
import { writeGrownMemory, writeLargeClaudeMd } from './scaleData';
import { BLOCK_TARGET, engine as engineIn, inScratch, longestBlock, median, REPO, round, settle, timed, type Figure, type Timing } from './scaleKit';

/** An engine whose journals are where hosts keep them, out of the walked workspace's files. */
const engine = (dir: string) => engineIn(dir, join(dir, '.orchestrator', 'runs'));

/** The first prior-work lookup of a fresh process over 10,000 sections (4 files): nothing warmed up or cached. */
function coldLookupFigure(): Figure {
  return {
    name: 'prior-work lookup, 10,000 sections, cold',
    target: '≤ 50 ms (judged on CPU time)',
    measure: () => inScratch(async (dir) => {
      const bytes = writeGrownMemory(dir, 10_000, 4);
      const samples = Array.from({ length: 5 }, () => {
        const probe = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'scaleProbe.ts'), 'lookup', dir], { encoding: 'utf8' });
        if (probe.status !== 0) throw new Error(probe.stderr);
        return JSON.parse(probe.stdout) as { ms: number; cpuMs: number; sections: number };
      });
      const ms = median(samples.map((s) => s.ms));
      const cpuMs = median(samples.map((s) => s.cpuMs));
      // Judged on CPU time: on a shared machine the wall time of a 50 ms task is mostly other processes' turns.
      return {
        value: round(ms), unit: 'ms', ok: cpuMs <= 50,
        detail: `CPU ${round(cpuMs)} ms; median of 5 fresh processes (${samples.map((s) => round(s.ms)).join(', ')} ms); ${samples[0].sections} sections, ${round(bytes / 2 ** 20)} MB`,
      };
    }),
  };
}

/** plan() over large memory: the first in a new engine, then the median of warm ones, and the longest block. */
function planFigure(name: string, write: (dir: string) => string): Figure {
  return {
    name,
    target: `${BLOCK_TARGET}; time printed`,
    measure: () => inScratch(async (dir) => {
      // Loads (and, under tsx, compiles) the engine's modules first: that is not what this figure measures.
      await inScratch((empty) => engine(empty).plan('Make the checkout faster'));
      const what = write(dir);
      await settle();
      const first = await timed(() => engine(dir).plan('Make the checkout faster'));
      const warmEngine = engine(dir);
      const warm = [];
      for (let i = 0; i < 5; i++) warm.push(await timed(() => warmEngine.plan('Make the checkout faster')));
      const block = longestBlock([first, ...warm]);
      return {
        value: round(first.ms), unit: 'ms (first plan of an engine)', ok: block.ok,
        detail: `${what}; CPU ${round(first.cpuMs)} ms; warm median ${round(median(warm.map((w) => w.ms)))} ms; ${block.text}`,
      };
    }),
  };
}

/**
 * The first plan of a session in a fresh process, its modules loaded: the model's weights and the
 * index of its examples (the whole bank) are built then, once a session (the plans above come after a warm-up
 * plan, so they never see it). Median of 3 processes; the longest block of all. Beside it, the same
 * plan after the engine's warmUp, as the extension makes its first plan of a window.
 */
function firstPlanFigure(): Figure {
  return {
    name: 'first plan of a session (fresh process)',
    target: BLOCK_TARGET,
    measure: () => inScratch(async (dir) => {
      const probe = (what: string) => Array.from({ length: 3 }, () => {
        const run = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'scaleProbe.ts'), what, dir], { encoding: 'utf8' });
        if (run.status !== 0) throw new Error(run.stderr);
        return JSON.parse(run.stdout) as Timing;
      });
      const samples = probe('first-plan');
      const warmed = probe('warm-first-plan');
      const block = longestBlock(samples);
      const cold = median(samples.map((s) => s.ms));
      const warm = median(warmed.map((s) => s.ms));
      return {
        value: round(cold), unit: 'ms', ok: block.ok,
        detail: `CPU ${round(median(samples.map((s) => s.cpuMs)))} ms; ${block.text}; after the engine's warm-up (the extension's first plan) ${round(warm)} ms, ${round(cold / warm, 1)}× less`,
      };
    }),
  };
}

/** What one coordinator call of a model run sends, with 1,000 memory sections: the budget, against all memory. */
function promptTokensFigure(): Figure {
  return {
    name: 'memory tokens per coordinator call, 1,000 sections',
    target: `within the ${DEFAULT_MEMORY_TOKEN_BUDGET.toLocaleString('en-US')}-token budget (all memory was sent before), the same bytes to every coordinator of the run`,
    measure: () => inScratch(async (dir) => {
      writeGrownMemory(dir, 1000, 1);
      const report = { summary: 'ok', findings: [] };
      const api = await startFakeApi({ scenario: buildScenario([reportReply('backend', report), reportReply('database', report), reportReply('frontend', report), textReply('synthesis', 'Done.')]) });
      try {
        const model = new AnthropicModelClient({ apiKey: 'bench', baseURL: api.baseURL, maxRetries: 0 });
        const state = await (await engine(dir).start('Make the checkout faster', { model }, new AbortController().signal)).done;
        const calls = api.requests.filter((r) => r.path === '/v1/messages' && r.coordinator !== 'synthesis');
        const tokens = calls.map((r) => estimateTokens(JSON.stringify({ system: r.body.system, tools: r.body.tools, messages: r.body.messages })));
        const memory = state.checklist?.memory;
        if (!memory) throw new Error('the plan chose no memory');
        // The chosen memory as it appears inside a request's JSON: every coordinator's call must hold it whole.
        const sent = JSON.stringify(memory.text).slice(1, -1);
        const holding = calls.filter((r) => JSON.stringify(r.body).includes(sent)).length;
        return {
          value: memory.tokens, unit: 'tokens of memory (estimated)', ok: memory.tokens <= memory.budgetTokens && calls.length > 0 && holding === calls.length,
          detail: `of ${memory.totalTokens.toLocaleString('en-US')} tokens of memory (${memory.includedSections} of ${memory.sections} sections); the same memory bytes in ${holding} of ${calls.length} coordinator calls; the largest call ${Math.max(...tokens).toLocaleString('en-US')} tokens in all`,
        };
      } finally {
        await api.close();
      }
    }),
  };
}

/** A local run over the shop inside 25,000 generated files that sort before its code. */
function monorepoFigure(): Figure {
  return {
    name: 'local run over 25,000 files',
    target: `finds the 7 problems the shop alone has; ${BLOCK_TARGET}`,
    measure: () => inScratch(async (dir) => {
      await inScratch((empty) => engine(empty).plan('Make the checkout faster'));
      writeShopMonorepo(dir, 25_000);
      await settle();
      let findings = 0;
      const run = await timed(async () => {
        const state = await (await engine(dir).start('Make the checkout faster', {}, new AbortController().signal)).done;
        findings = state.tasks.reduce((sum, t) => sum + (t.delegation?.report?.findings.length ?? 0), 0);
      });
      const block = longestBlock([run]);
      return {
        value: round(run.ms), unit: 'ms', ok: findings === 7 && block.ok,
        detail: `${findings} findings; CPU ${round(run.cpuMs)} ms; ${block.text}`,
      };
    }),
  };
}

/** plan() over 25,000 and 50,000 files: the walk, the prioritisation and the generator marks grow linearly. */
function linearWalkFigure(): Figure {
  return {
    name: 'plan() over 50,000 files vs 25,000 (CPU ratio)',
    target: `linear: about 2 (twice the files, twice the work); ${BLOCK_TARGET}`,
    measure: async () => {
      await inScratch((empty) => engine(empty).plan('Make the checkout faster'));
      const plans: Timing[] = [];
      for (const files of [25_000, 50_000]) {
        plans.push(await inScratch(async (dir) => {
          writeShopMonorepo(dir, files);
          await settle();
          return timed(() => engine(dir).plan('Make the checkout faster'));
        }));
      }
      const ratio = plans[1].cpuMs / plans[0].cpuMs;
      const block = longestBlock(plans);
      return {
        value: round(ratio, 2), unit: '×', ok: ratio <= 2.5 && block.ok,
        detail: `CPU ${round(plans[0].cpuMs)} ms for 25,000 files, ${round(plans[1].cpuMs)} ms for 50,000 (wall ${round(plans[0].ms)} / ${round(plans[1].ms)} ms); ${block.text}`,
      };
    },
  };
}

/** What activation parses: dist/extension.js as packaged (minified). */
function activationBytesFigure(): Figure {
  return {
    name: 'activation bundle (dist/extension.js)',
    target: '≤ 300 KB',
    measure: async () => {
      const [extension] = extensionBundles({ bundle: true, minify: true, sourcemap: false, logLevel: 'silent', absWorkingDir: REPO, target: 'node20' });
      const { outputFiles } = await esbuild.build({ ...extension, write: false });
      const kb = outputFiles[0].contents.length / 1024;
      return { value: round(kb), unit: 'KB', ok: kb <= 300, detail: 'the engine, the Anthropic SDK and markdown-it are bundles of their own, loaded on first use' };
    },
  };
}

/**
 * The classifier's weights, bundled as the engine bundles them (minified, the model's files read at
 * run time from classifier/ beside the bundle): the CPU time of loading the bundle, of the first
 * plan's model (its weights read), and of reading the requests it was trained on (when the index of
 * examples is built, at the warm-up), each a stretch the extension host is blocked for once a
 * session. Median of 5 fresh processes.
 */
function classifierWeightsFigure(): Figure {
  return {
    name: 'classifier weights, first use in a session',
    target: '≤ 50 ms CPU to load, ≤ 50 ms CPU at the first plan, ≤ 50 ms CPU to read its examples',
    measure: () => inScratch(async (dir) => {
      const entry = join(dir, 'entry.ts');
      writeFileSync(entry, `import { builtinModel } from ${JSON.stringify(join(REPO, 'src/core/plan/classifier/builtinModel'))};\nexport { builtinModel };\n`);
      const bundle = join(dir, 'weights.js');
      await esbuild.build({ entryPoints: [entry], outfile: bundle, bundle: true, minify: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent' });
      copyClassifierModel(dir);
      const probe = `const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
        let t = cpu(); const { builtinModel } = require(${JSON.stringify(bundle)}); const load = cpu() - t;
        t = cpu(); const features = builtinModel().featureCount; const first = cpu() - t;
        t = cpu(); const requests = builtinModel().exemplars('bug_fix').length; const examples = cpu() - t;
        console.log(JSON.stringify({ load, first, examples, features, requests }));`;
      const samples = Array.from({ length: 5 }, () => {
        const run = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
        if (run.status !== 0) throw new Error(run.stderr);
        return JSON.parse(run.stdout) as { load: number; first: number; examples: number; features: number; requests: number };
      });
      const load = median(samples.map((s) => s.load));
      const first = median(samples.map((s) => s.first));
      const examples = median(samples.map((s) => s.examples));
      if (samples[0].requests === 0) throw new Error('the bundled model read no examples');
      return {
        value: round(first), unit: 'ms CPU at the first plan',
        ok: load <= 50 && first <= 50 && examples <= 50,
        detail: `loading the bundle ${round(load)} ms CPU; reading the examples ${round(examples)} ms CPU; ${samples[0].features.toLocaleString('en-US')} weighted features; median of 5 fresh processes`,
      };
    }),
  };
}

export const MEMORY_MONOREPO_BUNDLE_FIGURES: readonly Figure[] = [
  coldLookupFigure(),
  planFigure('plan() with 10,000 sections over 4 files', (dir) => `${round(writeGrownMemory(dir, 10_000, 4) / 2 ** 20)} MB of memory`),
  planFigure('plan() with a 2 MB CLAUDE.md', (dir) => `${writeLargeClaudeMd(dir, 2 * 2 ** 20).toLocaleString('en-US')} sections`),
  firstPlanFigure(),
  promptTokensFigure(),
  monorepoFigure(),
  linearWalkFigure(),
  activationBytesFigure(),
  classifierWeightsFigure(),
];
