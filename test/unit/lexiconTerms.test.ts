import { test } from 'node:test';
import assert from 'node:assert/strict';
import { INTENT_CONCEPTS } from '../../src/core/plan/meaning/lexicon';
import { DOMAIN_CONCEPTS } from '../../src/core/plan/meaning/domainLexicon';
import { SUBJECT_CONCEPTS } from '../../src/core/plan/meaning/subjectLexicon';
import { URGENCY_CONCEPTS } from '../../src/core/plan/meaning/urgencyLexicon';
import { textWords } from '../../src/core/plan/meaning/text';

/**
 * A request's words lose French elisions ("d'autre" → "autre") and English contractions ("it's" →
 * "it", "hasn't" → "has not") before terms are looked for. A term written with the letter left
 * standing ("quelqu un d autre", "each other s") can then never match anything anyone types.
 */
test('every lexicon term can match a request: no elided letter or contraction left standing in it', () => {
  const unmatchable: string[] = [];
  for (const concepts of [INTENT_CONCEPTS, DOMAIN_CONCEPTS, SUBJECT_CONCEPTS, URGENCY_CONCEPTS]) {
    for (const concept of concepts) {
      for (const term of concept.terms) {
        const words = textWords(term);
        // "n+1" (queries) is the letter n before a number, as a request writes it too.
        const stray = words.some((w, i) => (/^[ldjtmnsc]$/.test(w) && !/^\d/.test(words[i + 1] ?? '')) || ['re', 've', 'll'].includes(w));
        if (stray) unmatchable.push(`${concept.id}: '${term}'`);
      }
    }
  }
  assert.deepEqual(unmatchable, []);
});
