// The writer's own doubt about what they report (urgency.ts weighs what it says): "probably nothing, but…", "is it just me or…", "maybe its
// the printer?". Politeness about the harm, no distance from it.

/**
 * The writer playing down what they report, doubting their own reading or sparing the reader: "it is probably nothing and I may be
 * reading it wrong, but…", "might be me being paranoid", "ich bin mir nicht sicher, ob das ein Problem ist", "vermutlich mache ich etwas
 * falsch", "probablement rien de grave", "de pronto no es nada". Politeness about the harm, no distance from it.
 */
const PLAYED_DOWN = new RegExp(
  [
    String.raw`\b(it'?s |it is |this is )?(prob|probably|maybe|possibly|likely) (nothing|just nothing|a dumb q\w*|a silly q\w*|overthinking|me being paranoid|just me)\b`,
    String.raw`\b(i )?(may|might|could) be (reading (it|this|that) wrong|misreading|wrong about this|me being paranoid|paranoid|overthinking)\b`,
    String.raw`\bbeing paranoid\b|\boverthinking (this|it)\b|\bi hope this (isn'?t|is not) (silly|stupid|dumb)\b|\b(dumb|silly|stupid) question\b`,
    String.raw`\bnot (sure|certain) (it'?s|it is|this is|if this is|if it'?s|whether this is|whether it'?s) (worth|a (real )?problem|an issue|anything)\b`,
    String.raw`\b(i )?(do not|don'?t) (wish|want) to (make|cause) (a fuss|trouble|a scene)\b|\bsorry to be a (nuisance|pain|bother)\b|\bi'?d hate to bother\b`,
    String.raw`\b(no rush|nothing pressing|low priority probably|probably low priority|not urgent i think|probably not urgent)\b`,
    String.raw`\b(probably|prob|maybe|likely) (just )?an? (timing|display|reporting|sync|formatting|caching) (thing|issue|lag|glitch|problem)\b`,
    String.raw`\b(ich bin mir )?nicht sicher,? ob\b|\bvermutlich (mache|mach) ich (etwas|was|da was) falsch\b|\bmache? mir (vielleicht |wohl )?unnotig sorgen\b`,
    String.raw`\b(sicher|bestimmt|wahrscheinlich|vermutlich) (nix|nichts) (wildes|schlimmes|dramatisches|ernstes)\b|\bnichts dramatisches\b|\beilt nicht\b`,
    String.raw`\b(probablement|surement|sans doute) rien( de grave)?\b|\bje ne suis pas sure? que\b|\brien de grave (sans doute|probablement)\b|\bpas presse\b`,
    String.raw`\bde pronto (no es nada|es normal)\b|\b(probablemente|seguramente|quizas|capaz) (no es nada|es normal)\b|\bno corre prisa\b|\bsin prisa\b`,
    // "vermutlich harmlos", "probably irrelevant", "just in case it's a thing", "did I do that??", "could easily be my fault", "is this how
    // it's supposed to look?", "I wondered whether it is normal", "¿será que eso es normal?", "wahrscheinlich bin i bloß zu dumm".
    String.raw`\b(vermutlich|wahrscheinlich|sicher|bestimmt) harmlos\b|\bprobably (irrelevant|a setting i \w+|my fault|something i did)\b|\brandom thought\b|\b(just )?in case it'?s a thing\b|\bdid i do (that|this)\b|\b(this |it )?could (easily )?be my (fault|doing)\b`,
    String.raw`\bis (this|that|it) how (it'?s|it is|they'?re|it'?s meant) (supposed|meant) to\b|\bi wonder(ed)? (whether|if) (it is|it'?s|this is|that is) normal\b|\b(sera que )?(eso|esto) es normal\b|\bi think it is not normal\b|\b(wahrscheinlich|vermutlich|sicher) bin i(ch)? (blo(ss)?|nur|einfach)? ?zu (dumm|bloed|blod)\b|\bdo you know if (that'?s|this is|it'?s) new\b`,
    // "Is it just me or…", "don't know if it's me", "should I be worried that…", "sorry if it's nothing", "is that normal?".
    String.raw`\b(is it|is this|is that|it is|it'?s)\s+(just|only)\s+me\s+or\b|\b(don'?t|dont|do not)\s+(know|no|kno)\s+if\s+(it'?s|its|it is)\s+(just\s+)?me\b|\b(ist|is) das nur bei mir so\b|\bliegt das an mir\b|\bc'?\s?est (juste |seulement )?moi ou\b|\b(soy yo|es cosa mia) o\b|\bsolo me pasa a mi\b`,
    String.raw`(?<!\bor\s)\b(should|do|shall) (i|we) (need to )?(be worried|worry)\b(?!\s*\?)|\b(muss|sollte|soll) ich mir sorgen machen\b|\b(dois-je|je dois|faut-il) m'?\s?inquieter\b|\b(deberia|debo|tengo que) preocuparme\b`,
    String.raw`\b(sorry|desole|desolee|perdon|entschuldigung|disculpa|disculpen)\s+(if|si|wenn|por si)\s+(it'?s|c'?\s?est|es|das ist|das)\s+(nothing|rien|nada|nichts)\b`,
    String.raw`\bam i (crazy|mad|going crazy|going mad|losing it)\b|\bje (suis|deviens) (fou|folle|fada|dingue) ou quoi\b|\bbin ich (verruckt|bescheuert|blod)\b|\b(estoy|me estoy volviendo) (loc[oa]|chalad[oa])\b|\bis (this|that|it) normal\b|\b(ist|isch) (das|des) normal\b|\b(ca|cela) vient (de chez nous|de nous)\b|\bis (it|this|that) (from us|ours)\b|\best-ce (que c'?\s?est )?normal\b|\bc'?\s?est normal (que|qu)\b|\b(es|esto es) normal que\b`,
    // "Maybe I'm imagining it", "would ye say?", "is she doing something wrong?", "could it be just her phone?", "maybe its the printer?",
    // "is that a real thing or is he having me on?", "is that something PayBridge added?", "normal?", "Konn des sei, dass…", "Is dat en
    // normales PayBridge-Ding?": a harmless explanation offered at the end of a report.
    String.raw`\b(maybe|perhaps|probably) (i'?m|i am) (imagining (it|things)|seeing things)\b|\bmaybe it'?s (just )?me\b|\bwould (ye|you|u) say\b|\b(is|am) (she|he|i) doing (something|anything) wrong\b`,
    String.raw`\bcould it be (just )?(her|his|my|the|our) (phone|laptop|computer|browser|printer|wifi|internet)\b|\bmaybe (it'?s|its) (the|my|her|his) \w+\s*\?|\bis (that|this|it) a real thing\b|\bhaving me on\b|\bpulling my leg\b`,
    // "CDN invoice was due yesterday, could that be it?", "Is the CDN caching it or what?", "¿será eso?": the writer's guess at the cause.
    String.raw`\bcould (that|this) be (it|why|the reason|the cause)\b|\bis (that|this) (it|why)\s*\?|\bor what\s*\?|\bsera (eso|por eso)\b|\bserait-ce (ca|pour ca)\b|\bliegt('?s| es) (daran|am \w+)\s*\?`,
    // "Is there a switch I've knocked?", "did I press something?": the writer blaming themselves.
    String.raw`\bis there (a|some) (switch|button|setting|box) (i'?ve|i have|i) (knocked|pressed|changed|touched|ticked|clicked)\b|\bhave i (pressed|clicked|changed|broken) something\b`,
    String.raw`\bis (that|this|it) something (\w+ ){1,2}(added|did|put|changed)\b|(^|[.!?]\s*)normal\s*\?|\bis there (a|some) delay\b|\b(kann|konn|ka) (das|des) (sein|sei),? (dass|das)\b|\b(is|ist) (dat|das|des) (en|ein|a) normales\b`,
    // A formal letter's opening ("I would like to draw your attention to the fact that…"): the form of the report, no wish or hypothesis.
    String.raw`\bi (would|should) like to (draw|bring) (your|to your) attention\b|\b(i|we) (wish|write|am writing|are writing) to (inform|notify|let) you\b|\bje me permets de vous (signaler|informer)\b|\bich mochte sie (darauf )?(aufmerksam machen|hinweisen)\b|\bquisiera (informarle|comunicarle|hacerle saber)\b`,
  ].join('|'),
);
/** Hypothetical words that are themselves the writer playing it down ("probably nothing", "whenever", "is it possible …?"): weak when they do. */
export const PLAYING_DOWN_TERMS: ReadonlySet<string> = new Set(['probably nothing', 'maybe it is nothing', 'whenever', 'is it possible', 'probably fine', 'probably nonsense', 'wondering', 'i doubt']);
const PLAYED_DOWN_ALL = new RegExp(PLAYED_DOWN.source, 'g');
/** Every pattern of this module, for the warm-up (urgencyWarmUp.ts `compilePatterns`). */
export const DOUBT_PATTERNS: readonly RegExp[] = [PLAYED_DOWN, PLAYED_DOWN_ALL];

/** Every way the writer plays down their report, as said, in the order said. */
export function asidesIn(folded: string): string[] {
  return [...folded.matchAll(PLAYED_DOWN_ALL)].map((m) => m[0]);
}
