import type MarkdownIt from 'markdown-it';
import { loadMarkdownIt } from './markdownIt';
import { codeFence, codeSpan, escapeText, oneLine, schemeOf, stripControls, WEB_SCHEMES } from './untrustedText';
type Parser = ReturnType<typeof MarkdownIt>;
type Token = ReturnType<Parser['parse']>[number];

/**
 * Model Markdown made safe (`untrustedText.ts` says why). `safeMarkdown` parses the text with
 * markdown-it (raw HTML off) and writes the Markdown back from its tokens: every text is escaped, every link is checked, images become their alt text. What it
 * returns contains no construct that was not rebuilt here, so nothing can slip past a pattern.
 */

/** Decides where a link that is not http(s) may go: a verified workspace location's address, or undefined. */
export type WorkspaceLinkResolver = (target: string) => string | undefined;

export interface SafeMarkdownOptions {
  /** Without it, only http(s) links survive. */
  readonly workspaceLink?: WorkspaceLinkResolver;
}

let parser: Parser | undefined;

/** markdown-it, made on first use (it is loaded then, not at activation). */
function markdownParser(): Parser {
  if (parser) return parser;
  parser = loadMarkdownIt()({ html: false, linkify: false, typographer: false });
  // Every link becomes a token, so each one is judged here (markdown-it would leave `javascript:`
  // links as literal text, scheme included).
  parser.validateLink = () => true;
  return parser;
}

/** Model Markdown (a summary, a finding's detail, a synthesis) as Markdown safe to render or write. */
export function safeMarkdown(text: string, options: SafeMarkdownOptions = {}): string {
  const tokens = markdownParser().parse(stripControls(text), {});
  return new Writer(options).blocks(tokens).trim();
}

/** The same on one line (titles, list items): block syntax is kept as text, line breaks become spaces. */
export function safeInlineMarkdown(text: string, options: SafeMarkdownOptions = {}): string {
  const tokens = markdownParser().parseInline(oneLine(stripControls(text)), {});
  return new Writer(options).inline(tokens[0]?.children ?? [], true).trim();
}

/** Writes Markdown back from markdown-it tokens; anything it does not know becomes escaped text. */
class Writer {
  constructor(private readonly options: SafeMarkdownOptions) {}

  blocks(tokens: readonly Token[], separator = '\n\n'): string {
    const out: string[] = [];
    let i = 0;
    while (i < tokens.length) {
      const [text, next] = this.block(tokens, i);
      if (text !== undefined) out.push(text);
      i = next;
    }
    return out.join(separator);
  }

