import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AnthropicModelClient } from '../core/model/anthropic';
import { DEFAULT_MODEL_ID, Orchestrator, RunNotFoundError, type RunHandle, type RunOptions } from '../core/orchestrator';
import { planText } from '../core/audit/runText';
import { planScope } from '../core/plan/scope';
import type { RunEvent } from '../core/run/events';
import { readJournal } from '../core/run/journalRead';
import type { RunState } from '../core/run/state';
import { parseCli, UsageError, USAGE, type CliCommand } from './args';
import { watchInterrupts } from './interrupts';
import { applyMemoryEdits, memoryPatch, type MemoryOutcome } from './memoryOutput';
import { serveMcp } from './mcp/serve';
import { patternsCommand } from './patterns';
import { eventLine, renderLiveChecklist } from './render';
import { printReport } from './report';
import { listedRun, renderRunsTable } from './runs';
import { errorMessage } from '../core/kernel/format';
import packageJson from '../../package.json';
import { resolvePricesJson } from '../core/cost/priceSettings';
import { formatUsd, runCostLines } from '../core/cost/describe';
import { askOnTerminal } from './costPrompt';
import { plainText } from '../core/kernel/untrustedText';
import { safeMarkdown } from '../core/kernel/safeMarkdown';

/** Where the shipped templates are: beside the bundle (dist/templates) or at the repo root in development. */
function builtinTemplatesDir(): string {
  const candidates = [join(__dirname, 'templates'), join(__dirname, '..', '..', 'templates'), join(__dirname, '..', 'templates')];
  return candidates.find((dir) => existsSync(join(dir, 'simple.yaml'))) ?? candidates[0];
}

function createOrchestrator(cwd: string): Orchestrator {
  return new Orchestrator({ workspaceRoot: resolve(cwd), builtinTemplatesDir: builtinTemplatesDir() });
}

interface ModelSettings {
  readonly local: boolean;
  readonly parallel?: number;
  readonly maxRetryWait?: number;
  readonly stallTimeout?: number;
  readonly memoryTokens?: number;
  readonly maxCost?: number;
  readonly prices?: { readonly text: string; readonly where: string };
}

/** The model from the environment: ANTHROPIC_API_KEY (none, or --local: the local analyzers), ANTHROPIC_BASE_URL, TASK_ORCHESTRATOR_MODEL. */
function runOptions(options: ModelSettings): RunOptions {
  const key = process.env.ANTHROPIC_API_KEY?.trim();
  const model = process.env.TASK_ORCHESTRATOR_MODEL?.trim() || DEFAULT_MODEL_ID;
  const client = key && !options.local
    ? new AnthropicModelClient({
      apiKey: key,
      baseURL: process.env.ANTHROPIC_BASE_URL?.trim() || undefined,
      maxRetryWaitMs: options.maxRetryWait === undefined ? undefined : options.maxRetryWait * 1000,
      idleTimeoutMs: options.stallTimeout === undefined ? undefined : options.stallTimeout * 1000,
    })
    : undefined;
  const prices = resolvePricesJson(options.prices?.text, options.prices?.where ?? '--prices');
  for (const problem of prices.problems) process.stderr.write(`warning: ${problem}\n`);
  return {
    model: client, models: { planner: model, coordinator: model }, parallelLimit: options.parallel ?? 3, memoryTokenBudget: options.memoryTokens,
    prices: { table: prices.prices, overridden: prices.overridden }, maxCostUsd: options.maxCost,
  };
}

async function plan(command: Extract<CliCommand, { kind: 'plan' }>): Promise<number> {
  const orchestrator = createOrchestrator(command.cwd);
  // With a key (and no --local) an unsure classification may be settled by one short model call.
  const result = await orchestrator.plan({ text: command.request, template: command.template }, runOptions(command));
  for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
  if (command.json) process.stdout.write(JSON.stringify(result.checklist, null, 2) + '\n');
  else process.stdout.write(`${planText(result.checklist)}\n`);
  return 0;
}

/** After the first Ctrl-C or SIGTERM the run stops on its own; if something still holds it after this, the CLI leaves anyway. */
const STOP_GRACE_MS = 2000;

