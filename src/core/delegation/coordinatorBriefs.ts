import type { CoordinatorDefinition } from '../coordinators';

/*
 * The coordinators' own prompts, all of them, in the system prompt every coordinator of a run is
 * sent. A coordinator's prompt then holds nothing of its own, so the cached prefix (tools, system)
 * is byte-identical for every coordinator call of the run and only the first one writes it; the
 * line that says who is asking opens the coordinator's own part of the first user message, after
 * the cached prefix (run/prompts.ts). Each coordinator also reads what the others cover, which is
 * what it needs to flag the right domain.
 */

const INTRODUCTION = `## The coordinators of this run

Every coordinator of this run is sent this same text: each brief below belongs to one of them. The first user message says which coordinator you are ("You are the backend coordinator …"). Follow that coordinator's brief; the others tell you which domain covers what, so you flag the right one.`;

/** The briefs in the coordinators' own order (built-ins, then the workspace's), so the bytes do not vary between calls. */
export function coordinatorBriefs(coordinators: Iterable<CoordinatorDefinition>): string {
  const briefs = [...coordinators].map((c) => `<brief coordinator="${c.name}">\n${c.systemPrompt.trim()}\n</brief>`);
  return [INTRODUCTION, ...briefs].join('\n\n');
}

