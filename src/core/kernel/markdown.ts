/**
 * Text that may come from a model or a user, made inert inside Markdown: no emphasis, code, links,
 * headings, tables or HTML. Every surface that writes Markdown (chat, audit, checklist) uses this.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (char) => `\\${char}`);
}
