import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { projectMemoryOf } from '../../src/core/memory/index';
import { foldEvents } from '../../src/core/run/state';
import { describeStep } from '../../src/core/run/steps';
import { buildChecklist, classificationLines, loadTemplates, PlanningError, type Checklist, type PlanInput, type Template } from '../../src/core/plan/index';
import { readRequest } from '../../src/core/plan/classifier/reading';
import { strongestLabels } from '../../src/core/plan/classifier/decidingWords';

const BUILTIN_TEMPLATES = join(import.meta.dirname, '..', '..', 'templates');
const SHOP_FILES = ['Dockerfile', 'backend/src/server.js', 'db/migrations/001_create_products.sql', 'frontend/src/App.jsx'];
const API_ONLY_FILES = ['Dockerfile', 'src/server.js', 'src/routes/orders.js', 'migrations/001_init.sql'];

/** How a request's incident signs are read (level, score, kinds). */
const urgency = (request: string) => readRequest(request).urgency;

let builtins: Template[] | undefined;
async function plan(request: string, overrides: Partial<PlanInput> = {}): Promise<Checklist> {
  builtins ??= (await loadTemplates(BUILTIN_TEMPLATES)).templates;
  return buildChecklist({ request, memory: projectMemoryOf([]), templates: builtins, coordinators: [], files: SHOP_FILES, ...overrides });
}

test('a request phrased without any of the old keywords still finds its template', async () => {
  const cases: [string, string][] = [
    ['The order history page needs ages on a phone', 'performance_optimization'],
    ['Is our login safe from people guessing passwords?', 'security_review'],
    ['The basket badge shows a wrong number after reload', 'bug_fix'],
    ['Customers would love to save their favourite products', 'new_feature'],
    ['What does payment.js do?', 'simple'],
    ['Der Checkout ist total langsam', 'performance_optimization'],
    ['Le formulaire de paiement affiche une erreur', 'bug_fix'],
    ['¿Es seguro el inicio de sesión?', 'security_review'],
    ['the serch endpiont is sloow', 'performance_optimization'],
    // German "sich" is not a stem of "sicher" (safe): a menu that no longer opens is a bug, not a security review.
    ['Das Dropdown lässt sich nicht mehr öffnen', 'bug_fix'],
    ['La API responde despacio desde ayer', 'performance_optimization'],
    // Work laid out across the parts, in a list: one change in several layers.
    ['rename customer to account everywhere: the schema, every query, the api and the pages', 'complex'],
  ];
  for (const [request, templateId] of cases) {
    assert.equal((await plan(request)).classification.templateId, templateId, request);
  }
});

test('incidents are read from how signals combine: emergency template, critical priority, the signals named', async () => {
  for (const request of [
    'Half the customers get a 503 since the 10:40 deploy',
    'our customer database was posted on pastebin',
    'people got charged three times for one order this morning',
    'Die Webseite ist seit 9 Uhr für alle Kunden nicht erreichbar',
  ]) {
    const checklist = await plan(request);
    assert.equal(checklist.classification.templateId, 'emergency', request);
    assert.equal(checklist.priority, 'critical', request);
    assert.equal(checklist.classification.explanation?.basis, 'incident', request);
    assert.ok(checklist.classification.explanation?.signals.some((s) => s.startsWith('incident signal:')), request);
  }
  for (const request of ['the cart returns a 500 when a coupon is empty', 'How would we notice if our keys leaked?', 'Add an outage banner to the homepage']) {
    const checklist = await plan(request);
    assert.notEqual(checklist.classification.templateId, 'emergency', request);
    assert.equal(checklist.priority, 'normal', request);
  }
});

