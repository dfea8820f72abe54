// npm run bench:classifier [-- --set test|test3|tuning] [-- --json] [-- --failures]
// How well planning reads requests: each labelled request of a set is planned in a copy of the sample
// shop, as `task-orchestrator plan --local` would, and compared with its label. The test set is held
// out (see test/classifier/test-set.yaml), and so is `test3` (test/classifier/test-set-3.yaml, written
// blind: measure it once per classifier version); the tuning set is what the classifier was tuned on.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { measureClassifier, type ClassifierFigures, type Outcome } from '../test/classifier/measure';

const pct = (value: number) => `${(value * 100).toFixed(1)} %`;

/** The figures as lines of text; with `outcomes`, each request that went wrong too. */
export function classifierReport(f: Omit<ClassifierFigures, 'outcomes'>, outcomes?: readonly Outcome[]): string[] {
  const ok = (good: boolean) => (good ? 'OK' : 'BELOW GOAL');
  const lines = [
    `Classifier on the ${f.set} set (${f.requests} labelled requests, planned in the sample shop, local)`,
    `  template accuracy              ${pct(f.templateAccuracy)} (${f.templateRight}/${f.requests})   (goal ≥ 90 %) ${ok(f.templateAccuracy >= 0.9)}`,
    `  domain recall                  ${pct(f.domainRecall)} (${f.domainsRight}/${f.withDomains} requests with every required domain)   (goal ≥ 90 %) ${ok(f.domainRecall >= 0.9)}`,
    `  incidents planned as emergency ${f.incidentsAsEmergency}/${f.incidents}   (goal: all) ${ok(f.incidentsAsEmergency === f.incidents)}; false alarms ${f.falseEmergencies}`,
    `  extra domains per request      ${f.extraDomainsPerRequest}`,
    `  by language                    ${Object.entries(f.byLanguage).map(([lang, v]) => `${lang} ${v.templateRight}/${v.requests}`).join(', ')}`,
    `  low confidence                 ${f.lowConfidence} plans; ${f.wrongFlaggedLow} of the ${f.requests - f.templateRight} wrong templates were flagged low`,
  ];
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

if (require.main === module) {
  const { values } = parseArgs({ options: { set: { type: 'string', default: 'test' }, json: { type: 'boolean', default: false }, failures: { type: 'boolean', default: false } } });
  const set = z.enum(['test', 'test3', 'tuning']).parse(values.set);
  measureClassifier(set)
    .then((figures) => {
      if (values.json) {
        const { outcomes: _outcomes, ...summary } = figures;
        process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
      } else {
        process.stdout.write(classifierReport(figures, values.failures ? figures.outcomes : undefined).join('\n') + '\n');
      }
    })
    .catch((error: unknown) => {
      process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    });
}
