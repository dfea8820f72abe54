import { compareStrings } from '../../kernel/compare';

/**
 * Finds the known word a typed one was meant to be: one typo away (a letter missing, extra, swapped
 * with its neighbour, or wrong in a long word), or a known word inside a compound ("Produktsuche").
 * Indexed so a lookup costs a few map reads, not a scan of the lexicon: typos by their one-letter
 * deletions (as SymSpell does), compounds by their first and last letters.
 */

/** Words this short are matched exactly only: one typo away from a short word is another word. */
const TYPO_MIN_LENGTH = 5;
/** A wrong letter counts in words this long; in shorter ones it too often makes another real word ("change"/"charge"). */
const SUBSTITUTION_MIN_LENGTH = 7;
/** A compound part is a known word at least this long, with at least three more letters around it. */
const COMPOUND_PART_MIN_LENGTH = 5;
const COMPOUND_EXTRA_LETTERS = 3;

/** True when `typed` is one typo away from `known`. */
export function withinOneEdit(typed: string, known: string): boolean {
  if (typed === known) return true;
  const la = typed.length;
  const lb = known.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && typed[i] === known[i]) i++;
  if (la === lb) {
    if (typed[i] === known[i + 1] && typed[i + 1] === known[i] && typed.slice(i + 2) === known.slice(i + 2)) return true; // swap
    return la >= SUBSTITUTION_MIN_LENGTH && typed.slice(i + 1) === known.slice(i + 1); // substitution
  }
  return la > lb ? typed.slice(i + 1) === known.slice(i) : typed.slice(i) === known.slice(i + 1);
}

function deletions(word: string): string[] {
  const variants: string[] = [];
  for (let i = 0; i < word.length; i++) variants.push(word.slice(0, i) + word.slice(i + 1));
  return variants;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export interface NearWord {
  /** The known stem it was read as. */
  readonly stem: string;
  readonly how: 'typo' | 'compound';
}

export class NearWords {
  private readonly stems: ReadonlySet<string>;
  /** A stem and each of its one-letter deletions → the stems they come from. */
  private readonly byDeletion = new Map<string, string[]>();
  private readonly partsByStart = new Map<string, { word: string; stem: string }[]>();
  private readonly partsByEnd = new Map<string, { word: string; stem: string }[]>();
  private readonly found = new Map<string, NearWord | null>();

  /** `known`: each known single word, folded, with its stem. */
  constructor(known: readonly { readonly word: string; readonly stem: string }[]) {
    this.stems = new Set(known.map((k) => k.stem));
    for (const stem of [...this.stems].sort(compareStrings)) {
      if (stem.length < TYPO_MIN_LENGTH) continue;
      for (const key of new Set([stem, ...deletions(stem)])) push(this.byDeletion, key, stem);
    }
    const parts = known.filter((k) => k.word.length >= COMPOUND_PART_MIN_LENGTH).sort((a, b) => b.word.length - a.word.length || compareStrings(a.word, b.word));
    for (const part of parts) {
      push(this.partsByStart, part.word.slice(0, COMPOUND_PART_MIN_LENGTH), part);
      push(this.partsByEnd, part.word.slice(-COMPOUND_PART_MIN_LENGTH), part);
    }
  }

  /** The known word `word` (stem `stem`) stands for, if it is a typo or a compound of one. Remembered per word. */
  find(word: string, stem: string): NearWord | undefined {
    const key = `${word} ${stem}`;
    let hit = this.found.get(key);
    if (hit === undefined) {
      hit = this.typo(stem) ?? this.compound(word) ?? null;
      if (this.found.size > 20_000) this.found.clear();
      this.found.set(key, hit);
    }
    return hit ?? undefined;
  }

  private typo(stem: string): NearWord | undefined {
    if (stem.length < TYPO_MIN_LENGTH) return undefined;
    // A doubled letter is the one typo a short word may have: "sloow" is "slow".
    const undoubled = stem.replace(/(\p{L})\1/gu, '$1');
    if (undoubled !== stem && this.stems.has(undoubled)) return { stem: undoubled, how: 'typo' };
    const candidates = new Set<string>();
    for (const key of [stem, ...deletions(stem)]) for (const known of this.byDeletion.get(key) ?? []) candidates.add(known);
    // Same length first (a swap or a wrong letter), then a letter missing, then one extra; then alphabetical.
    const rank = (known: string) => (known.length === stem.length ? 0 : known.length < stem.length ? 1 : 2);
    const best = [...candidates]
      .filter((known) => known !== stem && withinOneEdit(stem, known))
      .sort((a, b) => rank(a) - rank(b) || compareStrings(a, b))[0];
    return best === undefined ? undefined : { stem: best, how: 'typo' };
  }

  private compound(word: string): NearWord | undefined {
    if (word.length < COMPOUND_PART_MIN_LENGTH + COMPOUND_EXTRA_LETTERS) return undefined;
    const fits = (part: { word: string }) => word.length >= part.word.length + COMPOUND_EXTRA_LETTERS;
    const start = (this.partsByStart.get(word.slice(0, COMPOUND_PART_MIN_LENGTH)) ?? []).find((p) => fits(p) && word.startsWith(p.word));
    const end = (this.partsByEnd.get(word.slice(-COMPOUND_PART_MIN_LENGTH)) ?? []).find((p) => fits(p) && word.endsWith(p.word));
    // The longer part says more ("Datenbankzugriffe" is about a Datenbank); ties go to the start.
    const part = start && end ? (end.word.length > start.word.length ? end : start) : start ?? end;
    return part ? { stem: part.stem, how: 'compound' } : undefined;
  }
}