test('an incident is a present harm told by its effect, not a single word', async () => {
  // Told by what users see: the shop as good as down, a process dying in a loop, someone else's data.
  for (const request of [
    'since the sale began the shop barely loads and most requests time out',
    'the api container gets OOMKilled every 3 minutes',
    'a customer writes that her account page shows somebody else\'s address',
  ]) {
    assert.equal(urgency(request).level, 'incident', `${request}: ${urgency(request).kinds.join(',')}`);
    assert.equal((await plan(request)).classification.templateId, 'emergency', request);
  }
  // One word that also names something harmless: a folder, a place, a condition, a leak to chase, hearsay.
  for (const request of [
    'put the new logo into public/ and use it in the header',
    'upgrade the node version everywhere and fix whatever breaks',
    'when the payment provider is down, show a clear message instead of "declined"',
    'the worker restarts every few hours because its memory keeps growing',
    'someone said our search leaks everything, probably nonsense, but look at it with an attacker\'s eyes',
  ]) {
    assert.notEqual(urgency(request).level, 'incident', `${request}: ${urgency(request).kinds.join(',')}`);
    assert.notEqual((await plan(request)).classification.templateId, 'emergency', request);
  }
});

test('incident signs are read by kind: data is not people, now and then is not now, a deadline is not a hypothesis, production beside staging is production', async () => {
  const rows = urgency('the listing of 3 million rows in the invoices table got slow');
  assert.ok(rows.kinds.includes('volume') && !rows.kinds.includes('everyone'), rows.kinds.join(','));
  assert.equal(rows.level, 'none');
  const flaky = urgency('the shipping label service times out every now and then');
  assert.ok(flaky.kinds.includes('occasional') && !flaky.kinds.includes('now'), flaky.kinds.join(','));
  for (const request of [
    'the refund job died yesterday and we lose the money for 300 returns unless it runs before Friday',
    'the cleanup script wiped the customers table in production instead of on staging',
    '5xx rate at 40% since the 9:00 release, should we roll back?',
  ]) {
    assert.equal(urgency(request).level, 'incident', `${request}: ${urgency(request).kinds.join(',')}`);
    assert.equal((await plan(request)).classification.templateId, 'emergency', request);
  }
  // Said as a precaution, an exposure is at most possible, and the model alone cannot make it an incident.
  const precaution = 'make sure strangers can never open someone else\'s invoices';
  assert.equal(urgency(precaution).distance, 'wording');
  assert.notEqual((await plan(precaution)).classification.templateId, 'emergency');
  // "Exposed" of a port is not data exposed: one such word alone is at most a possible incident.
  const port = 'EXPOSE 3000 -> 8080 in the Dockerfile';
  assert.equal(urgency(port).level, 'possible', urgency(port).kinds.join(','));
  assert.notEqual((await plan(port)).classification.templateId, 'emergency');
  const data = 'customer data is being exposed publicly';
  assert.equal(urgency(data).level, 'incident');
  assert.equal((await plan(data)).classification.templateId, 'emergency');
});

test('incidents told by a table removed, a restart loop or abuse under way; durations of work, waste and words of other languages are no alarm', async () => {
  for (const request of [
    'ten minutes ago a deploy script dropped cart_items in production, every cart is empty',
    'Die Worker starten seit dem letzten Deploy in einer Schleife neu',
    'bots are spamming our review form with links right now',
  ]) {
    assert.equal(urgency(request).level, 'incident', `${request}: ${urgency(request).kinds.join(',')}`);
    assert.equal((await plan(request)).classification.templateId, 'emergency', request);
  }
  for (const request of [
    // How long a job runs is not the time since something broke; work done twice is waste.
    'the invoice export runs for 25 minutes and slows everything else down',
    'the product page loads the reviews twice for every request',
    // German "alles" is every thing, not everyone; "0.00" in a query plan is not a price.
    'Beim Speichern kommt ein Fehler, obwohl alles ausgefüllt ist',
    'Seq Scan on orders (cost=0.00..9120.00 rows=3) takes 2 s in prod, which index is missing?',
    // A wish that uses an urgent word.
    "we'd like an 'urgent' label customers can tick on their order",
  ]) {
    assert.notEqual(urgency(request).level, 'incident', `${request}: ${urgency(request).kinds.join(',')}`);
    assert.notEqual((await plan(request)).classification.templateId, 'emergency', request);
  }
});

