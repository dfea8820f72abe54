// How well planning reads requests: labelled requests are planned in a copy of the sample shop, as
// `task-orchestrator plan --local` would, and compared with their labels. Shared by `npm run bench`
// (cross-validation and the held-out test set), `npm run bench:classifier` (any set, or k-fold
// cross-validation on the bank) and the unit test that keeps a floor under the bank.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Orchestrator } from '../../src/core/orchestrator';
import { LinearModel, loadTemplates } from '../../src/core/plan/index';
import { trainOn } from '../../src/core/plan/classifier/builtinTraining';
import { readBank, readLabelledFile, trainingRequests, type LabelledRequest } from '../../src/core/plan/classifier/trainingData';

const REPO = join(__dirname, '..', '..');
export const TEMPLATES_DIR = join(REPO, 'templates');
export const BANK_DIR = join(TEMPLATES_DIR, 'bank');
/**
 * The held-out test sets, each written blind by someone who never saw the classifier, its examples
 * or the bank. Measured once per classifier version, together (`npm run bench` prints them, and
 * `--groups` each set alone); never tuned on, and never read while the classifier is changed. Once
 * measured and read a set joins the bank (as templates/bank/test-set-2.yaml to test-set-9.yaml did)
 * and a new one is written. Until one is added, there is none: the bench says so.
 */
export const HELD_OUT_NAMES: readonly string[] = ['test/classifier/test-set-62.yaml', 'test/classifier/test-set-63.yaml', 'test/classifier/test-set-66.yaml', 'test/classifier/test-set-68.yaml', 'test/classifier/test-set-70.yaml', 'test/classifier/test-set-71.yaml', 'test/classifier/test-set-72.yaml', 'test/classifier/test-set-73.yaml', 'test/classifier/test-set-74.yaml', 'test/classifier/test-set-75.yaml', 'test/classifier/test-set-76.yaml', 'test/classifier/test-set-77.yaml'];
export const HELD_OUT_NAME = HELD_OUT_NAMES.join(' + ');
/**
 * Set when the held-out set's misses have been read and the classifier changed since: its figure
 * then no longer measures generalisation, and the bench says so beside it. Cleared when a fresh
 * blind set replaces it.
 */
const HELD_OUT_SPENT: string | undefined = undefined;
/**
 * The bank files that were blind test sets, in the order they were written: each is measured by a
 * model trained without it (`sourceHoldOut`), the estimate nearest to a blind set that the bank
 * still gives. Not blind any more: their misses were read, and parts of the lexicon were written
 * from them.
 */
export const FORMER_TEST_SETS: readonly string[] = ['test-set-2', 'test-set-3', 'test-set-4', 'test-set-5', 'test-set-6', 'test-set-7', 'test-set-8', 'test-set-9', 'test-set-10', 'test-set-11', 'test-set-12', 'test-set-13', 'test-set-14', 'test-set-15', 'test-set-16', 'test-set-17', 'test-set-18', 'test-set-19', 'test-set-20', 'test-set-21', 'test-set-22', 'test-set-23', 'test-set-24', 'test-set-25', 'test-set-26', 'test-set-27', 'test-set-28', 'test-set-29', 'test-set-30', 'test-set-31', 'test-set-32', 'test-set-33', 'test-set-34', 'test-set-35', 'test-set-36', 'test-set-37', 'test-set-38', 'test-set-39', 'test-set-40', 'test-set-41', 'test-set-42', 'test-set-43', 'test-set-44', 'test-set-45', 'test-set-46', 'test-set-47', 'test-set-48', 'test-set-49', 'test-set-50', 'test-set-51', 'test-set-52', 'test-set-53', 'test-set-54', 'test-set-55', 'test-set-56', 'test-set-57', 'test-set-58', 'test-set-59', 'test-set-64', 'test-set-65', 'test-set-60', 'test-set-61', 'test-set-67', 'test-set-69'];
/**
 * Bank files written for the kinds of request a test set's misses showed (their headers say so):
 * held out with that set, since they are its topics in other words and would flatter its figure.
 */
const WRITTEN_FROM: Readonly<Record<string, readonly string[]>> = { 'test-set-3': ['kinds'], 'test-set-4': ['kinds-2'] };
const heldOutFiles = (): string[] => HELD_OUT_NAMES.map((name) => join(REPO, ...name.split('/'))).filter((file) => existsSync(file));

export type SetName = 'heldout' | 'bank';

/** Whether a held-out set is in the checkout (each is added once written, and absent in between). */
export function heldOutPresent(): boolean {
  return heldOutFiles().length > 0;
}

export function loadLabelledSet(name: SetName): LabelledRequest[] {
  if (name === 'bank') return readBank(BANK_DIR).flatMap((f) => f.requests);
  if (!heldOutPresent()) throw new Error(`No held-out test set is present (${HELD_OUT_NAME}); the bank's cross-validation is the figure until it is added.`);
  return heldOutFiles().flatMap((file) => readLabelledFile(file));
}

