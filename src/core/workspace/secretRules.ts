/**
 * What secretlint's recommended preset does not catch. Every pattern is a plain prefix and one
 * bounded character run: no nested quantifiers, so none can backtrack on hostile text.
 */

/** A secret found in a text: its kind in words and its UTF-16 range, end exclusive. */
export interface FoundSecret {
  readonly kind: string;
  readonly start: number;
  readonly end: number;
}

const TOKENS: readonly { readonly kind: string; readonly pattern: RegExp }[] = [
  // Secret (sk_) and restricted (rk_) live keys; test-mode keys move no money and are left alone.
  { kind: 'Stripe live key', pattern: /(?<![A-Za-z0-9_])(?:sk|rk)_live_[0-9A-Za-z]{16,247}(?![0-9A-Za-z])/g },
  { kind: 'Stripe webhook secret', pattern: /(?<![A-Za-z0-9_])whsec_[0-9A-Za-z]{24,128}(?![0-9A-Za-z])/g },
  // The preset knows only the 108-character api03/api04 form; admin, OAuth and shorter keys exist too.
  { kind: 'Anthropic API key', pattern: /(?<![A-Za-z0-9_-])sk-ant-[a-z]{2,8}\d{2}-[A-Za-z0-9_-]{20,256}/g },
  // The preset needs the T3BlbkFJ marker; project, service-account and admin keys do not always carry it.
  { kind: 'OpenAI API key', pattern: /(?<![A-Za-z0-9_-])sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,256}/g },
  { kind: 'Google API key', pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g },
];

/** The secrets the supplementary patterns find in `text`, in no particular order. */
export function supplementarySecrets(text: string): FoundSecret[] {
  const found: FoundSecret[] = [];
  for (const { kind, pattern } of TOKENS) {
    for (const match of text.matchAll(pattern)) found.push({ kind, start: match.index, end: match.index + match[0].length });
  }
  for (const [start, end] of privateKeyBlocks(text)) found.push({ kind: 'private key', start, end });
  return found;
}

/**
 * The preset's private-key rule wants a complete, well-formed PEM body. A key is a secret all the
 * same when it is encrypted, PGP-armoured with headers, or cut off, so a BEGIN … PRIVATE KEY marker
 * followed by key material starts a secret that runs to its END marker, or to the last line of key
 * material when there is none. A marker with no material after it (code that parses PEM) is not one.
 */
const PRIVATE_KEY_BEGIN = /-----BEGIN ([A-Z0-9]{1,20} ){0,3}PRIVATE KEY( BLOCK)?-----/g;
/** A line of a PEM body (trimmed): base64, or a header such as `Proc-Type: 4,ENCRYPTED`. */
const BODY_LINE = /^(?:[A-Za-z0-9+/=]+|[A-Za-z-]{2,32}: ?\S.{0,200})$/;
/** Longer lines are never part of a PEM body (bodies wrap at 64 or 76 characters). */
const MAX_BODY_LINE = 1024;
const MATERIAL_LINE = /[A-Za-z0-9+/]{16,}/;
/** The same inside a JSON or code string, where line breaks are written `\n`. */
const ESCAPED_BODY = /^(?:\\r)?\\n[A-Za-z0-9+/=\\nr]{16,}/;

function privateKeyBlocks(text: string): [number, number][] {
  const blocks: [number, number][] = [];
  PRIVATE_KEY_BEGIN.lastIndex = 0;
  for (let begin = PRIVATE_KEY_BEGIN.exec(text); begin; begin = PRIVATE_KEY_BEGIN.exec(text)) {
    const afterMarker = begin.index + begin[0].length;
    const end = ESCAPED_BODY.test(text.slice(afterMarker, afterMarker + 64)) ? escapedBlockEnd(text, afterMarker) : blockEnd(text, afterMarker);
    if (end === undefined) continue;
    blocks.push([begin.index, end]);
    PRIVATE_KEY_BEGIN.lastIndex = Math.max(end, afterMarker);
  }
  return blocks;
}

/** The end of a block written over lines: its END marker, or its last line of key material. */
function blockEnd(text: string, afterMarker: number): number | undefined {
  let lineStart = text.indexOf('\n', afterMarker);
  let materialEnd: number | undefined;
  while (lineStart >= 0) {
    const lineEnd = text.indexOf('\n', lineStart + 1) < 0 ? text.length : text.indexOf('\n', lineStart + 1);
    const line = text.slice(lineStart + 1, lineEnd);
    const endMarker = line.indexOf('-----END ');
    if (endMarker >= 0) return materialEnd === undefined ? undefined : closingOf(text, lineStart + 1 + endMarker);
    const body = line.trim();
    if (body !== '' && (body.length > MAX_BODY_LINE || !BODY_LINE.test(body))) break;
    if (MATERIAL_LINE.test(line)) materialEnd = lineEnd;
    if (lineEnd === text.length) break;
    lineStart = lineEnd;
  }
  return materialEnd;
}

/** The end of a block inside one string: its END marker on the same line, or the end of the material. */
function escapedBlockEnd(text: string, afterMarker: number): number {
  const lineEnd = text.indexOf('\n', afterMarker) < 0 ? text.length : text.indexOf('\n', afterMarker);
  const endMarker = text.indexOf('-----END ', afterMarker);
  if (endMarker >= 0 && endMarker < lineEnd) return closingOf(text, endMarker);
  let end = afterMarker;
  while (end < lineEnd && /[A-Za-z0-9+/=\\]/.test(text[end])) end++;
  return end;
}

/** The end of an `-----END … -----` marker that starts at `at`. */
function closingOf(text: string, at: number): number {
  const close = text.indexOf('-----', at + '-----END '.length);
  const lineEnd = text.indexOf('\n', at);
  if (close < 0 || (lineEnd >= 0 && close > lineEnd)) return lineEnd < 0 ? text.length : lineEnd;
  return close + '-----'.length;
}