test('incidents told by their traces, by who is affected or by the support desk; names, load tests and hypotheses are no alarm', async () => {
  for (const request of [
    // Abuse read from its traces, accounts made in bulk, a processor at its limit while everyone waits.
    "our nginx log has had ' UNION SELECT password FROM users-- in the search query for twenty minutes, from many IPs",
    'somebody is registering fake accounts, thousands since this morning',
    'the reporting db sits at 100% cpu and every customer dashboard times out',
    // "Support" is who forwards it, not support to add; "able to" is as good as "can".
    'Message from support: since 9:40 every checkout fails with a card error',
    'since the release no customer is able to pay',
    // Told only by numbers: a count jumping tenfold, a figure at nothing, far more payments than orders, disputes by the dozen.
    'failed payment webhooks went from 12 to 900 in the last hour',
    'checkouts per minute dropped to zero at 14:20, traffic looks normal',
    'the provider shows 340 captures since noon, our orders table has 20',
    '45 chargebacks since Friday, we usually see two a month',
  ]) {
    assert.equal(urgency(request).level, 'incident', `${request}: ${urgency(request).kinds.join(',')}`);
  }
  for (const request of [
    // English "all" is not German "alle" (everyone); an error nobody catches affects no one.
    'the signup form should say which of all three fields is missing',
    'the payment script throws an error that nobody catches',
    // A campaign's name, a load test's errors, a hypothesis, an event the code publishes.
    "banner for our 'Emergency Kit' campaign on the home page",
    'k6 with 300 virtual users: error rate 4 % on checkout, target is 0.1 %',
    'hypothetically, if the payment provider were down for an hour, what would customers see?',
    'el checkout publica un evento cuando se crea el pedido',
    // Numbers that are settings or durations, a few customers, a branch of one's own.
    'raise the page size from 20 to 200 on the admin order list',
    'p95 of search went from 120 ms to 2.4 s after adding the filters',
    'two customers say they were charged but got no order, yesterday evening',
    'on my branch every checkout fails since I rebased',
    // A stack trace in the logs is no exposure of data.
    'the stack trace of checkout errors ends up in the logs without the request id',
  ]) {
    assert.notEqual(urgency(request).level, 'incident', `${request}: ${urgency(request).kinds.join(',')}`);
  }
});

test("a product's own documents that are slow are not documentation; an instruction or a wish without a build verb is new work", async () => {
  const docs = readRequest('search across the uploaded documents is really slow for big teams').analysis.intents.map((m) => m.concept);
  assert.ok(docs.includes('slow') && !docs.includes('docs'), docs.join(','));
  assert.ok(readRequest('document the refund flow in the README').analysis.intents.some((m) => m.concept === 'docs'));
  assert.equal((await plan('search across the uploaded documents is really slow for big teams')).classification.templateId, 'performance_optimization');
  for (const request of ['email the buyer a survey a week after delivery', 'finance wants a monthly CSV of refunds with the reasons']) {
    assert.equal((await plan(request)).classification.templateId, 'new_feature', request);
  }
});

test('domains come from what the request is about, and one the workspace does not have is left out and named', async () => {
  const safari = await plan('Pictures do not appear in Safari');
  assert.ok(safari.domains.includes('frontend'), safari.domains.join(','));
  const docker = await plan('Harden the Docker image');
  assert.equal(docker.classification.templateId, 'security_review');
  assert.ok(['infrastructure', 'security'].every((d) => docker.domains.includes(d)) && !docker.domains.some((d) => d === 'frontend' || d === 'database'), docker.domains.join(','));
  assert.ok(docker.delegations.find((d) => d.coordinator === 'infrastructure')?.reasons.includes('request: "docker image"'));
  const typo = await plan('the chekout total is wrong');
  assert.ok(typo.delegations.find((d) => d.coordinator === 'backend')?.reasons.includes('request: "chekout" (read as "checkout")'));

  const apiOnly = await plan('Make the checkout faster', { files: API_ONLY_FILES });
  // The API has a Dockerfile: a performance request looks at its container too.
  assert.deepEqual(apiOnly.domains, ['backend', 'infrastructure']);
  assert.deepEqual(apiOnly.leftOutDomains, [{ name: 'frontend', reason: 'the workspace has no frontend code' }]);
  assert.match(classificationLines(apiOnly, apiOnly.request).join('\n'), /Domains: backend, infrastructure; left out: frontend \(the workspace has no frontend code\)/);
  const unknownLayout = await plan('Make the checkout faster', { files: ['index.js'] });
  assert.deepEqual(unknownLayout.domains, ['backend', 'frontend'], 'a file list that says nothing about domains leaves nothing out');
  assert.deepEqual(unknownLayout.leftOutDomains, [{ name: 'infrastructure', reason: 'the workspace has no infrastructure code' }], 'except infrastructure, which needs some to look at');
});

