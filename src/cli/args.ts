import { parseArgs } from 'node:util';
import type { PatternsCommand } from './patterns';

export type CliCommand =
  | {
    readonly kind: 'plan'; readonly request: string; readonly template?: string; readonly cwd: string; readonly json: boolean; readonly local: boolean; readonly memoryTokens?: number;
    /** As for `run`: the template-choice call is not made when it could cost more (nobody is asked: the call is optional). */
    readonly maxCost?: number;
    readonly prices?: { readonly text: string; readonly where: string };
  }
  | {
    readonly kind: 'run'; readonly request?: string; readonly template?: string; readonly resume?: string; readonly cwd: string; readonly json: boolean;
    readonly local: boolean; readonly apply: boolean; readonly parallel?: number; readonly memoryTokens?: number;
    /** Seconds: the longest wait before a retry (a longer retry-after fails the call). */
    readonly maxRetryWait?: number;
    /** Seconds a model response may stay silent before it counts as stalled. */
    readonly stallTimeout?: number;
    /** US dollars the run may cost before it pauses (or stops, with no terminal to ask). */
    readonly maxCost?: number;
    /** Price overrides as JSON text (--prices or TASK_ORCHESTRATOR_PRICES), and where they came from. */
    readonly prices?: { readonly text: string; readonly where: string };
  }
  | { readonly kind: 'report'; readonly runId: string; readonly cwd: string; readonly json: boolean }
  /** limit: newest runs shown (undefined: all); the table shows RUNS_SHOWN unless told otherwise. */
  | { readonly kind: 'runs'; readonly cwd: string; readonly json: boolean; readonly limit?: number }
  | ({ readonly kind: 'patterns' } & PatternsCommand)
  /** maxCost and prices as for `run`: every run the server starts is held to the limit (stopped there, resumable: nobody is asked). */
  | { readonly kind: 'mcp'; readonly cwd: string; readonly maxCost?: number; readonly prices?: { readonly text: string; readonly where: string } }
  | { readonly kind: 'help' };

export class UsageError extends Error {}

/** Runs the `runs` table shows by default, newest first. */
export const RUNS_SHOWN = 50;

export const USAGE = `Usage:
  task-orchestrator plan "<request>" [--template ID] [--cwd DIR] [--json] [--local] [--memory-tokens N]
                       [--max-cost USD] [--prices JSON]
  task-orchestrator run "<request>" [--template ID] [--cwd DIR] [--json] [--local] [--apply] [--parallel N] [--memory-tokens N]
                       [--max-retry-wait S] [--stall-timeout S] [--max-cost USD] [--prices JSON]
  task-orchestrator run --resume RUN_ID [--cwd DIR] [--json] [--local] [--apply] [--max-retry-wait S] [--stall-timeout S]
                       [--max-cost USD] [--prices JSON]
  task-orchestrator runs [--cwd DIR] [--json] [--limit N | --all]
  task-orchestrator report RUN_ID [--cwd DIR] [--json]
  task-orchestrator patterns [ID...] [--cwd DIR] [--json] [--min-runs N] [--patch | --apply]
  task-orchestrator mcp [--cwd DIR] [--max-cost USD] [--prices JSON]

  --template ID       plan from this template instead of the one the classifier picks
  --local             no model: with ANTHROPIC_API_KEY set, an unsure classification may
                      otherwise be settled by one short model call (remembered in .orchestrator/cache)
  --max-retry-wait S  longest wait before retrying a model call, in seconds (default 60);
                      a server asking for longer fails the call with the reason
  --stall-timeout S   seconds a model response may stay silent before it is given up (default 60)
  --memory-tokens N   tokens of project memory each coordinator receives (default 8000); larger
                      memory sends the sections most related to the request and says what it left out
  --max-cost USD      pause before a model call that would take the run past this cost: on a
                      terminal it asks whether to go on with a higher limit; otherwise the run
                      stops there, resumable (--resume with a higher --max-cost). plan: its one
                      optional model call (the template choice) is not made if it could pass it
  --prices JSON       price overrides in USD per million tokens, keyed by model id, e.g.
                      '{"claude-sonnet-4-6": {"input": 3, "output": 15, "cacheWrite": 3.75, "cacheRead": 0.3}}'

run --resume continues an interrupted run and retries its failed tasks. runs lists the runs of a
workspace, newest first: the newest 50 unless --limit or --all says otherwise (--json: all). report prints a run's audit (checklist, delegations with their
conversations, flags, answer) as Markdown; --json prints the run's state instead.

patterns lists learned patterns and candidates: runs planned as simple or complex that share
domains, flags and a subject (--min-runs, default 3). --patch prints the proposed templates as a
patch (| git apply); --apply saves them in .orchestrator/templates.

mcp serves the workspace as an MCP server on stdio (tools: plan, run, get_run_status,
export_run_report, list_runs, cancel_run); runs use ANTHROPIC_API_KEY from its environment. With
--max-cost (or TASK_ORCHESTRATOR_MAX_COST) each run stops before a model call that would pass it,
resumable; nobody is asked to raise it.

Environment:
  ANTHROPIC_API_KEY                 use model-backed coordinators (without it, runs use the local analyzers)
  ANTHROPIC_BASE_URL                another endpoint for the Anthropic API
  TASK_ORCHESTRATOR_MODEL           model id for planner and coordinators (default claude-sonnet-4-6)
  TASK_ORCHESTRATOR_MAX_RETRY_WAIT  like --max-retry-wait
  TASK_ORCHESTRATOR_STALL_TIMEOUT   like --stall-timeout
  TASK_ORCHESTRATOR_MAX_COST        like --max-cost
  TASK_ORCHESTRATOR_PRICES          like --prices`;

