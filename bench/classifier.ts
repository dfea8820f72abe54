// npm run bench:classifier [-- --cv K | --set heldout|bank | --source FILE] [-- --json] [-- --failures] [-- --groups]   (default: --cv 5)
// How well planning reads requests (test/classifier/measure.ts). `--set heldout` is the held-out
// test set (HELD_OUT_NAME), written blind: it is what `npm run bench` reports, measured once per
// classifier version and never tuned on; while none is present it says so. `--set bank` is the
// training data itself (how well the model fits it). `--cv K` is K-fold cross-validation on the
// bank: each request planned by a model trained without it, the figure to watch while changing the
// classifier, its bank or its lexicon. `--groups` adds the figures per template, tag and language,
// and after the cross-validation, each former test set (FORMER_TEST_SETS) measured by a model
// trained without it (leave-one-source-out): k-fold flatters, since paraphrases written side by side
// land in different folds; a whole file written by someone else is nearer to what a new user
// writes. `--source FILE` measures one bank file that way.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { crossValidate, FORMER_TEST_SETS, HELD_OUT_NAME, heldOutPresent, measureClassifier, sourceHoldOut, type ClassifierFigures, type Outcome } from '../test/classifier/measure';

const pct = (value: number) => `${(value * 100).toFixed(1)} %`;

/** What the bench prints where the held-out set's figures would be, while there is none. */
export const NO_HELD_OUT = `Classifier, held-out test set: none present (${HELD_OUT_NAME} is added once written blind); the bank's cross-validation (npm run bench:classifier) is the figure until then`;

/** One line per group: template accuracy and domain recall of its requests. */
function groupLines(f: Omit<ClassifierFigures, 'outcomes'>): string[] {
  return Object.entries(f.byGroup).map(([name, g]) => {
    const domains = g.withDomains > 0 ? `, domains ${g.domainsRight}/${g.withDomains} (${pct(g.domainsRight / g.withDomains)})` : '';
    return `    ${name.padEnd(34)} template ${g.templateRight}/${g.requests} (${pct(g.templateRight / g.requests)})${domains}`;
  });
}

/** The figures as lines of text; with `outcomes`, each request that went wrong too; with `groups`, the figures per group. */
export function classifierReport(f: Omit<ClassifierFigures, 'outcomes'>, outcomes?: readonly Outcome[], groups = false): string[] {
  const ok = (good: boolean) => (good ? 'OK' : 'BELOW GOAL');
  const lines = [
    `Classifier, ${f.set} (${f.requests} labelled requests, planned in the sample shop, local)`,
    `  template accuracy              ${pct(f.templateAccuracy)} (${f.templateRight}/${f.requests})   (goal ≥ 90 %) ${ok(f.templateAccuracy >= 0.9)}`,
    `  domain recall                  ${pct(f.domainRecall)} (${f.domainsRight}/${f.withDomains} requests with every required domain)   (goal ≥ 90 %) ${ok(f.domainRecall >= 0.9)}`,
    `  incidents planned as emergency ${f.incidentsAsEmergency}/${f.incidents}   (goal: all) ${ok(f.incidentsAsEmergency === f.incidents)}; false alarms ${f.falseEmergencies}`,
    `  extra domains per request      ${f.extraDomainsPerRequest}`,
    `  by language                    ${Object.entries(f.byLanguage).map(([lang, v]) => `${lang} ${v.templateRight}/${v.requests}`).join(', ')}`,
    `  low confidence                 ${f.lowConfidence} plans; ${f.wrongFlaggedLow} of the ${f.requests - f.templateRight} wrong templates were flagged low`,
  ];
  if (groups) lines.push('  by group', ...groupLines(f));
  if (outcomes) {
    for (const o of outcomes.filter((x) => !x.templateRight || !x.domainsRight)) {
      const what = [
        o.templateRight ? '' : `template ${o.templateId} ≠ ${o.item.template}`,
        o.domainsRight ? '' : `domains ${o.domains.join(',')} lack ${o.item.domains.filter((d) => !o.domains.includes(d)).join(',')}`,
      ].filter(Boolean).join('; ');
      lines.push(`    ✖ "${o.item.request}" — ${what} (confidence ${o.confidence})`);
    }
  }
  return lines;
}

/** The former test sets held out one at a time, pooled: the bench's most blind-like estimate. */
function sourceSummary(sources: readonly ClassifierFigures[]): string[] {
  const sum = (pick: (f: ClassifierFigures) => number) => sources.reduce((total, f) => total + pick(f), 0);
  const requests = sum((f) => f.requests);
  const right = sum((f) => f.templateRight);
  const withDomains = sum((f) => f.withDomains);
  const domainsRight = sum((f) => f.domainsRight);
  return [
    `Classifier, leave-one-source-out over ${sources.length} former test sets, pooled (${requests} requests)`,
    `  template accuracy ${pct(right / requests)} (${right}/${requests}); domain recall ${pct(domainsRight / withDomains)} (${domainsRight}/${withDomains}); incidents ${sum((f) => f.incidentsAsEmergency)}/${sum((f) => f.incidents)}; false alarms ${sum((f) => f.falseEmergencies)}`,
  ];
}

if (require.main === module) {
  const { values } = parseArgs({
    options: {
      set: { type: 'string' },
      cv: { type: 'string' },
      json: { type: 'boolean', default: false },
      failures: { type: 'boolean', default: false },
      groups: { type: 'boolean', default: false },
      source: { type: 'string' },
    },
  });
  if (values.set === 'test3') {
    process.stderr.write('Test set 3 was measured, read and is training data now (templates/bank/test-set-3.yaml): use --cv K, or --set heldout for the current held-out set.\n');
    process.exit(2);
  }
  const set = values.set === undefined ? undefined : z.enum(['heldout', 'bank']).parse(values.set);
  if (set === 'heldout' && !heldOutPresent()) {
    process.stdout.write(`${NO_HELD_OUT}\n`);
    process.exit(0);
  }
  const folds = set !== undefined || values.source !== undefined ? undefined : z.coerce.number().int().min(2).max(20).parse(values.cv ?? '5');
  const measured: Promise<ClassifierFigures[]> = values.source !== undefined
    ? sourceHoldOut(values.source).then((f) => [f])
    : folds !== undefined
      ? crossValidate(folds, (fold) => process.stderr.write(`fold ${fold + 1}/${folds}…\n`)).then(async (cv) => {
        if (!values.groups) return [cv];
        const sources: ClassifierFigures[] = [];
        for (const file of FORMER_TEST_SETS) {
          process.stderr.write(`${file} held out…\n`);
          sources.push(await sourceHoldOut(file));
        }
        return [cv, ...sources];
      })
      : measureClassifier(set ?? 'bank').then((f) => [f]);
  measured
    .then((all) => {
      if (values.json) {
        const summaries = all.map(({ outcomes: _outcomes, ...summary }) => summary);
        process.stdout.write(JSON.stringify(summaries.length === 1 ? summaries[0] : summaries, null, 2) + '\n');
      } else {
        const lines = all.flatMap((figures) => classifierReport(figures, values.failures ? figures.outcomes : undefined, values.groups));
        if (all.length > 2) lines.push(...sourceSummary(all.slice(1)));
        process.stdout.write(lines.join('\n') + '\n');
      }
    })
    .catch((error: unknown) => {
      process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    });
}