export interface Outcome {
  readonly item: LabelledRequest;
  readonly templateId: string;
  readonly domains: readonly string[];
  readonly confidence: number;
  readonly lowConfidence: boolean;
  readonly templateRight: boolean;
  readonly domainsRight: boolean;
}

export interface ClassifierFigures {
  /** What was measured: a set's name, or "5-fold cross-validation on the bank". */
  readonly set: string;
  readonly requests: number;
  readonly templateAccuracy: number;
  readonly templateRight: number;
  /** Requests whose required domains were all delegated, of those that require any. */
  readonly domainRecall: number;
  readonly domainsRight: number;
  readonly withDomains: number;
  readonly incidents: number;
  readonly incidentsAsEmergency: number;
  /** Non-incidents planned as emergencies: false alarms. */
  readonly falseEmergencies: number;
  /** Domains delegated beyond the required ones, per request: what recall costs. */
  readonly extraDomainsPerRequest: number;
  readonly byLanguage: Readonly<Record<string, { readonly requests: number; readonly templateRight: number }>>;
  /** The same figures per group of requests: `template:ID` (by its label), `tag:TAG`, `lang:LANG`, `file:NAME` (its bank file). */
  readonly byGroup: Readonly<Record<string, GroupFigures>>;
  /** Of the wrong templates, how many the plan flagged as low confidence. */
  readonly wrongFlaggedLow: number;
  readonly lowConfidence: number;
  readonly outcomes: readonly Outcome[];
  readonly goals: { readonly templateAccuracy: number; readonly domainRecall: number; readonly incidentsAsEmergency: string };
}

export interface GroupFigures {
  readonly requests: number;
  readonly templateRight: number;
  readonly withDomains: number;
  readonly domainsRight: number;
}

/** Bank or held-out request → its file's name ("test-set-3"), so the figures can be read per source. */
const bankFileOf = (() => {
  let files: Map<string, string> | undefined;
  const read = () => [...readBank(BANK_DIR), ...heldOutFiles().map((file) => ({ file, requests: readLabelledFile(file) }))];
  return (request: string) => {
    files ??= new Map(read().flatMap((f) => f.requests.map((x) => [x.request, basename(f.file).replace(/\.ya?ml$/, '')] as const)));
    return files.get(request);
  };
})();

/** The groups a labelled request belongs to: its template, each of its tags, its language, its bank file. */
function groupsOf(item: LabelledRequest): string[] {
  const file = bankFileOf(item.request);
  return [`template:${item.template}`, ...(item.tags ?? []).map((t) => `tag:${t}`), `lang:${item.lang ?? 'en'}`, ...(file ? [`file:${file}`] : [])];
}