export function parseCli(argv: readonly string[]): CliCommand {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      cwd: { type: 'string' },
      json: { type: 'boolean', default: false },
      resume: { type: 'string' },
      template: { type: 'string' },
      local: { type: 'boolean', default: false },
      apply: { type: 'boolean', default: false },
      parallel: { type: 'string' },
      'max-retry-wait': { type: 'string' },
      'stall-timeout': { type: 'string' },
      patch: { type: 'boolean', default: false },
      'min-runs': { type: 'string' },
      'memory-tokens': { type: 'string' },
      'max-cost': { type: 'string' },
      prices: { type: 'string' },
      limit: { type: 'string' },
      all: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command || command === 'help') return { kind: 'help' };
  const request = rest.join(' ').trim() || undefined;
  const cwd = values.cwd ?? process.cwd();
  const memoryTokens = values['memory-tokens'] === undefined ? undefined : Number(values['memory-tokens']);
  if (memoryTokens !== undefined && (!Number.isInteger(memoryTokens) || memoryTokens < 500)) {
    throw new UsageError('--memory-tokens takes a whole number of at least 500');
  }
  if (command === 'plan') {
    if (!request) throw new UsageError('plan needs a request, e.g. task-orchestrator plan "Make the checkout faster"');
    return { kind: 'plan', request, template: values.template, cwd, json: values.json, local: values.local, memoryTokens, ...costTerms(values) };
  }
  if (command === 'run') {
    if (!request && !values.resume) throw new UsageError('run needs a request, or --resume RUN_ID');
    if (request && values.resume) throw new UsageError('give either a request or --resume RUN_ID, not both');
    if (values.template !== undefined && values.resume) throw new UsageError('--template applies to a new request; a resumed run keeps its plan');
    const parallel = values.parallel === undefined ? undefined : Number(values.parallel);
    if (parallel !== undefined && (!Number.isInteger(parallel) || parallel < 1)) throw new UsageError('--parallel takes a whole number of at least 1');
    const maxRetryWait = seconds('--max-retry-wait', values['max-retry-wait'], 'TASK_ORCHESTRATOR_MAX_RETRY_WAIT');
    const stallTimeout = seconds('--stall-timeout', values['stall-timeout'], 'TASK_ORCHESTRATOR_STALL_TIMEOUT');
    const { maxCost, prices } = costTerms(values);
    return {
      kind: 'run', request, template: values.template, resume: values.resume, cwd, json: values.json, local: values.local, apply: values.apply,
      parallel, maxRetryWait, stallTimeout, memoryTokens, maxCost, prices,
    };
  }
  if (command === 'report') {
    const [runId, ...extra] = rest;
    if (!runId) throw new UsageError('report needs a run id, e.g. task-orchestrator report 20261130-101500-a1b2c3');
    if (extra.length > 0) throw new UsageError(`report takes one run id, not ${rest.length}`);
    return { kind: 'report', runId, cwd, json: values.json };
  }
  if (command === 'runs') {
    if (request) throw new UsageError(`runs takes no request (got '${request}')`);
    if (values.all && values.limit !== undefined) throw new UsageError('give --limit or --all, not both');
    const limit = values.limit === undefined ? undefined : Number(values.limit);
    if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new UsageError('--limit takes a whole number of at least 1');
    // A person reads the newest few; a tool (--json) gets every run unless it asks for fewer.
    return { kind: 'runs', cwd, json: values.json, limit: limit ?? (values.all || values.json ? undefined : RUNS_SHOWN) };
  }
  if (command === 'patterns') {
    if (values.patch && values.apply) throw new UsageError('give --patch or --apply, not both');
    const minRuns = values['min-runs'] === undefined ? undefined : Number(values['min-runs']);
    if (minRuns !== undefined && (!Number.isInteger(minRuns) || minRuns < 2)) throw new UsageError('--min-runs takes a whole number of at least 2');
    return { kind: 'patterns', ids: rest, cwd, json: values.json, patch: values.patch, apply: values.apply, minRuns };
  }
  if (command === 'mcp') {
    if (rest.length > 0) throw new UsageError(`mcp takes no arguments besides --cwd, not '${rest.join(' ')}'`);
    return { kind: 'mcp', cwd, ...costTerms(values) };
  }
  throw new UsageError(`unknown command '${command}'`);
}

/** --max-cost and --prices, else their environment variables. */
function costTerms(values: { 'max-cost'?: string; prices?: string }): { maxCost?: number; prices?: { text: string; where: string } } {
  const maxCost = dollars('--max-cost', values['max-cost'], 'TASK_ORCHESTRATOR_MAX_COST');
  const pricesText = values.prices ?? process.env.TASK_ORCHESTRATOR_PRICES;
  const prices = pricesText === undefined || pricesText.trim() === ''
    ? undefined
    : { text: pricesText, where: values.prices !== undefined ? '--prices' : 'TASK_ORCHESTRATOR_PRICES' };
  return { maxCost, prices };
}

/** A number of seconds from a flag, else from the environment; blank means the default. */
function seconds(flag: string, given: string | undefined, envName: string): number | undefined {
  const raw = given ?? process.env[envName];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new UsageError(`${given !== undefined ? flag : envName} takes a number of seconds greater than 0, not '${raw}'`);
  return value;
}

/** US dollars from a flag, else from the environment: "2", "0.50" or "$5"; blank means no limit. */
function dollars(flag: string, given: string | undefined, envName: string): number | undefined {
  const raw = given ?? process.env[envName];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw.trim().replace(/^\$/, ''));
  if (!Number.isFinite(value) || value <= 0) throw new UsageError(`${given !== undefined ? flag : envName} takes an amount of US dollars greater than 0, e.g. 2.50, not '${raw}'`);
  return value;
}
