import { NEGATIONS, type ConceptMatch } from '../meaning/concepts';

/**
 * What the words around a sign change in what it says (urgency.ts reads the signs): a past time that dates a thing or is a figure's
 * baseline, a "whether" someone else asked, a "could" that reports what was done, work done with "every order", a defect denied.
 * Each takes the text's words (`TextAnalysis.words`) and the index a sign was read at.
 */

/**
 * A time in the past that dates a thing rather than the event: "test accounts we created last week", "orders placed last month are
 * charged again today". The event is still now.
 */
const MADE: ReadonlySet<string> = new Set([
  'created', 'made', 'registered', 'placed', 'ordered', 'opened', 'bought', 'added', 'signed', 'issued',
  'erstellt', 'angelegt', 'bestellt', 'gekauft', 'cree', 'crees', 'creee', 'creees', 'commande', 'commandes', 'creado', 'creados', 'creada', 'creadas', 'hecho', 'hechos',
]);
export const datesAThing = (words: readonly string[], at: number) => words.slice(Math.max(0, at - 2), at).some((word) => MADE.has(word));
/** A time in the past that a figure is measured against ("sessions dropped 85% compared to last Thursday", "vs last week"): the drop is now. */
const COMPARED: ReadonlySet<string> = new Set(['compared', 'vs', 'versus', 'than', 'against', 'gegenuber', 'vergleich', 'rapport', 'comparado', 'comparada', 'frente', 'que']);
export const comparedWith = (words: readonly string[], at: number) =>
  words.slice(Math.max(0, at - 2), at).some((word) => COMPARED.has(word)) || (words[at - 2] === 'same' && words[at - 1] === 'time');
/** Who asks when a "whether" is reported, not asked ("customers are writing in to ask whether their order went through"). */
const ASKING: ReadonlySet<string> = new Set(['ask', 'asks', 'asking', 'asked', 'wonder', 'wonders', 'wondering', 'fragen', 'fragt', 'demandent', 'preguntan']);
const OTHERS: ReadonlySet<string> = new Set(['customers', 'users', 'people', 'they', 'clients', 'buyers', 'shoppers', 'kunden', 'clientes', 'support']);
/** What someone "could" do, said of what they did ("I could open the export without logging in"): a report, no hypothesis. */
const ACCESSED: ReadonlySet<string> = new Set(['open', 'see', 'access', 'download', 'read', 'view', 'fetch', 'browse', 'list', 'pull']);
/** A hypothetical word that reports rather than supposes: someone else's question, or what the writer was able to do. */
export function reported(words: readonly string[], at: number, term: string): boolean {
  if (term === 'could' || term === 'konnte') return (words[at - 1] === 'i' || words[at - 1] === 'we') && ACCESSED.has(words[at + 1] ?? '');
  if (term !== 'whether' && term !== 'if' && term !== 'ob' && term !== 'si') return false;
  return words.slice(Math.max(0, at - 4), at).some((word) => ASKING.has(word)) && words.slice(Math.max(0, at - 9), at).some((word) => OTHERS.has(word));
}
/** What work does with each one ("orders record every attempt", "the report counts every order twice"): no one is affected. */
export const TALLYING: readonly string[] = [
  'record', 'records', 'log', 'logs', 'store', 'stores', 'save', 'saves', 'track', 'tracks', 'keep', 'keeps', 'audit', 'audits', 'count',
  'counts', 'list', 'lists', 'retry', 'retries', 'check', 'checks', 'validate', 'validates', 'compte', 'comptent', 'enregistre', 'zahlt', 'cuenta', 'registra',
];
const TALLIES: ReadonlySet<string> = new Set(TALLYING);
export const tallied = (words: readonly string[], at: number) => TALLIES.has(words[at - 1] ?? '');
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'any', 'single', 'un', 'une', 'ein', 'eine', 'einen', 'de', 'd']);
/**
 * A defect denied where it is said ("not a failure", "no errors", "kein Fehler"): nothing broken. A negation further off belongs
 * to another verb ("the containers won't start (SyntaxError …)").
 */
export function denied(words: readonly string[], match: ConceptMatch): boolean {
  const before = words[match.at - 1] ?? '';
  return match.negated && (NEGATIONS.has(before) || (ARTICLES.has(before) && NEGATIONS.has(words[match.at - 2] ?? '')));
}
