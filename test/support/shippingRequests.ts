// Requests about shipping costs that past runs could have asked, for the learned-patterns tests (unit and e2e). Runs are grouped
// into a candidate pattern by identical domains, and which domains a shipping request reads in is the trained model's call: it
// changes with the bank ("costs for Austria" read the database in after one retrain, its neighbours did not). So the tests take
// the first three phrasings the model reads alike, as simple, rather than naming three.
import type { Orchestrator } from '../../src/core/orchestrator';

const SHIPPING_PHRASINGS = [
  'Change the shipping fees for the UK', 'Update the shipping costs for Germany', 'Change the shipping fees for Switzerland',
  'Update the shipping costs for Austria', 'Change the shipping fees for Belgium', 'Change the shipping fees for Sweden',
];

/** The first three phrasings `engine` plans as simple with the same domains, and those domains. */
export async function shippingRequestsReadAlike(engine: Pick<Orchestrator, 'plan'>): Promise<{ requests: string[]; domains: readonly string[] }> {
  const groups = new Map<string, string[]>();
  const readings: string[] = [];
  for (const request of SHIPPING_PHRASINGS) {
    const { classification, domains } = (await engine.plan(request)).checklist;
    readings.push(`${request}: ${classification.templateId} ${domains.join(',')}`);
    if (classification.templateId !== 'simple') continue;
    const key = domains.join(', ');
    const group = [...(groups.get(key) ?? []), request];
    if (group.length === 3) return { requests: group, domains };
    groups.set(key, group);
  }
  throw new Error(`no three shipping phrasings read alike:\n${readings.join('\n')}`);
}
