import { createInterface } from 'node:readline';
import { continueLabel, describeCostPause, formatUsd, STOP_LABEL } from '../core/cost/describe';
import type { AskAtCostLimit, CostLimitAnswer } from '../core/run/costLimit';
import type { CostLimitPause } from '../core/cost/budget';

/**
 * The CLI's question at the cost limit, asked on the terminal: Enter or "n" stops, "y" continues
 * with the offered limit, an amount ("5" or "$5") continues with that limit if it covers the call.
 * The terminal stays in line mode, so Ctrl-C while asking stops the run as it does anywhere else.
 */
export function askOnTerminal(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): AskAtCostLimit {
  return async (pause, signal) => {
    const rl = createInterface({ input, terminal: false });
    const close = (): void => rl.close();
    signal.addEventListener('abort', close, { once: true });
    const question = `${continueLabel(pause)}? [y = continue, an amount = that limit, Enter = ${STOP_LABEL.toLowerCase()}] `;
    try {
      output.write(`\n${describeCostPause(pause)}\n${question}`);
      // Lines are read as they come, so one typed before the question is shown is not lost.
      for await (const text of rl) {
        const answer = readAnswer(text, pause);
        if (typeof answer !== 'string') return answer;
        output.write(`${answer}\n${question}`);
      }
      throw new Error(signal.aborted ? 'the run was stopped while asking' : 'the terminal closed before an answer');
    } finally {
      signal.removeEventListener('abort', close);
      rl.close();
    }
  };
}

/** The answer typed, or what is wrong with it (asked again). */
export function readAnswer(text: string, pause: CostLimitPause): CostLimitAnswer | string {
  const typed = text.trim().toLowerCase();
  if (typed === '' || typed === 'n' || typed === 'no' || typed === 'stop') return { decision: 'stop' };
  if (typed === 'y' || typed === 'yes' || typed === 'c' || typed === 'continue') return { decision: 'continue', limitUsd: pause.proposedLimitUsd };
  const amount = Number(typed.replace(/^\$/, ''));
  if (!Number.isFinite(amount)) return `Answer y, n, or an amount in US dollars such as ${formatUsd(pause.proposedLimitUsd)}.`;
  const needed = pause.spentUsd + pause.estimate.usd;
  if (amount < needed) return `${formatUsd(amount)} does not cover this call: it needs at least ${formatUsd(Math.ceil(needed * 100) / 100)}.`;
  return { decision: 'continue', limitUsd: amount };
}
