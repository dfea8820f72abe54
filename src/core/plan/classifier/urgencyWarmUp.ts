// The urgency reading's regular expressions compiled ahead, a few at a time, for a warm-up that gives the event loop its turns
// (templateScores.ts, prepareTemplateScoring).
import { DOUBT_PATTERNS } from './urgencyDoubt';
import { EFFECT_PATTERNS } from './urgencyEffects';
import { INTRUSION_PATTERNS } from './urgencyIntrusion';
import * as contextWords from './urgencyContextWords';
import * as hypotheses from './urgencyHypotheses';
import * as numbers from './urgencyNumbers';
import * as otherNews from './urgencyOtherNews';
import * as past from './urgencyPast';
import * as patterns from './urgencyPatterns';
import * as since from './urgencySince';
import * as terse from './urgencyTersePatterns';
import * as words from './urgencyWords';

const MODULES: readonly object[] = [patterns, terse, words, numbers, since, past, hypotheses, contextWords, otherNews];

/**
 * Every pattern run twice, ten patterns a step: V8 compiles a regular expression to bytecode when it first runs and to machine
 * code when it runs again, and for the lexicon's long patterns each takes a while; the first reading would otherwise do all of
 * it in one turn (about 100 ms of CPU here).
 */
export function* compilePatterns(): Generator<void, void, void> {
  const all = [...MODULES.flatMap((module) => Object.values(module)), ...INTRUSION_PATTERNS, ...EFFECT_PATTERNS, ...DOUBT_PATTERNS].filter(
    (value): value is RegExp => value instanceof RegExp,
  );
  for (let i = 0; i < all.length; i++) {
    for (let run = 0; run < 2; run++) {
      all[i].test('a');
      all[i].lastIndex = 0;
    }
    if (i % 10 === 9) yield;
  }
}
