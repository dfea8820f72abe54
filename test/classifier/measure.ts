// The classifier's labelled sets and how a set is measured: shared by `npm run bench` (which reports
// the held-out test set) and the unit test that keeps a floor under the tuning set.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { Orchestrator } from '../../src/core/orchestrator';

const REPO = join(__dirname, '..', '..');

export const labelledRequestSchema = z
  .object({
    request: z.string().min(1),
    template: z.string().min(1),
    domains: z.array(z.string()),
    lang: z.enum(['de', 'fr', 'es']).optional(),
    tags: z.array(z.string()).optional(),
  })
  .strict();
export type LabelledRequest = z.infer<typeof labelledRequestSchema>;

export type SetName = 'test' | 'test3' | 'tuning';

// test3 is the third held-out set, written blind; it is measured once per classifier version.
const SET_FILES: Readonly<Record<SetName, string>> = {
  test: 'test-set.yaml',
  test3: 'test-set-3.yaml',
  tuning: 'tuning-set.yaml',
};

export function loadLabelledSet(name: SetName): LabelledRequest[] {
  const file = join(REPO, 'test', 'classifier', SET_FILES[name]);
  return z.array(labelledRequestSchema).parse(parse(readFileSync(file, 'utf8')));
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
  readonly set: SetName;
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
  /** Of the wrong templates, how many the plan flagged as low confidence. */
  readonly wrongFlaggedLow: number;
  readonly lowConfidence: number;
  readonly outcomes: readonly Outcome[];
  readonly goals: { readonly templateAccuracy: number; readonly domainRecall: number; readonly incidentsAsEmergency: string };
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : Math.round((part / whole) * 1000) / 1000);

export async function measureClassifier(set: SetName): Promise<ClassifierFigures> {
  const items = loadLabelledSet(set);
  const root = mkdtempSync(join(tmpdir(), 'orchestrator-classifier-'));
  cpSync(join(REPO, 'examples', 'shop'), root, { recursive: true });
  try {
    const orchestrator = new Orchestrator({
      workspaceRoot: root, builtinTemplatesDir: join(REPO, 'templates'),
    });
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
      extraDomainsPerRequest: Math.round((outcomes.reduce((sum, o) => sum + o.domains.filter((d) => !o.item.domains.includes(d)).length, 0) / outcomes.length) * 100) / 100,
      byLanguage,
      wrongFlaggedLow: wrong.filter((o) => o.lowConfidence).length,
      lowConfidence: outcomes.filter((o) => o.lowConfidence).length,
      outcomes,
      goals: { templateAccuracy: 0.9, domainRecall: 0.9, incidentsAsEmergency: 'all' },
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

