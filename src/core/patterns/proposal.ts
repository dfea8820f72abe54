import { Document } from 'yaml';
import { plural } from '../kernel/format';
import { normalizeText } from '../memory/words';
import type { Template } from '../plan/templateSchema';
import type { PatternRun } from './discover';
import { describeShape } from './runShape';

/**
 * A learned template as a file to review: YAML the template loader reads back as it is written
 * (tested), with the runs it was learned from in a comment. Nothing is written here: hosts show it
 * as a proposed edit (the Refactor Preview, a patch) and write it only when the user applies it.
 */
export interface TemplateProposal {
  readonly templateId: string;
  /** Workspace-relative, forward slashes: `.orchestrator/templates/<id>.yaml`. */
  readonly path: string;
  readonly text: string;
  /** One line for the review ("Learned template learned-shipping from 3 runs"). */
  readonly description: string;
}

export interface ProposalInput {
  readonly id: string;
  readonly words: readonly string[];
  readonly domains: readonly string[];
  readonly flags: readonly string[];
  readonly runs: readonly PatternRun[];
  /** The generic template the runs were planned from: the learned one keeps its tasks and layers. */
  readonly base: Template;
}

/** Tried before simple (0) and complex (10), after the built-in kinds of work (80 and up). */
const LEARNED_PRECEDENCE = 50;
/** The template schema's limit for one example. */
const MAX_EXAMPLE_CHARS = 500;

export function proposeTemplate(input: ProposalInput): TemplateProposal {
  const { id, words, domains, flags, runs, base } = input;
  const subject = words.length > 0 ? words.slice(0, 3).join(' ') : domains.join(' and ');
  const plannedAs = [...new Set(runs.map((r) => r.templateId))].join(' or ');
  const cut: string[] = [];
  const examples = [...new Set(runs.map((r) => oneLine(r.request)))].map((request) => {
    if (request.length <= MAX_EXAMPLE_CHARS) return request;
    cut.push(request.slice(0, 60));
    return `${request.slice(0, MAX_EXAMPLE_CHARS - 1).replace(/\s+\S*$/, '')}…`;
  });
  const data = {
    id,
    version: '1.0.0',
    class: 'pattern',
    title: `${capitalize(subject)} (learned)`,
    description: `Requests about ${subject}, learned from ${plural(runs.length, 'run')} planned as ${plannedAs}; delegated to ${domains.join(', ') || 'the domains they name'}.`,
    precedence: LEARNED_PRECEDENCE,
    examples,
    priority: base.priority,
    delegation: { layers: base.delegation.layers, include: [...domains] },
    tasks: base.tasks.map((t) => (t.title === undefined ? t.kind : { kind: t.kind, title: t.title })),
  };
  const doc = new Document(data);
  doc.commentBefore = [
    ` Learned by Task Orchestrator from ${plural(runs.length, 'run')} planned as ${plannedAs} that share a shape:`,
    ` ${words.length > 0 ? `they all name ${words.map((w) => `"${w}"`).join(', ')}` : 'the same domains'}; ${describeShape({ domains, flags })}.`,
    ...runs.map((r) => `   ${r.runId}  ${oneLine(r.request).slice(0, 100)}`),
    ...cut.map((start) => ` Example cut to ${MAX_EXAMPLE_CHARS} characters (the longest an example may be): "${start}…"`),
    ' Once this file is saved, requests like these are planned from it (examples nearest in meaning).',
    ' Edit its examples, domains or tasks as you like; delete the file to forget the pattern.',
  ].join('\n');
  return {
    templateId: id,
    path: `.orchestrator/templates/${id}.yaml`,
    text: doc.toString({ lineWidth: 0 }),
    description: `Learned template ${id} from ${plural(runs.length, 'run')} (${subject})`,
  };
}

/** One line with no control characters: a request as it may appear in a YAML comment or a list. */
function oneLine(text: string): string {
  return normalizeText(text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' '));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
