/**
 * Thresholds that the explanation quotes as well as the classifier uses: apart from classify.ts so
 * that explain.ts, which activation loads for every surface, does not pull the classifier in.
 */

/** Below this probability (among the templates that may be chosen) none fits clearly: the fallback template is chosen. */
export const MIN_PROBABILITY = 0.25;
/** Nearest examples this alike (TF-IDF cosine, averaged over a template's nearest) count as a clear resemblance. */
export const CLEAR_SIMILARITY = 0.3;