function figuresByGroup(outcomes: readonly Outcome[]): Record<string, GroupFigures> {
  const groups = new Map<string, { requests: number; templateRight: number; withDomains: number; domainsRight: number }>();
  for (const o of outcomes) {
    for (const name of groupsOf(o.item)) {
      const g = groups.get(name) ?? { requests: 0, templateRight: 0, withDomains: 0, domainsRight: 0 };
      g.requests++;
      if (o.templateRight) g.templateRight++;
      if (o.item.domains.length > 0) {
        g.withDomains++;
        if (o.domainsRight) g.domainsRight++;
      }
      groups.set(name, g);
    }
  }
  return Object.fromEntries([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : Math.round((part / whole) * 1000) / 1000);

/** Plans each request in a copy of the sample shop, with `classifier` (default: the built-in one). */
async function planInShop(items: readonly LabelledRequest[], root: string, classifier?: LinearModel): Promise<Outcome[]> {
  const orchestrator = new Orchestrator({ workspaceRoot: root, builtinTemplatesDir: TEMPLATES_DIR, ...(classifier ? { classifier } : {}) });
  const outcomes: Outcome[] = [];
  for (const item of items) {
    const { checklist } = await orchestrator.plan(item.request);
    const c = checklist.classification;
    outcomes.push({
      item, templateId: c.templateId, domains: checklist.domains, confidence: c.explanation?.confidence ?? 0, lowConfidence: c.explanation?.lowConfidence ?? false,
      templateRight: c.templateId === item.template,
      domainsRight: item.domains.every((d) => checklist.domains.includes(d)),
    });
  }
  return outcomes;
}

function figuresOf(set: string, outcomes: readonly Outcome[]): ClassifierFigures {
  const withDomains = outcomes.filter((o) => o.item.domains.length > 0);
  const incidents = outcomes.filter((o) => o.item.template === 'emergency');
  const byLanguage: Record<string, { requests: number; templateRight: number }> = {};
  for (const o of outcomes) {
    const lang = o.item.lang ?? 'en';
    byLanguage[lang] ??= { requests: 0, templateRight: 0 };
    byLanguage[lang].requests++;
    if (o.templateRight) byLanguage[lang].templateRight++;
  }
  const wrong = outcomes.filter((o) => !o.templateRight);
  return {
    set,
    requests: outcomes.length,
    templateRight: outcomes.length - wrong.length,
    templateAccuracy: ratio(outcomes.length - wrong.length, outcomes.length),
    domainsRight: withDomains.filter((o) => o.domainsRight).length,
    withDomains: withDomains.length,
    domainRecall: ratio(withDomains.filter((o) => o.domainsRight).length, withDomains.length),
    incidents: incidents.length,
    incidentsAsEmergency: incidents.filter((o) => o.templateId === 'emergency').length,
    falseEmergencies: outcomes.filter((o) => o.item.template !== 'emergency' && o.templateId === 'emergency').length,
    extraDomainsPerRequest: Math.round((outcomes.reduce((sum, o) => sum + o.domains.filter((d) => !o.item.domains.includes(d)).length, 0) / Math.max(1, outcomes.length)) * 100) / 100,
    byLanguage,
    byGroup: figuresByGroup(outcomes),
    wrongFlaggedLow: wrong.filter((o) => o.lowConfidence).length,
    lowConfidence: outcomes.filter((o) => o.lowConfidence).length,
    outcomes,
    goals: { templateAccuracy: 0.9, domainRecall: 0.9, incidentsAsEmergency: 'all' },
  };
}

async function inShopCopy<T>(work: (root: string) => Promise<T>): Promise<T> {
  const root = mkdtempSync(join(tmpdir(), 'orchestrator-classifier-'));
  cpSync(join(REPO, 'examples', 'shop'), root, { recursive: true });
  try {
    return await work(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** A set planned with the built-in classifier. */
/** `part` plans only one of `of` equal parts of the set (by foldOf), so that a test can plan a large bank in pieces. */
export async function measureClassifier(set: SetName, part?: { readonly index: number; readonly of: number }): Promise<ClassifierFigures> {
  const items = loadLabelledSet(set).filter((item) => part === undefined || foldOf(item.request, part.of) === part.index);
  // The sets present, not the ones listed: a set is listed before it is written.
  const present = heldOutFiles().map((file) => `test/classifier/${basename(file)}`);
  const missing = HELD_OUT_NAMES.filter((name) => !present.includes(name));
  const label = `${present.join(' + ')}${missing.length > 0 ? `; not yet written: ${missing.join(', ')}` : ''}${HELD_OUT_SPENT ? `; ${HELD_OUT_SPENT}` : ''}`;
  return figuresOf(set === 'heldout' ? `held-out test set (${label})` : 'its own training data (the bank)', await inShopCopy((root) => planInShop(items, root)));
}

/** Which of `k` folds a request is in: by a hash of its text, so a request stays in its fold whatever else changes. */
export function foldOf(request: string, k: number): number {
  return parseInt(createHash('sha256').update(request).digest('hex').slice(0, 8), 16) % k;
}

/**
 * k-fold cross-validation on the bank: for each fold, a model is trained on the templates' examples
 * and the other folds, and the fold's requests are planned with it, so every request is measured by
 * a model that never saw it. What the figures on the held-out set should look like, measured on data
 * that may be looked at.
 */
export async function crossValidate(k: number, onFold?: (fold: number) => void): Promise<ClassifierFigures> {
  const { templates } = await loadTemplates(TEMPLATES_DIR);
  const bank = loadLabelledSet('bank');
  const outcomes = await inShopCopy(async (root) => {
    const all: Outcome[] = [];
    for (let fold = 0; fold < k; fold++) {
      onFold?.(fold);
      const held = bank.filter((x) => foldOf(x.request, k) === fold);
      const model = new LinearModel(trainOn(trainingRequests(templates, bank.filter((x) => foldOf(x.request, k) !== fold))));
      all.push(...(await planInShop(held, root, model)));
    }
    return all;
  });
  // Reported in the bank's order, not fold by fold.
  const order = new Map(bank.map((x, i) => [x.request, i]));
  return figuresOf(`${k}-fold cross-validation on the bank`, [...outcomes].sort((a, b) => (order.get(a.item.request) ?? 0) - (order.get(b.item.request) ?? 0)));
}

/**
 * Leave-one-source-out: a bank file (one of FORMER_TEST_SETS) planned with a model trained on the
 * templates' examples and every other bank file but those written from its misses (WRITTEN_FROM). k-fold splits paraphrases written side by side
 * across folds, so it flatters; a whole file written by someone else, at another time, is what a
 * new user's requests look like to the model.
 */
export async function sourceHoldOut(file: string): Promise<ClassifierFigures> {
  const { templates } = await loadTemplates(TEMPLATES_DIR);
  const files = readBank(BANK_DIR);
  const name = (f: { file: string }) => basename(f.file).replace(/\.ya?ml$/, '');
  const held = files.find((f) => name(f) === file);
  if (!held) throw new Error(`No bank file ${file}.yaml in ${BANK_DIR}`);
  const left = new Set([file, ...(WRITTEN_FROM[file] ?? [])]);
  const model = new LinearModel(trainOn(trainingRequests(templates, files.filter((f) => !left.has(name(f))).flatMap((f) => f.requests))));
  const without = [...left].filter((f) => f !== file);
  return figuresOf(
    `${file} held out (trained on every other bank file${without.length > 0 ? `, without ${without.map((f) => `${f}.yaml`).join(', ')}, written from its misses` : ''})`,
    await inShopCopy((root) => planInShop(held.requests, root, model)),
  );
}
