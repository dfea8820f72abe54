// Other news in a longer message: distance words said in sentences that are not about the harm reported (urgency.ts).
import type { TextAnalysis } from '../meaning/analysis';
import type { ConceptMatch } from '../meaning/concepts';
import { WEAK_HYPOTHETICAL_TERMS, WEAK_PAST_TERMS } from '../meaning/urgencyDistanceLexicon';
import { setAside, type MatchContext } from './urgencyContext';

/** Distance words that also belong to other news of a longer message: plans for later, a review of other work, a question of something else. */
const OTHER_NEWS_TERMS: ReadonlySet<string> = new Set([
  ...WEAK_HYPOTHETICAL_TERMS, ...WEAK_PAST_TERMS, 'tomorrow', 'next week', 'next month', 'in two weeks', 'in a week', 'soon', 'nachste woche', 'nachsten monat', 'la semaine prochaine',
  'le mois prochain', 'la proxima semana', 'la semana que viene', 'el mes que viene', 'el proximo mes', 'review', 'revisar', 'revisa', 'audit',
]);

/** What says a harm is going on, and where: the sentences that report it. */
const REPORTING_TOO: readonly string[] = ['now', 'since', 'everyone'];

/**
 * A distance word said in the sentences of a longer message that say nothing of the harm it reports as going on: it belongs to other
 * news ("Tim is off next week", "the wishlist PR is in review") and keeps none from the harm. Never, when the message is one sentence or
 * no sentence reports the harm. `harm`: the concepts that say something is going wrong.
 */
export function otherNewsIn(analysis: TextAnalysis, context: MatchContext, harm: ReadonlySet<string>): (m: ConceptMatch) => boolean {
  const elsewhere = otherSentences(analysis, context, harm);
  return (m) => OTHER_NEWS_TERMS.has(m.term) && elsewhere(m.at);
}

/**
 * Whether the word at an index is in a sentence that reports nothing of the harm, in a message of several sentences of which some
 * report it: a to-do list's other items, the feature asked for before "oh and also, since this morning…". Never, in one sentence.
 */
export function otherSentences(analysis: TextAnalysis, context: MatchContext, harm: ReadonlySet<string>): (at: number) => boolean {
  const starts = [...analysis.sentenceStarts].sort((a, b) => a - b);
  if (starts.length === 0) return () => false;
  const reportingConcepts = new Set([...harm, ...REPORTING_TOO]);
  const sentenceOf = (at: number) => starts.filter((start) => start <= at).length;
  const reporting = new Set(
    analysis.urgency.filter((m) => reportingConcepts.has(m.concept) && !m.negated && (m.concept === 'since' || !setAside(m, context))).map((m) => sentenceOf(m.at)),
  );
  if (reporting.size === 0) return () => false;
  return (at) => !reporting.has(sentenceOf(at));
}
