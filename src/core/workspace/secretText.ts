import { scanSecrets } from './secretScanner';

/**
 * Secrets inside text: detected with secretlint's maintained recommended rules (plus the few kinds
 * they miss, secretRules.ts) and replaced by typed placeholders within their lines, so line numbers
 * the model cites stay true. Synchronous and offline; a 256 KiB file takes a few milliseconds.
 */

/** One secret: its kind in words ('private key', 'AWS access key', …) and its UTF-16 range, end exclusive. */
export interface SecretMatch {
  readonly kind: string;
  readonly start: number;
  readonly end: number;
}

/** A secret that was replaced, by kind and the 1-based lines it covered. */
export interface SecretRedaction {
  readonly kind: string;
  readonly line: number;
  readonly endLine: number;
}

export interface RedactedText {
  /** The text with every secret replaced by `[redacted: <kind>]`; the same number of lines. */
  readonly text: string;
  readonly redactions: readonly SecretRedaction[];
}

/**
 * The secrets in `text`, sorted and without overlaps (where two rules report the same place, the
 * longer report wins: a service-account file beats the private key inside it). `fileName` lets
 * file-type rules apply (a `.json` service account).
 */
export function findSecrets(text: string, fileName = 'text.txt'): SecretMatch[] {
  if (text.trim() === '') return [];
  return mergeOverlaps(scanSecrets(text, fileName));
}

function mergeOverlaps(matches: SecretMatch[]): SecretMatch[] {
  const sorted = matches.filter((m) => m.end > m.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: SecretMatch[] = [];
  for (const match of sorted) {
    const last = merged[merged.length - 1];
    if (!last || match.start >= last.end) {
      merged.push(match);
      continue;
    }
    const longer = match.end - match.start > last.end - last.start ? match : last;
    merged[merged.length - 1] = { kind: longer.kind, start: last.start, end: Math.max(last.end, match.end) };
  }
  return merged;
}

/** Key material that makes up at least this share of a file's visible characters makes it a key file. */
const KEY_FILE_SHARE = 0.5;
/** Kinds that are key material. A token, however short the file around it, is only replaced. */
const KEY_MATERIAL: ReadonlySet<string> = new Set(['private key', 'GCP service account key']);

/**
 * The kind of key the whole text is (a key file, a service-account JSON), or undefined when it is an
 * ordinary text with secrets inside. Such a file is refused like `.env`: placeholders standing for
 * most of a file tell the model nothing.
 */
export function keyFileKind(text: string, matches: readonly SecretMatch[]): string | undefined {
  const keys = matches.filter((m) => KEY_MATERIAL.has(m.kind));
  if (keys.length === 0) return undefined;
  const visible = (from: number, to: number) => text.slice(from, to).replace(/\s+/g, '').length;
  const total = visible(0, text.length);
  const covered = keys.reduce((sum, m) => sum + visible(m.start, m.end), 0);
  if (total === 0 || covered / total < KEY_FILE_SHARE) return undefined;
  return keys.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a)).kind;
}

export function placeholder(kind: string): string {
  return `[redacted: ${kind}]`;
}

/**
 * Replaces each secret by its placeholder, line by line: a secret spanning lines leaves one
 * placeholder on each line it covered and keeps the line breaks, so every line keeps its number.
 */
export function redactMatches(text: string, matches: readonly SecretMatch[]): RedactedText {
  if (matches.length === 0) return { text, redactions: [] };
  const parts: string[] = [];
  const redactions: SecretRedaction[] = [];
  let position = 0;
  let line = 1;
  for (const match of matches) {
    const before = text.slice(position, match.start);
    line += countLineBreaks(before);
    const secret = text.slice(match.start, match.end);
    parts.push(before, secret.replace(/[^\r\n]+/g, placeholder(match.kind)));
    const endLine = line + countLineBreaks(secret);
    redactions.push({ kind: match.kind, line, endLine });
    line = endLine;
    position = match.end;
  }
  parts.push(text.slice(position));
  return { text: parts.join(''), redactions };
}

/** `text` with its secrets replaced (see `redactMatches`). */
export function redactSecrets(text: string, fileName?: string): RedactedText {
  return redactMatches(text, findSecrets(text, fileName));
}

/** "2 secrets (AWS access key, Stripe live key)": for progress lines and notes to the model. */
export function describeRedactions(redactions: readonly { readonly kind: string }[]): string {
  const kinds = [...new Set(redactions.map((r) => r.kind))];
  return `${redactions.length} secret${redactions.length === 1 ? '' : 's'} (${kinds.join(', ')})`;
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) count++;
  return count;
}
