// When a harm is said to have begun: a clock time, a change made, or a bare "since" (urgency.ts weighs it).
import type { TextAnalysis } from '../meaning/analysis';
import * as patterns from './urgencyPatterns';
import { SCHEDULED, SINCE_WORDS } from './urgencyWords';

const BARE_SINCE: ReadonlySet<string> = new Set([...SINCE_WORDS, 'seit dem', 'ago']);
/** Words before an adverbial "since" (since then): "we since deleted", "has since been". */
const SINCE_THEN_BEFORE: ReadonlySet<string> = new Set(['we', 'i', 'they', 'he', 'she', 'has', 'have', 'had', 'ever', 'long']);
/** A change a person made to what is theirs ("since she changed her password", "depuis qu'elle a changé son mot de passe"): no change to the shop. */
const OWN_CHANGE =
  /^\S+\s+(?:que\s+|qu'\s?)?(?:she|he|i|they|you|sie|er|ich|elle|il|je|ella|el|yo)\s+(?:\S+\s+)?(?:changed|updated|switched|moved|started|changes|updates|geandert|aktualisiert|change|modifie|cambio|actualizo)\s+(?:\S+\s+)?(?:her|his|my|their|your|ihr\w*|sein\w*|mein\w*|son|sa|ses|mon|ma|mes|su|sus|mi|mis)\b/;

/** "Desde el admin", "depuis mon téléphone": from a place or a device, no time. */
const PLACES: ReadonlySet<string> = new Set([
  'admin', 'panel', 'backoffice', 'dashboard', 'app', 'appli', 'web', 'site', 'movil', 'celular', 'telefono', 'telephone', 'portable', 'ordenador',
  'ordinateur', 'pc', 'navegador', 'navigateur', 'correo', 'excel', 'iphone', 'android', 'tablet', 'tablette',
]);
const OWNERS: ReadonlySet<string> = new Set(['el', 'la', 'mi', 'su', 'nuestro', 'nuestra', 'le', 'l', 'mon', 'ma', 'son', 'notre']);
const fromAPlace = (words: readonly string[], m: { words: string; at: number }) =>
  (m.words === 'desde' || m.words === 'depuis') && (PLACES.has(words[m.at + 1] ?? '') || (OWNERS.has(words[m.at + 1] ?? '') && PLACES.has(words[m.at + 2] ?? '')));

/** "Since a time or a change" at `full` weight; a bare "since" ("since yesterday") or an update (UPDATE_CHANGE) at half. */
export function sinceSignal(folded: string, analysis: TextAnalysis, full: number): { weight: number; said: string; change?: boolean } | undefined {
  const time = patterns.TIME.exec(folded);
  const before = time === null ? '' : folded.slice(0, time.index);
  // "a warning when the same customer pays twice within an hour": the time of a condition.
  // "still shows as available for ~5 minutes after the last one sells": a lag after each event, not the time since a failure.
  const after = time === null ? '' : folded.slice(time.index + time[0].length);
  const duration =
    time !== null &&
    ((/^for\b/.test(time[0]) && (patterns.WORK_DURATION.test(before) || patterns.LAG_AFTER.test(after))) || (/^(within|in)\b/.test(time[0]) && patterns.WITHIN_A_CONDITION.test(before)));
  // "takes over two minutes before the file appears": how long something takes, no time since.
  const lasting = time !== null && /\b(?:takes?|took|taking|needs?|needed|braucht|dauert|tarda|tardan|prend|met)\s+(?:\S+\s+)?$/.test(before);
  // "try again in 5 min": a time to come, no time since.
  const toCome = time !== null && /^in\b/.test(time[0]) && /\b(?:again|back|later|retry|wieder|nochmal|plus tard|de nouveau|nuevo|mas tarde)\s+$/.test(before);
  // A clock time that schedules work ("runs at 02:00", "each time … at 4am") dates no harm.
  const schedule = time !== null && !/^(since|seit|depuis|desde|from|ab)\b/.test(time[0]) && SCHEDULED.test(folded.slice(0, time.index));
  if (time && !duration && !lasting && !schedule && !toCome) return { weight: full, said: time[0].trim() };
  // The clocks changing is a date to handle, not a change made to the shop: nothing is said to be under way since.
  if (patterns.SINCE_THE_CLOCKS.test(folded)) return undefined;
  const changed = patterns.ON_EVERY_DEPLOY.test(folded) ? null : patterns.SINCE_A_CHANGE.exec(folded);
  const change = changed && !OWN_CHANGE.test(folded.slice(changed.index)) ? changed : null;
  if (change) return { weight: patterns.UPDATE_CHANGE.test(change[0]) ? full / 2 : full, said: change[0].trim(), change: true };
  // "an item we since deleted", "it has since been fixed": since then, no harm dated.
  // "montar el entorno desde cero": from scratch, no time.
  const match = analysis.urgency.find(
    (m) => m.concept === 'since' && !(m.words === 'since' && SINCE_THEN_BEFORE.has(analysis.words[m.at - 1] ?? '')) && !(m.words === 'desde' && analysis.words[m.at + 1] === 'cero') && !fromAPlace(analysis.words, m),
  );
  if (match) return { weight: BARE_SINCE.has(match.words) ? full / 2 : full, said: match.words };
  return undefined;
}