test('the same request gives the same checklist, explanation included, whatever order templates and files come in', async () => {
  builtins ??= (await loadTemplates(BUILTIN_TEMPLATES)).templates;
  for (const request of ['Images don’t show up in Safari', 'Look at the checkout', 'site down for everyone']) {
    const first = JSON.stringify(await plan(request));
    const shuffled: string = JSON.stringify(await plan(request, { templates: [...(builtins ?? [])].reverse(), files: [...SHOP_FILES].reverse() }));
    assert.equal(first, shuffled, request);
  }
});

test('the plan explains its choice: confidence, runner-up, nearest examples; a low-confidence plan offers the other template', async () => {
  const clear = (await plan('Make the product page load faster')).classification;
  assert.equal(clear.explanation?.basis, 'examples');
  assert.equal(clear.explanation?.lowConfidence, false);
  assert.ok(clear.explanation && clear.explanation.examples[0].templateId === 'performance_optimization' && clear.explanation.examples[0].similarity > 0.3);
  assert.deepEqual(clear.explanation?.scores.map((s) => s.templateId).slice(0, 1), ['performance_optimization']);

  // An emergency template that scored nothing is not named as the runner-up (it only wins the tie at 0.00 by precedence).
  for (const request of ['Add a wishlist so customers can save products for later', 'Add a README section about running tests']) {
    const e = (await plan(request)).classification.explanation;
    assert.ok(e?.runnerUp && e.runnerUp.templateId !== 'emergency', `${request}: runner-up ${JSON.stringify(e?.runnerUp)}`);
    assert.ok(!e?.signals.some((s) => / over emergency,/.test(s)) && e?.signals.some((s) => s.startsWith(`over ${e.runnerUp?.templateId},`)), `${request}: the runner-up is the template the model weighed the choice against: ${e?.signals.join(' | ')}`);
  }

  // What the incident reading weighed is said as what it read, not as "incident signals" for a request that reports no harm.
  // Whether the reading is among the four strongest reasons shown depends on the trained weights; its wording does not.
  const readmeRequest = 'Add a README section about running tests';
  const readme = (await plan(readmeRequest)).classification.explanation;
  assert.ok(readme && readme.signals.length > 0 && !readme.signals.some((s) => s.includes('incident signals')), readme?.signals.join(' | '));
  const read = readRequest(readmeRequest);
  assert.ok(read.features.has('i:calm:docs'), 'the incident reading reads a request for documentation');
  assert.deepEqual(strongestLabels(read, [{ feature: 'i:calm:docs', amount: 0.5 }]), ['asks for documentation, not reporting harm (+0.50)']);
  // Which documentation sign leads ("readme", or the reading's "asks for documentation") moves with the trained weights; that one does is the point.
  const update = (await plan('Update the README with the new setup steps')).classification.explanation;
  assert.ok(update?.signals.some((s) => /asks for documentation, not reporting harm|"readme"/.test(s)) && !update.signals.some((s) => s.includes('incident signals')), update?.signals.join(' | '));

  const vague = await plan('Look at the checkout');
  const e = vague.classification.explanation;
  assert.ok(e?.lowConfidence, JSON.stringify(e));
  assert.ok(e?.signals.some((s) => s.startsWith('nothing in the request says what kind of work is wanted')), 'the plan says why it is unsure');
  assert.equal(e?.alternative, e?.runnerUp?.templateId);
  const text = classificationLines(vague, vague.request).join('\n');
  assert.match(text, /⚠ Low confidence \(0\.\d\d\): this request could also be \w+/);
  assert.match(text, new RegExp(`task-orchestrator plan --template ${e?.alternative} "Look at the checkout"`));
});

