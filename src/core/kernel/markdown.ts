/**
 * Untrusted text (model output, file content) placed in Markdown as code, so nothing in it renders:
 * a fence longer than any backtick run inside, so the text cannot close it and break out.
 */
export function codeFence(text: string, lang = 'text'): string {
  const longest = Math.max(2, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${lang}\n${text}\n${ticks}`;
}

/** One line of untrusted text as inline code; line breaks become spaces. */
export function inlineCode(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  const longest = Math.max(0, ...Array.from(line.matchAll(/`+/g), (m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  // A space on each side keeps a leading or trailing backtick from joining the delimiter.
  return longest > 0 ? `${ticks} ${line} ${ticks}` : `${ticks}${line}${ticks}`;
}

/**
 * Text that may come from a model or a user, made inert inside Markdown: no emphasis, code, links,
 * headings, tables or HTML. Every surface that writes Markdown (chat, audit, checklist) uses this.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (char) => `\\${char}`);
}
