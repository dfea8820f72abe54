// What makes Markdown dangerous to a user who renders it or Ctrl+clicks in its source, found the
// way a permissive renderer (raw HTML on, bare URLs linked) and an editor's link detector would.
// Shared by the tests of every surface that shows model text.
import MarkdownIt from 'markdown-it';

const permissive = new MarkdownIt({ html: true, linkify: true });
// Like a careless renderer: every destination becomes a link, whatever its scheme. Bare e-mail
// addresses are left alone: a renderer's mailto: for "template@1.0" opens a mail client at most.
permissive.validateLink = () => true;
permissive.linkify.set({ fuzzyEmail: false });

const SAFE_TAGS = new Set(['p', 'ul', 'ol', 'li', 'strong', 'em', 'code', 'pre', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'hr', 'br', 's', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  // Inert, and ours: the audit folds each model turn away in <details><summary>.
  'details', 'summary']);
/** A scheme other than http(s) written so that something could link it (no backslash before its colon). */
// An invisible space right after the colon (how the sanitizer breaks an address inside code) is no address.
const LIVE_SCHEME = /\b(command|javascript|vbscript|data|vscode(?:-[a-z]+)?|file|mailto):(?=[^\s\d\u200b])/gi;

export const isWebLink = (href: string): boolean => /^https?:\/\//i.test(href);

/**
 * Everything in `markdown` that could run, load or link somewhere other than the web: links whose
 * target fails `allowed`, HTML elements other than what Markdown itself makes, event handlers, and
 * live non-web addresses anywhere in the source (an editor's or a terminal's link detector sees those).
 */
export function hazardsIn(markdown: string, allowed: (href: string) => boolean = isWebLink): string[] {
  return [...htmlHazards(permissive.render(markdown), allowed), ...liveAddresses(markdown)];
}

/** In HTML made for a webview: elements, handlers and links only (its text is never linked). */
export function htmlHazards(html: string, allowed: (href: string) => boolean = isWebLink): string[] {
  const hazards: string[] = [];
  for (const match of html.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)) {
    const [, tag, attributes] = match;
    if (!SAFE_TAGS.has(tag.toLowerCase())) hazards.push(`<${tag}> element`);
    if (/\bon[a-z]+\s*=/i.test(attributes)) hazards.push(`event handler on <${tag}>`);
    const href = /\b(?:href|src)="([^"]*)"/i.exec(attributes)?.[1];
    if (href !== undefined && !allowed(decodeEntities(href))) hazards.push(`link to ${href}`);
  }
  return hazards;
}

/** Anywhere in the source, code included: a transcript quoting a model's link is a document too. */
function liveAddresses(markdown: string): string[] {
  return [...markdown.matchAll(LIVE_SCHEME)].map((match) => `live ${match[1]}: address in the text`);
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)));
}