test('--template overrides the classifier and says what it would have chosen; an unknown id lists the known ones', async () => {
  const checklist = await plan('Make the checkout faster', { template: 'bug_fix' });
  assert.equal(checklist.classification.templateId, 'bug_fix');
  assert.equal(checklist.classification.explanation?.basis, 'override');
  assert.equal(checklist.classification.explanation?.localChoice, 'performance_optimization');
  assert.match(checklist.classification.matchedRule, /^--template bug_fix \(the classifier chose performance_optimization\)$/);
  const chosenForVague = await plan('Look at the checkout', { template: 'bug_fix' });
  assert.equal(chosenForVague.classification.explanation?.lowConfidence, false, 'a template the user chose is not offered again');
  const incident = await plan('the site is down for everyone', { template: 'bug_fix' });
  assert.equal(incident.priority, 'critical', 'an incident stays critical whatever template is chosen');
  await assert.rejects(plan('Make the checkout faster', { template: 'speed' }), (error: unknown) =>
    error instanceof PlanningError && /'speed' is not a template\. Known templates: bug_fix, complex, emergency/.test(error.message));
});

test('user coordinators are routable by their description; built-in coordinator words about what is wrong route nowhere', async () => {
  const coordinators = [
    { name: 'payments', description: 'PayBridge provider integration, refunds and chargebacks' },
    { name: 'database', description: 'SQL', keywords: ['database', 'sql', 'slow'] },
  ];
  const refunds = await plan('Why do refunds take so long?', { coordinators });
  assert.ok(refunds.domains.includes('payments'), refunds.domains.join(','));
  // The model may read slowness as database work; the coordinator's keyword "slow" routes nothing.
  const slow = await plan('Why are refunds so slow?', { coordinators });
  const databaseReasons = slow.delegations.find((d) => d.coordinator === 'database')?.reasons ?? [];
  assert.ok(!databaseReasons.some((r) => r.includes('coordinator database')), `"slow" says what is wrong, not where: ${databaseReasons.join('; ')}`);
});

test("the issue's own examples are planned as a careful engineer would", async () => {
  const cases: [string, string, string[]][] = [
    ['Monthly statements take forever to generate', 'performance_optimization', ['backend']],
    ['The product page needs ages to load on phones', 'performance_optimization', ['frontend']],
    ["Reduce the JS bundle size, it's huge", 'performance_optimization', ['frontend']],
    ["customers were charged twice since this morning's deploy", 'emergency', ['backend']],
    ['Nobody can log in right now, all users get 500', 'emergency', ['backend']],
    ['the site returns 502 for everyone since 14:05', 'emergency', ['infrastructure']],
    ['someone dumped our users table on a forum', 'emergency', ['database', 'security']],
    ['Do we store passwords properly?', 'security_review', ['security']],
    ['Harden the Docker image', 'security_review', ['infrastructure', 'security']],
    ["Images don't show up in Safari", 'bug_fix', ['frontend']],
    ['Why does the login sometimes fail?', 'bug_fix', ['backend']],
    ['Add a README section about running tests', 'simple', []],
    ['Die Kasse ist sehr langsam geworden', 'performance_optimization', ['backend']],
  ];
  for (const [request, templateId, domains] of cases) {
    const checklist = await plan(request);
    assert.equal(checklist.classification.templateId, templateId, request);
    for (const domain of domains) assert.ok(checklist.domains.includes(domain), `${request}: ${checklist.domains.join(',')} lacks ${domain}`);
    assert.equal(checklist.priority, templateId === 'emergency' ? 'critical' : 'normal', request);
  }
});