async function run(command: Extract<CliCommand, { kind: 'run' }>): Promise<number> {
  const orchestrator = createOrchestrator(command.cwd);
  const controller = new AbortController();
  // A question at the cost limit needs someone at a terminal; otherwise the run stops there, resumable.
  const canAsk = !command.json && process.stdin.isTTY === true && process.stderr.isTTY === true;
  const askAtCostLimit = canAsk ? askOnTerminal(process.stdin, process.stderr) : undefined;
  const options = { ...runOptions(command), askAtCostLimit };
  let handle: RunHandle | undefined;
  const stopWatching = watchInterrupts(process, {
    notify: (message) => process.stderr.write(`\n${message}\n`),
    stop: (name) => controller.abort(new Error(`Interrupted (${name}); resume with --resume`)),
    exitNow: () => {
      // Everything up to the last finished task is in the journal; the task in hand runs again on resume.
      handle?.store.flush();
      const resume = handle ? ` Resume with: task-orchestrator run --resume ${handle.runId} --cwd ${command.cwd}` : '';
      process.stderr.write(`Exited before the run finished stopping.${resume}\n`);
      process.exit(130);
    },
  }, STOP_GRACE_MS);
  try {
    handle = command.resume
      ? await orchestrator.resume(command.resume, options, controller.signal)
      : await orchestrator.start({ text: command.request!, template: command.template }, options, controller.signal);
    const stopView = command.json ? await streamJson(handle, orchestrator.journalPath(handle.runId)) : process.stdout.isTTY ? liveView(handle) : lineView(handle);
    const state = await handle.done;
    stopView();
    if (!command.json) finish(command, orchestrator, state);
    return state.status === 'completed' ? 0 : state.status === 'cancelled' ? 130 : 1;
  } catch (error) {
    if (!controller.signal.aborted || handle) throw error;
    process.stderr.write('Interrupted while planning; no run was started.\n');
    return 130;
  } finally {
    stopWatching();
  }
}

/** Every event of the run, one per line: a resumed run's journal first, then this session's as they come. */
async function streamJson(handle: RunHandle, journalPath: string): Promise<() => void> {
  const write = (event: RunEvent) => process.stdout.write(JSON.stringify(event) + '\n');
  const replayed = handle.store.replayedCount;
  let read = 0;
  if (replayed > 0) await readJournal(journalPath, (event) => read++ < replayed && write(event));
  for (const event of handle.store.sessionEvents) write(event);
  return handle.store.onDidEmit(write);
}

function lineView(handle: RunHandle): () => void {
  const state = handle.store.state;
  process.stdout.write(`Run ${state.runId}${state.mode === 'local' ? ' — local analyzers (no model; set ANTHROPIC_API_KEY for model-backed coordinators)' : ''}\n`);
  process.stdout.write(renderLiveChecklist(state) + '\n\n');
  for (const line of state.checklist ? planScope(state.checklist) : []) process.stdout.write(`${line}\n`);
  return handle.store.onDidEmit((event, s) => {
    const line = eventLine(event, s);
    if (line) process.stdout.write(line + '\n');
  });
}

/** Redraws the checklist in place, at most every 80 ms. */
function liveView(handle: RunHandle): () => void {
  // What the plan left out does not change: said once, above the area redrawn in place.
  const checklist = handle.store.state.checklist;
  for (const line of checklist ? planScope(checklist) : []) process.stdout.write(`${line}\n`);
  let lastLines = 0;
  let timer: NodeJS.Timeout | undefined;
  const draw = () => {
    timer = undefined;
    const text = renderLiveChecklist(handle.store.state);
    if (lastLines > 0) process.stdout.write(`\x1b[${lastLines}A\x1b[0J`);
    process.stdout.write(text + '\n');
    lastLines = text.split('\n').length;
  };
  draw();
  const stop = handle.store.onDidEmit(() => {
    timer ??= setTimeout(draw, 80);
  });
  return () => {
    stop();
    if (timer) clearTimeout(timer);
    draw();
  };
}

