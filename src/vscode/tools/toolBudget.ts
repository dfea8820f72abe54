/** Roughly four characters a token: good enough to stay under a budget without asking a tokenizer. */
const CHARS_PER_TOKEN = 4;

/**
 * A tool result within the token budget the caller gave, cut at a line with a note saying how much
 * was left out and where the rest is, rather than silently truncated. A fenced block the cut falls
 * in is closed first, so the note is not read as part of the quoted data.
 */
export function fitToBudget(text: string, tokenBudget: number | undefined): string {
  if (tokenBudget === undefined || tokenBudget <= 0) return text;
  const limit = tokenBudget * CHARS_PER_TOKEN;
  if (text.length <= limit) return text;
  const note = `… cut to fit ${tokenBudget} tokens (${text.length} characters in all). The whole run is in its audit export (Task Orchestrator: Export Run).`;
  const room = Math.max(0, limit - note.length - 16);
  const cut = text.lastIndexOf('\n', room);
  const kept = text.slice(0, cut > 0 ? cut : room);
  const fences = kept.split('\n').filter((line) => /^`{3,}/.test(line));
  const open = fences.length % 2 === 1 ? /^`+/.exec(fences[fences.length - 1])?.[0] : undefined;
  return `${kept}${open ? `\n${open}` : ''}\n${note}`;
}
