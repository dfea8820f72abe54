import { codeFence, codeSpan, escapeMarkdown } from '../kernel/untrustedText';
import type { ModelTurnRecord } from '../run/events';
import type { TurnView } from '../run/state';

/**
 * A task's model conversation as Markdown, turn by turn: what the model said, each tool call with
 * its input, each result (as journaled, with what was cut or refused), what was sent back and why,
 * and per turn the stop reason, model, time and tokens. Used by the run audit (collapsible) and by
 * task details. Model text is untrusted: it only ever appears inside code fences or inline code.
 */

export interface TranscriptOptions {
  /** Each turn in a `<details>` block, so a long audit stays readable. */
  readonly collapsible?: boolean;
  /** Heading level of a turn when not collapsible. Default 4. */
  readonly headingLevel?: number;
}

export function renderTranscript(turns: readonly TurnView[], options: TranscriptOptions = {}): string[] {
  const out: string[] = [];
  const severalAttempts = new Set(turns.map((turn) => turn.attempt)).size > 1;
  let attempt: number | undefined;
  for (const turn of turns) {
    if (severalAttempts && turn.attempt !== attempt) {
      attempt = turn.attempt;
      out.push(`**Attempt ${attempt}**`, '');
    }
    const summary = describeTurn(turn.record);
    const body = turnBody(turn);
    if (options.collapsible) out.push('<details>', `<summary>${escapeHtml(summary)}</summary>`, '', ...body, '</details>', '');
    else out.push(`${'#'.repeat(options.headingLevel ?? 4)} ${summary}`, '', ...body);
  }
  return out;
}

/**
 * "Turn 2 · tool_use · claude-sonnet-4-6 · 2.4 s · 3100 in, 240 out, 0 cache write, 1800 cache read".
 * The stop reason and model id come from the API: only identifier characters are kept, so the line
 * needs no escaping wherever it goes (a heading, an HTML summary).
 */
export function describeTurn(turn: ModelTurnRecord): string {
  const u = turn.usage;
  const parts = [
    `Turn ${turn.index}`,
    identifier(turn.stopReason ?? 'no stop reason'),
    identifier(turn.model),
    `${(turn.durationMs / 1000).toFixed(1)} s`,
    `${u.inputTokens} in, ${u.outputTokens} out, ${u.cacheCreationInputTokens} cache write, ${u.cacheReadInputTokens} cache read`,
  ];
  return parts.join(' · ');
}

function identifier(text: string): string {
  return text.replace(/[^\w .:/-]/g, '?').replace(/\s+/g, ' ');
}

function turnBody(turn: TurnView): string[] {
  const lines: string[] = [];
  for (const block of turn.record.content) {
    if (block.type === 'text') {
      if (block.text.trim() !== '') lines.push('Said:', '', codeFence(block.text), '');
    } else {
      lines.push(`Called ${codeSpan(block.name)}:`, '', codeFence(JSON.stringify(block.input ?? {}, null, 2), 'json'), '');
    }
  }
  if (lines.length === 0) lines.push('*(no words and no tool call)*', '');
  const handling = turn.handling;
  if (!handling) return lines;
  for (const result of handling.toolResults) {
    const outcome = result.isError ? ' (error)' : '';
    const note = result.note ? ` — ${escapeMarkdown(result.note)}` : '';
    lines.push(`Result of ${codeSpan(result.name)}${outcome}${note}:`, '', codeFence(result.content), '');
    if (result.omittedChars) lines.push(`*(${result.omittedChars} more characters went to the model but not into the journal.)*`, '');
  }
  if (handling.text) lines.push('Sent back:', '', codeFence(handling.text), '');
  if (handling.note) lines.push(`*${escapeMarkdown(handling.note)}*`, '');
  return lines;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
