/** The command that opens a candidate pattern's template in the Refactor Preview (argument: its id). */
export const REVIEW_LEARNED_TEMPLATE = 'taskOrchestrator.reviewLearnedTemplate';