function finish(command: Extract<CliCommand, { kind: 'run' }>, orchestrator: Orchestrator, state: RunState): void {
  const out = process.stdout;
  // The answer as sanitized Markdown: no link but http(s) for a terminal to offer, no escape sequence.
  if (state.synthesis) out.write(`\n${safeMarkdown(state.synthesis)}\n`);
  if (state.failure) out.write(`\n${state.status === 'cancelled' ? 'Cancelled' : 'Failed'}: ${plainText(state.failure.message)}\n`);
  const cost = runCostLines(state);
  if (cost) {
    out.write(`\nCost: ${cost.total}${state.costTerms?.limitUsd !== undefined ? ` (limit ${formatUsd(state.costTerms.limitUsd)})` : ''}\n`);
    for (const line of cost.coordinators) out.write(`  ${line}\n`);
    if (cost.note) out.write(`  (${cost.note})\n`);
  }
  if (state.memoryEdits.length > 0) {
    const root = resolve(command.cwd);
    const runsDir = dirname(orchestrator.journalPath(state.runId));
    let outcome: MemoryOutcome;
    if (command.apply) {
      outcome = applyMemoryEdits(root, state.memoryEdits, join(runsDir, 'memory-edits.lock'));
      if (outcome.paths.length > 0) out.write(`\nApplied memory updates: ${outcome.paths.join(', ')}\n`);
    } else {
      const proposed = memoryPatch(root, state.memoryEdits);
      outcome = proposed;
      if (proposed.paths.length > 0) {
        const patchPath = join(runsDir, `${state.runId}.memory.patch`);
        writeFileSync(patchPath, proposed.patch, 'utf8');
        out.write(`\nProposed memory updates (${proposed.paths.join(', ')}) written for review to ${patchPath}\n`);
        out.write(`Apply with: git apply ${patchPath}   (or re-run with --apply)\n`);
      }
    }
    if (outcome.alreadyApplied.length > 0) out.write(`\nAlready applied (this run's section is there): ${outcome.alreadyApplied.join(', ')}\n`);
    for (const reason of outcome.refused) process.stderr.write(`warning: ${reason}\n`);
  }
  out.write(`\nJournal: ${orchestrator.journalPath(state.runId)}\n`);
  if (state.status !== 'completed') {
    const retries = state.tasks.some((t) => t.status === 'failed') ? ' (retries the failed tasks)' : '';
    out.write(`Resume${retries} with: task-orchestrator run --resume ${state.runId} --cwd ${command.cwd}\n`);
  }
}

async function runs(command: Extract<CliCommand, { kind: 'runs' }>): Promise<number> {
  const orchestrator = createOrchestrator(command.cwd);
  const all = await orchestrator.listRuns({ recheck: true });
  const list = all.slice(0, command.limit).map((run) => listedRun(run, orchestrator.isRunDriven(run.runId)));
  process.stdout.write((command.json ? JSON.stringify(list, null, 2) : renderRunsTable(list, all.length)) + '\n');
  return 0;
}

const VERSION: string = (packageJson as { version: string }).version;

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

const stdio = { out: (text: string) => process.stdout.write(text), err: (text: string) => process.stderr.write(text) };

export async function main(argv: readonly string[]): Promise<number> {
  let command: CliCommand;
  try {
    command = parseCli(argv);
  } catch (error) {
    process.stderr.write(`${error instanceof UsageError || error instanceof TypeError ? error.message : String(error)}\n\n${USAGE}\n`);
    return 2;
  }
  if (command.kind === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (!isFolder(command.cwd)) {
    process.stderr.write(`task-orchestrator: ${command.cwd === process.cwd() ? 'the current directory' : `--cwd ${command.cwd}`} is not a folder that can be read.\n`);
    return 2;
  }
  try {
    switch (command.kind) {
      case 'plan':
        return await plan(command);
      case 'runs':
        return await runs(command);
      case 'report':
        return await printReport(command, createOrchestrator(command.cwd));
      case 'patterns':
        return await patternsCommand(command, createOrchestrator(command.cwd), resolve(command.cwd), stdio);
      case 'mcp': {
        const hasKey = Boolean(process.env.ANTHROPIC_API_KEY?.trim());
        return await serveMcp({ engine: createOrchestrator(command.cwd), workspaceRoot: resolve(command.cwd), runOptions: (mode) => runOptions({ local: mode === 'local', maxCost: command.maxCost, prices: command.prices }), hasKey, version: VERSION });
      }
      case 'run':
        return await run(command);
    }
  } catch (error) {
    const hint = error instanceof RunNotFoundError && error.recent.length > 0 ? `\n(task-orchestrator runs --cwd ${command.cwd} lists them all)` : '';
    process.stderr.write(`task-orchestrator: ${errorMessage(error)}${hint}\n`);
    return 1;
  }
}

/**
 * The CLI as a process: runs `main`, then exits once everything written to stdout and stderr has
 * left the process (stdout into a pipe is asynchronous: exiting right after a large write cut
 * `report --json | jq` at 64 KiB). A reader that stops early (`| head`) ends the CLI quietly, as
 * Unix tools do, instead of with an EPIPE stack trace.
 */
export function runCli(argv: readonly string[]): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(0);
    });
  }
  void main([...argv]).then((code) => process.stdout.write('', () => process.stderr.write('', () => process.exit(code))));
}

if (require.main === module) runCli(process.argv.slice(2));
