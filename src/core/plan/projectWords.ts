import { words } from '../memory/words';

/**
 * Words the classifier learned as work *on* a project that many projects also use for their own
 * things: outline's documents, a forum's posts, a shop's product reviews, a status page's
 * incidents. Where the workspace's source is named after the word, it is the project's own thing:
 * "the doc search is super slow when a workspace has lots of documents" asks about searching
 * documents, not about documentation, and "forum threads load slowly" is no data posted on a forum.
 * Such a word is left out of what the classifier reads, and the plan says so.
 *
 * Judged from file paths alone (pure, no file reads), as the domains' workspace signals are.
 */

interface AmbiguousWords {
  /** What the classifier would read the word as, for the plan's reason. */
  readonly otherReading: string;
  /** Lowercase surface forms; a path word or request word matches one exactly. */
  readonly forms: ReadonlySet<string>;
  /** The word used as work on the project, which keeps that reading ("code comments", "document the API"). */
  readonly workOnProject?: RegExp;
}

const AMBIGUOUS: readonly AmbiguousWords[] = [
  {
    otherReading: 'documentation',
    forms: new Set(['doc', 'docs', 'document', 'documents']),
    workOnProject: /\b(?:readme|documentation|jsdoc|docstrings?|api docs?)\b|^\s*(?:please\s+)?document\b|\bdocs? (?:for|about|on) (?:the|our|how)\b/i,
  },
  {
    otherReading: 'code comments',
    forms: new Set(['comment', 'comments']),
    workOnProject: /\bcode comments?\b|\bcomment(?:s|ing)? (?:out|in the code|to the code|explaining)\b|\bcomments? (?:in|to|on|for) (?:the |this |that |each |every )?(?:code|function|method|class|file|module|snippet)\b/i,
  },
  { otherReading: 'a security review', forms: new Set(['reviews']) },
  { otherReading: 'a place where leaked data is posted', forms: new Set(['forum', 'forums', 'gist', 'gists', 'paste', 'pastes']) },
  // A status page or a monitoring tool keeps incidents and outages as records; its users still say "down" when it is.
  { otherReading: 'an incident in progress', forms: new Set(['incident', 'incidents', 'outage', 'outages', 'downtime', 'downtimes']) },
];

/** Files whose path must name the word before it counts as the project's own: one stray file name is not a product noun. */
export const PROJECT_WORD_MIN_FILES = 3;

/** Documentation itself names documents and docs: its folders and prose files do not make the word the project's. */
const DOC_FOLDERS: ReadonlySet<string> = new Set(['doc', 'docs', 'documentation', '.github', 'node_modules', 'vendor']);
const PROSE = /\.(?:md|mdx|markdown|rst|txt|adoc)$/i;

export interface ProjectWordReading {
  /** The request as the classifier reads it: the request itself when no word was the project's. */
  readonly text: string;
  /** One line per word left out: "'documents' is this project's own word (…), not documentation". */
  readonly reasons: readonly string[];
}

/** The request with the words that name the project's own things left out, and why. */
export function readProjectWords(request: string, files: readonly string[]): ProjectWordReading {
  const requestWords = new Set(words(request));
  const candidates = AMBIGUOUS.filter((group) => [...group.forms].some((form) => requestWords.has(form)) && !group.workOnProject?.test(request));
  if (candidates.length === 0) return { text: request, reasons: [] };
  const named = filesNaming(candidates, files);
  let text = request;
  const reasons: string[] = [];
  for (const group of candidates) {
    const found = named.get(group);
    if (!found || found.count < PROJECT_WORD_MIN_FILES) continue;
    const used = [...group.forms].filter((form) => requestWords.has(form));
    text = text.replace(new RegExp(`\\b(?:${used.join('|')})\\b`, 'giu'), ' ');
    reasons.push(
      `${used.map((w) => `"${w}"`).join(', ')} read as this project's own ${used.length === 1 ? 'word' : 'words'}, not as ${group.otherReading}: ` +
        `${found.count} source file paths name ${used.length === 1 ? 'it' : 'them'} (e.g. ${found.example})`,
    );
  }
  return { text: reasons.length === 0 ? request : text.replace(/\s+/g, ' ').trim(), reasons };
}

/** For each group, how many source files have a path word among its forms, and the first such path. */
function filesNaming(groups: readonly AmbiguousWords[], files: readonly string[]): Map<AmbiguousWords, { count: number; example: string }> {
  const found = new Map<AmbiguousWords, { count: number; example: string }>();
  // Folder names repeat across a workspace's paths: each segment is split once.
  const segmentWords = new Map<string, readonly string[]>();
  const wordsOf = (segment: string): readonly string[] => {
    let list = segmentWords.get(segment);
    if (!list) segmentWords.set(segment, (list = words(segment.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'))));
    return list;
  };
  for (const file of files) {
    const segments = file.replace(/\\/g, '/').split('/');
    if (PROSE.test(file) || segments.some((s) => DOC_FOLDERS.has(s.toLowerCase()))) continue;
    const pathWords = new Set(segments.flatMap(wordsOf));
    for (const group of groups) {
      if (![...group.forms].some((form) => pathWords.has(form))) continue;
      const entry = found.get(group);
      if (entry) entry.count++;
      else found.set(group, { count: 1, example: file });
    }
  }
  return found;
}
