import { parseArgs } from 'node:util';

export type CliCommand =
  | { readonly kind: 'plan'; readonly request: string; readonly template?: string; readonly cwd: string; readonly json: boolean; readonly local: boolean }
  | {
    readonly kind: 'run'; readonly request?: string; readonly template?: string; readonly resume?: string; readonly cwd: string; readonly json: boolean;
    readonly local: boolean; readonly apply: boolean; readonly parallel?: number;
  }
  | { readonly kind: 'help' };

export class UsageError extends Error {}

export const USAGE = `Usage:
  task-orchestrator plan "<request>" [--template ID] [--cwd DIR] [--json] [--local]
  task-orchestrator run "<request>" [--template ID] [--cwd DIR] [--json] [--local] [--apply] [--parallel N]
  task-orchestrator run --resume RUN_ID [--cwd DIR] [--json] [--local] [--apply]

  --template ID   plan from this template instead of the one the classifier picks
  --local         no model: with ANTHROPIC_API_KEY set, an unsure classification may
                  otherwise be settled by one short model call (remembered in .orchestrator/cache)

Environment:
  ANTHROPIC_API_KEY        use model-backed coordinators (without it, runs use the local analyzers)
  ANTHROPIC_BASE_URL       another endpoint for the Anthropic API
  TASK_ORCHESTRATOR_MODEL  model id for planner and coordinators (default claude-sonnet-4-6)`;

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
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command || command === 'help') return { kind: 'help' };
  const request = rest.join(' ').trim() || undefined;
  const cwd = values.cwd ?? process.cwd();
  if (command === 'plan') {
    if (!request) throw new UsageError('plan needs a request, e.g. task-orchestrator plan "Make the checkout faster"');
    return { kind: 'plan', request, template: values.template, cwd, json: values.json, local: values.local };
  }
  if (command === 'run') {
    if (!request && !values.resume) throw new UsageError('run needs a request, or --resume RUN_ID');
    if (request && values.resume) throw new UsageError('give either a request or --resume RUN_ID, not both');
    if (values.template !== undefined && values.resume) throw new UsageError('--template applies to a new request; a resumed run keeps its plan');
    const parallel = values.parallel === undefined ? undefined : Number(values.parallel);
    if (parallel !== undefined && (!Number.isInteger(parallel) || parallel < 1)) throw new UsageError('--parallel takes a whole number of at least 1');
    return { kind: 'run', request, template: values.template, resume: values.resume, cwd, json: values.json, local: values.local, apply: values.apply, parallel };
  }
  throw new UsageError(`unknown command '${command}'`);
}