test("the 'Analyze the request' task's evidence (tree tooltip, task details) explains the template and flags an unsure plan", async () => {
  const checklist = await plan('Look at the checkout');
  const state = foldEvents([
    { type: 'RunStarted', at: '2026-01-01T00:00:00.000Z', runId: 'r', request: checklist.request, mode: 'local', workspace: '/w' },
    { type: 'PlanCreated', at: '2026-01-01T00:00:00.000Z', checklist },
  ]);
  assert.ok(state);
  const analyze = checklist.tasks.find((t) => t.kind === 'analyze_request');
  assert.ok(analyze);
  const evidence = describeStep(state, analyze);
  // Which template a vague request leans to is the model's call; the evidence names it, the runner-up and the doubt.
  const id = checklist.classification.templateId;
  assert.match(evidence, new RegExp(`^Classified as ${id} \\(template ${id}@\\d+\\.\\d+\\.\\d+, confidence 0\\.\\d\\d; runner-up \\w+ \\(0\\.\\d\\d against 0\\.\\d\\d\\)\\)\\. Low confidence \\(0\\.\\d\\d\\): this request could also be \\w+\\. Why: resembles "`));
});

test('incidents told by a rate falling, accounts made by the hundred or a stranger seen; a total going down, a separator and a fraud team are no alarm', async () => {
  for (const request of [
    // A rate that should stay high falling to a third, accounts by the hundred, refunds paid out twice.
    'payment approval rate fell from 92% to 11% over the last half hour',
    'about 900 new accounts per minute, all from one IP range, every one trying a card',
    'each refund sent this morning went out two times, the money has left twice',
    // French elision: "quelqu'un d'autre" reads as the words the lexicon holds.
    "deux clientes voient le nom de quelqu'un d'autre sur leur facture, depuis ce matin",
    // A count far below its usual, load far above it, a disk with minutes left.
    'checkout_completed is at 4 per hour instead of the usual ~350',
    'search gets 12k requests/s, normal is 60/s, pages time out',
    'the db volume grows 3 GB a minute and has about 20 minutes left',
    // Records walked in order by one client, the same failure hundreds of times in minutes, more captures than orders.
    'nginx shows one address fetching /orders/1, /orders/2, /orders/3 and onwards, all answered 200',
    "'connection refused' from the payment worker 900 times in the last 10 minutes",
    'the provider lists 2,300 captures against 800 orders for today',
  ]) {
    assert.equal(urgency(request).level, 'incident', `${request}: ${urgency(request).kinds.join(',')}`);
  }
  for (const request of [
    // A number going down is no service down; "thousands" of a separator is no people; a fraud team asks for a feature.
    'typing 0 in the quantity box makes the cart total go down to nothing, only in the UI',
    'prices above 1000 are printed without the thousands separator',
    'for the fraud team: a button to block a user and a note of who did it',
    // Things side by side, a countdown held for minutes, a thing created a second ago.
    'show two products next to each other with their prices',
    'when an item goes into the basket for 10 min keep it reserved and show a timer',
    'the cart I made a second ago says not found',
    // An outage over, told after the fact.
    'on Monday the API gave 503 to everybody for ten minutes, it recovered on its own; find the cause',
    // A conversion rate that moved a little is a trend to work on.
    'conversion went from 3.2% to 2.9% this quarter, what on the product page could help?',
    // A page size is no count of orders falling; a clock on a sale is no resource running out.
    'the admin list shows 10 orders instead of 100 per page',
    'we have 3 hours left until the sale starts, can you make the banner red',
    // An alert that fires and clears by itself, a drill, an outage over (in German and Spanish too).
    'the 5xx alert fires every morning at 04:00 during the backup and resolves by itself, can we silence that window?',
    "drill for Friday: pretend customers see someone else's basket and write the steps we'd take",
    'Der Ausfall von gestern Abend ist vorbei, inzwischen ist alles ruhig: bitte in Ruhe die Ursache suchen',
    'La caída del lunes ya pasó; ahora con calma, ¿por qué se llenó el disco?',
  ]) {
    assert.notEqual(urgency(request).level, 'incident', `${request}: ${urgency(request).kinds.join(',')}`);
  }
});
