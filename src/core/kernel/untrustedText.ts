/**
 * Text a model wrote, made safe for the surface it enters. Model output is untrusted like a web
 * form: it must never run, never render as HTML, and never become a link other than http(s) or a
 * verified workspace location — not in chat, documents, exports or proposed memory, where a
 * `[run this](command:…)` is one Ctrl+click away from running.
 *
 * These are the plain helpers (no parser: activation may load them). `safeMarkdown.ts` rebuilds
 * model Markdown from markdown-it's tokens, which it loads on first use.
 */

export const WEB_SCHEMES: ReadonlySet<string> = new Set(['http', 'https']);

/**
 * Text with no Markdown meaning at all, on one line: every character shows as itself, wherever it
 * is put (right after a bullet, "- " or "1." would start a list: they are escaped too).
 */
export function escapeMarkdown(text: string): string {
  return escapeText(oneLine(stripControls(text)), true);
}

/** A code span that shows `text` as is, whatever backticks it holds, on one line. */
export function codeSpan(text: string): string {
  const code = defuseInCode(oneLine(stripControls(text)));
  if (code === '') return '` `';
  const ticks = '`'.repeat(longestRun(code, '`') + 1);
  const pad = code.startsWith('`') || code.endsWith('`') || /^ .* $/.test(code) ? ' ' : '';
  return `${ticks}${pad}${code}${pad}${ticks}`;
}

/** A fenced block that shows `text` as is: the fence is longer than any backtick run inside. */
export function codeFence(text: string, language = 'text'): string {
  const code = defuseInCode(stripControls(text)).replace(/\n+$/, '');
  const ticks = '`'.repeat(Math.max(3, longestRun(code, '`') + 1));
  return `${ticks}${language.replace(/[^\w+-]/g, '')}\n${code}\n${ticks}`;
}

/**
 * Text for a surface that shows characters as they are (a tree label, a terminal, a webview text
 * node): no control characters (a terminal's escape sequences, Trojan Source bidi overrides), one line.
 */
export function plainText(text: string): string {
  return oneLine(stripControls(text));
}

/** As `plainText`, keeping line breaks (a terminal printing a multi-line answer). */
export function plainLines(text: string): string {
  return stripControls(text).replace(/\r\n?/g, '\n');
}

// C0 controls but tab and line feed, DEL, C1 (ESC starts a terminal sequence; U+009B is a CSI on
// its own), and the bidi embeddings, overrides and isolates that make text read unlike its bytes.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function stripControls(text: string): string {
  return text.replace(CONTROLS, '');
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

/**
 * Escapes what would make Markdown of `text`, and no more, so the source stays readable. `:` after a scheme other than http(s) is escaped too
 * (`command\:…`): it renders as a colon, but an editor showing the source sees no address to link.
 */
export function escapeText(text: string, atLineStart: boolean): string {
  let out = text
    .replace(/[\\`*[\]<>|~]/g, (c) => `\\${c}`)
    // `_` inside a word never emphasises (cart_items stays readable in a memory file's source).
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    .replace(/\b([a-z][a-z0-9+.-]*):(?=[^\s\d])/gi, (match, scheme: string) => (WEB_SCHEMES.has(scheme.toLowerCase()) ? match : `${scheme}\\:`));
  if (atLineStart) out = out.replace(/^(\s*)([#>+=-]|\d+(?=[.)]))/, (_m, space: string, lead: string) => (/\d/.test(lead) ? `${space}${lead}\\` : `${space}\\${lead}`));
  return out;
}

/**
 * Inside code, escapes do not work. Nothing links an address in code but an editor's `file://`;
 * still, a model's `command:` or `javascript:` quoted in a transcript or an excerpt is broken by an
 * invisible space after its colon, so no such address is in any document in a form a tool could follow.
 */
const DANGEROUS_IN_CODE = /\b(command|javascript|vbscript|data|file|vscode(?:-[a-z]+)?):(?=\S)/gi;

function defuseInCode(text: string): string {
  return text.replace(DANGEROUS_IN_CODE, (_m, scheme: string) => `${scheme}:\u200b`);
}

/** The scheme of a link target ("command", "https"), or undefined for a relative one. */
export function schemeOf(href: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
}