  /** One block starting at `i`: its Markdown and the index after it. */
  private block(tokens: readonly Token[], i: number): [string | undefined, number] {
    const token = tokens[i];
    switch (token.type) {
      case 'paragraph_open': {
        const end = closing(tokens, i);
        return [this.inline(tokens[i + 1]?.children ?? [], true), end + 1];
      }
      case 'heading_open': {
        const end = closing(tokens, i);
        const level = Number(token.tag.slice(1)) || 1;
        return [`${'#'.repeat(level)} ${this.inline(tokens[i + 1]?.children ?? [], false)}`, end + 1];
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        return this.list(tokens, i);
      case 'blockquote_open': {
        const end = closing(tokens, i);
        const inner = this.blocks(tokens.slice(i + 1, end));
        return [inner.split('\n').map((line) => (line === '' ? '>' : `> ${line}`)).join('\n'), end + 1];
      }
      case 'fence':
      case 'code_block':
        return [codeFence(token.content, token.info.split(/\s+/)[0] ?? ''), i + 1];
      case 'hr':
        return ['---', i + 1];
      case 'table_open':
        return this.table(tokens, i);
      case 'inline':
        return [this.inline(token.children ?? [], true), i + 1];
      default:
        // html_block cannot occur with html off; any other block shows its text and nothing more.
        if (token.nesting === 1) {
          const end = closing(tokens, i);
          return [this.blocks(tokens.slice(i + 1, end)), end + 1];
        }
        return [token.content ? escapeText(token.content, true) : undefined, i + 1];
    }
  }

  private list(tokens: readonly Token[], i: number): [string, number] {
    const end = closing(tokens, i);
    const ordered = tokens[i].type === 'ordered_list_open';
    let number = Number(attribute(tokens[i], 'start') || 1);
    const items: string[] = [];
    // markdown-it hides the paragraphs of a tight list (no blank lines between its items).
    const itemLevel = tokens[i].level + 1;
    const tight = !tokens.slice(i, end).some((t) => t.type === 'paragraph_open' && t.level === itemLevel + 1 && !t.hidden);
    for (let j = i + 1; j < end; ) {
      const itemEnd = closing(tokens, j);
      const inner = tokens.slice(j + 1, itemEnd);
      const marker = ordered ? `${number++}. ` : '- ';
      const body = this.blocks(inner, tight ? '\n' : '\n\n');
      const indent = ' '.repeat(marker.length);
      items.push(marker + body.split('\n').map((line, k) => (k === 0 || line === '' ? line : indent + line)).join('\n'));
      j = itemEnd + 1;
    }
    return [items.join(tight ? '\n' : '\n\n'), end + 1];
  }

  private table(tokens: readonly Token[], i: number): [string, number] {
    const end = closing(tokens, i);
    const rows: string[][] = [];
    const aligns: string[] = [];
    for (let j = i + 1; j < end; j++) {
      const token = tokens[j];
      if (token.type === 'tr_open') rows.push([]);
      if (token.type === 'th_open' || token.type === 'td_open') {
        if (token.type === 'th_open') aligns.push(/text-align:(\w+)/.exec(attribute(token, 'style'))?.[1] ?? '');
        rows[rows.length - 1]?.push(this.inline(tokens[j + 1]?.children ?? [], false));
      }
    }
    const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
    const rule = aligns.map((a) => (a === 'center' ? ':-:' : a === 'right' ? '--:' : a === 'left' ? ':--' : '---'));
    const [head = [], ...body] = rows;
    return [[line(head), line(rule), ...body.map(line)].join('\n'), end + 1];
  }

  inline(children: readonly Token[], atLineStart: boolean): string {
    let out = '';
    let lineStart = atLineStart;
    for (let i = 0; i < children.length; i++) {
      const token = children[i];
      switch (token.type) {
        case 'text':
        case 'text_special':
          out += escapeText(token.content, lineStart);
          break;
        case 'code_inline':
          out += codeSpan(token.content);
          break;
        case 'softbreak':
          out += '\n';
          lineStart = true;
          continue;
        case 'hardbreak':
          out += '\\\n';
          lineStart = true;
          continue;
        case 'strong_open':
        case 'strong_close':
          out += '**';
          break;
        case 'em_open':
        case 'em_close':
          out += '*';
          break;
        case 's_open':
        case 's_close':
          out += '~~';
          break;
        case 'link_open': {
          const end = children.findIndex((t, k) => k > i && t.type === 'link_close');
          const close = end < 0 ? children.length : end;
          out += this.link(token, children.slice(i + 1, close), lineStart);
          i = close;
          break;
        }
        case 'image':
          // Images load on render (tracking, data: payloads): the alt text stands in for them.
          out += escapeText(`(image: ${token.content || 'no description'})`, lineStart);
          break;
        default:
          out += escapeText(token.content, lineStart);
      }
      lineStart = false;
    }
    return out;
  }

  /** A link kept when it goes to the web or to a verified workspace location; otherwise its label and a note. */
  private link(open: Token, label: readonly Token[], atLineStart: boolean): string {
    const href = attribute(open, 'href');
    const scheme = schemeOf(href);
    const text = this.inline(label, atLineStart);
    const target = scheme !== undefined && WEB_SCHEMES.has(scheme) ? href : this.options.workspaceLink?.(href);
    if (target !== undefined) return `[${text}](<${target.replace(/[<>\s]/g, encodeURIComponent)}>)`;
    // An autolink's label is the address itself: nothing of it is kept.
    const shown = open.markup === 'autolink' || open.markup === 'linkify' ? '' : `${text} `;
    return `${shown}${escapeText(`(${scheme ? `${scheme} ` : ''}link removed)`, false)}`;
  }
}

function attribute(token: Token, name: string): string {
  return String(token.attrGet(name) ?? '');
}

/** Index of the token closing the one opened at `i` (same nesting level). */
function closing(tokens: readonly Token[], i: number): number {
  let depth = 0;
  for (let j = i; j < tokens.length; j++) {
    depth += tokens[j].nesting;
    if (depth === 0) return j;
  }
  return tokens.length - 1;
}
